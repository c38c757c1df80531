"""'You said, we did' pages, rendered without MkDocs."""
import datetime as dt
import html
import re

import pytest

from conftest import LETTER, ROOT
from generator.compute import feedback
from generator.render import navigation, render_pages
from generator.validate import load_project


def text(markdown: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", markdown)).split())


def example(today=dt.date(2022, 1, 31)):
    project, report = load_project(ROOT / "plans")
    assert report.ok, report.summary()
    return project, render_pages(project, today=today)


def test_the_example_has_engagements_linked_to_actions():
    project, _ = example()
    channels = {e.engagement.channel for e in project.engagements}
    assert {"survey", "forum-meeting", "young-peoples-group"} <= channels
    linked = [r for r in project.published_feedback() if r.item.actions]
    assert len(linked) >= 12


def test_overview_counts_and_groups():
    project, pages = example()
    page = text(pages["you-said-we-did/index.md"])
    refs = feedback.families(project.published_feedback())
    families = [e for e in project.engagements if e.engagement.from_families]
    done = sum(r.item.status == "done" for r in refs)
    assert f"You told us {len(refs)} things in {len(families)} conversations" in page
    assert f"{done} done" in page
    for theme in {r.item.theme for r in refs}:
        count = sum(r.item.theme == theme for r in refs)
        assert f"### {theme} ({count})" in page


def test_promises_past_their_date_are_listed_as_still_to_do():
    project, pages = example(today=dt.date(2022, 1, 31))
    late = [r for r in project.published_feedback()
            if r.item.status != "done" and r.item.response_date and r.item.response_date < dt.date(2022, 1, 31)]
    assert late  # the example keeps one promise late on purpose
    page = text(pages["you-said-we-did/index.md"])
    still = page.split("## Still to do")[1].split("## By theme")[0]
    for ref in late:
        assert ref.item.you_said.split(".")[0] in still
    on_time = [r for r in project.published_feedback() if r.item.response_date
               and r.item.response_date >= dt.date(2022, 1, 31) and r.item.status != "done"]
    for ref in on_time:
        assert ref.item.you_said.split(".")[0] not in still


def test_nothing_late_says_so(make_project):
    root = make_project({"plans/feedback/s.yaml": """\
        title: Survey
        channel: survey
        participants: {group: Parents}
        start: 2021-03-01
        state: published
        items:
          - {id: S1, theme: Letters, you_said: Too long., status: planned, we_will: Shorten them., response_date: 2021-09-30, actions: [A1.1]}
        """})
    project, _ = load_project(root / "plans")
    before = text(render_pages(project, today=dt.date(2021, 9, 30))["you-said-we-did/index.md"])
    after = text(render_pages(project, today=dt.date(2021, 10, 1))["you-said-we-did/index.md"])
    assert "Nothing is late" in before
    assert "Nothing is late" not in after and "Shorten them." in after.split("## By theme")[0]


def test_drafts_are_not_published(make_project):
    root = make_project({"plans/feedback/s.yaml": """\
        title: Draft survey
        channel: survey
        participants: {group: Parents}
        start: 2021-03-01
        state: draft
        items:
          - {id: S1, theme: Letters, you_said: Secret draft words., status: done, we_did: Done., actions: [A1.1]}
        """})
    project, _ = load_project(root / "plans")
    pages = render_pages(project)
    assert not any(b"Secret draft words" in (p.encode() if isinstance(p, str) else p) for p in pages.values())
    assert "You said, we did" not in [n.title for n in navigation(project)]


def test_priority_and_action_show_the_feedback_that_shaped_them():
    project, pages = example()
    ref = next(r for r in project.published_feedback() if r.item.actions)
    action_id = ref.item.actions[0]
    entry = project.plans[0]
    priority = entry.plan.priority_of(action_id)
    page = pages[f"{entry.id}/{priority.id.lower()}.md"]
    section = page.split(f"## {action_id}:")[1].split("\n## ")[0]
    assert f"../you-said-we-did/{ref.entry.id}.md#item-{ref.item.id.lower()}" in section


def pages_of(make_project, files: dict[str, str]) -> tuple:
    root = make_project(files)
    project, report = load_project(root / "plans")
    assert report.ok, report.summary()
    return project, {name: text(page) for name, page in render_pages(project, today=dt.date(2021, 6, 1)).items()
                     if name.endswith(".md")}


def test_the_inspectors_are_not_counted_in_you_told_us(make_project):
    from conftest import ENGAGEMENT
    _, pages = pages_of(make_project, {"plans/feedback/survey.yaml": ENGAGEMENT,
                                       "plans/feedback/letter.yaml": LETTER})
    overview = pages["you-said-we-did/index.md"]
    families, others = overview.split("## What others told us: reviews and inspections")
    assert "You told us 2 things in 1 conversation," in families and "Inspectors' letter" not in families
    assert "They told us 1 thing: 1 done." in others
    assert "schools will do.](letter.md#item-l1) (from the inspectors, done)" in others
    letter = pages["you-said-we-did/letter.md"]
    assert "Who said it: The inspectors (Ofsted and CQC)" in letter
    assert "**The inspectors said:** The plan does not say" in letter
    assert "**What we did:** We added what schools will do." in letter
    assert "You said" not in letter and "you told us" not in letter
    home = pages["index.md"]
    assert "You told us 2 things: 1 done, 1 planned." in home
    assert "## What others told us: reviews and inspections" in home and "They told us 1 thing" in home
    action = pages["wsoa/p1.md"].split("## A1.1:")[1].split("## A1.2:")[0]
    assert "### What others told us" in action and "(from the inspectors, done)" in action
    assert "### What families told us" in action


def test_young_people_are_counted_with_families(make_project):
    from conftest import ENGAGEMENT
    session = ENGAGEMENT.replace("title: Parent carer survey", "title: Young people's session").replace(
        "channel: survey", "channel: workshop\nvoice: children-and-young-people")
    _, pages = pages_of(make_project, {"plans/feedback/survey.yaml": ENGAGEMENT,
                                       "plans/feedback/session.yaml": session})
    assert "You told us 4 things in 2 conversations" in pages["you-said-we-did/index.md"]
    assert "What others told us" not in pages["you-said-we-did/index.md"]
    session_page = pages["you-said-we-did/session.md"]
    assert "**Children and young people said:** Letters were hard to follow." in session_page
    assert "**We did:** We rewrote our letters" in session_page


@pytest.mark.parametrize("channel, voice", [
    ("peer-challenge", "peer-review"), ("young-peoples-group", "children-and-young-people"),
    ("forum-meeting", "parent-carer-forum"), ("survey", "parents-and-carers"),
    ("letter", "parents-and-carers")])
def test_without_a_voice_it_follows_the_channel(make_project, channel, voice):
    from conftest import ENGAGEMENT
    project, pages = pages_of(make_project, {
        "plans/feedback/s.yaml": ENGAGEMENT.replace("channel: survey", f"channel: {channel}")})
    assert project.engagements[0].engagement.speaker == voice
    counted = "You told us 2 things" in pages["you-said-we-did/index.md"]
    assert counted == (voice != "peer-review")


def test_a_site_with_only_the_inspectors_letter_never_says_you_told_us(make_project):
    project, pages = pages_of(make_project, {"plans/feedback/letter.yaml": LETTER})
    for name, page in pages.items():
        for words in ("you told us", "you said", "what families told us", "things you told"):
            assert words not in page.lower(), (name, words)
    assert "What others told us" in [n.title for n in navigation(project)]
    assert "# What others told us" in pages["you-said-we-did/index.md"]
    assert "The inspectors said" in pages["you-said-we-did/letter.md"]


def test_other_voices_are_named_by_who_took_part(make_project):
    healthwatch = LETTER.replace("voice: inspectors", "voice: other").replace(
        "Inspectors from Ofsted and the CQC", "Healthwatch Example County")
    _, pages = pages_of(make_project, {"plans/feedback/healthwatch.yaml": healthwatch})
    assert "**Healthwatch Example County said:**" in pages["you-said-we-did/healthwatch.md"]
    assert "#item-l1) (from Healthwatch Example County, done)" in pages["you-said-we-did/index.md"]
