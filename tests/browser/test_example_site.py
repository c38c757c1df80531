"""The example site in real headless Chromium: every page passes axe-core's WCAG
2.2 A and AA rules and the Nu HTML Checker, asks nothing of another host, and
works by keyboard, at 320 px, in print and in forced-colors mode."""
from __future__ import annotations

from pathlib import Path

import pytest

from browsertools import (ARTIFACTS, axe_violations, badge_problems, describe_violations, launched, open_details,
                          served, tab, vnu_errors)
from generator.model import DEFAULT_STATUSES

LABELS = [s.label for s in DEFAULT_STATUSES]  # the example site uses the default scale
HOME, PRIORITY = "index.html", "wsoa-2020/p1/index.html"
MEASURE, DATA = "measures/ehcp-20-weeks/index.html", "data/index.html"
SCREENSHOTS = {HOME: "home", PRIORITY: "priority", MEASURE: "measure", DATA: "open-data"}


@pytest.fixture(scope="module")
def site(example_site) -> Path:
    return example_site


@pytest.fixture(scope="module")
def launched_chromium():
    with launched() as browser:
        yield browser


def _opened(site, chromium):
    with served(site) as base, tab(chromium, base) as opened:
        yield opened


@pytest.fixture(scope="module")
def browser(site, launched_chromium):
    yield from _opened(site, launched_chromium)


# The core checks (axe, badges, requests, Nu) run on the site from each engine.
@pytest.fixture(scope="module")
def html_files(engine_site) -> list[str]:
    files = sorted(p.relative_to(engine_site).as_posix() for p in engine_site.rglob("*.html"))
    assert {HOME, PRIORITY, "wsoa-2020/index.html", "about/index.html"} <= set(files)
    return files


@pytest.fixture(scope="module")
def engine_browser(engine_site, launched_chromium):
    yield from _opened(engine_site, launched_chromium)


# A reader opens an action's folded plan and history with a tap: the checks see them open.
@pytest.fixture(scope="module")
def visits(engine_browser, html_files) -> dict[str, dict]:
    """Open every page once at desktop width; keep what each check found."""
    found, browser = {}, engine_browser
    for path in html_files:
        browser.open(path)
        # Folded details (an action's plan and history) are checked open, as a reader opens them.
        open_details(browser)
        found[path] = {
            "axe": axe_violations(browser),
            "badges": badge_problems(browser, LABELS),
            "positive_tabindex": browser.page.evaluate(
                "[...document.querySelectorAll('[tabindex]')].filter(e => e.tabIndex > 0).length"),
        }
    return found


def test_every_page_passes_axe_wcag_a_and_aa(visits, html_files):
    assert list(visits) == html_files
    failures = [line for path, v in visits.items() for line in describe_violations(path, v["axe"])]
    assert not failures, "axe-core found WCAG violations:\n" + "\n".join(failures)


def test_no_page_requests_anything_from_another_host(visits, engine_browser):
    browser = engine_browser
    assert browser.requests, "no request was recorded at all"
    outside = sorted({url for url in browser.requests if not browser.is_local(url)})
    assert not outside, "requests left 127.0.0.1:\n" + "\n".join(outside)


def test_every_badge_has_words_and_an_icon(visits):
    problems = [f"{path}: {p}" for path, v in visits.items() for p in v["badges"]]
    assert not problems, "\n".join(problems)
    assert not [path for path, v in visits.items() if v["positive_tabindex"]], \
        "a positive tabindex changes the focus order"


def test_every_page_is_valid_html(engine_site, html_files):
    errors = vnu_errors([engine_site / f for f in html_files], engine_site)
    assert not errors, "the Nu HTML Checker found errors:\n" + "\n".join(errors)


FOCUSED = """() => {
  const e = document.activeElement;
  const box = e.getBoundingClientRect();
  const style = getComputedStyle(e);
  return {
    tag: e.tagName.toLowerCase(), text: e.innerText.trim(), cls: e.className,
    inMain: !!e.closest('main article'), inViewport: box.top >= 0 && box.bottom <= innerHeight
      && box.left >= 0 && box.right <= innerWidth && box.width > 0 && box.height > 0,
    opacity: style.opacity,
    outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
  };
}"""


def test_keyboard_reaches_a_visible_skip_link_then_the_main_content(browser):
    browser.open(HOME)
    browser.page.keyboard.press("Tab")
    # Material fades the skip link in over a quarter of a second.
    browser.page.wait_for_function("getComputedStyle(document.activeElement).opacity === '1'",
                                   timeout=2000)
    skip = browser.page.evaluate(FOCUSED)
    assert "md-skip" in skip["cls"], f"the first Tab reached {skip}, not the skip link"
    assert skip["text"] == "Skip to content"
    assert skip["inViewport"] and skip["opacity"] == "1", f"the skip link is not visible: {skip}"
    assert skip["outline"], f"the skip link shows no focus outline: {skip}"

    browser.page.keyboard.press("Enter")
    browser.page.keyboard.press("Tab")
    inside = browser.page.evaluate(FOCUSED)
    assert inside["inMain"], f"after the skip link, Tab reached {inside}, outside the main content"
    assert inside["tag"] == "a" and inside["inViewport"], inside
    assert inside["outline"], f"a focused link shows no focus outline: {inside}"


NO_SIDEWAYS_SCROLL = "document.documentElement.scrollWidth <= window.innerWidth"


@pytest.mark.parametrize("path", list(SCREENSHOTS))
def test_pages_reflow_at_320_px_and_are_saved_as_screenshots(browser, path):
    """320 CSS px is a 1280 px window at 400% zoom (WCAG 1.4.10 reflow): no sideways
    scrolling, and axe still passes. Screenshots go to test-artifacts/ for people."""
    name = SCREENSHOTS[path]
    out = ARTIFACTS / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    for width in (1280, 320):
        browser.open(path, width=width)
        browser.page.screenshot(path=str(out / f"{name}-{width}.png"), full_page=True)
        assert browser.page.evaluate(NO_SIDEWAYS_SCROLL), f"{path} scrolls sideways at {width} px"
        failures = describe_violations(f"{path} at {width} px", axe_violations(browser))
        assert not failures, "\n".join(failures)
    assert (out / f"{name}-320.png").stat().st_size > 1000


@pytest.mark.parametrize("path", [HOME, PRIORITY, MEASURE])
def test_the_dark_scheme_passes_axe_too(browser, path):
    """Readers whose device asks for dark get Material's slate scheme: the badges,
    links and footer must still meet 4.5:1 there."""
    with browser.another(color_scheme="dark") as dark:
        dark.open(path)
        assert dark.page.evaluate("document.body.dataset.mdColorScheme") == "slate"
        failures = describe_violations(f"{path} (dark)", axe_violations(dark))
    assert not failures, "\n".join(failures)


CHART_TEXT = """
async (img) => {
  const svg = new DOMParser().parseFromString(await (await fetch(img.src)).text(), "image/svg+xml");
  const box = svg.documentElement.viewBox.baseVal;
  const sizes = [...svg.querySelectorAll("text")].map(t => parseFloat(t.style.fontSize));
  return {scale: img.getBoundingClientRect().width / box.width, smallest: Math.min(...sizes)};
}
"""
SCROLLER = """t => ({scrolls: t.scrollWidth > t.clientWidth, focused: document.activeElement === t,
                    whole: t.scrollWidth >= t.querySelector('table').offsetWidth})"""


@pytest.mark.parametrize("path", [HOME, MEASURE, "measures/nd-assessment-wait/index.html"])
def test_charts_are_legible_at_320_px_and_their_tables_scroll_by_keyboard(browser, path):
    browser.open(path, width=320, height=640)
    charts = browser.page.locator(".chart-and-table img")
    assert charts.count() == 1
    sizes = charts.first.evaluate(CHART_TEXT)
    assert sizes["smallest"] * sizes["scale"] >= 12, sizes  # CSS pixels
    # A table wider than the screen scrolls inside the box that takes focus, not the page.
    table = browser.page.locator(".chart-table")
    assert table.get_attribute("tabindex") == "0"
    if table.evaluate(SCROLLER)["scrolls"]:
        table.focus()
        browser.page.keyboard.press("ArrowRight")
        # Chromium scrolls smoothly: give it a moment to move.
        browser.page.wait_for_function("t => t.scrollLeft > 0", arg=table.element_handle(), timeout=2000)
        after = table.evaluate(SCROLLER)
        # The focused box scrolls the whole table, not a scrolling box inside it.
        assert after["focused"] and after["whole"], after


STACKED_CELLS = """() => [...document.querySelectorAll('article table')].filter(
  t => t.rows[0].cells.length >= 3).flatMap(t => [...t.querySelectorAll('tbody td')]).map(td => ({
    label: td.dataset.label, before: getComputedStyle(td, '::before').content,
    width: td.getBoundingClientRect().width}))"""


def test_wide_tables_stack_into_labelled_rows_on_a_phone(browser):
    browser.open(PRIORITY, width=320)
    open_details(browser)
    cells = browser.page.evaluate(STACKED_CELLS)
    assert len(cells) >= 7 * 4 * 3  # each action's history: 4 updates, 3 columns
    for cell in cells:
        assert cell["label"] and cell["label"] in cell["before"], cell
        assert cell["width"] > 200, f"a stacked cell should take the full width: {cell}"
    browser.open(PRIORITY, width=1280)
    assert all(c["before"] in ("none", "normal") for c in browser.page.evaluate(STACKED_CELLS))


BADGE_LOOK = """() => [...document.querySelectorAll('.status')].map(b => {
  const s = getComputedStyle(b), icon = b.querySelector('svg');
  return {border: s.borderTopStyle, width: parseFloat(s.borderTopWidth), color: s.color,
          fill: icon && getComputedStyle(icon).fill, text: b.innerText.trim()};
})"""


def test_badges_keep_an_outline_and_icon_in_forced_colors_mode(browser):
    """Windows high contrast replaces the badge colours: the border keeps each badge
    a shape, the icon follows the text colour, the words are still there."""
    browser.page.emulate_media(forced_colors="active")
    try:
        browser.open(PRIORITY)
        open_details(browser)
        badges = browser.page.evaluate(BADGE_LOOK)
    finally:
        browser.page.emulate_media(forced_colors="none")
    assert badges
    for b in badges:
        assert b["border"] == "solid" and b["width"] >= 1, b
        assert b["fill"] == b["color"], f"the icon does not follow the text colour: {b}"
        assert b["text"] in LABELS, b


PRINTED = """() => {
  const shown = sel => [...document.querySelectorAll(sel)].some(
    e => getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().height > 0);
  const link = document.querySelector('article a[href^="http"]');
  return {header: shown('.md-header'), nav: shown('.md-sidebar'), search: shown('.md-search'),
          footer: shown('.md-footer'), badges: [...document.querySelectorAll('.status')].map(
            b => b.innerText.trim()).filter(Boolean).length,
          linkAfter: link && getComputedStyle(link, '::after').content};
}"""


def test_print_leaves_out_the_site_chrome_and_keeps_badge_words(browser):
    browser.page.emulate_media(media="print")
    try:
        browser.open(HOME)
        home = browser.page.evaluate(PRINTED)
        browser.open(PRIORITY)
        priority = browser.page.evaluate(PRINTED)
        ARTIFACTS.mkdir(exist_ok=True)
        browser.page.pdf(path=str(ARTIFACTS / "priority-print.pdf"))
    finally:
        browser.page.emulate_media(media="screen")
    assert not (priority["header"] or priority["nav"] or priority["search"] or priority["footer"]), priority
    assert priority["badges"] >= 14, priority
    assert " (https://reports.example.gov.uk/send/" in home["linkAfter"], home
