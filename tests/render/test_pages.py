"""Pages are pure functions of the model: check their wording without MkDocs."""
import html
import re

from conftest import AREAS, ROOT, UPDATE
from generator.render import fragments, navigation, render_pages
from generator.validate import load_project
from generator.icons import icon_path


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
    # Said in words, before them: how far the plan has got, and each priority's state.
    far = home.partition("How far we have got:")[2].partition("\n")[0]
    assert "12 of 41 actions done, 7 delayed." in far, far
    assert "| Figure |" not in home  # the sentences say the figures: no table stacks them as "Figure: ..."


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
    markdown = "".join(p for p in pages.values() if isinstance(p, str))
    badges = re.findall(r'<span class="status ([^"]+)">:([a-z0-9-]+): ([^<]*)</span>', markdown)
    # One on each action's section, and the key's.
    assert len(badges) >= len(project.plans[0].plan.actions()) + len(project.site.statuses)
    for css, icon, label in badges:
        assert label == labels[css].label and icon == labels[css].icon
    # History tables are HTML blocks: each badge uses its icon drawn once on the page.
    for page in pages.values():
        html_badges = re.findall(r'<span class="status ([^"]+)"><span class="twemoji"><svg viewBox="0 0 24 24">'
                                 r'<use href="#icon-([^"]+)"></use></svg></span> ([^<]*)</span>', str(page))
        symbols = dict(re.findall(r'<symbol id="icon-([^"]+)" viewBox="0 0 24 24">(.*?)</symbol>', str(page)))
        for css, used, label in html_badges:
            assert used == css and label == labels[css].label
            drawing = re.findall(r' d="([^"]+)"', symbols[css])
            assert drawing and drawing == re.findall(r' d="([^"]+)"', icon_path(labels[css].icon).read_text())
    assert markdown.count('<use href="#icon-') > 80


def test_status_history_is_newest_first():
    _, pages = pages_for(ROOT / "plans")
    page = text(fragments.assemble(pages["wsoa-2020/p1.md"]))  # as the reader gets it
    section = page.split("## A1.1:")[1].split("## A1.2:")[0]
    order = [section.index(f"{m} 20") for m in ("January", "October", "July", "April")]
    assert order == sorted(order)


def test_history_tables_label_their_cells_mark_glossary_words_and_escape_text(make_project):
    """The history tables skip MkDocs (fragments), so they get here what Markdown's
    extensions give every other table: cells labelled with their column (so they stack
    on phones) and glossary words as <abbr>; input text stays text."""
    hostile = '<img src=x onerror=alert(1)> [x](javascript:alert(2)) " &amp;'
    root = make_project({
        "plans/glossary.yaml": "terms:\n  - term: JSNA\n    stands_for: Joint Strategic Needs \"Assessment\"\n"
                               "    meaning: A study of local needs.\n",
        "plans/wsoa/updates/2021-04.yaml": UPDATE.replace(
            "note: The draft is written.", f"note: 'The JSNA (and JSNAs) agree. {hostile}'")})
    project, _ = load_project(root / "plans")
    table = fragments.split(render_pages(project)["wsoa/p1.md"])[1]["a1-1"]
    row = table.split("<tbody>")[1]
    assert re.findall(r'<td data-label="([^"]+)">', row) == ["Update", "Status", "What happened"]
    note = row.split('<td data-label="What happened">')[1].split("</td>")[0]
    assert note.startswith('The <abbr title="Joint Strategic Needs &quot;Assessment&quot;">JSNA</abbr> '
                           "(and JSNAs) agree.")  # whole words only
    # Text, never markup: the fragments are put in after MkDocs, so no Markdown is read.
    assert "<img" not in note and "<a " not in note and "&lt;img" in note
    assert html.unescape(re.sub(r"</?abbr[^>]*>", "", note)) == f"The JSNA (and JSNAs) agree. {hostile}"
