"""A build keeps the files of every plan whose inputs, view and code are the same as
at the build before, without rendering them again; anything else is made again."""
from __future__ import annotations

import os

import pytest

from generator.build import build_site
from generator.build.generated import GENERATED_DIR
from generator.render.kept import KEPT_LIST
from generator.build.plugin import PREVIEW_ENV
from generator.load.cache import ParseCache, default_folder
from generator.render import pages
from generator.validate import load_project
from sitebuild import april_draft, site_copy, tree_digest


def build(root, *, preview=False):
    os.environ[PREVIEW_ENV] = "1" if preview else "0"
    try:
        project, report = load_project(root / "plans", root, ParseCache(default_folder()))
        assert project is not None, report.summary()
        build_site(root / "mkdocs.yml", project, root / "site")
    finally:
        del os.environ[PREVIEW_ENV]
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


def test_a_second_build_keeps_every_plan_and_gives_the_same_site(example, monkeypatch):
    first = build(example)
    assert (example / GENERATED_DIR / KEPT_LIST).is_file()
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


def test_a_damaged_list_only_means_rendering_again(example, monkeypatch):
    first = build(example)
    (example / GENERATED_DIR / KEPT_LIST).write_text("{not json")
    assert build(example) == first


def test_a_preview_and_the_public_site_never_share_kept_pages(example, tmp_path):
    april_draft(example)
    public = build(example)
    build(example, preview=True)
    assert "Draft: not yet agreed" in (example / "site/wsoa-2020/index.html").read_text()
    assert build(example) == public
    assert "Draft" not in (example / "site/wsoa-2020/index.html").read_text()


def test_a_change_to_the_code_that_makes_pages_renders_them_again(example, monkeypatch):
    from generator.render import made_cache

    build(example)
    monkeypatch.setattr(made_cache, "generator_version", lambda: b"another version of the generator")
    rendered = []
    original = pages._plan_parts
    monkeypatch.setattr(pages, "_plan_parts", lambda *a: rendered.append(a[1].id) or original(*a))
    build(example)
    assert rendered == ["wsoa-2020"]


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
