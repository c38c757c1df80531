"""The steps after the engine (generator/finish), on a built page as any engine leaves it."""
from __future__ import annotations

import markdown
import pytest

from generator.finish import FinishFailed, Written, finish
from generator.finish.content import END, START, marked, sanitised, tight
from generator.finish.page_count import PagesMissing, built_path, check
from generator.render import fragments


def _page(content: str) -> str:
    # A theme's own script, which the sanitiser must leave alone.
    return f"<html><head><script src='bundle.js'></script></head><body><article>{content}</article></body></html>"


def test_the_content_comments_go_after_the_front_matter():
    text = marked('---\ntitle: "P1"\n---\n\n# P1\n\nText.\n')
    assert text.startswith('---\ntitle: "P1"\n---\n' + START)
    assert text.rstrip().endswith(END)


def test_only_the_content_is_sanitised_and_the_comments_go():
    html = tight(markdown.markdown(marked("# P1\n\n<img src=x onerror=alert(1)> <script>alert(2)</script> kept")))
    out = sanitised(_page(html))
    assert "onerror" not in out and "alert(2)" not in out and "kept" in out
    assert "<script src='bundle.js'></script>" in out
    assert START not in out and END not in out


def test_a_generated_page_whose_content_cannot_be_found_fails(tmp_path):
    generated, site = tmp_path / "generated", tmp_path / "site"
    generated.mkdir()
    (generated / "p1.md").write_text("# P1\n", encoding="utf-8")
    (site / "p1").mkdir(parents=True)
    (site / "p1" / "index.html").write_text(_page("<h1>P1</h1><script>alert(1)</script>"), encoding="utf-8")
    with pytest.raises(FinishFailed, match="sanitised"):
        finish(site, Written(generated, ("p1.md",), (), ()), directory_urls=True)


def test_the_history_fragments_go_into_their_slots(tmp_path):
    generated, site = tmp_path / "generated", tmp_path / "site"
    generated.mkdir()
    source = fragments.attach("# P1\n\n" + fragments.slot("a1") + "\n", {"a1": "<table><tr><td>Jan</td></tr></table>"})
    (generated / "p1.md").write_text(source, encoding="utf-8")
    html = tight(markdown.markdown(marked(fragments.split(source)[0])))
    site.mkdir()
    (site / "p1.html").write_text(_page(html), encoding="utf-8")
    finish(site, Written(generated, ("p1.md",), (), ()), directory_urls=False)
    out = (site / "p1.html").read_text(encoding="utf-8")
    assert "<td>Jan</td>" in out and "progress-pages:slot" not in out


def test_pages_go_where_engines_put_them():
    assert built_path("index.md", True) == "index.html"
    assert built_path("wsoa-2020/index.md", False) == "wsoa-2020/index.html"
    assert built_path("wsoa-2020/p1.md", True) == "wsoa-2020/p1/index.html"
    assert built_path("wsoa-2020/p1.md", False) == "wsoa-2020/p1.html"


def test_a_page_the_engine_did_not_build_fails_loudly(tmp_path):
    (tmp_path / "about").mkdir()
    (tmp_path / "about" / "index.html").write_text("<p>About</p>", encoding="utf-8")
    check(tmp_path, ["about.md"], True)
    with pytest.raises(PagesMissing, match=r"1 of the 3 pages.*index\.md, wsoa-2020/p1\.md"):
        check(tmp_path, ["about.md", "index.md", "wsoa-2020/p1.md"], True)


def test_pages_an_earlier_build_finished_are_left_as_they_are(tmp_path):
    """MkDocs' --dirty renders only changed pages; the others were finished before."""
    generated, site = tmp_path / "generated", tmp_path / "site"
    generated.mkdir()
    (generated / "p1.md").write_text("# P1\n", encoding="utf-8")
    (site / "p1").mkdir(parents=True)
    finished = _page("<h1>P1</h1>")
    (site / "p1" / "index.html").write_text(finished, encoding="utf-8")
    finish(site, Written(generated, ("p1.md",), (), ()), directory_urls=True, only=set())
    assert (site / "p1" / "index.html").read_text(encoding="utf-8") == finished
