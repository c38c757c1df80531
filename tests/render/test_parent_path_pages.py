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
    # The example has topics: the way in is their page, and its Easy Read summary.
    assert home.index("[Find what matters to you](topics/index.md)") < figures
    assert home.index(f"[Our plan in Easy Read]({entry.id}/easy-read.md)") < figures


def test_with_no_topics_the_home_page_offers_search_with_a_word_to_try(tmp_path):
    import shutil

    plans = shutil.copytree(ROOT / "plans", tmp_path / "plans")
    for path in plans.rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        path.write_text("\n".join(line for line in text.splitlines()
                                  if not line.lstrip().startswith("topics:")) + "\n", encoding="utf-8")
    (plans / "topics.yaml").unlink(missing_ok=True)
    project, report = load_project(plans, tmp_path)
    assert report.ok, report.summary()
    home = render_pages(project)["index.md"]
    assert home.index("Search this site for a word, such as autism.") < home.index("### Progress in figures")
    assert "topics/index.md" not in home
