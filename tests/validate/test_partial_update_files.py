"""Update files named after a day (two meetings in a month), and plans whose
meetings report on some actions only."""
from conftest import PLAN, UPDATE, messages
from generator.validate import load_project

P = "plans/wsoa/plan.yaml"
SOME = PLAN.replace("priorities:\n", "updates_cover: some-actions\npriorities:\n", 1)
A1_2 = "  A1.2:\n    status: amber\n    note: Partners are reading it.\n"


def update(day: str, state: str = "published", *, a1_2: bool = True) -> str:
    """Another meeting's update, with notes of its own (not copied from 2021-04.yaml)."""
    text = UPDATE if a1_2 else UPDATE.replace(A1_2, "")
    return text.replace("2021-04-20", day).replace("state: published", f"state: {state}") \
               .replace("note: ", f"note: On {day}, ")


def test_a_month_may_have_two_updates_named_by_their_day(make_project):
    # File names sort 2021-04-28 before 2021-04; the meetings' dates put 2021-04 first.
    root = make_project({"plans/wsoa/updates/2021-04-28.yaml": update("2021-04-28")})
    project, report = load_project(root / "plans", root)
    assert report.ok, report.problems
    assert [p.id for p in project.plans[0].periods] == ["2021-04", "2021-04-28"]


def test_a_day_named_update_must_be_dated_that_day(make_project):
    name = "plans/wsoa/updates/2021-04-28.yaml"
    assert messages(make_project, {name: update("2021-04-29")}) == [
        f"{name}:1:7: date: the date 2021-04-29 is not 2021-04-28, the day this file is named after; "
        "fix the date or rename the file."]


def test_two_updates_of_one_day_are_an_error(problems):
    name = "plans/wsoa/updates/2021-04-20.yaml"
    assert problems({name: update("2021-04-20")}) == [("duplicate-period", name, 1, "date")]


def test_other_file_names_are_still_refused(problems):
    name = "plans/wsoa/updates/2021-04-2.yaml"
    assert problems({name: update("2021-04-02")}) == [("bad-update-name", name, None, "")]


def test_under_some_actions_an_update_may_leave_actions_out(make_project):
    root = make_project({P: SOME, "plans/wsoa/updates/2021-05.yaml": update("2021-05-18", a1_2=False)})
    project, report = load_project(root / "plans", root, plain_english=True)  # as check --strict
    assert [p for p in report.problems if p.file.startswith("plans/wsoa/")] == []
    assert project.plans[0].plan.updates_cover == "some-actions"


def test_without_the_setting_a_left_out_action_is_still_an_error(problems):
    name = "plans/wsoa/updates/2021-05.yaml"
    assert problems({name: update("2021-05-18", a1_2=False)}) == [("missing-action", name, 4, "actions")]


def test_under_some_actions_an_action_may_have_no_report_yet(make_project):
    # A board that reports in prose may give no status at all at a meeting: nothing is
    # asked for, and nothing is made up (the pages say "not reported yet").
    files = {P: SOME, "plans/wsoa/updates/2021-04.yaml": update("2021-04-20", a1_2=False),
             "plans/wsoa/updates/2021-05.yaml": update("2021-05-18").split("actions:")[0]}
    root = make_project(files)
    project, report = load_project(root / "plans", root, plain_english=True)  # as check --strict
    assert [p for p in report.problems if p.file.startswith("plans/wsoa/")] == []
    assert [dict(p.update.actions) for p in project.plans[0].periods][1] == {}


def test_without_the_setting_an_update_with_no_actions_is_an_error(problems):
    name = "plans/wsoa/updates/2021-04.yaml"
    assert problems({name: update("2021-04-20").split("actions:")[0]}) == [
        ("missing-action", name, 1, "actions")]


def test_a_published_update_may_follow_a_draft_that_reported_first(problems):
    # The public site leaves the draft out, so there the action is simply not reported yet.
    later = "plans/wsoa/updates/2021-05.yaml"
    assert problems({P: SOME, "plans/wsoa/updates/2021-04.yaml": update("2021-04-20", "draft"),
                     later: update("2021-05-18", a1_2=False)}) == []


def test_a_month_named_update_may_give_only_the_month(make_project):
    root = make_project({"plans/wsoa/updates/2021-04.yaml": update("2021-04")})
    project, report = load_project(root / "plans", root)
    assert report.ok, report.problems
    assert str(project.plans[0].periods[0].update.date) == "April 2021"


def test_a_month_date_must_be_the_file_s_month(make_project):
    name = "plans/wsoa/updates/2021-04.yaml"
    assert messages(make_project, {name: update("2021-05")}) == [
        f"{name}:1:7: date: the date 2021-05 is not in 2021-04, the month this file is named after; "
        "fix the date or rename the file."]


def test_a_day_named_update_may_not_give_only_the_month(make_project):
    name = "plans/wsoa/updates/2021-04-28.yaml"
    assert messages(make_project, {name: update("2021-04")}) == [
        f"{name}:1:7: date: the date 2021-04 is a month, but this file is named after the day "
        "2021-04-28: give the day (YYYY-MM-DD), or name the file 2021-04.yaml."]


def test_a_month_only_update_goes_before_the_days_of_its_month(make_project):
    root = make_project({"plans/wsoa/updates/2021-04.yaml": update("2021-04"),
                         "plans/wsoa/updates/2021-04-02.yaml": update("2021-04-02")})
    project, report = load_project(root / "plans", root)
    assert report.ok, report.problems
    assert [p.id for p in project.plans[0].periods] == ["2021-04", "2021-04-02"]
