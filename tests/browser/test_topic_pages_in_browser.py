"""The topic pages in real headless Chromium, as a parent on a phone finds them: they
pass axe-core and the Nu HTML Checker, fit 320 and 390 px, and the site's search box
finds a topic by a word families use."""
from __future__ import annotations

from pathlib import Path

import pytest

from browsertools import ARTIFACTS, axe_violations, chromium, describe_violations, served, vnu_errors

INDEX, AUTISM = "topics/index.html", "topics/autism-adhd-assessment/index.html"
NO_SIDEWAYS_SCROLL = "document.documentElement.scrollWidth <= window.innerWidth"


@pytest.fixture(scope="module")
def site(example_site) -> Path:
    return example_site


@pytest.fixture(scope="module")
def browser(site):
    with served(site) as base, chromium(base) as tab:
        yield tab


def test_topic_pages_are_valid_html(site):
    pages = sorted((site / "topics").rglob("*.html"))
    assert len(pages) > 2
    errors = vnu_errors(pages, site)
    assert not errors, "The Nu HTML Checker found errors:\n" + "\n".join(errors)


@pytest.mark.parametrize("path, name", [(INDEX, "topics"), (AUTISM, "topic")])
def test_topic_pages_pass_axe_and_fit_a_phone(browser, path, name):
    out = ARTIFACTS / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    for width in (390, 320):
        browser.open(path, width=width, height=844)
        browser.page.screenshot(path=str(out / f"{name}-{width}.png"))
        assert browser.page.evaluate(NO_SIDEWAYS_SCROLL), f"{path} scrolls sideways at {width} px"
        failures = describe_violations(f"{path} at {width} px", axe_violations(browser))
        assert not failures, "\n".join(failures)


def test_the_first_screen_of_the_autism_topic_says_what_it_is_and_how_it_is_going(browser):
    browser.open(AUTISM, width=390, height=844)
    seen = browser.page.evaluate("""() => [...document.querySelectorAll('article h1, article h2, article p, article li')]
        .filter(e => e.getBoundingClientRect().top < window.innerHeight).map(e => e.innerText).join('\\n')""")
    assert "Autism and ADHD assessment" in seen and "Also called:" in seen and "ASD" in seen
    assert "How it is going" in seen


@pytest.mark.parametrize("word, topic", [("EHCP", "ehc-plans"), ("ASD", "autism-adhd-assessment")])
def test_the_search_box_finds_a_topic_by_a_word_families_use(browser, word, topic):
    browser.open("index.html", width=1280)
    browser.page.keyboard.press("/")  # Material's shortcut to the search box
    browser.page.keyboard.type(word, delay=50)  # as a person types: search runs on each key
    browser.page.locator(".md-search-result__item a").first.wait_for(timeout=15000)
    hrefs = browser.page.eval_on_selector_all(".md-search-result__item a", "links => links.map(a => a.href)")
    assert f"/topics/{topic}/" in hrefs[0], hrefs  # the topic's page comes first
