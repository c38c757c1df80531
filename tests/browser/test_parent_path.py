"""A parent's path on a phone (issue 19): the home page answers first, a priority's
page is short enough to read, and every page fits at 320 px."""
from __future__ import annotations

from pathlib import Path

import pytest

from browsertools import (ARTIFACTS, NARROWEST, PHONE, PHONE_HEIGHT, below_the_fold, chromium,
                          page_height, served, too_wide)

HOME, PRIORITY = "index.html", "wsoa-2020/p3/index.html"
PRIORITIES = ["wsoa-2020/p1/index.html", "wsoa-2020/p2/index.html", PRIORITY]
# What the home page's first screen must hold: what the site is, how far the plan has
# got, each priority's link with its state, and a way in (search, until there are topics).
HOME_FIRST_SCREEN = ["article h1", "article h1 + p", "article p.how-far",
                     "article li > a[href*='wsoa-2020/p']", "article p.way-in"]
PRIORITY_FIRST_SCREEN = ["article h1", "article p.how-far", "article h2#what-the-inspectors-found"]
MOST_SCREENS = 5


@pytest.fixture(scope="module")
def site(example_site) -> Path:
    return example_site


@pytest.fixture(scope="module")
def browser(site):
    with served(site) as base, chromium(base) as tab:
        yield tab


def screenshot(browser, name: str) -> None:
    out = ARTIFACTS / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    browser.page.screenshot(path=str(out / f"{name}.png"), full_page=True)


def test_the_home_page_answers_on_the_first_screen_of_a_phone(browser):
    for width in (PHONE, NARROWEST):
        browser.open(HOME, width=width, height=PHONE_HEIGHT)
        screenshot(browser, f"parent-home-{width}")
    browser.open(HOME, width=PHONE, height=PHONE_HEIGHT)
    assert not below_the_fold(browser, HOME_FIRST_SCREEN), below_the_fold(browser, HOME_FIRST_SCREEN)
    states = browser.page.locator("article li:has(> a[href*='wsoa-2020/p'])").all_inner_texts()
    assert len(states) == 3 and all(" of " in s and "actions done" in s for s in states), states
    # Headline figures are sentences: no stacked table labels them "Figure: ...".
    assert "Figure:" not in browser.page.inner_text("article")


def test_priority_pages_are_at_most_five_screens_with_histories_closed(browser):
    heights = {}
    for path in PRIORITIES:
        browser.open(path, width=PHONE, height=PHONE_HEIGHT)
        assert not below_the_fold(browser, PRIORITY_FIRST_SCREEN), (path, below_the_fold(browser, PRIORITY_FIRST_SCREEN))
        assert browser.page.evaluate("[...document.querySelectorAll('details')].every(d => !d.open)")
        heights[path] = page_height(browser)
        print(f"{path}: {heights[path]} px at {PHONE} px wide, {heights[path] / PHONE_HEIGHT:.1f} screens")
    for width in (PHONE, NARROWEST):
        browser.open(PRIORITY, width=width, height=PHONE_HEIGHT)
        screenshot(browser, f"parent-priority-{width}")
    assert all(h <= MOST_SCREENS * PHONE_HEIGHT for h in heights.values()), heights


HISTORY_OPEN = """id => {
  const h = document.getElementById(id);
  let d = h.nextElementSibling;
  while (d && d.tagName !== 'DETAILS') d = d.nextElementSibling;
  return {open: d.open, table: !!d.querySelector('table'),
          others: [...document.querySelectorAll('details')].filter(x => x !== d && x.open).length};
}"""


def test_an_actions_history_is_one_tap_away_and_open_when_linked_or_printed(browser):
    browser.open(PRIORITY + "#action-a3-2", width=PHONE, height=PHONE_HEIGHT)
    linked = browser.page.evaluate(HISTORY_OPEN, "action-a3-2")
    assert linked == {"open": True, "table": True, "others": 0}, linked
    # Following a link within the page opens that action's details too.
    browser.page.evaluate("location.hash = 'action-a3-5'")
    assert browser.page.evaluate(HISTORY_OPEN, "action-a3-5")["open"]
    # By keyboard: a details' summary takes focus and opens with Enter.
    browser.open(PRIORITY, width=PHONE, height=PHONE_HEIGHT)
    summary = browser.page.locator("details.more summary").first
    summary.focus()
    browser.page.keyboard.press("Enter")
    assert browser.page.evaluate("document.querySelector('details.more').open")
    # Printed: the closed histories' tables are laid out (CSS), and before printing the script opens every one.
    browser.open(PRIORITY)
    browser.page.emulate_media(media="print")
    try:
        shown = browser.page.evaluate(
            "[...document.querySelectorAll('details:not([open]) table')].every(t => t.getBoundingClientRect().height > 0)")
    finally:
        browser.page.emulate_media(media="screen")
    assert shown, "a closed history is left out of the printed page"
    browser.page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert browser.page.evaluate("[...document.querySelectorAll('details')].every(d => d.open)")
    browser.page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert browser.page.evaluate("[...document.querySelectorAll('details')].every(d => !d.open)")


def test_what_families_told_us_is_whole_sentences(browser):
    browser.open(PRIORITY)
    said = [" ".join(t.split()) for t in browser.page.locator(
        "article details li a[href*='you-said-we-did']").all_text_contents()]
    assert said and all(s.rstrip().endswith((".", "!", "?")) and "..." not in s for s in said), said


def test_every_page_fits_at_320_px(browser, site):
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    assert len(pages) > 20
    offenders = {}
    for path in pages:
        browser.open(path, width=NARROWEST, height=PHONE_HEIGHT)
        found = too_wide(browser)
        if found:
            offenders[path] = found
    assert not offenders, "wider than a 320 px screen:\n" + "\n".join(
        f"{path}: {line}" for path, lines in offenders.items() for line in lines)
