"""Mistakes that only show across fields or files."""
import pytest

from conftest import PLAN, SITE, UPDATE, messages

U = "plans/wsoa/updates/2021-04.yaml"
P = "plans/wsoa/plan.yaml"


def test_unknown_status_names_the_scale_and_suggests(problems, make_project):
    files = {U: UPDATE.replace("status: green", "status: Greem")}
    assert problems(files) == [("unknown-status", U, 6, "actions.A1.1.status")]
    assert messages(make_project, files) == [
        f"{U}:6:13: actions.A1.1.status: status 'Greem' is not one of not-started, red, amber, "
        "green, blue; did you mean 'green'?"]


def test_unknown_action_in_an_update(problems, make_project):
    files = {U: UPDATE + "  A1.3:\n    status: red\n    note: Late.\n"}
    assert problems(files) == [("unknown-reference", U, 11, "actions.A1.3")]
    # A1.2 has its own status here: A1.3 is no typo of it, but an action taken out of the plan.
    assert ("there is no action 'A1.3' in plans/wsoa/plan.yaml: if it was taken out of the plan, take "
            "it out of this update too") in messages(make_project, files)[0]


def test_action_without_a_status(problems, make_project):
    files = {U: UPDATE.replace("  A1.2:\n    status: amber\n    note: Partners are reading it.\n", "")}
    assert problems(files) == [("missing-action", U, 4, "actions")]
    assert "no status for action 'A1.2' (Agree the strategy with partners)" in messages(make_project, files)[0]


def test_update_date_outside_its_month(problems):
    assert problems({U: UPDATE.replace("2021-04-20", "2021-05-02")}) == [("period-mismatch", U, 1, "date")]


def test_update_file_name_must_be_a_month(problems):
    assert problems({"plans/wsoa/updates/april.yaml": UPDATE}) == [
        ("bad-update-name", "plans/wsoa/updates/april.yaml", None, "")]


def test_yml_ending_is_named(problems):
    assert problems({"plans/extra.yml": "a: 1\n"}) == [("wrong-extension", "plans/extra.yml", None, "")]


def test_duplicate_action_ids(problems, make_project):
    files = {P: PLAN.replace("id: A1.2", "id: A1.1")}
    assert ("duplicate-id", P, 15, "priorities[0].actions[1].id") in problems(files)


def test_ids_that_would_share_a_web_address(problems):
    files = {P: PLAN.replace("id: A1.2", "id: a1-1")}
    assert ("duplicate-id", P, 15, "priorities[0].actions[1].id") in problems(files)


def test_unknown_measure(problems, make_project):
    files = {P: PLAN.replace("measures: [ehcp-20-weeks]", "measures: [ehcp-20-week]")}
    assert problems(files) == [("unknown-reference", P, 13, "priorities[0].actions[0].measures[0]")]
    assert "did you mean 'ehcp-20-weeks'?" in messages(make_project, files)[0]


def test_unknown_icon_and_inconsistent_flags(problems, make_project):
    scale = """\
statuses:
  - {id: todo, label: To do, meaning: Not started., icon: material-circle-outlin, colour: "#505a5f"}
  - {id: done, label: Done, meaning: Finished., icon: material-check, colour: "#00703c", completed: true}
"""
    files = {"plans/site.yaml": SITE + scale,
             U: UPDATE.replace("status: green", "status: done").replace("status: amber", "status: todo")}
    assert problems(files) == [
        ("unknown-icon", "plans/site.yaml", 13, "statuses[0].icon"),
        ("status-flags", "plans/site.yaml", 14, "statuses[1].under_way"),
    ]
    assert "did you mean 'material-circle-outline'?" in messages(make_project, files)[0]


def test_inspection_dates_in_order(problems):
    files = {"plans/site.yaml": SITE.replace("visit_end: 2020-02-07", "visit_end: 2020-01-07")}
    assert problems(files) == [("date-order", "plans/site.yaml", 10, "inspection.visit_end")]


def test_plan_folder_name_must_be_usable_in_a_web_address(problems):
    files = {"plans/my plan/plan.yaml": PLAN}
    assert ("id-format", "plans/my plan", None, "") in problems(files)


def test_missing_site_file(problems):
    assert problems({"plans/site.yaml": None}) == [("missing-file", "plans/site.yaml", None, "")]


def test_reference_checks_still_run_when_the_plan_has_other_mistakes(problems):
    """One broken field must not hide a wrong reference elsewhere in the same run."""
    files = {P: PLAN.replace("summary: What we will do.", "summary:").replace(
        "measures: [ehcp-20-weeks]", "measures: [nope]"),
        U: UPDATE.replace("status: amber", "status: ambre")}
    assert problems(files) == [
        ("empty-value", P, 2, "summary"),
        ("unknown-reference", P, 13, "priorities[0].actions[0].measures[0]"),
        ("unknown-status", U, 9, "actions.A1.2.status"),
    ]


@pytest.mark.parametrize("edit, expected", [
    # due before the inspection began (3 February 2020)
    (("due: 2021-03", "due: 2012-03"), [("date-before-inspection", P, 15, "priorities[0].actions[0].due")]),
    (("due: 2021-03", "due: 2020-02-02"), [("date-before-inspection", P, 15, "priorities[0].actions[0].due")]),
    # after the inspection, before the plan was published (set to 2020-10-07 below)
    (("due: 2021-03", "due: 2020-09"), [("date-before-plan", P, 15, "priorities[0].actions[0].due")]),
    (("due: 2021-06-30", "due: 2020-10-06"), [("date-before-plan", P, 19, "priorities[0].actions[1].due")]),
    # by the end of the month the plan was published in: fine
    (("due: 2021-03", "due: 2020-10"), []),
])
def test_a_due_date_before_the_plan_or_the_inspection_is_a_warning(problems, edit, expected):
    plan = PLAN.replace("summary: What we will do.", "summary: What we will do.\npublished: 2020-10-07")
    assert problems({P: plan.replace(*edit)}) == expected


def test_an_update_before_the_plan_was_published_is_a_warning(problems):
    plan = PLAN.replace("summary: What we will do.", "summary: What we will do.\npublished: 2021-04-21")
    assert problems({P: plan.replace("due: 2021-03", "due: 2021-12")}) == [("date-before-plan", "plans/wsoa/updates/2021-04.yaml", 1, "date")]
