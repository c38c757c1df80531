"""A preview opened from its unzipped folder (file://, no server), as a reviewer
opens the pull request's artifact: following every link from index.html reaches
every page of the site, each a real page (never a folder's listing or an error),
and search, which a page opened from disk cannot load, is replaced by a note."""
from __future__ import annotations

from collections import deque
from pathlib import Path
from urllib.parse import unquote, urldefrag

import pytest

from browsertools import chromium, from_disk

NOTE = "search does not work here"
# What the crawl keeps of each page; links as the browser resolves them.
PAGE = """() => ({
  title: document.title,
  article: !!document.querySelector('article.md-content__inner h1'),
  search: !!document.querySelector('.md-search, [data-md-component=search]'),
  note: [...document.querySelectorAll('.md-banner')].map(b => b.innerText).join(' '),
  ids: [...document.querySelectorAll('[id]')].map(e => e.id),
  links: [...document.querySelectorAll('a[href]')].map(a => a.href),
  banner: [...document.querySelectorAll('.admonition.warning a[href]')].map(a => a.href),
})"""


@pytest.fixture(scope="module")
def preview(reviewed_draft) -> Path:
    """A pull request's preview: a draft update, compared with the example's plans."""
    return reviewed_draft / "reviewed"


@pytest.fixture(scope="module")
def crawl(preview):
    """Breadth-first from index.html through every link inside the site's folder."""
    base = from_disk(preview)
    seen, found, files = {base + "index.html"}, {}, set()
    queue = deque([base + "index.html"])
    with chromium(base) as browser:
        while queue:
            url = queue.popleft()
            path = unquote(url.removeprefix(base))
            if not path.endswith(".html"):  # a folder, or a download: is it a file there?
                files.add(path)
                continue
            browser.page.goto(url, wait_until="load")
            found[path] = browser.page.evaluate(PAGE)
            for link in found[path]["links"]:
                target = urldefrag(link)[0]
                if target.startswith(base) and target not in seen:
                    seen.add(target)
                    queue.append(target)
    return found, files


def test_every_link_to_a_part_of_a_page_finds_it(preview, crawl):
    pages, _ = crawl
    base = from_disk(preview)
    lost = [f"{path} -> {link}" for path, page in pages.items() for link in page["links"]
            for target, part in [urldefrag(link)]
            if part and target.startswith(base) and target.endswith(".html")
            and unquote(part) not in pages[unquote(target.removeprefix(base))]["ids"]]
    assert not lost, "\n".join(lost)


def test_every_link_lands_on_a_real_page_or_file(preview, crawl):
    pages, files = crawl
    folders_or_missing = sorted(f for f in files if not (preview / f).is_file())
    assert not folders_or_missing, "links to a folder (shown as its listing) or to nothing:\n" + \
        "\n".join(folders_or_missing)
    not_pages = [path for path, page in pages.items()
                 if not page["article"] or page["title"].startswith("Index of")]
    assert not not_pages, f"not a page of the site: {not_pages}"
    assert len(pages) > 20


def test_every_page_of_the_site_is_reached(preview, crawl):
    pages, _ = crawl
    every = {p.relative_to(preview).as_posix() for p in preview.rglob("*.html")} - {"404.html"}
    assert {"changes/index.html", "wsoa-2020/updates/2022-04.html"} <= every
    assert sorted(every - set(pages)) == []


def test_search_is_replaced_by_a_note_on_every_page(crawl):
    pages, _ = crawl
    assert [p for p, page in pages.items() if page["search"]] == []
    assert [p for p, page in pages.items() if NOTE not in page["note"]] == []


def test_the_draft_banner_leads_to_what_the_change_does(preview, crawl):
    pages, _ = crawl
    change = pages["changes/index.html"]
    assert any(link.endswith("wsoa-2020/p1.html#action-a1-5") for link in change["links"])
    assert any(link.endswith("wsoa-2020/updates/2022-04.html") for link in change["links"])
    banners = {path: page["banner"] for path, page in pages.items() if page["banner"]}
    assert {"index.html", "wsoa-2020/p1.html", "wsoa-2020/updates/2022-04.html"} <= set(banners)
    assert all(links == [from_disk(preview) + "changes/index.html"] for links in banners.values()), banners
