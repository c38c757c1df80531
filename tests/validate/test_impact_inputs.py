"""What has changed for families: the impact words in site.yaml, the judgements and
narratives in update files and a plan's target, checked with file, line and field.
A report may give a narrative, a judgement, both or neither."""
import pytest

from conftest import AREAS, PLAN, ROOT, SITE, UPDATE, messages
from generator.model import DEFAULT_IMPACTS
from generator.validate import load_project

S, P, U = "plans/site.yaml", "plans/wsoa/plan.yaml", "plans/wsoa/updates/2021-04.yaml"


def judged(text: str) -> dict:
    return {U: UPDATE + "priorities:\n" + text}


@pytest.mark.parametrize("said", [
    "  P1:\n    narrative: Families say letters are clearer.\n",
    "  P1:\n    impact: some-improvement\n",
    "  P1:\n    impact: no-change\n    narrative: Too early to tell.\n",
    "  {}\n",
])
def test_a_narrative_a_judgement_both_or_neither_are_all_fine(problems, said):
    assert problems(judged(said)) == []


def test_an_unknown_priority_is_named_with_a_suggestion(problems, make_project):
    files = judged("  p.1:\n    impact: some-improvement\n")
    assert problems(files) == [("unknown-reference", U, 12, "priorities.p.1")]
    assert "there is no priority 'p.1' in plans/wsoa/plan.yaml; did you mean 'P1'?" in messages(make_project, files)[0]


def test_an_unknown_impact_names_the_words_and_points_from_a_label_to_its_id(problems, make_project):
    files = judged("  P1:\n    impact: some-improvment\n")
    assert problems(files) == [("unknown-reference", U, 13, "priorities.P1.impact")]
    assert messages(make_project, files) == [
        f"{U}:13:13: priorities.P1.impact: impact 'some-improvment' is not one of no-change, "
        "some-improvement, clear-improvement (the impacts in plans/site.yaml); did you mean 'some-improvement'?"]
    files = judged("  P1:\n    impact: Clear improvement\n")
    assert "'Clear improvement' is the label of impact 'clear-improvement': write 'impact: " \
           "clear-improvement'" in messages(make_project, files)[0]


OWN_WORDS = SITE + """\
impacts:
  - id: none
    label: Not yet
    meaning: Nothing has changed for families yet.
  - id: significant
    label: Significant progress
    meaning: Families can see a real difference.
    icon: material-trending-up
"""


def test_an_area_lists_its_own_words_and_updates_use_them(problems, make_project):
    files = {S: OWN_WORDS, **judged("  P1:\n    impact: significant\n")}
    assert problems(files) == []
    root = make_project(files)
    project, _ = load_project(root / "plans", root)
    assert [i.label for i in project.site.impacts] == ["Not yet", "Significant progress"]
    assert problems({S: OWN_WORDS, **judged("  P1:\n    impact: some-improvement\n")}) == [
        ("unknown-reference", U, 13, "priorities.P1.impact")]


def test_without_impacts_in_site_yaml_the_default_words_are_used(make_project):
    root = make_project()
    project, _ = load_project(root / "plans", root)
    assert project.site.impacts == list(DEFAULT_IMPACTS)


def test_impact_ids_and_labels_must_differ_and_icons_exist(problems):
    twice = OWN_WORDS.replace("id: significant", "id: none").replace("material-trending-up", "material-nope")
    assert problems({S: twice}) == [("duplicate-id", S, 16, "impacts[1].id"),
                                    ("unknown-icon", S, 19, "impacts[1].icon")]
    same_label = OWN_WORDS.replace("label: Significant progress", "label: Not yet")
    assert problems({S: same_label}) == [("duplicate-id", S, 17, "impacts[1].label")]


TARGET = "target:\n  impact: clear-improvement\n  share: 80\n  by: 2022-05\n"


def test_a_plan_s_target_names_an_impact_and_a_share(problems, make_project):
    assert problems({P: PLAN + TARGET}) == []
    assert problems({P: PLAN + TARGET.replace("clear-improvement", "clear-improvment")}) == [
        ("unknown-reference", P, 20, "target.impact")]
    assert "did you mean 'clear-improvement'?" in messages(make_project, {P: PLAN + TARGET.replace(
        "clear-improvement", "clear-improvment")})[0]
    assert problems({P: PLAN + TARGET.replace("80", "120")}) == [("wrong-value", P, 21, "target.share")]


@pytest.mark.parametrize("plans", [ROOT / "plans", *sorted(AREAS.glob("*/plans"))], ids=lambda p: p.parent.name)
def test_every_existing_input_stays_valid(plans):
    _, report = load_project(plans)
    assert not [p for p in report.problems if p.severity == "error"]
