"""A build keeps the files of every plan whose inputs, view and code are the same as
at the build before, without rendering them again; anything else is made again."""
from __future__ import annotations

import pytest

from generator import store as store_module
from generator.build.generated import GENERATED_DIR
from generator.render import pages
from generator.store import default_folder
from sitebuild import april_draft, pipeline_build, site_copy, tree_digest

# The render stage keeps a plan's pages in the store, by the plan keys the check stage
# gives, once it moves onto the store (generator/pipeline.py, _plan_and_site_pages).
KEPT_BY_RENDER = pytest.mark.xfail(reason="until the render stage keeps a plan's pages in the store",
                                   strict=False)


def build(root, *, preview=False):
    pipeline_build(root, preview=preview, site_dir=root / "site")
    return tree_digest(root / "site")


def never_rendered(monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("a plan was rendered again although nothing it is made from changed")
    monkeypatch.setattr(pages, "_plan_parts", fail)


@pytest.fixture
def example(tmp_path, monkeypatch):
    root = site_copy(tmp_path)
    monkeypatch.chdir(root)
    return root


@KEPT_BY_RENDER
def test_a_second_build_keeps_every_plan_and_gives_the_same_site(example, monkeypatch):
    first = build(example)
    assert [p.name for p in (example / GENERATED_DIR).iterdir() if p.name.startswith(".")] == []
    never_rendered(monkeypatch)
    assert build(example) == first


@pytest.mark.parametrize("how", ["changed", "removed"])
def test_a_generated_file_changed_or_removed_by_hand_is_made_again(example, how):
    first = build(example)
    page = example / GENERATED_DIR / "wsoa-2020" / "p1.md"
    if how == "changed":
        page.write_text(page.read_text() + "\nTampered.\n")
    else:
        page.unlink()
    assert build(example) == first
    assert "Tampered" not in page.read_text()


def test_a_damaged_store_only_means_rendering_again(example, monkeypatch, tmp_path):
    monkeypatch.setenv("PROGRESS_PAGES_CACHE", str(tmp_path / "store"))  # this test's own
    first = build(example)
    (default_folder() / store_module.FILE).write_bytes(b"not a database" * 100)
    assert build(example) == first


def test_a_preview_and_the_public_site_never_share_kept_pages(example, tmp_path):
    april_draft(example)
    public = build(example)
    build(example, preview=True)
    assert "Draft: not yet agreed" in (example / "site/wsoa-2020/index.html").read_text()
    assert build(example) == public
    assert "Draft" not in (example / "site/wsoa-2020/index.html").read_text()


def test_a_change_to_the_code_that_makes_pages_renders_them_again(example, monkeypatch):
    build(example)
    monkeypatch.setattr(store_module, "generator_version", lambda: b"another version of the generator")
    rendered = []
    original = pages._plan_parts
    monkeypatch.setattr(pages, "_plan_parts", lambda *a: rendered.append(a[1].id) or original(*a))
    build(example)
    assert rendered == ["wsoa-2020"]


@KEPT_BY_RENDER
def test_a_plan_is_made_again_when_a_milestone_passes_and_kept_while_none_does(example, monkeypatch):
    import datetime as dt

    def on(day: dt.date) -> str:
        stamp = dt.datetime.combine(day, dt.time(12), dt.timezone.utc).timestamp()
        monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(stamp)))
        build(example)
        return (example / "site/wsoa-2020/index.html").read_text(encoding="utf-8")

    assert "What happens next" in on(dt.date(2022, 3, 1))  # the new inspection, expected until May 2022
    rendered = []
    original = pages._plan_parts
    monkeypatch.setattr(pages, "_plan_parts", lambda *a: rendered.append(a[1].id) or original(*a))
    assert "What happens next" in on(dt.date(2022, 4, 1))
    assert rendered == []
    assert "What happens next" not in on(dt.date(2022, 6, 1))
    assert rendered == ["wsoa-2020"]
