"""A new area's files start with placeholders ("TO DO: write your area's name here"):
`check` lists each one, with its file, line, field and what to write, and nothing else
(not the date, id or sentence the placeholder is not yet); `build` refuses until they
are all written."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitebuild import run, site_copy, tree_digest

SITE, PLAN = "plans/site.yaml", "plans/wsoa-2020/plan.yaml"
UPDATE, FEEDBACK = "plans/wsoa-2020/updates/2022-01.yaml", "plans/feedback/2021-06-forum-meeting.yaml"


MARKER = re.compile(r"[\"']?to ?do:", re.IGNORECASE)


def put(root: Path, name: str, old: str, new: str) -> tuple[int, int]:
    """Write `new` in place of `old` (written once in the file); the line and column
    of the placeholder in it (of its opening quote, if it has one), or of `new`."""
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    marker = MARKER.search(new)
    at = text.index(new) + (marker.start() if marker else 0)
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1


# (file, text replaced, its replacement, field, the message's end)
VALUES = [
    (SITE, "  name: Example County\n", "  name: \"TO DO: write your area's name here, e.g. Somerset\"\n",
     "area.name", "write your area's name here, e.g. Somerset."),  # a required text
    (SITE, "visit_start: 2020-02-03", "visit_start: 'TO DO: the first day of the visit, e.g. 2025-09-15'",
     "inspection.visit_start", "the first day of the visit, e.g. 2025-09-15."),  # a date
    (SITE, "    - Early years services work well together to find children's needs early.",
     "    - \"TO DO: another thing the inspectors found that works well\"", "inspection.strengths[1]",
     "another thing the inspectors found that works well."),  # an item in a list
    (PLAN, "note: They asked us to say more clearly how we will measure progress. We added the measures.",
     "note: \"todo:   what they asked you to change, if anything:\"", "timeline[3].note",
     "what they asked you to change, if anything."),  # an optional text
    (PLAN, "  by: 2022-05\n", "  by: \"TO DO: the month the inspectors are expected back, e.g. 2026-03.\"\n",
     "target.by", "the month the inspectors are expected back, e.g. 2026-03."),  # a month
    (PLAN, "        lead: Director of Children's Services (Council)\n",
     "        lead: \"To Do: who leads this action (a role, not a person's name)?\"\n",
     "priorities[0].actions[1].lead", "who leads this action (a role, not a person's name)?"),
    (PLAN, "        due: 2021-06\n        enablers: [data]",
     "        due: \"TO DO: when it will be in place, e.g. 2026-06\"\n        enablers: [data]",
     "priorities[0].actions[2].due", "when it will be in place, e.g. 2026-06."),
    (UPDATE, "A yearly check of the strategy is planned for June 2022. The Parent Carer Forum will help lead it.",
     "\"TO DO: what has been done\n      since the last meeting\"", "actions.A1.1.note",
     "what has been done since the last meeting."),  # in an update, over two lines
    (FEEDBACK, "theme: Waiting for assessment", "theme: \"TO DO: what families talked about, in a few words\"",
     "items[0].theme", "what families talked about, in a few words."),
]
SITE_URL = ("site_url: https://send-progress.example.gov.uk/",
            "site_url: \"TO DO: your site's web address, e.g. https://send-progress.somerset.gov.uk/\"")
PAGE_LINE = "We add a new update after every progress meeting."


@pytest.fixture
def unfinished(tmp_path):
    """The example with placeholders in values of each kind, in mkdocs.yml and in a page;
    returns the project and the lines `check` must print."""
    root = site_copy(tmp_path)
    expected = []
    for name, old, new, field, said in VALUES:
        line, column = put(root, name, old, new)
        expected.append(f"{name}:{line}:{column}: {field}: Still to do: {said}")
    line, column = put(root, "mkdocs.yml", *SITE_URL)
    expected.append(f"mkdocs.yml:{line}:{column + 1}: site_url: Still to do: your site's web address, "
                    "e.g. https://send-progress.somerset.gov.uk/.")
    line, column = put(root, "content/about.md", PAGE_LINE, "TO DO: say how often you add an update")
    expected.append(f"content/about.md:{line}:{column}: Still to do: say how often you add an update.")
    return root, sorted(expected)


def listed(output: str) -> list[str]:
    """The errors and warnings listed (not the example's note about the public helpline it gives)."""
    return sorted(line for line in output.splitlines()[:-1] if ": note: allowed:" not in line)


def test_check_lists_exactly_the_placeholders(unfinished):
    root, expected = unfinished
    result = run(["check"], root)
    assert result.returncode == 1
    assert listed(result.stdout) == expected, result.stdout
    assert result.stdout.splitlines()[-1] == f"{len(expected)} errors, 0 warnings"


def test_build_refuses_and_leaves_the_site_as_it_was(unfinished):
    root, expected = unfinished
    (root / "site").mkdir()
    (root / "site" / "index.html").write_text("the site as published before")
    before = tree_digest(root / "site")
    result = run(["build"], root)
    assert result.returncode == 1
    assert listed(result.stderr) == expected, result.stderr
    assert result.stderr.splitlines()[-1] == f"{len(expected)} errors, 0 warnings: the site was not changed."
    assert tree_digest(root / "site") == before


def test_a_placeholder_in_a_page_alone_stops_check_and_build(tmp_path):
    root = site_copy(tmp_path)
    line, column = put(root, "content/about.md", PAGE_LINE, "<!-- TODO: say how often you add an update -->")
    check = run(["check"], root)
    assert check.returncode == 1
    assert listed(check.stdout) == [f"content/about.md:{line}:{column}: Still to do: say how often you add an update."]
    assert check.stdout.splitlines()[-1] == "1 error, 0 warnings"
    build = run(["build"], root)
    assert build.returncode == 1
    assert not (root / "site").exists()


def test_to_do_inside_a_sentence_is_not_a_placeholder(tmp_path):
    root = site_copy(tmp_path)
    put(root, UPDATE, "note: A yearly check of the strategy is planned for June 2022.",
        "note: \"There is more TO DO: a yearly check of the strategy is planned for June 2022.")
    put(root, UPDATE, "will help lead it.\n", "will help lead it.\"\n")
    line, column = put(root, UPDATE, "label: January 2022 monitoring meeting", "label: \"TODO: the meeting\"")
    result = run(["check"], root)
    assert listed(result.stdout) == [f"{UPDATE}:{line}:{column}: label: Still to do: the meeting."]


def test_other_problems_are_listed_as_without_placeholders(tmp_path):
    root = site_copy(tmp_path)
    put(root, PLAN, "        due: 2020-12\n\n      - id: A1.3", "        due: 2020-13\n\n      - id: A1.3")
    put(root, SITE, "visit_end: 2020-02-07", "visit_end: 2020-02-31")
    before = run(["check"], root)
    assert before.returncode == 1 and "2020-13" in before.stdout and "2020-02-31" in before.stdout
    line, column = put(root, SITE, "  name: Example County\n", "  name: \"TO DO: your area's name\"\n")
    after = run(["check"], root)
    assert listed(after.stdout) == sorted(listed(before.stdout) + [
        f"{SITE}:{line}:{column}: area.name: Still to do: your area's name."])


@pytest.mark.parametrize("name, old, value, field", [
    (PLAN, "  - id: P1\n", "P1", "priorities[0].id"),  # other actions' also_supports name P1
    (PLAN, "      - id: W2.1\n", "W2.1", "priorities[1].workstreams[0].id"),  # actions name their workstream
    (PLAN, "  - id: data\n", "data", "enablers[0].id"),  # and their enablers
    ("plans/measures.yaml", "comparators: [England, East Midlands]", "East Midlands",  # a table's columns
     "measures[0].comparators[1]"),
    ("plans/feedback/2021-11-peer-challenge.yaml", "      - text: 01632 960 555", "01632 960 555",
     "items[1].public_contacts[0].text"),  # allows the number another field gives
])
def test_a_placeholder_for_what_others_refer_to_is_said_once(tmp_path, name, old, value, field):
    root = site_copy(tmp_path)
    line, column = put(root, name, old, old.replace(value, '"TO DO: write it"'))
    result = run(["check"], root)
    assert listed(result.stdout) == [f"{name}:{line}:{column}: {field}: Still to do: write it."]
    assert result.stdout.splitlines()[-1] == "1 error, 0 warnings"
