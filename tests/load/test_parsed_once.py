"""The fast path and the store (kind "parsed") change how fast files are read, never
what is read nor what an editor is told about a mistake."""
import sqlite3
from pathlib import Path

import pytest

from conftest import AREAS, PLAN, ROOT, UPDATE
from generator import pipeline, store as store_module
from generator.load.yaml_source import read_yaml
from generator.store import Store, default_folder
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


def test_second_read_comes_from_the_store_with_the_same_data(tmp_path):
    path = tmp_path / "2021-04.yaml"
    path.write_text(UPDATE)
    store = Store(tmp_path / "store")
    first, _ = read_yaml(path, "u.yaml", store=store)
    store.save()
    assert entries(tmp_path) == 1
    later = Store(tmp_path / "store")  # a later build
    again, problems = read_yaml(path, "u.yaml", store=later)
    assert problems == [] and again.data == first.data and again.key == first.key
    assert not later.pending  # read, not parsed and stored again
    path.write_text(UPDATE.replace("The draft is written.", "Changed."))
    changed, _ = read_yaml(path, "u.yaml", store=Store(tmp_path / "store"))
    assert changed.data["actions"]["A1.1"]["note"] == "Changed."


def entries(tmp_path) -> int:
    with sqlite3.connect(tmp_path / "store" / store_module.FILE) as db:
        return db.execute("SELECT count(*) FROM entries").fetchone()[0]


def test_problems_point_at_the_same_lines_when_files_come_from_the_store(make_project, tmp_path):
    root = make_project({"plans/wsoa/updates/2021-04.yaml": UPDATE.replace("status: amber", "status: purple"),
                         "plans/wsoa/plan.yaml": PLAN.replace("due: 2021-06-30", "due: 2021-06-31")})
    options = pipeline.Options(plans_dir=root / "plans", root=root, generated_dir=root / ".generated")
    reports = []
    for _ in range(2):
        store = Store(tmp_path / "store")
        reports.append(pipeline.prepare(options, store).report.summary())
        store.save()
    assert entries(tmp_path) > 0
    assert reports[0] == reports[1] == load_project(root / "plans", root)[1].summary()
    assert "2021-04.yaml:9:13: actions.A1.2.status" in reports[1]
    assert "plan.yaml:18:14: priorities[0].actions[1].due" in reports[1]


def test_refused_yaml_is_never_stored_and_is_refused_every_time(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text("a: &x 1\nb: 2\n")
    store = Store(tmp_path / "store")
    for _ in range(2):
        source, problems = read_yaml(path, "x.yaml", store=store)
        assert [p.code for p in problems] == ["yaml-anchor"] and source.data is None
        store.save()
    assert entries(tmp_path) == 0


def test_a_damaged_store_entry_is_ignored(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text("a: 1\n")
    store = Store(tmp_path / "store")
    read_yaml(path, "x.yaml", store=store)
    store.save()
    with sqlite3.connect(tmp_path / "store" / store_module.FILE) as db:
        db.execute("UPDATE entries SET data = ?", (b"j{not json",))
    source, problems = read_yaml(path, "x.yaml", store=Store(tmp_path / "store"))
    assert problems == [] and source.data == {"a": "1"}
    (tmp_path / "store" / store_module.FILE).write_bytes(b"not a database at all")
    source, problems = read_yaml(path, "x.yaml", store=Store(tmp_path / "store"))
    assert problems == [] and source.data == {"a": "1"}


def test_the_store_can_be_turned_off(monkeypatch):
    monkeypatch.setenv("PROGRESS_PAGES_CACHE", "off")
    assert default_folder() is None
    monkeypatch.setenv("PROGRESS_PAGES_CACHE", "/somewhere")
    assert default_folder() == Path("/somewhere")


def test_entries_unused_for_a_month_are_forgotten_and_used_ones_kept(tmp_path):
    store = Store(tmp_path / "store")
    store.put("parsed", "a", {"used": "again"})
    store.put("parsed", "b", {"used": "never"})
    store.save()
    with sqlite3.connect(tmp_path / "store" / store_module.FILE) as db:
        db.execute("UPDATE entries SET used = 0")  # long ago
    later = Store(tmp_path / "store")
    assert later.get("parsed", "a") == {"used": "again"}
    later.save()
    assert Store(tmp_path / "store").get("parsed", "a") == {"used": "again"}
    assert Store(tmp_path / "store").get("parsed", "b") is store_module.MISSING


def test_what_another_version_of_the_generator_parsed_is_never_read(tmp_path, monkeypatch):
    path = tmp_path / "x.yaml"
    path.write_text("a: 1\n")
    store = Store(tmp_path / "store")
    store.put("parsed", read_yaml(path, "x.yaml")[0].key, {"a": "from another version"})
    store.save()
    monkeypatch.setattr(store_module, "generator_version", lambda: b"another version")
    source, _ = read_yaml(path, "x.yaml", store=Store(tmp_path / "store"))
    assert source.data == {"a": "1"}
