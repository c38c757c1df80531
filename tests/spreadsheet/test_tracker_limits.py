"""Spreadsheet bombs: `progress-pages import` refuses a tracker past the size limits
from the zip archive's directory and the sheets' <dimension> before reading it, and
while reading it when <dimension> lies, naming the tracker, what it found and the limit."""
import zipfile

import pandas as pd
import pytest

from generator.spreadsheet import workbook
from generator.spreadsheet.workbook import Workbook

from trackers import area, example, loaded, make_tracker, run  # noqa: F401 (fixtures)

PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
    'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'spreadsheetml.worksheet+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
    'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Tracker" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.'
    'org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
}


def raw_xlsx(path, rows: int, dimension: str | None = None, padding: int = 0):
    """A workbook of one sheet written as XML straight into the zip (openpyxl would
    take minutes for 100,000 rows): `rows` rows of two cells, the sheet's <dimension>
    as given, and `padding` bytes of repeated XML that pack to almost nothing."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in PARTS.items():
            archive.writestr(name, xml)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
                        b'openxmlformats.org/spreadsheetml/2006/main">')
            if dimension:
                sheet.write(f'<dimension ref="{dimension}"/>'.encode())
            sheet.write(b"<sheetData>")
            for chunk in range(0, rows, 1000):
                sheet.write("".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="B{r}"><v>1</v></c></row>'
                                    for r in range(chunk + 1, min(chunk + 1000, rows) + 1)).encode())
            sheet.write(b"</sheetData>")
            for _ in range(padding // 2**20):
                sheet.write(b"<!---->" * (2**20 // 7) + b" " * (2**20 % 7))
            sheet.write(b"</worksheet>")
    return path


@pytest.fixture
def never_read(monkeypatch):
    """Fails the test if the workbook is handed to openpyxl or pandas."""
    def refuse(*args, **kwargs):
        raise AssertionError("the workbook was read")
    monkeypatch.setattr(workbook.openpyxl, "load_workbook", refuse)
    monkeypatch.setattr(workbook.pd, "read_excel", refuse)


def problem(path, name="tracker.xlsx") -> str:
    found = Workbook(path, name).problems
    assert len(found) == 1 and found[0].code in ("tracker-too-big", "unreadable-tracker"), found
    return str(found[0])


def test_a_small_raw_workbook_reads(tmp_path):
    frame = Workbook(raw_xlsx(tmp_path / "t.xlsx", 3, "A1:B3"), "t.xlsx").sheets["Tracker"]
    assert frame.values.tolist() == [[1, 1], [2, 1], [3, 1]]


def test_a_workbook_that_unpacks_past_the_limit_is_refused_from_its_directory(tmp_path, never_read):
    bomb = raw_xlsx(tmp_path / "bomb.xlsx", 10, "A1:B10", padding=60 * 2**20)
    assert bomb.stat().st_size < 2**20
    assert problem(bomb) == ("tracker.xlsx: the workbook unpacks to 60 MB; the limit is 50 MB. "
                             "Save a copy holding only the tracker sheets, or split it")


def test_a_part_packed_absurdly_small_is_refused(tmp_path, never_read):
    bomb = raw_xlsx(tmp_path / "bomb.xlsx", 10, "A1:B10", padding=20 * 2**20)
    assert "tracker.xlsx: the workbook's part xl/worksheets/sheet1.xml unpacks to " in problem(bomb)


def test_too_many_parts(tmp_path, never_read):
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for i in range(workbook.MAX_MEMBERS + 1):
            archive.writestr(f"x/{i}", "")
    assert problem(path) == ("tracker.xlsx: the workbook holds 1,001 files; the limit is 1,000. "
                             "Save a copy holding only the tracker sheets")


def test_a_sheet_of_100000_rows_is_refused_from_its_dimension(tmp_path, never_read):
    big = raw_xlsx(tmp_path / "big.xlsx", 100_000, "A1:B100000")
    assert problem(big) == ("tracker.xlsx: a sheet has 100,000 rows; the limit is 20,000 rows in a sheet. "
                            "Delete the rows under the tracker, save a copy holding only the tracker sheets, "
                            "or split it")


def test_a_dimension_past_the_cell_limit_is_refused(tmp_path, never_read):
    wide = raw_xlsx(tmp_path / "wide.xlsx", 3, "A1:ZZ20000")
    assert problem(wide).startswith("tracker.xlsx: the tracker has 14,040,000 cells; the limit is 500,000.")


def test_a_lying_dimension_is_caught_while_reading(tmp_path):
    liar = raw_xlsx(tmp_path / "liar.xlsx", 30_000, "A1:B2")
    assert problem(liar) == ("tracker.xlsx: the sheet 'Tracker' has more than 20,000 rows; the limit is 20,000 "
                             "rows in a sheet. Delete the rows under the tracker, save a copy holding only the "
                             "tracker sheets, or split it")


def test_no_dimension_at_all_is_caught_while_reading(tmp_path):
    assert "has more than 20,000 rows" in problem(raw_xlsx(tmp_path / "t.xlsx", 20_001))


def test_an_xlsx_that_is_not_a_zip_archive(tmp_path):
    fake = tmp_path / "tracker.xlsx"
    fake.write_text("Action,Lead\nWrite it,Me\n")
    assert problem(fake) == ("tracker.xlsx: this is not an Excel workbook: an .xlsx file is a zip archive, "
                             "and this file is not one. Open it in Excel and save it as 'Excel Workbook (.xlsx)'")


def test_a_csv_tracker_of_100000_rows_is_refused(tmp_path):
    path = tmp_path / "tracker.csv"
    path.write_text("Ref,Action\n" + "".join(f"A{i},Do it\n" for i in range(1, 100_000)))
    assert problem(path, "tracker.csv") == (
        "tracker.csv: the file has 100,000 rows; the limit is 20,000 rows in a sheet. Delete the rows under "
        "the tracker, save a copy holding only the tracker sheets, or split it")


def test_a_csv_tracker_too_wide_or_too_large(tmp_path, monkeypatch):
    wide = tmp_path / "wide.csv"
    wide.write_text(("x," * 999 + "x\n") * 501)
    assert problem(wide, "wide.csv").startswith("wide.csv: the tracker has 501,000 cells; the limit is 500,000.")
    monkeypatch.setattr(workbook, "MAX_BYTES", 1000)
    assert problem(wide, "wide.csv").startswith("wide.csv: the file is 1 MB; the limit is 0 MB.")


def test_import_names_the_tracker(area):
    raw_xlsx(area / "tracker.xlsx", 100_000, "A1:B100000")
    result = run("import", "tracker.xlsx", "--plan", "wsoa-2020", "--mapping", "examples/tracker-mapping.yaml")
    assert result.exit_code == 1
    assert result.output.splitlines()[0].startswith("tracker.xlsx: a sheet has 100,000 rows; the limit is 20,000")


def test_a_tracker_of_2000_rows_still_reads(area, example):
    """The example tracker with its rows repeated to 2,000 actions, as an .xlsx file."""
    make_tracker.make_tracker(example, area / "t.xlsx")
    sheets = pd.read_excel(area / "t.xlsx", sheet_name=None, header=None, dtype=object)
    tracker = sheets[make_tracker.SHEET]
    body = tracker.iloc[3:].dropna(how="all")
    rows = pd.concat([tracker.iloc[:3]] + [body] * (2000 // len(body) + 1)).iloc[:2003]
    with pd.ExcelWriter(area / "big.xlsx") as writer:
        rows.to_excel(writer, sheet_name=make_tracker.SHEET, header=False, index=False)
        sheets[make_tracker.AREAS].to_excel(writer, sheet_name=make_tracker.AREAS, header=False, index=False)
    read = Workbook(area / "big.xlsx", "big.xlsx")
    assert read.problems == []
    assert len(read.sheets[make_tracker.SHEET]) == 2003


def test_a_csv_tracker_of_2000_actions_imports(area, example):
    from test_import import fresh, inline_priorities_mapping, tracker_rows

    def repeat(rows):
        body = [r for r in rows[3:] if any(r)]
        copies = range(2000 // len(body) + 1)  # the first with the example's ids: feedback refers to them
        rows[3:] = [[r[0], f"{r[1]}-{n}" if n else r[1], *r[2:]] for n in copies for r in body][:2000]
    tracker = tracker_rows(area, example, repeat)
    mapping = inline_priorities_mapping(area, example)
    fresh(area)
    result = run("import", tracker, "--plan", "wsoa-2020", "--mapping", mapping)
    assert result.exit_code == 0, result.output
    assert "Imported 3 priorities, 2000 actions, 4 periods" in result.output
