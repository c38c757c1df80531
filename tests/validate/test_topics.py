"""Topics: the default list, an area's own, and actions, feedback items and measures
naming a topic that does not exist."""
from conftest import ENGAGEMENT, MEASURES, PLAN, messages
from generator.load.yaml_source import read_yaml
from generator.model import Topics
from generator.model.topic import DEFAULT_TOPICS
from generator.validate import load_project
from generator.validate.plain_english import MAX_GRADE, reading_grade
from generator.validate.schema import validate_source

P = "plans/wsoa/plan.yaml"
F = "plans/feedback/2021-03-survey.yaml"
M = "plans/measures.yaml"
# What families look for (issue 19), and words they search by.
FAMILIES_LOOK_FOR = {"autism-adhd-assessment", "ehc-plans", "therapies", "short-breaks", "school-places",
                     "preparing-for-adulthood", "mental-health", "transport", "information-local-offer",
                     "being-listened-to"}
SEARCHED_BY = {"autism-adhd-assessment": {"ASD", "autistic spectrum", "ADHD", "neurodevelopmental"},
               "ehc-plans": {"EHCP", "education health and care plan"},
               "therapies": {"SALT", "SLT", "speech therapy"}, "mental-health": {"CAMHS"}}


def default_topics():
    source, problems = read_yaml(DEFAULT_TOPICS, "default")
    topics, found = validate_source(source, Topics)
    assert not problems and not found
    return {t.id: t for t in topics.topics}


def test_the_default_topics_are_what_families_look_for_with_their_words():
    topics = default_topics()
    assert set(topics) == FAMILIES_LOOK_FOR
    for topic_id, words in SEARCHED_BY.items():
        assert words <= set(topics[topic_id].synonyms), topic_id


def test_the_default_topics_are_in_plain_words():
    for topic in default_topics().values():
        assert topic.description.endswith(".") and topic.description.count(".") == 1, topic.id
        grade = reading_grade(f"{topic.title}. {topic.description}")
        assert grade is None or grade <= MAX_GRADE, (topic.id, grade)


def tagged_plan(topics: str) -> str:
    return PLAN.replace("        measures: [ehcp-20-weeks]\n",
                        f"        measures: [ehcp-20-weeks]\n        topics: {topics}\n")


def test_an_unknown_topic_names_file_line_field_and_the_known_ids(problems, make_project):
    files = {P: tagged_plan("[autism-adhd-assesment]")}
    assert problems(files) == [("unknown-reference", P, 14, "priorities[0].actions[0].topics[0]")]
    message, = messages(make_project, files)
    assert message.startswith(f"{P}:14:")
    assert "there is no topic 'autism-adhd-assesment'; did you mean 'autism-adhd-assessment'?" in message
    assert "autism-adhd-assessment, ehc-plans, therapies, short-breaks" in message
    assert "plans/topics.yaml" in message


def test_a_word_families_use_points_to_the_topic_id(make_project):
    message, = messages(make_project, {P: tagged_plan("[ASD]")})
    assert "there is no topic 'ASD'; did you mean 'autism-adhd-assessment' (Autism and ADHD assessment)?" in message


def test_feedback_items_and_measures_are_checked_too(problems):
    engagement = ENGAGEMENT.replace("    actions: [A1.1]\n", "    actions: [A1.1]\n    topics: [ehcp]\n")
    measures = MEASURES + "    topics: [therapy]\n"
    assert sorted(problems({F: engagement, M: measures})) == [
        ("unknown-reference", F, 14, "items[0].topics[0]"),
        ("unknown-reference", M, 11, "measures[0].topics[0]")]


AREA_TOPICS = """\
topics:
  - id: sleep
    title: Sleep
    description: Help for children who find it hard to sleep.
    synonyms: [bedtime, sleep clinic]
  - id: transport
    title: Getting to school
    description: School buses, taxis and learning to travel alone.
"""


def test_an_area_adds_topics_and_changes_default_ones(make_project):
    root = make_project({"plans/topics.yaml": AREA_TOPICS, P: tagged_plan("[sleep, transport, mental-health]")})
    project, report = load_project(root / "plans", root)
    assert report.ok, report.summary()
    topics = {t.id: t for t in project.topics}
    assert topics["sleep"].synonyms == ["bedtime", "sleep clinic"]
    assert topics["transport"].title == "Getting to school"
    assert topics["transport"].synonyms == []  # replaced whole, not merged
    assert "mental-health" in topics  # the other defaults stay
    assert [t.id for t in project.topics][-1] == "sleep"  # the defaults' order, then the area's


def test_an_area_topic_may_not_repeat_an_id(problems):
    twice = AREA_TOPICS.replace("id: transport", "id: Sleep")
    assert problems({"plans/topics.yaml": twice}) == [("duplicate-id", "plans/topics.yaml", 6, "topics[1].id")]


def test_a_broken_topics_file_does_not_add_knock_on_errors(problems):
    broken = AREA_TOPICS.replace("    title: Sleep\n", "")
    assert problems({"plans/topics.yaml": broken, P: tagged_plan("[sleep]")}) == [
        ("missing-field", "plans/topics.yaml", 2, "topics[0].title")]
