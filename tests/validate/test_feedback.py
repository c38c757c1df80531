"""Engagement files are checked like plans: every problem with its line."""
from conftest import ENGAGEMENT, PLAN, messages

F = "plans/feedback/survey.yaml"


def test_a_valid_engagement(problems):
    assert problems({F: ENGAGEMENT}) == []


def test_references_must_resolve(problems, make_project):
    files = {F: ENGAGEMENT.replace("actions: [A1.1]", "actions: [A1.9]").replace("priorities: [P1]", "priorities: [P9]")}
    assert problems(files) == [("unknown-reference", F, 13, "items[0].actions[0]"),
                               ("unknown-reference", F, 20, "items[1].priorities[0]")]
    assert "there is no action 'A1.9' in plans/wsoa/plan.yaml; did you mean 'A1.2'?" in messages(make_project, files)[0]


def test_response_must_match_status(problems, make_project):
    files = {F: ENGAGEMENT.replace("    we_did: We rewrote our letters with the Parent Carer Forum.\n", "")
             .replace("    response_date: 2021-09-30\n", "")}
    assert problems(files) == [("wrong-value", F, 7, "items[0]"), ("wrong-value", F, 13, "items[1]")]
    found = messages(make_project, files)
    assert "an item that is done needs 'we_did'" in found[0]
    assert "a planned item needs 'response_date'" in found[1]


def test_channel_and_status_words(problems, make_project):
    files = {F: ENGAGEMENT.replace("channel: survey", "channel: surveys").replace("status: planned", "status: plan")}
    assert problems(files) == [("wrong-value", F, 2, "channel"), ("wrong-value", F, 17, "items[1].status")]
    found = messages(make_project, files)
    assert "did you mean 'survey'?" in found[0]
    assert "'plan' is not one of done, doing, planned; did you mean 'planned'?" in found[1]


def test_item_ids_unique_and_file_name_usable(problems):
    files = {"plans/feedback/my survey.yaml": ENGAGEMENT.replace("id: S2", "id: S1")}
    assert problems(files) == [("id-format", "plans/feedback/my survey.yaml", None, ""),
                               ("duplicate-id", "plans/feedback/my survey.yaml", 14, "items[1].id")]


def test_with_two_plans_the_plan_must_be_named(problems):
    files = {F: ENGAGEMENT, "plans/other/plan.yaml": PLAN}
    assert ("missing-field", F, 1, "") in problems(files)
    files = {F: "plan: wsoa\n" + ENGAGEMENT, "plans/other/plan.yaml": PLAN}
    assert problems(files) == []
