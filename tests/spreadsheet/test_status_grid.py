"""The Actions sheet's status grid ('Status Apr 2021' columns) is for reading: the
import takes statuses from the Periods sheet. An edit to the grid is refused, naming
its cell and the Periods sheet's row, never imported as 'unchanged'."""
import openpyxl

from generator.spreadsheet.layout import status_column
from test_meetings_round_trip import updates
from trackers import area, example, run  # noqa: F401 (fixtures)

PACK = "pack/wsoa-2020.xlsx"


def cell_of(sheet, header: str, key_header: str, key) -> openpyxl.cell.Cell:
    """The cell under `header` in the row whose `key_header` column holds `key` (a tuple for several)."""
    headers = [c.value for c in sheet[1]]
    keys = key if isinstance(key, tuple) else (key,)
    columns = [headers.index(h) for h in (key_header if isinstance(key_header, tuple) else (key_header,))]
    row = next(r for r in sheet.iter_rows(min_row=2) if tuple(r[i].value for i in columns) == keys)
    return row[headers.index(header)]


def edit(area, change) -> None:
    assert run("export", "--output-dir", "pack").exit_code == 0
    book = openpyxl.load_workbook(area / PACK)
    change(book)
    book.save(area / PACK)


def other(label: str) -> str:
    return "Completed" if label != "Completed" else "Delayed"


def test_an_edit_to_the_grid_is_refused_naming_its_cell_and_the_periods_row(area, example):
    found = {}

    def change(book):
        grid = cell_of(book["Actions"], status_column("2021-04"), "Action id", "A1.2")
        found["grid"], found["was"] = grid.coordinate, grid.value
        grid.value = other(grid.value)
        found["periods"] = cell_of(book["Periods"], "Status", ("Period", "Action id"), ("2021-04", "A1.2"))

    edit(area, change)
    before = (updates(area) / "2021-04.yaml").read_text()
    result = run("import", PACK, "--plan", "wsoa-2020", "--force")
    assert result.exit_code == 1
    periods = found["periods"]
    assert (f"Actions!{found['grid']} (Status Apr 2021): the status grid is for reading, and is not imported: "
            f"the Periods sheet says {found['was']} (Periods!{periods.coordinate}). To change this status, "
            f"change it on the Periods sheet, row {periods.row}") in result.output
    assert "unchanged" not in result.output
    assert (updates(area) / "2021-04.yaml").read_text() == before


def test_an_edit_made_on_the_periods_sheet_imports_whether_the_grid_follows_or_not(area):
    for follow in (False, True):
        def change(book):
            status = cell_of(book["Periods"], "Status", ("Period", "Action id"), ("2021-04", "A1.2"))
            status.value = other(status.value)
            if follow:
                cell_of(book["Actions"], status_column("2021-04"), "Action id", "A1.2").value = status.value

        edit(area, change)
        result = run("import", PACK, "--plan", "wsoa-2020", "--dry-run")
        assert result.exit_code == 0, result.output
        assert "changed: plans/wsoa-2020/updates/2021-04.yaml" in result.output


def test_an_unchanged_pack_imports_unchanged_and_into_an_empty_folder(area):
    edit(area, lambda book: None)
    result = run("import", PACK, "--plan", "wsoa-2020")
    assert result.exit_code == 0, result.output
    assert result.output.count("unchanged: plans/wsoa-2020/") == 5
    for path in (area / "plans" / "wsoa-2020").rglob("*.yaml"):
        path.unlink()
    assert run("import", PACK, "--plan", "wsoa-2020").exit_code == 0


def test_carried_statuses_in_the_grid_are_not_taken_for_edits(area):
    """A plan whose meetings report on some actions: the grid shows October's A1.1 as
    carried from July, though October's rows on the Periods sheet say nothing of it."""
    plan = area / "plans" / "wsoa-2020" / "plan.yaml"
    plan.write_text(plan.read_text().replace("\npriorities:\n", "\nupdates_cover: some-actions\npriorities:\n", 1))
    october = updates(area) / "2021-10.yaml"
    text = october.read_text()
    october.write_text(text[:text.index("  A1.1:\n")] + text[text.index("  A1.2:\n"):])
    found = {}

    def change(book):
        grid = cell_of(book["Actions"], status_column("2021-10"), "Action id", "A1.1")
        found["carried"] = grid.value
        assert grid.value  # carried forward from July
    edit(area, change)
    result = run("import", PACK, "--plan", "wsoa-2020")
    assert result.exit_code == 0, result.output
    for path in (area / "plans" / "wsoa-2020").rglob("*.yaml"):
        path.unlink()
    assert run("import", PACK, "--plan", "wsoa-2020").exit_code == 0

    # Edited, a carried status is refused too, saying where it is carried from.
    def carry_edit(book):
        cell_of(book["Actions"], status_column("2021-10"), "Action id", "A1.1").value = other(found["carried"])
    edit(area, carry_edit)
    result = run("import", PACK, "--plan", "wsoa-2020")
    assert result.exit_code == 1
    assert f"{found['carried']} is carried forward from 2021-07" in result.output
    assert "on the Periods sheet, a row for period 2021-10 and action A1.1" in result.output
