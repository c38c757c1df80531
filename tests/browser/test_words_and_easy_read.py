"""Words a parent can read, in real Chromium: glossary tooltips as large as the
text they explain, each word marked once on a page, and the Easy Read page laid out
as Easy Read guidance asks (large text, its picture beside each sentence). Each
check can fail: see the last test, which breaks the layout on purpose."""
from __future__ import annotations

from pathlib import Path

import pytest

from browsertools import ARTIFACTS, axe_violations, chromium, describe_violations, served, vnu_errors

EASY, P3 = "wsoa-2020/easy-read/index.html", "wsoa-2020/p3/index.html"

# Each Easy Read point: its text size, and where its picture is beside its words.
POINTS = """() => [...document.querySelectorAll('.md-typeset .easy-read-point')].map(p => {
  const svg = p.querySelector('svg'), text = getComputedStyle(p);
  const pic = svg ? svg.getBoundingClientRect() : null, box = p.getBoundingClientRect();
  const range = document.createRange(); range.selectNodeContents(p);
  const words = [...range.getClientRects()].filter(r => !pic || r.left >= pic.right - 1);
  return {text: p.innerText.trim(), size: parseFloat(text.fontSize), picture: !!pic,
          left: pic ? pic.right <= Math.min(...words.map(r => r.left)) + 1 : false,
          beside: pic && words.length ? pic.top < Math.max(...words.map(r => r.bottom))
                                        && pic.bottom > Math.min(...words.map(r => r.top)) : false,
          wide: box.right <= document.documentElement.clientWidth};
})"""


@pytest.fixture(scope="module")
def site(example_site) -> Path:
    return example_site


@pytest.fixture(scope="module")
def browser(site):
    with served(site) as base, chromium(base) as tab:
        yield tab


def points_problems(points: list[dict]) -> list[str]:
    problems = [f"{p['text']!r}: " + ", ".join(
        why for why, bad in (("text under 18 px", p["size"] < 18), ("no picture", not p["picture"]),
                             ("picture not to the left of its words", not p["left"]),
                             ("picture not beside its words", not p["beside"]),
                             ("wider than the screen", not p["wide"])) if bad)
        for p in points]
    return [p for p in problems if not p.endswith(": ")]


@pytest.mark.parametrize("width", [320, 390])
def test_the_easy_read_page_has_large_text_and_a_picture_beside_each_point(browser, site, width):
    browser.open(EASY, width=width, height=800)
    points = browser.page.evaluate(POINTS)
    assert len(points) >= 8  # the example's eight points, and the link to the whole plan
    assert points_problems(points) == []
    assert browser.page.locator("abbr").count() == 0  # Easy Read has no abbreviations
    out = ARTIFACTS / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    browser.page.screenshot(path=str(out / f"easy-read-{width}.png"), full_page=True)


def test_the_easy_read_page_passes_axe_and_nu_and_is_linked_from_the_home_page(browser, site):
    browser.open(EASY)
    assert describe_violations(EASY, axe_violations(browser)) == []
    assert vnu_errors([site / EASY], site) == []
    browser.open("index.html", width=390, height=800)
    link = browser.page.get_by_role("link", name="Easy Read", exact=False).first
    assert link.get_attribute("href").endswith("easy-read/")
    assert link.bounding_box()["y"] < 2 * 800  # near the top, not at the foot of the page


def test_a_tooltip_is_as_large_as_the_text_it_explains(browser):
    browser.open(P3, width=390, height=800)
    abbr = browser.page.locator("article abbr").first
    body = browser.page.evaluate("() => parseFloat(getComputedStyle(document.querySelector('article p')).fontSize)")
    abbr.hover()
    tip = browser.page.locator(".md-tooltip--active .md-tooltip__inner, .md-tooltip2--active .md-tooltip2__inner")
    tip.first.wait_for(state="visible", timeout=5000)
    size = tip.first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert size >= body, f"tooltip text {size}px, body text {body}px"


def test_a_word_is_marked_once_a_page_where_it_is_first_used(browser):
    browser.open(P3)
    marked = browser.page.eval_on_selector_all("article abbr", "es => es.map(e => e.textContent)")
    assert marked.count("Local Offer") == 1 and len(marked) == len(set(marked)), marked
    first = browser.page.evaluate("""() => {
      const text = document.querySelector('article').innerText;
      return text.indexOf('Local Offer') === text.indexOf(document.querySelector('article abbr[title^="The website"]').textContent);
    }""")
    assert first  # the mark is at the first use, not a later one


def test_the_easy_read_check_can_fail(browser):
    """The layout check on a page broken on purpose: small text, the picture above."""
    browser.open(EASY, width=390, height=800)
    browser.page.add_style_tag(content=".md-typeset .easy-read-point { display: block; font-size: 12px; }"
                                          ".md-typeset .easy-read-point .twemoji { display: block; }")
    problems = points_problems(browser.page.evaluate(POINTS))
    assert problems and all("text under 18 px" in p for p in problems)
    assert any("not to the left" in p or "not beside" in p for p in problems)
