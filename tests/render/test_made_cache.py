"""Charts and workbooks are kept between builds by what they were made from: a
build with the cache filled gives the same files without drawing them again, and
a changed figure is never answered with an old chart."""
import shutil
import sqlite3

import pytest

from conftest import ROOT
from generator.compute.view import shown
from generator.render import charts, open_data, render_pages
from generator.render.made_cache import MadeCache
from generator.validate import load_project


def pages_of(root, cache=None):
    project, report = load_project(root / "plans", root)
    assert project is not None, report.summary()
    made = MadeCache(cache) if cache else None
    pages = render_pages(shown(project, False), project.plans[0].periods[-1].update.date.last_day, None, None, made)
    if made:
        made.save()
    return pages


@pytest.fixture
def example(tmp_path):
    shutil.copytree(ROOT / "plans", tmp_path / "plans")
    return tmp_path


def slow_files(pages):
    return {path: content for path, content in pages.items() if path.endswith((".svg", ".xlsx"))}


def test_a_filled_cache_gives_the_same_files_without_making_them_again(example, tmp_path, monkeypatch):
    without = pages_of(example)
    first = pages_of(example, tmp_path / "cache")
    assert first == without and len(slow_files(first)) >= 10

    def never(*args):
        raise AssertionError("made again although its inputs did not change")
    monkeypatch.setattr(charts, "_measure_svg", never)
    monkeypatch.setattr(charts, "_status_svg", never)
    monkeypatch.setattr(open_data, "xlsx_bytes", never)
    assert pages_of(example, tmp_path / "cache") == without


def test_a_changed_figure_or_note_makes_its_chart_and_workbook_again(example, tmp_path):
    before = slow_files(pages_of(example, tmp_path / "cache"))
    figures = example / "plans" / "measures" / "ehcp-20-weeks.csv"
    figures.write_text(figures.read_text().replace("\n2020-09,25,", "\n2020-09,27,"))
    update = sorted((example / "plans" / "wsoa-2020" / "updates").glob("*.yaml"))[-1]
    update.write_text(update.read_text().replace("    note: ", "    note: Edited. ", 1))
    after = slow_files(pages_of(example, tmp_path / "cache"))
    assert after == slow_files(pages_of(example))  # as with no cache at all
    changed = {path for path in after if after[path] != before[path]}
    assert changed == {"measures/ehcp-20-weeks/ehcp-20-weeks.svg", "data/wsoa-2020-actions.xlsx"}


def test_a_damaged_cache_only_means_making_the_files_again(example, tmp_path):
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "made.sqlite3").write_bytes(b"this is not a database" * 100)
    assert pages_of(example, tmp_path / "cache") == pages_of(example)


def test_the_cache_holds_one_entry_per_file_made(example, tmp_path):
    slow = slow_files(pages_of(example, tmp_path / "cache"))
    pages_of(example, tmp_path / "cache")
    with sqlite3.connect(tmp_path / "cache" / "made.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM made").fetchone()[0] == len(slow)


def test_another_version_of_the_generator_makes_them_again(example, tmp_path, monkeypatch):
    from generator.render import made_cache

    pages_of(example, tmp_path / "cache")
    drawn = []
    original = charts._measure_svg
    monkeypatch.setattr(charts, "_measure_svg", lambda *a: drawn.append(a[1]) or original(*a))
    monkeypatch.setattr(made_cache, "generator_version", lambda: b"another version")
    pages_of(example, tmp_path / "cache")
    assert len(drawn) == 9  # every measure's chart
