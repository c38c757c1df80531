"""Charts and workbooks are kept in the store by what they were made from: a build
with the store filled gives the same files without drawing them again, and a
changed figure is never answered with an old chart."""
import sqlite3

from generator import store
from generator.render import charts, open_data
from storing import example, pages_of  # noqa: F401 (example: a fixture)


def slow_files(pages):
    return {path: content for path, content in pages.items() if path.endswith((".svg", ".xlsx"))}


def test_a_filled_store_gives_the_same_files_without_making_them_again(example, tmp_path, monkeypatch):
    without = pages_of(example)
    first = pages_of(example, tmp_path / "store")
    assert first == without and len(slow_files(first)) >= 10

    def never(*args):
        raise AssertionError("made again although its inputs did not change")
    monkeypatch.setattr(charts, "_measure_svg", never)
    monkeypatch.setattr(charts, "_status_svg", never)
    monkeypatch.setattr(open_data, "xlsx_bytes", never)
    assert pages_of(example, tmp_path / "store") == without


def test_a_changed_figure_or_note_makes_its_chart_and_workbook_again(example, tmp_path):
    before = slow_files(pages_of(example, tmp_path / "store"))
    figures = example / "plans" / "measures" / "ehcp-20-weeks.csv"
    figures.write_text(figures.read_text().replace("\n2020-09,25,", "\n2020-09,27,"))
    update = sorted((example / "plans" / "wsoa-2020" / "updates").glob("*.yaml"))[-1]
    update.write_text(update.read_text().replace("    note: ", "    note: Edited. ", 1))
    after = slow_files(pages_of(example, tmp_path / "store"))
    assert after == slow_files(pages_of(example))  # as with no store at all
    changed = {path for path in after if after[path] != before[path]}
    assert changed == {"measures/ehcp-20-weeks/ehcp-20-weeks.svg", "data/wsoa-2020-actions.xlsx"}


def test_a_damaged_store_only_means_making_the_files_again(example, tmp_path):
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / store.FILE).write_bytes(b"this is not a database" * 100)
    assert pages_of(example, tmp_path / "store") == pages_of(example)


def test_a_build_with_the_same_inputs_adds_nothing_to_the_store(example, tmp_path):
    pages_of(example, tmp_path / "store")
    with sqlite3.connect(tmp_path / "store" / store.FILE) as db:
        entries = db.execute("SELECT count(*) FROM entries").fetchone()[0]
    pages_of(example, tmp_path / "store")
    with sqlite3.connect(tmp_path / "store" / store.FILE) as db:
        assert db.execute("SELECT count(*) FROM entries").fetchone()[0] == entries


def test_another_version_of_the_generator_makes_them_again(example, tmp_path, monkeypatch):
    made = pages_of(example, tmp_path / "store")
    measure_charts = [path for path in made if path.startswith("measures/") and path.endswith(".svg")]
    drawn = []
    original = charts._measure_svg
    monkeypatch.setattr(charts, "_measure_svg", lambda *a: drawn.append(a[1]) or original(*a))
    monkeypatch.setattr(store, "generator_version", lambda: b"another version")
    pages_of(example, tmp_path / "store")
    assert measure_charts and len(drawn) == len(measure_charts)  # every measure's chart
