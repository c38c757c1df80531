"""Topic pages gather, across priorities and plans, the actions, feedback and
measures that name the topic: exactly those, in whole sentences, with each action's
latest status in words."""
import re

import pytest

from conftest import PLAN, ROOT, SITE
from generator.compute.topics import TOPICS_INDEX, topic_path, topics_with_pages
from generator.render import navigation, render_pages
from generator.validate import load_project
from generator.validate.topics import load_topics

AUTISM = "autism-adhd-assessment"


@pytest.fixture(scope="module")
def example():
    project, report = load_project(ROOT / "plans", ROOT)
    assert report.ok, report.summary()
    return project, render_pages(project)


def page_of(project, topic_id):
    view = next(v for v in topics_with_pages(project) if v.topic.id == topic_id)
    return view, render_pages(project)[view.page]


def test_the_autism_topic_lists_the_assessment_waits_actions_feedback_and_measure(example):
    project, pages = example
    page = pages[f"topics/{AUTISM}/index.md"]
    tagged = [a for e in project.plans for a in e.plan.actions() if AUTISM in a.topics]
    shown = re.findall(r"^### (\S+): ", page, re.M)
    assert [a.id for a in tagged] == [s for s in shown if s in {a.id for e in project.plans for a in e.plan.actions()}]
    assert "A3.2" in shown  # "Cut waiting times for autism and ADHD assessment"
    said = [r for r in project.published_feedback() if AUTISM in r.item.topics]
    assert said and all(f"#item-{r.item.id.lower()})" in page for r in said)
    others = [r for r in project.published_feedback() if AUTISM not in r.item.topics]
    assert not any(f"#item-{r.item.id.lower()})" in page for r in others)
    measures = [m for m in project.measures if AUTISM in m.topics]
    assert [m.id for m in measures] == ["nd-assessment-wait"]
    assert re.findall(r"\(\.\./\.\./measures/([^/]+)/index\.md\)", page) == ["nd-assessment-wait"]


def test_feedback_is_shown_whole_with_what_was_done(example):
    project, pages = example
    page = pages[f"topics/{AUTISM}/index.md"]
    for ref in (r for r in project.published_feedback() if AUTISM in r.item.topics):
        for text in (ref.item.you_said, ref.item.we_did, ref.item.we_will):
            if text:
                assert " ".join(text.split()).replace("'", "&#39;") in page, ref.item.id
    assert "**You said:**" in page and "**We did:**" in page


def test_each_action_has_its_latest_status_in_words_its_note_and_a_link(example):
    project, pages = example
    page = pages[f"topics/{AUTISM}/index.md"]
    entry = project.plans[0]
    latest = entry.published_periods()[-1]
    labels = {s.id: s.label for s in project.site.statuses}
    for action in (a for a in entry.plan.actions() if AUTISM in a.topics):
        section = page.split(f"### {action.id}: ")[1].split("\n### ")[0]
        reported = entry.reported(latest)[action.id].update
        assert f"{labels[reported.status]}</span>" in section
        assert f"Latest note, from the {latest.update.label}: {reported.note}" in section
        assert f"#action-{action.id.lower().replace('.', '-')})" in section


def test_how_it_is_going_counts_the_topics_actions_by_status(example):
    project, pages = example
    page = pages[f"topics/{AUTISM}/index.md"]
    entry = project.plans[0]
    reported = entry.reported(entry.published_periods()[-1])
    statuses = [reported[a.id].update.status for a in entry.plan.actions() if AUTISM in a.topics]
    going = page.split("## How it is going")[1].split("\n## ")[0]
    for status in project.site.statuses:
        n = statuses.count(status.id)
        if n:
            assert f"{status.label}</span>: {n} action{'s' if n > 1 else ''}" in going
        else:
            assert f"{status.label}</span>" not in going


def test_the_page_shows_the_words_families_search_by(example):
    project, pages = example
    for view in topics_with_pages(project):
        assert f"Also called: {', '.join(view.topic.synonyms)}." in pages[view.page]


def test_the_index_lists_only_topics_with_something_and_is_in_the_navigation(example):
    project, pages = example
    views = topics_with_pages(project)
    named = {t for e in project.plans for a in e.plan.actions() for t in a.topics} | {
        t for r in project.published_feedback() for t in r.item.topics} | {t for m in project.measures for t in m.topics}
    assert {v.topic.id for v in views} == named
    assert {p for p in pages if p.startswith("topics/")} == {TOPICS_INDEX} | {topic_path(v.topic) for v in views}
    index = pages[TOPICS_INDEX]
    assert re.findall(r"^## \[([^]]+)\]", index, re.M) == [v.topic.title for v in views]
    topics = next(item for item in navigation(project) if item.path == TOPICS_INDEX)
    assert [c.path for c in topics.children[1:]] == [v.page for v in views]


def test_an_area_own_topic_gets_a_page(example):
    project, pages = example
    own = "help-at-school"  # plans/topics.yaml: the example's own topic
    assert own not in {t.id for t in load_topics(None)[0]}
    assert "# Help at school before a diagnosis" in pages[f"topics/{own}/index.md"]


def test_no_topic_named_means_no_topic_pages_and_no_navigation(make_project):
    root = make_project()
    project, report = load_project(root / "plans", root)
    assert report.ok
    assert topics_with_pages(project) == []
    assert not any(p.startswith("topics/") for p in render_pages(project))
    assert TOPICS_INDEX not in {item.path for item in navigation(project)}


def test_topics_gather_across_plans_and_say_which_plan(make_project):
    tagged = PLAN.replace("        due: 2021-03\n", "        due: 2021-03\n        topics: [transport]\n")
    root = make_project({"plans/wsoa/plan.yaml": tagged, "plans/later/plan.yaml": tagged.replace(
        "Written Statement of Action", "Priority action plan"), "plans/site.yaml": SITE + "current_plan: wsoa\n"})
    project, report = load_project(root / "plans", root)
    assert report.ok, report.summary()
    view, page = page_of(project, "transport")
    assert [(a.ref.entry.id, a.ref.action.id) for a in view.actions] == [("wsoa", "A1.1"), ("later", "A1.1")]
    assert "(Written Statement of Action)" in page and "(Priority action plan)" in page
    # The later plan has no update yet: its action has no status, and none is made up.
    assert "Status: not reported yet" in page.split("(Priority action plan)")[1].split("###")[0]
