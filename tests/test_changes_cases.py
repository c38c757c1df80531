"""`progress-pages changes`, one kind of change at a time: each case edits a small
project and lists every line the summary must print, exactly. Each runs twice: on two
folders, and on two commits of a git repository."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from conftest import ENGAGEMENT, MEASURES, PLAN, SITE, UPDATE, write
from generator.compare import compare_inputs

JULY = """\
date: 2021-07-20
label: July 2021 monitoring meeting
state: published
actions:
  A1.1:
    status: blue
    note: The strategy is agreed.
  A1.2:
    status: amber
    note: Partners are reading it again.
"""
OCTOBER = """\
date: 2021-10-19
label: October 2021 monitoring meeting
state: draft
actions:
  A1.1:
    status: blue
    note: The strategy is agreed.
  A1.2:
    status: red
    note: Partners have not signed.
"""
FIGURES = "date,value,England\n2020-06,41,50\n2021-03,54,55\n"
U4, U7, U10 = (f"plans/wsoa/updates/{m}.yaml" for m in ("2021-04", "2021-07", "2021-10"))
P, S, M, CSV = "plans/wsoa/plan.yaml", "plans/feedback/survey.yaml", "plans/measures.yaml", \
    "plans/measures/ehcp-20-weeks.csv"
BASE = {"plans/site.yaml": SITE, M: MEASURES, CSV: FIGURES, P: PLAN, U4: UPDATE, U7: JULY, S: ENGAGEMENT}
WSOA = "Written Statement of Action"
HEADLINE = [f"## Headline figures: {WSOA}", "Before: July 2021 monitoring meeting. After: July 2021 monitoring meeting."]
PUBLIC_EDIT = "(this changes an update that was already public)"

# (kind, edits to the base before, edits after: {file: [(old, new), ...]}, the summary's lines)
CASES = [
    ("a status made better in an update already public", {}, {U4: [("status: amber", "status: blue")]}, [
        "## Status changes",
        f"- A1.2 Agree the strategy with partners: changed in the April 2021 monitoring meeting from "
        f"In progress to Completed {PUBLIC_EDIT}",
    ]),
    ("a status made worse in the latest update, and the headline counts it moves", {},
     {U7: [("status: blue", "status: red")]}, [
        "## Things that went backwards",
        f"- A1.1 Write a joint strategy: changed in the July 2021 monitoring meeting from Completed to "
        f"Delayed {PUBLIC_EDIT}",
        f"- {WSOA}: Completed: 1 -> 0: none (no longer: A1.1)",
        f"- {WSOA}: Delayed: 0 -> 1: A1.1",
        f"- {WSOA}: Past due date, not completed: 1 -> 2: A1.1, A1.2",
        *HEADLINE,
        "- Completed: 1 -> 0: none (no longer: A1.1)",
        "- Delayed: 0 -> 1: A1.1",
        "- Past due date, not completed: 1 -> 2: A1.1, A1.2",
    ]),
    ("a note rewritten in an update already public", {},
     {U4: [("The draft is written.", "The first draft is written.")]}, [
        "## Notes",
        f"- A1.1 Write a joint strategy: note changed in the April 2021 monitoring meeting {PUBLIC_EDIT}: "
        'was "The draft is written.", now "The first draft is written."',
    ]),
    ("a note taken out, and one added, in a draft", {U7: [("state: published", "state: draft"),
                                                          ("    note: Partners are reading it again.\n", "")]},
     {U7: [("    note: The strategy is agreed.\n", ""),
           ("status: amber\n", "status: amber\n    note: Partners are reading it again.\n")]}, [
        "## Notes",
        "- A1.1 Write a joint strategy: note taken out of the July 2021 monitoring meeting: "
        'was "The strategy is agreed."',
        "- A1.2 Agree the strategy with partners: note added to the July 2021 monitoring meeting: "
        '"Partners are reading it again."',
    ]),
    ("an update going from draft to published", {U7: [("state: published", "state: draft")]},
     {U7: [("state: draft", "state: published")]}, [
        "## What becomes public with this change",
        '- Update "July 2021 monitoring meeting": from draft to published: it becomes public',
    ]),
    ("an update going back to draft", {}, {U7: [("state: published", "state: draft")]}, [
        "## What becomes public with this change",
        '- Update "July 2021 monitoring meeting": from published back to draft: it is no longer public',
    ]),
    ("a new draft update: a status worse, a new note, a note copied from last time", {},
     {U10: [("", OCTOBER)]}, [
        "## Things that went backwards",
        "- A1.2 Agree the strategy with partners: from In progress to Delayed in the October 2021 monitoring meeting",
        f"- {WSOA}: Delayed: 0 -> 1: A1.2",
        "## Same note as last time: copied by mistake?",
        "- October 2021 monitoring meeting: same note as in the July 2021 monitoring meeting: A1.1",
        "## Drafts added or removed",
        '- Update "October 2021 monitoring meeting": new, a draft: not yet agreed or public',
        "## Notes",
        '- A1.2 Agree the strategy with partners: new note in the October 2021 monitoring meeting: '
        '"Partners have not signed." (last time: "Partners are reading it again.")',
        f"## Headline figures: {WSOA}",
        "Before: July 2021 monitoring meeting. After: October 2021 monitoring meeting (draft).",
        "- Delayed: 0 -> 1: A1.2",
    ]),
    ("a new update saying what has changed for families", {},
     {U10: [("", OCTOBER.replace("state: draft", "state: draft\npriorities:\n  P1:\n    impact: some-improvement\n"
                                 "    narrative: Families say plans arrive sooner.").replace(
         "note: Partners have not signed.", "note: Partners are reading it again."))]}, [
        "## Things that went backwards",
        "- A1.2 Agree the strategy with partners: from In progress to Delayed in the October 2021 monitoring meeting",
        f"- {WSOA}: Delayed: 0 -> 1: A1.2",
        "## Same note as last time: copied by mistake?",
        "- October 2021 monitoring meeting: same note as in the July 2021 monitoring meeting: A1.1, A1.2",
        "## Drafts added or removed",
        '- Update "October 2021 monitoring meeting": new, a draft: not yet agreed or public',
        "## Wording changes",
        '- P1 in the October 2021 monitoring meeting: impact: was "none", now "Some improvement"',
        '- P1 in the October 2021 monitoring meeting: what has changed for families: was "none", '
        'now "Families say plans arrive sooner."',
        f"## Headline figures: {WSOA}",
        "Before: July 2021 monitoring meeting. After: October 2021 monitoring meeting (draft).",
        "- Delayed: 0 -> 1: A1.2",
    ]),
    ("a feedback file published", {S: [("state: published", "state: draft")]},
     {S: [("state: draft", "state: published")]}, [
        "## What becomes public with this change",
        '- Feedback "Parent carer survey": from draft to published: it becomes public',
    ]),
    ("feedback items added, changed and removed", {},
     {S: [("with the Parent Carer Forum.", "with families."),
          (ENGAGEMENT[ENGAGEMENT.index("  - id: S2"):],
           "  - {id: S3, theme: Transport, you_said: Buses were late., status: planned,\n"
           "     we_will: Talk to the bus company., response_date: 2021-09-30}\n")]}, [
        "## You said, we did",
        "- Transport (Parent carer survey): Buses were late. (new, planned): we will: Talk to the bus company.",
        "## Feedback wording",
        '- Parent carer survey, item S1: we did: was "We rewrote our letters with the Parent Carer Forum.", '
        'now "We rewrote our letters with families."',
        '- Parent carer survey, item S2: removed (it said "Nobody told us how long the wait would be.")',
    ]),
    ("a measure's figures rewritten, added and taken out", {},
     {CSV: [("2020-06,41,50\n", "2020-06,41,\n"), ("2021-03,54,55\n", "2021-03,48,55\n2021-06,50,\n")]}, [
        "## Measures",
        "- EHC plans issued within 20 weeks: figure for March 2021: 54 -> 48",
        "- EHC plans issued within 20 weeks: figure for June 2021 added: 50",
        "- EHC plans issued within 20 weeks: England figure for June 2020 taken out (it was 50)",
    ]),
    ("a measure's target, direction and comparators", {},
     {M: [("target: {value: 80, date: 2022-12}", "target: {value: 40, date: 2023-03}"),
          ("better: higher", "better: lower"), ("comparators: [England]", "comparators: []")],
      CSV: [("date,value,England\n2020-06,41,50\n2021-03,54,55\n", "date,value\n2020-06,41\n2021-03,54\n")]}, [
        "## Measures",
        '- EHC plans issued within 20 weeks: better: was "higher", now "lower"',
        '- EHC plans issued within 20 weeks: target: was "80% (December 2022)", now "40% (March 2023)"',
        '- EHC plans issued within 20 weeks: comparators: was "England", now "none"',
        "- EHC plans issued within 20 weeks: England figure for June 2020 taken out (it was 50)",
        "- EHC plans issued within 20 weeks: England figure for March 2021 taken out (it was 55)",
    ]),
    ("the plan's words and a due date", {},
     {P: [("what_it_means: Services do not join up.", "what_it_means: Families tell their story again and again."),
          ("        due: 2021-03\n", "        due: 2021-02\n        evidence: [The board minutes.]\n"),
          ("title: Written Statement of Action", "title: Written Statement of Action (2020)")]}, [
        "## Due dates moved earlier",
        "- A1.1 Write a joint strategy: due date moved earlier, from March 2021 to February 2021",
        "## Wording changes",
        '- A1.1: evidence: was "none", now "The board minutes."',
        '- P1: what it means: was "Services do not join up.", now "Families tell their story again and again."',
        '- the plan: title: was "Written Statement of Action", now "Written Statement of Action (2020)"',
    ]),
    ("a priority added, an action removed", {},
     {P: [(PLAN[PLAN.index("      - id: A1.2"):], "  - id: P2\n    title: Waiting times\n    lead: Head of SEND\n"),
          ],
      U4: [(UPDATE[UPDATE.index("  A1.2:"):], "")], U7: [(JULY[JULY.index("  A1.2:"):], "")]}, [
        "## Things that went backwards",
        "- A1.2 Agree the strategy with partners: removed from the plan",
        f"- {WSOA}: Under way: 2 -> 1: A1.1 (no longer: A1.2)",
        "## Priorities added",
        "- P2 Waiting times: added to the plan",
        *HEADLINE,
        "- Actions in total: 2 -> 1 (removed: A1.2)",
        "- Under way: 2 -> 1: A1.1 (no longer: A1.2)",
        "- Past due date, not completed: 1 -> 0: none (no longer: A1.2)",
    ]),
    ("hostile text stays text, without character references", {},
     {U7: [("The strategy is agreed.", "<img src=x onerror=alert(1)> [x](javascript:alert(1)) & *all* | 1")],
      P: [("title: Write a joint strategy", "title: Write a joint strategy (SEND)")]}, [
        "## Notes",
        f"- A1.1 Write a joint strategy (SEND): note changed in the July 2021 monitoring meeting {PUBLIC_EDIT}: "
        'was "The strategy is agreed.", now "\\<img src=x onerror=alert(1)> \\[x\\](javascript:alert(1)) & '
        '\\*all\\* \\| 1"',
        "## Wording changes",
        '- A1.1: title: was "Write a joint strategy", now "Write a joint strategy (SEND)"',
    ]),
]


def edited(files: dict[str, str], edits: dict[str, list[tuple[str, str]]]) -> dict[str, str]:
    out = dict(files)
    for name, pairs in edits.items():
        text = out.get(name, "")
        for old, new in pairs:
            assert old in text, (name, old)
            text = text.replace(old, new, 1) if old else new
        out[name] = text
    return out


def lines(summary: str) -> list[str]:
    found = [ln for ln in summary.splitlines() if ln.strip()]
    assert found[0] == "# What changed"
    return found[1:]


GIT_ENV = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "t@example.org"}


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, env={**os.environ, **GIT_ENV})


@pytest.mark.parametrize("kind, before, after, expected", CASES, ids=[c[0] for c in CASES])
def test_each_kind_of_change_between_folders(tmp_path, kind, before, after, expected):
    base = edited(BASE, before)
    write(tmp_path / "base", base)
    write(tmp_path / "head", edited(base, after))
    summary = compare_inputs(str(tmp_path / "base"), str(tmp_path / "head"), Path("plans"))
    assert lines(summary) == expected
    assert "&#" not in summary


@pytest.mark.parametrize("kind, before, after, expected", CASES, ids=[c[0] for c in CASES])
def test_each_kind_of_change_between_commits(tmp_path, monkeypatch, kind, before, after, expected):
    base = edited(BASE, before)
    write(tmp_path, base)
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "base")
    write(tmp_path, {name: text for name, text in edited(base, after).items() if base.get(name) != text})
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "edit")
    monkeypatch.chdir(tmp_path)
    assert lines(compare_inputs("HEAD~1", "HEAD", tmp_path / "plans")) == expected


def test_no_change_says_so(tmp_path):
    write(tmp_path / "base", BASE)
    assert lines(compare_inputs(str(tmp_path / "base"), str(tmp_path / "base"), Path("plans"))) == [
        "Nothing in the plans, updates, feedback or measures changed."]
