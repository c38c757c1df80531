"""The corpus of bad inputs: each case changes files of the small valid project in
tests/conftest.py and lists, exactly, the problems an editor must be shown.

Run `PYTHONPATH=tests python tests/corpus/cases.py` to print what the checker says now for every
case (to review a change in wording before updating the expectations here).
"""
from __future__ import annotations

from dataclasses import dataclass

from conftest import ENGAGEMENT, PLAN, SITE, UPDATE

U = "plans/wsoa/updates/2021-04.yaml"
P = "plans/wsoa/plan.yaml"
S = "plans/site.yaml"
F = "plans/feedback/survey.yaml"

SCALE = """\
statuses:
  - {id: todo, label: To do, meaning: Not started., icon: material-circle-outline, colour: "#505a5f"}
  - {id: done, label: Done, meaning: Finished., icon: material-check, colour: "#00703c", under_way: true, completed: true}
"""
SCALE_UPDATE = UPDATE.replace("status: green", "status: done").replace("status: amber", "status: todo")


def bomb(levels: int = 12) -> str:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [*a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Case:
    name: str
    files: dict[str, str | bytes | None]
    expected: list[str]


CASES: list[Case] = []


def case(name: str, files: dict, *expected: str) -> None:
    CASES.append(Case(name, files, list(expected)))


# --- YAML that cannot be read, or that reads as something else ---------------
case("tab-indent", {U: UPDATE.replace("  A1.1:\n    status", "  A1.1:\n\tstatus")})
case("unclosed-double-quote", {U: UPDATE.replace("note: The draft is written.", 'note: "The draft is written.')})
case("unclosed-single-quote", {U: UPDATE.replace("note: The draft is written.", "note: 'The draft is written.")})
case("colon-in-plain-text", {U: UPDATE.replace("note: The draft is written.", "note: Draft: written")})
case("duplicate-key-top", {U: UPDATE.replace("state: published\n", "state: published\nstate: draft\n")})
case("duplicate-key-nested", {U: UPDATE.replace("    status: green\n", "    status: green\n    status: red\n")})
case("duplicate-action-in-update", {U: UPDATE + "  A1.1:\n    status: red\n    note: Again.\n"})
case("anchor", {U: UPDATE.replace("status: green", "status: &s green")})
case("alias", {U: UPDATE.replace("status: amber", "status: *s")})
case("alias-bomb", {U: bomb()})
case("python-tag", {U: UPDATE.replace("note: The draft is written.", "note: !!python/object/apply:os.system [ls]")})
case("str-tag", {U: UPDATE.replace("status: green", "status: !!str green")})
case("local-tag", {U: UPDATE.replace("status: green", "status: !mine green")})
case("two-documents", {U: UPDATE + "---\ndate: 2021-04-21\n"})
case("empty-file", {U: ""})
case("only-comments", {U: "# nothing here yet\n"})
case("byte-order-mark-then-duplicate", {U: "\ufeff" + UPDATE.replace("label:", "date: 2021-04-21\nlabel:")})
case("latin-1-bytes", {U: UPDATE.replace("The draft", "Caf\u00e9 draft").encode("latin-1")})
case("utf-16", {U: UPDATE.encode("utf-16")})
case("nul-character", {U: UPDATE.replace("The draft", "The\x00draft")})
case("oversized-file", {U: UPDATE + "# " + "x" * (5 * 1024 * 1024) + "\n"})
case("deep-nesting", {U: "actions: " + "[" * 60 + "]" * 60 + "\n"})
case("top-level-list", {U: "- date: 2021-04-20\n"})
case("top-level-text", {U: "just some words\n"})
case("complex-key", {U: UPDATE.replace("  A1.1:\n", "  ? [A1.1]\n  :\n", 1)})
case("empty-key", {U: UPDATE.replace("label: April", ": April")})

# --- Right YAML, wrong content -------------------------------------------------
case("missing-date", {U: UPDATE.replace("date: 2021-04-20\n", "")})
case("impossible-date", {U: UPDATE.replace("2021-04-20", "2022-13-45")})
case("thirtieth-of-february", {U: UPDATE.replace("2021-04-20", "2021-02-30")})
case("date-in-words", {U: UPDATE.replace("2021-04-20", "next Tuesday")})
case("date-and-time", {U: UPDATE.replace("2021-04-20", "2021-04-20T10:00")})
case("uk-date-order", {U: UPDATE.replace("2021-04-20", "20/04/2021")})
case("wrong-state", {U: UPDATE.replace("state: published", "state: live")})
case("status-missing", {U: UPDATE.replace("    status: green\n", "")})
case("note-empty", {U: UPDATE.replace("note: The draft is written.", "note:")})
case("note-is-a-list", {U: UPDATE.replace("note: The draft is written.", "note:\n      - one\n      - two")})
case("actions-as-a-list", {U: "date: 2021-04-20\nlabel: April\nstate: published\nactions:\n  - A1.1\n"})
case("unknown-top-field", {U: UPDATE.replace("label:", "lable:")})
case("unknown-nested-field", {U: UPDATE.replace("    note: The draft is written.", "    notes: The draft is written.")})
case("agreed-by-without-date", {U: UPDATE.replace("state: published\n", "state: published\nagreed_by: The board\n")})
case("id-with-space", {P: PLAN.replace("id: A1.1", "id: A 1.1")})
case("id-with-path-parts", {P: PLAN.replace("id: P1", "id: ../x")})
case("id-too-long", {P: PLAN.replace("id: A1.2", "id: " + "A" * 41)})
case("priority-without-actions", {P: PLAN.split("    actions:")[0]})
case("priority-empty-actions", {P: PLAN.split("    actions:")[0] + "    actions: []\n"})
case("impossible-due-date", {P: PLAN.replace("due: 2021-06-30", "due: 2021-06-31")})
case("due-in-words", {P: PLAN.replace("due: 2021-03", "due: March 2021")})
case("title-too-long", {P: PLAN.replace("title: Write a joint strategy", "title: " + "word " * 70)})
case("measures-not-a-list", {P: PLAN.replace("measures: [ehcp-20-weeks]", "measures: ehcp-20-weeks")})
case("plan-is-empty-mapping", {P: "{}\n"})
case("colour-unquoted", {S: SITE + SCALE.replace('colour: "#00703c"', "colour: #00703c"), U: SCALE_UPDATE})
case("colour-not-hex", {S: SITE + SCALE.replace('"#00703c"', '"green"'), U: SCALE_UPDATE})
case("icon-bad-form", {S: SITE + SCALE.replace("material-check", "Check Mark"), U: SCALE_UPDATE})
case("icon-unknown", {S: SITE + SCALE.replace("material-check,", "material-chek,"), U: SCALE_UPDATE})
case("completed-but-not-under-way", {S: SITE + SCALE.replace("under_way: true, ", ""), U: SCALE_UPDATE})
case("duplicate-status-id", {S: SITE + SCALE.replace("id: done", "id: todo"), U: SCALE_UPDATE})
case("javascript-link", {S: SITE + "  report_url: javascript:alert(1)\n"})
case("email-invalid", {S: SITE.replace("send@example.gov.uk", "send at example")})
case("no-partners", {S: SITE.replace("  partners:\n    - name: Testshire Council\n      role: Local council\n",
                                       "  partners: []\n")})
case("visit-ends-before-it-starts", {S: SITE.replace("visit_end: 2020-02-07", "visit_end: 2020-01-07")})

# --- References across files -----------------------------------------------------
case("unknown-status", {U: UPDATE.replace("status: green", "status: Greem")})
case("status-label-not-id", {U: UPDATE.replace("status: green", "status: On track")})
case("unknown-action", {U: UPDATE.replace("A1.2:", "A1.9:")})
case("missing-action", {U: UPDATE.split("  A1.2:")[0]})
case("date-outside-file-month", {U: UPDATE.replace("2021-04-20", "2021-05-02")})
case("update-file-name", {"plans/wsoa/updates/April.yaml": UPDATE})
case("yml-ending", {"plans/wsoa/updates/2021-05.yml": UPDATE})
case("duplicate-action-id", {P: PLAN.replace("id: A1.2", "id: A1.1")})
case("ids-clash-as-web-addresses", {P: PLAN.replace("id: A1.2", "id: a1-1")})
case("unknown-measure", {P: PLAN.replace("[ehcp-20-weeks]", "[ehcp-20-week]")})
case("plan-folder-with-space", {"plans/my plan/plan.yaml": PLAN})
case("plan-folder-without-plan", {"plans/other/notes.txt": "hello\n"})
case("missing-site", {S: None})
case("feedback-unknown-action", {F: ENGAGEMENT.replace("actions: [A1.1]", "actions: [A9.9]")})
case("feedback-done-without-we-did", {F: ENGAGEMENT.replace(
    "    we_did: We rewrote our letters with the Parent Carer Forum.\n", "")})
case("feedback-duplicate-item", {F: ENGAGEMENT.replace("id: S2", "id: S1")})
case("feedback-negative-people", {F: ENGAGEMENT.replace("people: 40", "people: -5")})

# --- Personal data ------------------------------------------------------------------
case("personal-email", {U: UPDATE.replace("note: The draft is written.", "note: Ask jo.parent@gmail.com.")})
case("personal-nhs-number", {U: UPDATE.replace("note: The draft is written.", "note: NHS no 943 476 5919.")})
case("personal-postcode", {F: ENGAGEMENT.replace("Letters were hard to follow.", "A parent in LE1 6ZG said so.")})


if __name__ == "__main__":  # print what the checker says for every case
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent.parent))
    from test_corpus import run_case
    for c in CASES:
        print(f"## {c.name}")
        print("\n".join(run_case(c)[0]))
