"""With a store, a build renders again only the plans whose inputs, view or code
changed since a build before: the others' files come from the store, the same bytes
as rendering them (the writer skips files whose bytes did not change)."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from generator import store
from generator.build.generated import write_pages
from generator.render import pages
from sitebuild import april_draft
from storing import example, pages_of  # noqa: F401 (example: a fixture)


@pytest.fixture
def rendered(monkeypatch):
    """The ids of the plans rendered (not taken from the store) from now on."""
    ids = []
    original = pages.plan_pages
    monkeypatch.setattr(pages, "plan_pages", lambda env, entry, common: ids.append(entry.id)
                        or original(env, entry, common))
    return ids


def test_a_second_build_renders_no_plan_again_and_gives_the_same_files(example, tmp_path, rendered):
    first = pages_of(example, tmp_path / "store")
    assert rendered == ["wsoa-2020"]
    assert pages_of(example, tmp_path / "store") == first == pages_of(example)
    assert rendered == ["wsoa-2020", "wsoa-2020"]  # the second: without a store


def test_a_changed_input_renders_its_plan_again(example, tmp_path, rendered):
    pages_of(example, tmp_path / "store")
    update = sorted((example / "plans" / "wsoa-2020" / "updates").glob("*.yaml"))[-1]
    update.write_text(update.read_text().replace("    note: ", "    note: Edited. ", 1))
    after = pages_of(example, tmp_path / "store")
    assert rendered == ["wsoa-2020", "wsoa-2020"]
    assert any("Edited." in text for text in after.values() if isinstance(text, str))


@pytest.mark.parametrize("how", ["changed", "removed"])
def test_a_generated_file_changed_or_removed_by_hand_is_written_again(example, tmp_path, how):
    folder = tmp_path / "generated"
    write_pages(folder, pages_of(example, tmp_path / "store").items())
    page = folder / "wsoa-2020" / "p1.md"
    if how == "changed":
        page.write_text(page.read_text() + "\nTampered.\n")
    else:
        page.unlink()
    _, written = write_pages(folder, pages_of(example, tmp_path / "store").items())
    assert written == ["wsoa-2020/p1.md"]
    assert "Tampered" not in page.read_text()


def test_a_damaged_entry_only_means_rendering_again(example, tmp_path, rendered):
    first = pages_of(example, tmp_path / "store")
    with sqlite3.connect(tmp_path / "store" / store.FILE) as db:
        db.execute("UPDATE entries SET data = ?", (b"J" + b"damaged",))
    assert pages_of(example, tmp_path / "store") == first
    assert rendered == ["wsoa-2020", "wsoa-2020"]


def test_a_preview_and_the_public_site_never_share_stored_pages(example, tmp_path):
    april_draft(example)
    public = pages_of(example, tmp_path / "store")
    preview = pages_of(example, tmp_path / "store", preview=True)
    assert "Draft: not yet agreed" in preview["wsoa-2020/index.md"]
    assert preview == pages_of(example, preview=True)
    assert pages_of(example, tmp_path / "store") == public
    assert "Draft: not yet agreed" not in public["wsoa-2020/index.md"]


def test_a_change_to_the_code_that_makes_pages_renders_them_again(example, tmp_path, monkeypatch, rendered):
    pages_of(example, tmp_path / "store")
    monkeypatch.setattr(store, "generator_version", lambda: b"another version of the generator")
    pages_of(example, tmp_path / "store")
    assert rendered == ["wsoa-2020", "wsoa-2020"]


def test_a_plan_is_rendered_again_when_a_milestone_passes_and_not_while_none_does(example, tmp_path, rendered):
    def on(day: dt.date) -> str:
        return pages_of(example, tmp_path / "store", today=day)["wsoa-2020/index.md"]

    assert "What happens next" in on(dt.date(2022, 3, 1))  # the new inspection, expected until May 2022
    assert "What happens next" in on(dt.date(2022, 4, 1))
    assert rendered == ["wsoa-2020"]
    assert "What happens next" not in on(dt.date(2022, 6, 1))
    assert rendered == ["wsoa-2020", "wsoa-2020"]
