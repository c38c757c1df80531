"""A meeting that does not report on an action: its status carries forward from the
latest earlier update that did, in figures, histories, comparisons and the committee report."""
import pytest

from conftest import PLAN, UPDATE
from generator.compute import committee, figures, history
from generator.compute.changes import compare_periods
from generator.validate import load_project

SOME = PLAN.replace("priorities:\n", "updates_cover: some-actions\npriorities:\n", 1)
# April: A1.1 green, A1.2 amber. May reports on A1.1 only (now blue, completed).
MAY = (UPDATE.replace("2021-04-20", "2021-05-18").replace("April", "May")
       .replace("status: green", "status: blue")
       .replace("  A1.2:\n    status: amber\n    note: Partners are reading it.\n", ""))


@pytest.fixture
def entry_and_project(make_project):
    root = make_project({"plans/wsoa/plan.yaml": SOME, "plans/wsoa/updates/2021-05.yaml": MAY})
    project, report = load_project(root / "plans", root)
    assert report.ok, report.problems
    return project.plans[0], project


def test_figures_count_the_carried_status(entry_and_project):
    entry, project = entry_and_project
    april, may = entry.periods
    counts = dict((s.id, n) for s, n in figures(entry, may, project.site).by_status)
    assert counts["amber"] == 1 and counts["blue"] == 1  # A1.2 still amber, from April
    assert figures(entry, may, project.site).total == len(entry.plan.actions())


def test_history_says_there_was_no_new_report(entry_and_project):
    entry, project = entry_and_project
    april, may = entry.periods
    a12 = entry.plan.actions()[1]
    latest, earlier = history(entry, a12, project.site)
    assert latest.period == may and latest.carried_from == april
    assert latest.status.id == "amber"
    assert latest.note == ("No new report at this meeting. The status is from the "
                           "April 2021 monitoring meeting.")
    assert earlier.carried_from is None and earlier.note == "Partners are reading it."


def test_a_carried_status_is_no_change(entry_and_project):
    entry, project = entry_and_project
    april, may = entry.periods
    changed = compare_periods(entry, april, may, project.site).statuses
    assert [c.action.id for c in changed] == ["A1.1"]


def test_the_committee_report_shows_the_carried_status(entry_and_project):
    entry, project = entry_and_project
    report = committee.committee(project, entry, entry.periods[-1])
    a12 = next(a for a in report.actions if a.action.id == "A1.2")
    assert a12.status.id == "amber" and a12.note.startswith("No new report at this meeting.")
