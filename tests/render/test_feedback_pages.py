"""'You said, we did' pages, rendered without MkDocs."""
import datetime as dt
import html
import re

from conftest import ROOT
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
    refs = project.published_feedback()
    done = sum(r.item.status == "done" for r in refs)
    assert f"You told us {len(refs)} things in {len(project.engagements)} conversations" in page
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
