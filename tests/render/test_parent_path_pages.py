"""The parent's path in the Markdown (issue 19): the home page's way in comes before
its figures, and feedback is summed up in whole sentences."""
from __future__ import annotations

from conftest import ROOT
from generator.validate import load_project
from generator.render import render_pages
from generator.render.formats import whole_sentences


def test_a_summary_keeps_whole_sentences():
    said = "They did not know who to ask. Nobody called back for weeks, e.g. after the review. It was hard."
    assert whole_sentences(said, 40) == "They did not know who to ask."
    assert whole_sentences(said, 90) == "They did not know who to ask. Nobody called back for weeks, e.g. after the review."
    long = "A very long first sentence that goes on and on well past any limit we set."
    assert whole_sentences(long, 10) == long  # never cut, even when long


def test_the_home_page_gives_the_way_in_before_the_figures():
    project, report = load_project(ROOT / "plans", ROOT)
    assert report.ok, report.summary()
    home = render_pages(project)["index.md"]
    figures = home.index("### Progress in figures")
    entry = project.plans[0]
    for priority in entry.plan.priorities:
        assert home.index(f"- [{priority.title}]({entry.id}/{priority.id.lower()}.md): ") < figures
    assert home.index("**How far we have got:**") < figures
    # No topics yet: search, with a word to try, rather than a link to no page.
    assert home.index("Search this site for a word, such as autism.") < figures
    assert "topics/index.md" not in home
