"""Drafts, preview builds, period pages and the Atom feed, in real builds."""
from __future__ import annotations

import feedparser
import pytest

from conftest import write
from htmltools import pages
from sitebuild import april_draft, run, site_copy

DRAFT_NOTE = "Zebra crossing draft words that must stay private"
DRAFT_FEEDBACK = "Quokka draft feedback that must stay private"


@pytest.fixture(scope="module")
def with_drafts(tmp_path_factory):
    root = site_copy(tmp_path_factory.mktemp("drafts"))
    april_draft(root, ("  A1.5:\n    status: green\n    note:", f"  A1.5:\n    status: red\n    note: {DRAFT_NOTE}."))
    write(root, {"plans/feedback/2022-03-draft.yaml": f"""\
        title: Draft drop-in
        channel: drop-in
        participants: {{group: Parents}}
        start: 2022-03-01
        state: draft
        items:
          - {{id: D1, theme: Letters, you_said: {DRAFT_FEEDBACK}., status: doing, we_will: Look at it., actions: [A1.1]}}
        """})
    public = run(["build", "--site-dir", "public"], root)
    assert public.returncode == 0, public.stderr
    preview = run(["build", "--preview", "--site-dir", "preview"], root)
    assert preview.returncode == 0, preview.stderr
    return root


def every_file_text(folder):
    import gzip
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if path.suffix == ".gz":
                data = gzip.decompress(data)
            yield path, data.decode("utf-8", errors="replace")


def test_drafts_are_nowhere_in_the_public_build(with_drafts):
    files = list(every_file_text(with_drafts / "public"))
    assert any(p.name == "search_index.json" for p, _ in files)
    assert any(p.name == "sitemap.xml" for p, _ in files)
    for path, text in files:
        for secret in (DRAFT_NOTE, DRAFT_FEEDBACK, "April 2022 monitoring", "Draft drop-in", "updates/2022-04"):
            assert secret not in text, (path, secret)


def test_drafts_are_in_the_preview_with_a_banner_on_every_affected_page(with_drafts):
    built = pages(with_drafts / "preview")  # made to be opened from a folder: page.html
    assert DRAFT_NOTE in built["wsoa-2020/p1.html"].text
    assert DRAFT_FEEDBACK in built["you-said-we-did/2022-03-draft.html"].text
    affected = ["index.html", "wsoa-2020/index.html", "wsoa-2020/p1.html", "wsoa-2020/p2.html",
                "wsoa-2020/updates/2022-04.html", "you-said-we-did/index.html",
                "you-said-we-did/2022-03-draft.html"]
    for name in affected:
        assert "Draft: not yet agreed" in built[name].text, name
    assert "Draft: not yet agreed" not in built["wsoa-2020/updates/2022-01.html"].text
    assert "Draft: not yet agreed" not in built["about.html"].text


def test_every_preview_page_says_it_is_a_preview_and_asks_not_to_be_indexed(with_drafts):
    """A preview is published at a public address (a pull request's link): no search
    engine should list it, and nobody should take it for the published site."""
    def robots(page):
        return [e.attrs.get("content") for e in page.elements
                if e.tag == "meta" and e.attrs.get("name") == "robots"]

    preview, public = pages(with_drafts / "preview"), pages(with_drafts / "public")
    assert {"index.html", "about.html", "404.html", "wsoa-2020/p1.html"} <= set(preview)  # file URLs
    for name, page in preview.items():
        assert robots(page) == ["noindex"], name
        assert "It is not the published site" in page.text, name
    for name, page in public.items():
        assert robots(page) == [], name
        assert not [e for e in page.elements if "md-banner" in (e.attrs.get("class") or "")], name


def test_feed_has_one_entry_per_published_period(with_drafts):
    feed = feedparser.parse((with_drafts / "public" / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    titles = [e.title for e in feed.entries]
    assert titles == [f"What changed in {m}: Written Statement of Action"
                      for m in ("January 2022", "October 2021", "July 2021", "April 2021")]
    assert feed.entries[0].link == "https://send-progress.example.gov.uk/wsoa-2020/updates/2022-01/"
    assert "All 22 actions are now under way" in feed.entries[0].summary
    built = pages(with_drafts / "public")
    assert "wsoa-2020/updates/2022-01/index.html" in built  # every entry's page exists
    links = [e.attrs for e in built["index.html"].elements if e.tag == "link"]
    assert {"rel": "alternate", "type": "application/atom+xml", "href": "feed.xml",
            "title": "Progress updates"} in links


def test_period_page_says_what_changed(with_drafts):
    from generator.validate import load_project

    project, _ = load_project(with_drafts / "plans")
    entry = project.plans[0]
    october, january = (next(p for p in entry.periods if p.id == i) for i in ("2021-10", "2022-01"))
    label = {s.id: s.label for s in project.site.statuses}
    moved = [(a, october.update.actions[a].status, u.status) for a, u in january.update.actions.items()
             if u.status != october.update.actions[a].status]
    assert moved
    page = pages(with_drafts / "public")["wsoa-2020/updates/2022-01/index.html"].text
    assert "What changed in January 2022" in page
    assert "All 22 actions are now under way, up from 95.5% in October 2021." in page
    for action_id, old, new in moved:
        assert f"from {label[old]} to {label[new]}" in page.split(action_id + ":", 1)[1][:300], action_id
    unchanged = next(a for a, u in january.update.actions.items() if u.status == october.update.actions[a].status)
    assert f"{unchanged}:" not in page


def test_agreement_is_shown(tmp_path):
    root = site_copy(tmp_path)
    path = root / "plans/wsoa-2020/updates/2022-01.yaml"
    text = path.read_text()
    assert "agreed_by: SEND Partnership Board, with the Example Parent Carer Forum" in text
    path.write_text(text.replace("agreed_by: SEND Partnership Board, with the Example Parent Carer Forum",
                                 "agreed_by: SEND Partnership Board and Parent Carer Forum")
                    .replace("agreed_on: 2022-01-28", "agreed_on: 2022-01-25"))
    assert run(["build"], root).returncode == 0
    built = pages(root / "site")
    assert ("agreed by SEND Partnership Board and Parent Carer Forum on 25 January 2022"
            in built["index.html"].text)
    assert ("Agreed by SEND Partnership Board and Parent Carer Forum, 25 January 2022"
            in built["wsoa-2020/updates/2022-01/index.html"].text)
