"""The corpus of bad inputs: each case changes files of the small valid project in
tests/conftest.py and lists, exactly, the problems an editor must be shown.

Run `PYTHONPATH=tests python tests/corpus/cases.py` to print what the checker says now for every
case (to review a change in wording before updating the expectations here).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from conftest import ENGAGEMENT, MEASURES, PLAN, SITE, UPDATE
from logos import jpeg, png, png_claiming

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
class Link:
    """A symbolic link (git keeps them) to `target`: a path from the project folder
    (which may lead out of it, e.g. '../outside/x.yaml') or an absolute one."""
    target: str


@dataclass(frozen=True)
class Case:
    name: str
    files: dict[str, str | bytes | Link | None]
    expected: list[str]
    kind: str  # the class of bad input, for the figures


def place(root: Path, files: dict[str, str | bytes | Link | None]) -> None:
    """Write a case's files into the project at `root`; paths starting '../' land
    beside it, outside the project. Links come last, so that no file is written
    through a link to a folder."""
    for name, content in sorted(files.items(), key=lambda kv: isinstance(kv[1], Link)):
        path = root / name
        if content is None:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, Link):
            os.symlink(content.target if content.target.startswith("/") else root / content.target, path)
        else:
            path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))


CASES: list[Case] = []
_kind = [""]


def kind(name: str) -> None:
    """The class of the cases that follow."""
    _kind[0] = name


def case(name: str, files: dict, *expected: str) -> None:
    CASES.append(Case(name, files, list(expected), _kind[0]))


# --- YAML that cannot be read, or that reads as something else ---------------
kind("unreadable YAML")
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
kind("wrong content")
case("missing-date", {U: UPDATE.replace("date: 2021-04-20\n", "")})
case("impossible-date", {U: UPDATE.replace("2021-04-20", "2022-13-45")})
case("thirtieth-of-february", {U: UPDATE.replace("2021-04-20", "2021-02-30")})
case("date-in-words", {U: UPDATE.replace("2021-04-20", "next Tuesday")})
case("date-and-time", {U: UPDATE.replace("2021-04-20", "2021-04-20T10:00")})
case("uk-date-order", {U: UPDATE.replace("2021-04-20", "20/04/2021")})
case("wrong-state", {U: UPDATE.replace("state: published", "state: live")})
case("status-missing", {U: UPDATE.replace("    status: green\n", "")})
case("note-is-a-list", {U: UPDATE.replace("note: The draft is written.", "note:\n      - one\n      - two")})
case("actions-as-a-list", {U: "date: 2021-04-20\nlabel: April\nstate: published\nactions:\n  - A1.1\n"})
case("unknown-top-field", {U: UPDATE.replace("label:", "lable:")})
case("unknown-nested-field", {U: UPDATE.replace("    note: The draft is written.", "    notes: The draft is written.")})
case("agreed-by-without-date", {U: UPDATE.replace("state: published\n", "state: published\nagreed_by: The board\n")})
case("id-with-space", {P: PLAN.replace("id: A1.1", "id: A 1.1")})
case("id-with-path-parts", {P: PLAN.replace("id: P1", "id: ../x")})
case("id-too-long", {P: PLAN.replace("id: A1.2", "id: " + "A" * 41)})
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
kind("broken references")
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
kind("personal data")
case("personal-email", {U: UPDATE.replace("note: The draft is written.", "note: Ask jo.parent@gmail.com.")})
case("personal-nhs-number", {U: UPDATE.replace("note: The draft is written.", "note: NHS no 943 476 5919.")})
case("personal-postcode", {F: ENGAGEMENT.replace("Letters were hard to follow.", "A parent in LE1 6ZG said so.")})
case("personal-child-name", {U: UPDATE.replace("note: The draft is written.",
                                               "note: Jayden Smith, aged 7 at Oakfield Primary, has no place.")})
case("personal-child-name-in-feedback", {F: ENGAGEMENT.replace("Letters were hard to follow.",
                                                               "My son Kai (Year 4) waited a year.")})
case("contact-empty", {S: SITE.replace("  contact:\n    email: send@example.gov.uk\n", "  contact: {}\n")})
case("contact-placeholder", {S: SITE.replace("send@example.gov.uk", "email@example.com")})

# --- Files that are not what they seem: links out of the project, pipes -------------
kind("links out and special files")
OUT = "../outside"
GLOSSARY = "terms:\n  - term: Secret\n    meaning: A word from outside the project.\n"
case("link-site-outside", {f"{OUT}/site.yaml": SITE, S: Link(f"{OUT}/site.yaml")})
case("link-update-to-system-file", {U: Link("/etc/passwd")})
case("link-update-to-missing-file", {U: Link("plans/wsoa/updates/gone.yaml")})
case("link-glossary-outside", {f"{OUT}/glossary.yaml": GLOSSARY, "plans/glossary.yaml": Link(f"{OUT}/glossary.yaml")})
case("link-measures-outside", {f"{OUT}/measures.yaml": MEASURES, "plans/measures.yaml": Link(f"{OUT}/measures.yaml")})
case("link-measure-csv-outside", {f"{OUT}/figures.csv": "date,value,England\n2021-03,55,60\n",
                                  "plans/measures/ehcp-20-weeks.csv": Link(f"{OUT}/figures.csv")})
case("link-feedback-outside", {f"{OUT}/survey.yaml": ENGAGEMENT, F: Link(f"{OUT}/survey.yaml")})
case("link-deny-list-outside", {f"{OUT}/names.txt": "Alfie Smithson\n", "plans/deny-list.txt": Link(f"{OUT}/names.txt")})
case("link-plan-folder-outside", {f"{OUT}/plan/plan.yaml": PLAN, "plans/other": Link(f"{OUT}/plan")})
case("link-updates-folder-outside", {f"{OUT}/updates/2021-04.yaml": UPDATE, U: None,
                                     "plans/wsoa/updates": Link(f"{OUT}/updates")})
case("link-measures-folder-to-system", {"plans/measures": Link("/etc")})
case("link-plans-folder-outside", {S: None, P: None, U: None, F: None, "plans/measures.yaml": None,
                                   f"{OUT}/plans/site.yaml": SITE, "plans": Link(f"{OUT}/plans")})
case("password-file-copied-in", {U: "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/bin/sh\n"})
case("private-key-copied-in", {"plans/glossary.yaml": "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n"})
case("plan-file-is-a-folder", {P: None, "plans/wsoa/plan.yaml/README.txt": "hello\n"})

# --- Characters that act or hide: control characters, direction overrides --------
kind("control and direction characters")
NOTE = "note: The draft is written."
case("escape-sequence-escaped", {U: UPDATE.replace(NOTE, 'note: "Done \\e[2J\\e[31mnow"')})
case("escape-sequence-raw", {U: UPDATE.replace(NOTE, "note: Done \x1b[2J now")})
case("bell-in-title", {P: PLAN.replace("title: Write a joint strategy", "title: Write a joint\x07 strategy")})
case("c1-control", {U: UPDATE.replace(NOTE, "note: Done \x9b31m now")})
case("backspace-escaped", {U: UPDATE.replace(NOTE, 'note: "Done\\b\\b\\bnot done"')})
case("carriage-return-escaped", {F: ENGAGEMENT.replace("Letters were hard to follow.", '"Letters were\\rhard."')})
case("right-to-left-override-in-title", {P: PLAN.replace("title: Joint commissioning",
                                                           "title: Joint \u202ecommissioning")})
case("override-escaped-in-status-label", {S: SITE + SCALE.replace("label: Done", 'label: "\\u202EDone"'),
                                          U: SCALE_UPDATE})
case("isolate-in-feedback", {F: ENGAGEMENT.replace("Letters were hard to follow.", "Letters were \u2067hard.")})
case("embedding-in-key", {U: UPDATE.replace("  A1.2:", '  "A1\\u202a.2":')})
case("control-in-measure-csv", {"plans/measures/ehcp-20-weeks.csv": "date,value,England\n2021-03,55\x1b[2J,60\n"})
case("override-in-measure-csv", {"plans/measures/ehcp-20-weeks.csv": "date,value,England\n2021-03,\u202e55,60\n"})

# --- Personal data in disguise -------------------------------------------------------
kind("personal data in disguise")
case("ni-number-spaced", {U: UPDATE.replace(NOTE, "note: Her NI number is QQ 12 34 56 C.")})
case("ni-number-compact", {U: UPDATE.replace(NOTE, "note: Ref QQ123456C on file.")})
case("ni-number-lower-case", {F: ENGAGEMENT.replace("Letters were hard to follow.", "Mine is ab123456d.")})
case("email-with-zero-width-space", {U: UPDATE.replace(NOTE, "note: Ask jo.parent\u200b@gmail.com.")})
case("email-full-width", {U: UPDATE.replace(NOTE, "note: Ask jo.parent\uff20gmail.com.")})
case("phone-with-no-break-space", {U: UPDATE.replace(NOTE, "note: Ring 07700\u00a0900123.")})
case("deny-listed-name-over-a-line-break", {"plans/deny-list.txt": "Alfie Smithson\n",
                                            U: UPDATE.replace(NOTE, "note: |\n      We met Alfie\n      Smithson.")})
case("deny-listed-name-with-no-break-space", {"plans/deny-list.txt": "Alfie Smithson\n",
                                              U: UPDATE.replace(NOTE, "note: We met Alfie\u00a0Smithson.")})
case("deny-listed-name-with-soft-hyphen", {"plans/deny-list.txt": "Alfie Smithson\n",
                                           U: UPDATE.replace(NOTE, "note: We met Al\u00adfie Smithson.")})

# --- Logos that would act when opened, or are not what their name says --------------
kind("unsafe logos")
LOGO_SVG = SITE + "branding:\n  logo: logo.svg\n"
LOGO_PNG = SITE + "branding:\n  logo: logo.png\n"
SVG_OPEN = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
RECT = b'<rect width="9" height="9"/>'


def svg_logo(name: str, body: bytes, start: bytes = SVG_OPEN) -> None:
    case(name, {S: LOGO_SVG, "plans/logo.svg": start + body + b"</svg>"})


svg_logo("logo-script", b"<script>alert(1)</script>")
svg_logo("logo-script-in-another-namespace", b'<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>')
svg_logo("logo-onload", b"", SVG_OPEN.replace(b">", b' onload="alert(1)">', 1))
svg_logo("logo-onclick-nested", b'<g><rect onClick="alert(1)" width="9" height="9"/></g>')
svg_logo("logo-javascript-link-with-entity", b'<a href="java&#x73;cript:alert(1)">' + RECT + b"</a>")
svg_logo("logo-javascript-link-spaced", b'<a xmlns:x="http://www.w3.org/1999/xlink" x:href=" JavaScript:alert(1)">'
         + RECT + b"</a>")
svg_logo("logo-data-url", b'<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">' + RECT + b"</a>")
svg_logo("logo-outside-image", b'<image href="https://tracker.example/p.png" width="9" height="9"/>')
svg_logo("logo-outside-fill", b'<rect width="9" height="9" style="fill:url(https://x.example/#g)"/>')
svg_logo("logo-style-import", b"<style>@import url(https://x.example/a.css);</style>")
svg_logo("logo-foreign-object", b'<foreignObject width="9" height="9"><div xmlns="http://www.w3.org/1999/xhtml">'
         b"hi</div></foreignObject>")
svg_logo("logo-animate-href", b'<a href="#x"><animate attributeName="href" to="javascript:alert(1)"/>' + RECT + b"</a>")
svg_logo("logo-billion-laughs", b"<text>&b;</text>", b'<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b '
         b'"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' + SVG_OPEN)
svg_logo("logo-external-entity", b"<text>&x;</text>", b'<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
         + SVG_OPEN)
svg_logo("logo-not-xml", b"<rect width=9 height=9>")
case("logo-png-is-a-web-page", {S: LOGO_PNG, "plans/logo.png": b"<!DOCTYPE html><html><script>alert(1)</script></html>"})
case("logo-png-is-a-gif", {S: LOGO_PNG, "plans/logo.png": b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"})
case("logo-png-is-a-jpeg", {S: LOGO_PNG, "plans/logo.png": jpeg()})
case("logo-png-cut-short", {S: LOGO_PNG, "plans/logo.png": png()[:40]})
case("logo-png-bomb", {S: LOGO_PNG, "plans/logo.png": png_claiming(20000, 20000)})
case("logo-link-outside", {S: LOGO_SVG, f"{OUT}/logo.svg": SVG_OPEN + RECT + b"</svg>",
                           "plans/logo.svg": Link(f"{OUT}/logo.svg")})


if __name__ == "__main__":  # print what the checker says for every case
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent.parent))
    from test_corpus import CASES as IMPORTED, run_case  # its Link, not this __main__'s
    for c in IMPORTED:
        print(f"## {c.name}")
        print("\n".join(run_case(c)[0]))
