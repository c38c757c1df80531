"""Pages are pure functions of the model: check their wording without MkDocs."""
import re

from conftest import AREAS, ROOT
from generator.render import navigation, render_pages
from generator.validate import load_project


def pages_for(plans):
    project, report = load_project(plans)
    assert report.ok, report.summary()
    return project, render_pages(project)


def text(markdown: str) -> str:
    """Markdown as a reader sees it: character references decoded, spans dropped."""
    import html
    return html.unescape(re.sub(r"<[^>]+>", "", markdown))


def test_home_headline_in_words_with_the_change():
    _, pages = pages_for(AREAS / "two-priorities" / "plans")
    home = text(pages["index.md"])
    assert ("All 41 actions are now under way, up from 87.8% in October 2021.\n"
            "12 actions are completed (29.3%), up from 7 in October 2021.\n"
            "7 actions are delayed, up from 4 in October 2021.\n"
            "5 actions are past their due date and not yet completed.") in home
    assert "| Under way | 41 (100%) | 36 (87.8%) |" in home


def test_headline_when_not_all_are_under_way():
    _, pages = pages_for(AREAS / "three-priorities" / "plans")
    home = text(pages["index.md"])
    assert "13 of 14 actions are under way (92.9%), up from 78.6% in September 2020." in home
    assert "5 actions are completed (35.7%), up from 2 in September 2020." in home


def test_singular_wording(make_project):
    project, report = load_project(make_project() / "plans")
    home = text(render_pages(project)["index.md"])
    assert "All 2 actions are now under way." in home
    assert "No actions are completed yet." in home
    assert "No actions are delayed." in home
    assert "1 action is past its due date and not yet completed." in home


def test_one_page_per_priority_and_actions_as_sections():
    project, pages = pages_for(AREAS / "nine-priorities" / "plans")
    md_pages = [p for p in pages if p.endswith(".md") and "/updates/" not in p]
    assert len(md_pages) == 1 + 1 + 9 + 1  # home, plan overview, one per priority, open data
    page = pages["wsoa/ipa3.md"]
    for action in project.plans[0].plan.priorities[2].actions:
        assert f"{{ #action-{action.id.lower().replace('.', '-')} }}" in page


def test_navigation_is_small_and_ordered_as_written():
    project, _ = pages_for(AREAS / "nine-priorities" / "plans")
    nav = navigation(project)
    assert [n.title for n in nav] == ["Home", "Written Statement of Action", "Open data"]
    assert [c.path for c in nav[1].children][1:] == [f"wsoa/ipa{i}.md" for i in range(1, 10)]


def test_every_status_is_words_and_icon_not_colour_alone():
    project, pages = pages_for(ROOT / "plans")
    labels = {s.css_class: s for s in project.site.statuses}
    badges = re.findall(r'<span class="status ([^"]+)">:([a-z0-9-]+): ([^<]*)</span>', "".join(
        p for p in pages.values() if isinstance(p, str)))
    assert len(badges) > 50
    for css, icon, label in badges:
        assert label == labels[css].label and icon == labels[css].icon


def test_status_history_is_newest_first():
    _, pages = pages_for(ROOT / "plans")
    page = text(pages["wsoa-2020/p1.md"])
    section = page.split("## A1.1:")[1].split("## A1.2:")[0]
    order = [section.index(f"{m} 20") for m in ("January", "October", "July", "April")]
    assert order == sorted(order)
