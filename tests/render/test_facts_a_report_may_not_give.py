"""Issue 15: no field requires a fact that a published report may not give. A priority
with no actions yet, or named by its title only; a status given with no note; an
engagement or a plan dated by its month; a feedback item with no theme. Each loads,
and the pages leave the missing part out rather than showing it empty."""
import io
import re

import pandas as pd
import pytest
from click.testing import CliRunner

from conftest import ENGAGEMENT, LETTER, PLAN, UPDATE
from generator.cli import main
from generator.compute.committee import committee, find_period
from generator.render import fragments, render_pages
from generator.render.committee import committee_markdown
from generator.validate import load_project

P, U, E = "plans/wsoa/plan.yaml", "plans/wsoa/updates/2021-04.yaml", "plans/feedback/survey.yaml"

# A plan whose report names its priorities and gives nothing else yet.
NO_ACTIONS = """\
title: Written Statement of Action
summary: What we will do.
priorities:
  - id: P1
    title: Joint commissioning
    lead: not yet named
  - id: P2
    title: Waiting times
    inspectors_said: "Children wait too long for assessments."
    lead: not yet named
"""
# Figures of nothing, as a reader would see them.
NONSENSE = re.compile(r"\b0 of 0\b|\(0%\)|\bAll 0\b|\bNone\b(?! yet)|\bnan\b")


def load(make_project, files):
    root = make_project(files)
    project, report = load_project(root / "plans", root)
    assert report.ok, report.summary()
    return project, report


def report_of(project) -> str:
    entry = project.plans[0]
    return committee_markdown(project.site, committee(project, entry, find_period(entry, None)))


# -- a priority, or a whole plan, with no actions yet ----------------------------------

@pytest.mark.parametrize("update", [None, "actions: {}\n", ""], ids=["no-update", "empty", "left-out"])
def test_a_plan_with_no_actions_loads_and_says_so_everywhere(make_project, update):
    meeting = None if update is None else "date: 2021-04-20\nlabel: April 2021 meeting\nstate: published\n" + update
    project, report = load(make_project, {P: NO_ACTIONS, U: meeting})
    assert report.warnings == []
    pages = render_pages(project)
    for name in ["wsoa/p1.md", "wsoa/p2.md"]:
        assert "No actions have been published for this priority yet." in pages[name]
        assert "| Action |" not in pages[name]
    assert "| [P1: Joint commissioning](p1.md) | not named yet | None yet |" in pages["wsoa/index.md"]
    if update is not None:
        for name in ["index.md", "wsoa/index.md", "wsoa/updates/2021-04.md"]:
            assert "No actions have been published for this plan yet." in pages[name], name
        assert "| Actions in total |" not in pages["index.md"]
        text = report_of(project)
        assert "No actions have been published for this plan yet." in text
        assert "## Actions by status" not in text
    for name, page in pages.items():
        if name.endswith(".md"):
            assert not NONSENSE.search(page), (name, NONSENSE.search(page))
    csv = pd.read_csv(io.BytesIO(pages["data/wsoa-actions.csv"]), dtype=str)
    assert len(csv) == 0


@pytest.mark.parametrize("written", ["    actions: []\n", ""])
def test_a_priority_with_actions_written_as_none_or_left_out_loads(make_project, written):
    project, report = load(make_project, {P: PLAN.split("    actions:")[0] + written, U: None})
    assert report.warnings == [] and project.plans[0].plan.actions() == []


def test_an_empty_note_is_a_status_alone(make_project):
    project, _ = load(make_project, {U: UPDATE.replace("note: The draft is written.", "note:")})
    assert project.plans[0].periods[0].update.actions["A1.1"].note is None


def test_one_priority_without_actions_beside_others(make_project):
    plan = PLAN + "  - id: P2\n    title: Waiting times\n    lead: not yet named\n"
    project, _ = load(make_project, {P: plan})
    pages = render_pages(project)
    assert "No actions have been published for this priority yet." in pages["wsoa/p2.md"]
    assert "No actions have been published" not in pages["wsoa/p1.md"]
    assert "| [P2: Waiting times](p2.md) | not named yet | None yet | none | none |" in pages["wsoa/index.md"]
    assert "All 2 actions are now under way." in pages["index.md"]  # P1's two, as before


def test_the_report_and_the_site_build_for_a_plan_with_no_actions(make_project, monkeypatch):
    root = make_project({P: NO_ACTIONS, U: "date: 2021-04-20\nlabel: April 2021 meeting\nstate: published\n"})
    monkeypatch.chdir(root)
    result = CliRunner().invoke(main, ["report"])
    assert result.exit_code == 0, result.output
    assert "No actions have been published for this plan yet." in result.output


# -- a priority named by its title only ------------------------------------------------

def test_findings_and_meaning_left_out_leave_no_empty_heading(make_project):
    project, report = load(make_project, {P: NO_ACTIONS})
    assert report.warnings == []  # nothing to write: no warning, so `check --strict` passes
    pages = render_pages(project)
    assert "## What the inspectors found" not in pages["wsoa/p1.md"]
    assert "What this means for families" not in pages["wsoa/p1.md"]
    quoted = pages["wsoa/p2.md"]
    # Only their words: shown open, as the section's text.
    assert "## What the inspectors found\n\n???+ more \"In the inspectors' own words\"\n\n    > Children wait too long" in quoted
    assert "What this means for families" not in quoted


@pytest.mark.parametrize("quoted, warned", [(False, True), (True, False)])
def test_meaning_left_out_after_plain_findings_is_a_warning_unless_quoted(make_project, quoted, warned):
    plan = PLAN.replace("    what_it_means: Services do not join up.\n", "")
    if quoted:
        plan = plan.replace("    lead: Director", '    inspectors_said: "There is no joint plan."\n    lead: Director')
    _, report = load(make_project, {P: plan})
    assert [(w.code, w.field) for w in report.warnings] == ([("left-out", "priorities[0].inspectors_found")]
                                                            if warned else [])


def test_meaning_when_given_is_still_held_to_plain_english(make_project):
    hard = ("Notwithstanding considerable organisational reconfiguration, commissioning "
            "responsibilities remained insufficiently delineated between constituent partners.")
    root = make_project({P: NO_ACTIONS.replace("    title: Joint commissioning\n",
                                               f"    title: Joint commissioning\n    what_it_means: {hard}\n")})
    _, report = load_project(root / "plans", root, plain_english=True)
    assert ("reading-level", "priorities[0].what_it_means") in [(w.code, w.field) for w in report.warnings]


# -- a status with no note ---------------------------------------------------------------

def test_a_status_alone_shows_just_the_status(make_project):
    update = UPDATE.replace("    note: The draft is written.\n", "").replace("    note: Partners are reading it.\n", "")
    update = update.replace("status: amber", "status: red")  # delayed: listed in the report
    project, _ = load(make_project, {U: update})
    pages = render_pages(project)
    page, tables = fragments.split(pages["wsoa/p1.md"])
    # The action says its status and due date, and no empty note.
    assert re.search(r':material-alert-octagon: Delayed</span>, due [^.]*\.\n\n\?\?\? more', page), page
    assert "None" not in page
    assert "What happened" not in tables["a1-1"] and "None" not in tables["a1-1"]
    csv = pd.read_csv(io.BytesIO(pages["data/wsoa-actions.csv"]), dtype=str, keep_default_na=False)
    assert set(csv.note) == {""}
    text = report_of(project)
    assert "None" not in text
    assert re.search(r"- \*\*A1\.2: Agree the strategy with partners\*\* \(lead: [^)]*\)\.\n\n## ", text)


def test_a_note_beside_a_status_alone_keeps_its_column(make_project):
    update = UPDATE.replace("    note: Partners are reading it.\n", "")
    pages = render_pages(load(make_project, {U: update})[0])
    page, tables = fragments.split(pages["wsoa/p1.md"])
    assert "The draft is written." in page.partition("{ #action-a1-1 }")[2].partition("??? more")[0]
    # Each action's history is a table of its own: a column only where a note is.
    assert "The draft is written." in tables["a1-1"] and "What happened" not in tables["a1-2"]


# -- dates known to the month ------------------------------------------------------------

def test_an_engagement_known_by_its_month(make_project):
    survey = ENGAGEMENT.replace("start: 2021-03-01", "start: 2021-03\nend: 2021-04")
    project, _ = load(make_project, {E: survey})
    pages = render_pages(project)
    assert "- When: March 2021 to April 2021\n" in pages["you-said-we-did/survey.md"]
    assert "survey, March 2021 (2 things you told us)" in pages["you-said-we-did/index.md"]
    csv = pd.read_csv(io.BytesIO(pages["data/you-said-we-did.csv"]), dtype=str)
    assert list(csv.start.unique()) == ["2021-03"] and list(csv.end.unique()) == ["2021-04"]
    # Heard by the end of April: news at the April meeting (20 April) only if it had ended by then.
    assert "Nothing new from children, young people and families" in report_of(project)


@pytest.mark.parametrize("start, end, ok", [("2021-03", "2021-03-15", True), ("2021-03-15", "2021-03", True),
                                            ("2021-03", "2021-02-28", False), ("2021-03-15", "2021-03-14", False)])
def test_an_engagement_ends_before_it_starts_only_when_surely_so(problems, start, end, ok):
    found = problems({E: ENGAGEMENT.replace("start: 2021-03-01", f"start: {start}\nend: {end}")})
    assert found == ([] if ok else [("date-order", E, 5, "end")])


def test_a_plan_published_in_a_month(make_project):
    project, report = load(make_project, {P: PLAN.replace("summary: What we will do.\n",
                                                          "summary: What we will do.\npublished: 2021-03\n")})
    assert report.warnings == []  # A1.1, due March 2021, is not before a plan published that month
    assert "Published in March 2021." in render_pages(project)["wsoa/index.md"]
    _, report = load(make_project, {P: PLAN.replace("summary: What we will do.\n",
                                                    "summary: What we will do.\npublished: 2021-04\n")})
    assert [w.code for w in report.warnings] == ["date-before-plan"]
    assert "before the plan was published (April 2021)" in report.warnings[0].message


# -- a feedback item with no theme ----------------------------------------------------------

def test_items_without_a_theme_are_grouped_last_and_numbered(make_project):
    survey = ENGAGEMENT.replace("    theme: Waiting\n", "")
    project, _ = load(make_project, {E: survey})
    pages = render_pages(project)
    index = pages["you-said-we-did/index.md"]
    assert index.index("### Communication (1)") < index.index("### Other things you told us (1)")
    assert "- [Nobody told us how long" in index
    assert "## Point 2 { #item-s2 }" in pages["you-said-we-did/survey.md"]
    assert "## Communication { #item-s1 }" in pages["you-said-we-did/survey.md"]
    assert "- [Nobody told us how long" in pages["wsoa/p1.md"]


def test_with_no_theme_at_all_there_is_no_grouping(make_project):
    survey = ENGAGEMENT.replace("    theme: Waiting\n", "").replace("    theme: Communication\n", "")
    letter = LETTER.replace("theme: Schools, ", "")
    project, _ = load(make_project, {E: survey, "plans/feedback/letter.yaml": letter})
    pages = render_pages(project)
    index = pages["you-said-we-did/index.md"]
    assert "## What you told us\n" in index and "By theme" not in index and "###" not in index.split(
        "## What you told us")[1].split("\n## ")[0]
    text = report_of(project)
    assert "The inspectors said: The plan does not say what schools will do." in text
    assert re.search(r"^- \*\*Inspectors.{1,6}letter on our draft plan\*\*\. The inspectors said", text, re.M)
    for page in pages.values():
        assert not isinstance(page, str) or "None" not in page
