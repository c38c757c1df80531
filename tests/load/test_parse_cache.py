"""The fast path and the parse cache change how fast files are read, never what
is read nor what an editor is told about a mistake."""
import sqlite3
from pathlib import Path

import pytest

from conftest import AREAS, PLAN, ROOT, UPDATE
from generator.load.cache import ParseCache, default_folder
from generator.load.yaml_source import read_yaml
from generator.validate import load_project

EVERY_INPUT = sorted((ROOT / "plans").rglob("*.yaml")) + sorted(AREAS.rglob("*.yaml"))


@pytest.mark.parametrize("path", EVERY_INPUT, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_fast_path_gives_the_data_and_positions_of_the_full_path(path):
    full, full_problems = read_yaml(path, "x.yaml", marks=True)
    fast, fast_problems = read_yaml(path, "x.yaml")
    assert full_problems == fast_problems == []
    assert fast.data == full.data
    deepest = max(full.value_marks, key=len)
    assert fast.locate(deepest) == full.locate(deepest)  # found again on demand


def test_second_read_comes_from_the_cache_with_the_same_data(tmp_path):
    path = tmp_path / "2021-04.yaml"
    path.write_text(UPDATE)
    cache = ParseCache(tmp_path / "cache")
    first, _ = read_yaml(path, "u.yaml", cache=cache)
    cache.save()
    assert entries(tmp_path) == 1
    again, problems = read_yaml(path, "u.yaml", cache=ParseCache(tmp_path / "cache"))
    assert problems == [] and again.data == first.data and again.key == first.key
    path.write_text(UPDATE.replace("The draft is written.", "Changed."))
    changed, _ = read_yaml(path, "u.yaml", cache=ParseCache(tmp_path / "cache"))
    assert changed.data["actions"]["A1.1"]["note"] == "Changed."


def entries(tmp_path) -> int:
    with sqlite3.connect(tmp_path / "cache" / "parsed.sqlite3") as db:
        return db.execute("SELECT count(*) FROM parsed").fetchone()[0]


def test_problems_point_at_the_same_lines_when_files_come_from_the_cache(make_project, tmp_path):
    root = make_project({"plans/wsoa/updates/2021-04.yaml": UPDATE.replace("status: amber", "status: purple"),
                         "plans/wsoa/plan.yaml": PLAN.replace("due: 2021-06-30", "due: 2021-06-31")})
    reports = [load_project(root / "plans", root, ParseCache(tmp_path / "cache"))[1].summary()
               for _ in range(2)]
    assert reports[0] == reports[1] == load_project(root / "plans", root)[1].summary()
    assert "2021-04.yaml:9:13: actions.A1.2.status" in reports[1]
    assert "plan.yaml:18:14: priorities[0].actions[1].due" in reports[1]


def test_refused_yaml_is_never_cached_and_is_refused_every_time(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text("a: &x 1\nb: 2\n")
    cache = ParseCache(tmp_path / "cache")
    for _ in range(2):
        source, problems = read_yaml(path, "x.yaml", cache=cache)
        assert [p.code for p in problems] == ["yaml-anchor"] and source.data is None
        cache.save()
    assert entries(tmp_path) == 0


def test_a_damaged_cache_entry_is_ignored(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text("a: 1\n")
    cache = ParseCache(tmp_path / "cache")
    read_yaml(path, "x.yaml", cache=cache)
    cache.save()
    with sqlite3.connect(tmp_path / "cache" / "parsed.sqlite3") as db:
        db.execute("UPDATE parsed SET data = '{not json'")
    source, problems = read_yaml(path, "x.yaml", cache=ParseCache(tmp_path / "cache"))
    assert problems == [] and source.data == {"a": "1"}
    (tmp_path / "cache" / "parsed.sqlite3").write_bytes(b"not a database at all")
    source, problems = read_yaml(path, "x.yaml", cache=ParseCache(tmp_path / "cache"))
    assert problems == [] and source.data == {"a": "1"}


def test_the_cache_can_be_turned_off(monkeypatch):
    monkeypatch.setenv("PROGRESS_PAGES_CACHE", "off")
    assert default_folder() is None
    monkeypatch.setenv("PROGRESS_PAGES_CACHE", "/somewhere")
    assert default_folder() == Path("/somewhere")


def test_entries_unused_for_a_month_are_forgotten_and_used_ones_kept(tmp_path):
    cache = ParseCache(tmp_path / "cache")
    cache.put("a", {"used": "again"})
    cache.put("b", {"used": "never"})
    cache.save()
    with sqlite3.connect(tmp_path / "cache" / "parsed.sqlite3") as db:
        db.execute("UPDATE parsed SET used = 0")  # long ago
    later = ParseCache(tmp_path / "cache")
    assert later.get("a") == (True, {"used": "again"})
    later.save()
    assert ParseCache(tmp_path / "cache").get("a")[0] and not ParseCache(tmp_path / "cache").get("b")[0]


def test_a_cache_made_by_an_earlier_version_is_still_read(tmp_path):
    (tmp_path / "cache").mkdir()
    with sqlite3.connect(tmp_path / "cache" / "parsed.sqlite3") as db:
        db.execute("CREATE TABLE parsed (key TEXT PRIMARY KEY, data TEXT NOT NULL)")
        db.execute("INSERT INTO parsed VALUES ('old', '[1, 2]')")
    cache = ParseCache(tmp_path / "cache")
    assert cache.get("old") == (True, [1, 2])
    cache.put("new", [3])
    cache.save()
    assert ParseCache(tmp_path / "cache").get("new") == (True, [3])
