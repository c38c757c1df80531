"""A plan whose meetings report on some actions: an action no meeting has reported on
yet has no status (none is made up), is counted apart, and is never overdue; a meeting
known only by its month counts an action overdue only when it was due before the month."""
import pytest

from conftest import PLAN, UPDATE
from generator.compute import committee, figures, history
from generator.compute.changes import compare_periods
from generator.validate import load_project

SOME = PLAN.replace("priorities:\n", "updates_cover: some-actions\npriorities:\n", 1)
A1_2 = "  A1.2:\n    status: amber\n    note: Partners are reading it.\n"
APRIL = UPDATE.replace(A1_2, "")  # reports on A1.1 only
MAY = UPDATE.replace("2021-04-20", "2021-05-18").replace("April", "May")  # on both


@pytest.fixture
def load(make_project):
    def run(files):
        root = make_project({"plans/wsoa/plan.yaml": SOME, **files})
        project, report = load_project(root / "plans", root)
        assert report.ok, report.problems
        return project.plans[0], project
    return run


def test_figures_count_an_action_not_reported_yet_apart(load):
    entry, project = load({"plans/wsoa/updates/2021-04.yaml": APRIL})
    f = figures(entry, entry.periods[0], project.site)
    assert (f.total, f.not_reported, sum(n for _, n in f.by_status)) == (2, 1, 1)
    assert f.under_way == 1 and f.percent_under_way == 50.0  # out of every action, not of those reported


def test_a_meeting_may_report_on_no_action(load):
    entry, project = load({"plans/wsoa/updates/2021-04.yaml": UPDATE.split("actions:")[0]})
    f = figures(entry, entry.periods[0], project.site)
    assert (f.total, f.not_reported, f.under_way, f.overdue) == (2, 2, 0, 0)


def test_history_has_no_status_before_the_first_report(load):
    entry, project = load({"plans/wsoa/updates/2021-04.yaml": APRIL,
                           "plans/wsoa/updates/2021-05.yaml": MAY})
    may, april = history(entry, entry.plan.actions()[1], project.site)
    assert (may.status.id, may.note) == ("amber", "Partners are reading it.")
    assert (april.status, april.update, april.overdue) == (None, None, False)
    assert april.note == "No report on this action yet."


def test_the_first_report_is_a_change_and_the_committee_says_not_reported_yet(load):
    entry, project = load({"plans/wsoa/updates/2021-04.yaml": APRIL,
                           "plans/wsoa/updates/2021-05.yaml": MAY})
    april, may = entry.periods
    first = [c for c in compare_periods(entry, april, may, project.site).statuses if c.action.id == "A1.2"]
    assert [(c.old, c.new.id) for c in first] == [(None, "amber")]
    a12 = next(a for a in committee.committee(project, entry, april).actions if a.action.id == "A1.2")
    assert a12.status is None and a12.note == "No report on this action yet."


def test_a_month_only_meeting_counts_overdue_only_what_was_due_before_the_month(load):
    # A1.2 is due in the middle of April: a meeting on 20 April is after it, but a
    # meeting known only as "April" may have been on the 1st.
    plan = SOME.replace("due: 2021-06-30", "due: 2021-04-15")
    by_day = load({"plans/wsoa/plan.yaml": plan, "plans/wsoa/updates/2021-04.yaml": UPDATE})
    by_month = load({"plans/wsoa/plan.yaml": plan,
                     "plans/wsoa/updates/2021-04.yaml": UPDATE.replace("2021-04-20", "2021-04")})
    for (entry, project), overdue in ((by_day, ["A1.2"]), (by_month, [])):
        report = committee.committee(project, entry, entry.periods[0])
        assert [a.action.id for a in report.overdue if a.action.id == "A1.2"] == overdue
