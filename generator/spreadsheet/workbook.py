"""Read a tracker's sheets with pandas and address every cell as Excel does
('WSOA tracker'!H7), so each problem names its sheet, row and column.

A tracker comes from outside the tool, so its size is checked before it is read:
3.6 MB of .xlsx can unpack to 1 GiB (a zip bomb), and a sheet of 100,000 rows
would take minutes to import. The limits are far above any real tracker.
"""
from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import openpyxl
import pandas as pd
from openpyxl.utils import column_index_from_string, get_column_letter

from ..problems import Problem
from ..hints import did_you_mean, one_of
from ..write.spreadsheet_safe import unescaped
from .values import is_blank, text

SUFFIXES = (".xlsx", ".xlsm", ".csv")

MB = 1024 * 1024
MAX_BYTES = 50 * MB  # a .csv file, or everything in an .xlsx file once unpacked
MAX_ROWS = 20_000  # in each sheet
MAX_CELLS = 500_000  # in the whole workbook: rows times columns of each sheet
MAX_MEMBERS = 1_000  # files inside an .xlsx file; Excel writes a dozen or so
MAX_RATIO = 100  # how many times a file inside an .xlsx may have been shrunk by packing
RATIO_FROM = MB  # ... once it unpacks to more than this (small files pack oddly)
# For docs/tracker-mapping.md.
LIMITS = (f"A tracker is refused before it is read if it is past these limits: {MAX_BYTES // MB} MB "
          f"(an .xlsx file once unpacked), {MAX_ROWS:,} rows in a sheet, {MAX_CELLS:,} cells in "
          f"all (rows times columns of each sheet), {MAX_MEMBERS:,} files inside an .xlsx file. "
          "Save a copy holding only the tracker sheets, or split it.")

_SHEET_XML = re.compile(r"xl/worksheets/[^/]+\.xml")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"(?:[A-Z]*\d*:)?([A-Z]{1,3})(\d+)\"")
_DIMENSION_SCAN = 16 * 1024  # Excel writes <dimension> in the first few hundred bytes


class TooBig(ValueError):
    """Past a limit: the message says how far, and what to do."""


def _mb(size: int) -> str:
    return f"{size / MB:,.0f} MB"


def _too_many_rows(where: str, rows: str) -> TooBig:
    return TooBig(f"{where} has {rows} rows; the limit is {MAX_ROWS:,} rows in a sheet. Delete the rows "
                  "under the tracker, save a copy holding only the tracker sheets, or split it")


def _too_many_cells(cells: str) -> TooBig:
    return TooBig(f"the tracker has {cells} cells; the limit is {MAX_CELLS:,}. Save a copy holding only "
                  "the tracker sheets and columns, or split it")


def _key(header: object) -> str:
    return " ".join(text(header).split()).casefold()


def sheet_ref(sheet: str | None) -> str:
    if sheet is None:
        return ""
    quoted = sheet if sheet.replace("_", "").isalnum() else "'" + sheet.replace("'", "''") + "'"
    return quoted + "!"


@dataclass(frozen=True)
class Cell:
    file: str
    sheet: str | None  # None for a .csv file
    row: int  # counted from 1, as Excel shows them
    column: int
    header: str
    value: object

    @property
    def ref(self) -> str:
        return f"{sheet_ref(self.sheet)}{get_column_letter(self.column)}{self.row}"

    @property
    def blank(self) -> bool:
        return is_blank(self.value)

    def problem(self, message: str, code: str, severity: str = "error") -> Problem:
        where = f"{self.ref} ({self.header})" if self.header else self.ref
        return Problem(self.file, self.row, self.column, where, message, code, severity)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Table:
    """One sheet read from its header row down."""

    file: str
    sheet: str | None
    header_row: int
    frame: pd.DataFrame

    @cached_property
    def headers(self) -> list[str]:
        return [text(v) for v in self.frame.iloc[self.header_row - 1]] if len(self.frame) >= self.header_row else []

    def column(self, header: str) -> int | None:
        """The column (from 1) whose header is written like `header` (spaces and capitals aside)."""
        keys = [_key(h) for h in self.headers]
        return keys.index(_key(header)) + 1 if _key(header) in keys else None

    def missing_column(self, header: str, what: str) -> Problem:
        found = [h for h in self.headers if h]
        where = f"sheet '{self.sheet}', row {self.header_row}" if self.sheet else f"row {self.header_row}"
        return Problem(self.file, self.header_row, None, where,
                       f"no column '{header}' ({what}) in the header row {self.header_row}"
                       f"{did_you_mean(header, found)}; its headers are: {one_of(found) or 'none'}",
                       "missing-column")

    def rows(self) -> range:
        return range(self.header_row + 1, len(self.frame) + 1)

    def cell(self, row: int, column: int) -> Cell:
        value = self.frame.iat[row - 1, column - 1] if column <= self.frame.shape[1] else None
        return Cell(self.file, self.sheet, row, column, self.headers[column - 1], value)


class Workbook:
    """The sheets of an .xlsx file, or the one sheet of a .csv file."""

    def __init__(self, path: Path, name: str):
        self.path, self.name = path, name
        self.sheets: dict[str | None, pd.DataFrame] = {}
        self.problems: list[Problem] = []
        try:
            self._read()
        except TooBig as e:
            self.problems.append(Problem(name, None, None, "", str(e), "tracker-too-big"))
        except zipfile.BadZipFile:
            self.problems.append(Problem(name, None, None, "", "this is not an Excel workbook: an .xlsx "
                                         "file is a zip archive, and this file is not one. Open it in "
                                         "Excel and save it as 'Excel Workbook (.xlsx)'", "unreadable-tracker"))
        except (OSError, ValueError, KeyError, csv.Error) as e:
            self.problems.append(Problem(name, None, None, "", f"cannot read this spreadsheet: {e}",
                                         "unreadable-tracker"))

    def _read(self) -> None:
        suffix = self.path.suffix.lower()
        if suffix not in SUFFIXES:
            self.problems.append(Problem(self.name, None, None, "", "the tracker must be an .xlsx "
                                         "or .csv file: save it from Excel as 'Excel Workbook "
                                         "(.xlsx)'", "unreadable-tracker"))
        elif suffix == ".csv":
            self.sheets[None] = _read_csv(self.path)
        else:
            _check_archive(self.path)
            _check_sheets(self.path)
            # Everything as written: no NaN for 'N/A', no numbers for ids such as '1.10'.
            # No `unescaped` here: our .xlsx files hold texts as texts, never with a '.
            self.sheets = pd.read_excel(self.path, sheet_name=None, header=None, dtype=object,
                                        keep_default_na=False, na_values=[])

    def table(self, sheet: str | None, header_row: int) -> Table | Problem:
        if None in self.sheets:  # a .csv file is one sheet, whatever the mapping calls it
            return Table(self.name, None, header_row, self.sheets[None])
        names = list(self.sheets)
        if sheet is None:
            sheet = names[0]
        if sheet not in self.sheets:
            return Problem(self.name, None, None, "", f"there is no sheet '{sheet}'"
                           f"{did_you_mean(sheet, names)}; the sheets are: {one_of(names)}",
                           "missing-sheet")
        return Table(self.name, sheet, header_row, self.sheets[sheet])


def _read_csv(path: Path) -> pd.DataFrame:
    """Every row as written, as text. Rows may be of different lengths (a title row
    above the headers often is), which pandas' own reader refuses.

    A cell that starts with ' before = + - @ or ' loses that ', as `progress-pages
    export` wrote it (see write/spreadsheet_safe.py). The reader cannot tell our
    export from a tracker typed by a person, and need not: in every spreadsheet a '
    in front means "this is text, show what follows", so a person who typed '=1+1
    meant the text =1+1 too. Any other ' (as in 'Tis) is kept."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise TooBig(f"the file is {_mb(size)}; the limit is {_mb(MAX_BYTES)}. Save a copy holding "
                     "only the tracker's rows, or split it")
    raw = path.read_bytes()
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:  # Excel's "CSV (Comma delimited)" is Windows-1252
        content = raw.decode("cp1252")
    reader = csv.reader(io.StringIO(content, newline=""))
    rows = [[unescaped(v) for v in row] for _, row in zip(range(MAX_ROWS + 1), reader)]
    if len(rows) > MAX_ROWS:
        raise _too_many_rows("the file", f"{len(rows) + sum(1 for _ in reader):,}")
    width = max(map(len, rows), default=0)
    if len(rows) * width > MAX_CELLS:
        raise _too_many_cells(f"{len(rows) * width:,}")
    return pd.DataFrame([row + [""] * (width - len(row)) for row in rows])


def _check_archive(path: Path) -> None:
    """Refuse a zip bomb from the archive's directory alone, before anything is unpacked.
    The sizes there can be trusted: Python's zipfile (which openpyxl uses) stops
    unpacking a file at the size the directory gives it."""
    with zipfile.ZipFile(path) as archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise TooBig(f"the workbook holds {len(members):,} files; the limit is {MAX_MEMBERS:,}. "
                         "Save a copy holding only the tracker sheets")
        unpacked = sum(m.file_size for m in members)
        if unpacked > MAX_BYTES:
            raise TooBig(f"the workbook unpacks to {_mb(unpacked)}; the limit is {_mb(MAX_BYTES)}. "
                         "Save a copy holding only the tracker sheets, or split it")
        for m in members:
            ratio = m.file_size // max(m.compress_size, 1)
            if m.file_size > RATIO_FROM and ratio > MAX_RATIO:
                raise TooBig(f"the workbook's part {m.filename} unpacks to {ratio:,} times its packed size; "
                             f"a real workbook's parts unpack to less than {MAX_RATIO} times. Open it in "
                             "Excel and save a copy of the tracker sheets")
        cells = 0
        for m in members:
            if _SHEET_XML.fullmatch(m.filename):
                rows, columns = _dimension(archive, m)
                if rows > MAX_ROWS:
                    raise _too_many_rows("a sheet", f"{rows:,}")
                cells += rows * columns
        if cells > MAX_CELLS:
            raise _too_many_cells(f"{cells:,}")


def _dimension(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> tuple[int, int]:
    """The last row and column a sheet says it uses (<dimension ref="A1:H30"/>), from the
    start of its XML; (0, 0) if it does not say. It may lie: `_check_sheets` counts too."""
    with archive.open(member) as xml:
        found = _DIMENSION.search(xml.read(_DIMENSION_SCAN))
    return (int(found[2]), column_index_from_string(found[1].decode())) if found else (0, 0)


def _check_sheets(path: Path) -> None:
    """Count every sheet's rows and columns as they are read, one row at a time, and
    stop at a limit, whatever the sheets' <dimension> said."""
    book = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    try:
        cells = 0
        for sheet in book.worksheets:
            sheet.reset_dimensions()  # as pandas does: the stored dimension may be wrong
            rows = width = 0
            for row in sheet.iter_rows(values_only=True):
                rows, width = rows + 1, max(width, len(row))
                if rows > MAX_ROWS:
                    raise _too_many_rows(f"the sheet '{sheet.title}'", f"more than {MAX_ROWS:,}")
                if cells + rows * width > MAX_CELLS:
                    raise _too_many_cells(f"more than {MAX_CELLS:,}")
            cells += rows * width
    finally:
        book.close()
