"""A preview made to be opened from a folder, with its "What this change does"
page (`build --preview --changes-since`), and `build --file-urls` for any site."""
from __future__ import annotations

import re

import pytest

from conftest import ROOT
from htmltools import pages
from sitebuild import run, site_copy

REVIEW = "changes/index.html"


@pytest.fixture(scope="module")
def project(reviewed_draft):
    return reviewed_draft


def banner_links(html: str) -> list[str]:
    banner = re.search(r'<div class="admonition warning">.*?</div>', html, re.S)
    assert banner, "no draft banner"
    return re.findall(r'href="([^"]+)"', banner.group(0))


def test_the_review_page_says_what_the_change_does_with_a_link_to_each_part(project):
    built = pages(project / "reviewed")
    page = built[REVIEW].text
    assert "What this change does" in page
    assert f"compared with {ROOT / 'plans'}" in page
    # The same summary `progress-pages changes` prints, its headings under the page's.
    assert "Things that went backwards" in page and "from On track to Delayed" in page
    assert "Drafts added or removed" in page and "April 2022 monitoring meeting" in page
    html = (project / "reviewed" / REVIEW).read_text()
    links = re.findall(r'href="([^"]+)"', html.split('<article', 1)[1].split('</article>')[0])
    assert "../wsoa-2020/p1.html#action-a1-5" in links
    assert "../wsoa-2020/updates/2022-04.html" in links
    assert re.search(r"<h2[^>]*>What changed</h2>", html)


def test_every_draft_banner_links_to_the_review_page(project):
    folder = project / "reviewed"
    assert banner_links((folder / "index.html").read_text()) == [REVIEW]
    assert banner_links((folder / "wsoa-2020/p1.html").read_text()) == ["../" + REVIEW]
    assert banner_links((folder / "wsoa-2020/updates/2022-04.html").read_text()) == ["../../" + REVIEW]
    assert 'href="../changes/index.html"' in (folder / "wsoa-2020/p2.html").read_text()  # the navigation


def test_without_changes_since_there_is_no_review_page_nor_link(project):
    folder = project / "plain-preview"
    assert not (folder / REVIEW).exists()
    assert banner_links((folder / "wsoa-2020/p1.html").read_text()) == []
    assert "changes/index.html" not in (folder / "index.html").read_text()


def test_changes_since_needs_a_preview(project):
    result = run(["build", "--changes-since", "HEAD", "--site-dir", "never"], project)
    assert result.returncode == 1
    assert "--changes-since needs --preview" in result.stderr
    assert not (project / "never").exists()


def test_file_urls_name_every_page_file_and_replace_search_by_a_note(project):
    folder = project / "public-from-folder"
    home = " ".join((folder / "index.html").read_text().split())
    assert (folder / "wsoa-2020/p1.html").is_file() and not (folder / "wsoa-2020/p1").exists()
    assert 'href="wsoa-2020/p1.html"' in home and 'href="accessibility.html"' in home
    assert "search does not work here" in home and 'class="md-search"' not in home
    assert not (folder / "search/search_index.json").exists()
    assert "Draft: not yet agreed" not in home and "changes/index.html" not in home


def test_the_public_site_keeps_its_addresses_and_search(project):
    home = " ".join((project / "public" / "index.html").read_text().split())
    assert 'href="wsoa-2020/p1/"' in home and 'href="accessibility/"' in home
    assert 'class="md-search"' in home and "search does not work here" not in home
    assert (project / "public/search/search_index.json").is_file()


def test_changes_since_a_git_revision_links_a_priority_s_wording_to_its_page(tmp_path):
    import os
    import subprocess

    root = site_copy(tmp_path)
    env = {**os.environ, "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.org"}

    def git(*args):
        subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, env=env)

    git("init", "-q", "-b", "main")
    git("add", "-A")
    git("commit", "-q", "-m", "The example")
    plan = root / "plans/wsoa-2020/plan.yaml"
    plan.write_text(plan.read_text().replace("title: Quality and timeliness of EHC plans",
                                             "title: Better EHC plans, on time", 1))
    git("commit", "-q", "-am", "Wording")
    built = run(["build", "--preview", "--changes-since", "HEAD~1", "--site-dir", "preview"], root)
    assert built.returncode == 0, built.stderr
    html = (root / "preview" / REVIEW).read_text()
    article = html.split("<article", 1)[1].split("</article>")[0]
    assert 'href="../wsoa-2020/p2.html"' in article
    assert "compared with HEAD~1" in " ".join(pages(root / "preview")[REVIEW].text.split())
    # No draft in this change: the home page says it is a preview and links to the page.
    assert 'href="changes/index.html"' in (root / "preview/index.html").read_text()
