"""The store: what was made once is given again for the same inputs, on disk across
processes, in memory across `serve`'s rebuilds, and a broken store only means making again."""
from __future__ import annotations

import pytest

from generator import store as store_module
from generator.store import Store


class Maker:
    def __init__(self, value):
        self.value, self.calls = value, 0

    def __call__(self):
        self.calls += 1
        return self.value


@pytest.mark.parametrize("value", [b"\x89PNG chart bytes", {"title": "P1", "actions": [1, 2]},
                                   "x" * 10_000, b"y" * 10_000])
def test_made_once_then_read_from_disk_by_a_new_process(tmp_path, value):
    make = Maker(value)
    first = Store(tmp_path)
    assert first.get_or_make("chart", "inputs", make) == value
    first.save()
    again = Store(tmp_path)  # as a later build does
    assert again.get_or_make("chart", "inputs", make) == value
    assert make.calls == 1


def test_kinds_and_keys_keep_entries_apart(tmp_path):
    store = Store(tmp_path)
    store.get_or_make("chart", "a", Maker(b"1"))
    assert store.get_or_make("workbook", "a", Maker(b"2")) == b"2"
    assert store.get_or_make("chart", "b", Maker(b"3")) == b"3"
    assert store.get_or_make("chart", "a", Maker(b"4")) == b"1"


def test_without_a_folder_nothing_is_kept_unless_remembered():
    make = Maker(b"data")
    store = Store(None)
    store.get_or_make("chart", "k", make)
    store.get_or_make("chart", "k", make)
    assert make.calls == 2
    serving = Store(None, remember=True)
    serving.get_or_make("chart", "k", make)
    serving.get_or_make("chart", "k", make)
    assert make.calls == 3


def test_values_that_are_not_data_stay_in_memory_only(tmp_path):
    checked = object()  # a checked model, say: never written to disk, so never read back as code
    store = Store(tmp_path, remember=True)
    assert store.get_or_make("plan", "k", Maker(checked)) is checked
    assert store.get_or_make("plan", "k", Maker(None)) is checked
    store.save()
    make = Maker(object())
    Store(tmp_path).get_or_make("plan", "k", make)
    assert make.calls == 1


def test_serve_forgets_what_the_latest_build_did_not_use():
    store = Store(None, remember=True)
    store.get_or_make("page", "old", Maker("old page"))
    store.start_build()
    store.get_or_make("page", "new", Maker("new page"))
    store.start_build()  # the build that used "old" is two builds ago
    make = Maker("old page")
    store.get_or_make("page", "old", make)
    assert make.calls == 1


def test_large_builds_are_written_as_they_go(tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "PENDING_BYTES", 100)
    store = Store(tmp_path)
    for n in range(5):
        store.get_or_make("page", str(n), Maker("p" * 60))
    assert store.pending_bytes <= 100
    make = Maker("other")
    assert Store(tmp_path).get_or_make("page", "0", make) == "p" * 60  # before any save
    assert make.calls == 0


@pytest.mark.parametrize("spoil", ["damaged file", "folder is a file"])
def test_a_broken_store_only_means_making_again(tmp_path, spoil):
    if spoil == "damaged file":
        (tmp_path / store_module.FILE).write_bytes(b"not a database" * 100)
        folder = tmp_path
    else:
        folder = tmp_path / "blocked"
        folder.write_text("a file where the folder should be")
    make = Maker(b"chart")
    store = Store(folder)
    assert store.get_or_make("chart", "k", make) == b"chart"
    store.save()
    assert Store(folder).get_or_make("chart", "k", make) == b"chart"


def test_a_damaged_entry_is_made_again(tmp_path):
    store = Store(tmp_path)
    store.get_or_make("page", "k", Maker({"a": 1}))
    store.save()
    db = Store(tmp_path)._connect()
    with db:
        db.execute("UPDATE entries SET data = ?", (b"J" + b"not zlib",))
    make = Maker({"a": 2})
    assert Store(tmp_path).get_or_make("page", "k", make) == {"a": 2}


def test_what_is_kept_only_while_serving_never_reaches_the_disk(tmp_path):
    serving = Store(tmp_path, remember=True)
    assert serving.get_or_make("checked plan", "k", Maker(["findings"]), on_disk=False) == ["findings"]
    make = Maker(["again"])
    assert serving.get_or_make("checked plan", "k", make, on_disk=False) == ["findings"]
    serving.save()
    assert Store(tmp_path).get_or_make("checked plan", "k", make) == ["again"]  # made anew
    building = Store(tmp_path)  # a single build: nothing to keep it for
    building.get_or_make("checked plan", "k2", make, on_disk=False)
    building.get_or_make("checked plan", "k2", make, on_disk=False)
    assert make.calls == 3


def test_only_what_is_put_is_kept(tmp_path):
    store = Store(tmp_path)
    assert store.get("parsed", "k") is store_module.MISSING  # a file with problems is never put
    store.put("parsed", "k", {"a": "1"})
    store.save()
    assert Store(tmp_path).get("parsed", "k") == {"a": "1"}
