"""Read a tracker's sheets with pandas and address every cell as Excel does
('WSOA tracker'!H7), so each problem names its sheet, row and column."""
from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pandas as pd
from openpyxl.utils import get_column_letter

from ..problems import Problem
from ..validate.hints import did_you_mean, one_of
from .values import is_blank, text

SUFFIXES = (".xlsx", ".xlsm", ".csv")


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
        except (OSError, ValueError, KeyError, zipfile.BadZipFile, csv.Error) as e:
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
            # Everything as written: no NaN for 'N/A', no numbers for ids such as '1.10'.
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
    above the headers often is), which pandas' own reader refuses."""
    raw = path.read_bytes()
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:  # Excel's "CSV (Comma delimited)" is Windows-1252
        content = raw.decode("cp1252")
    rows = list(csv.reader(io.StringIO(content, newline="")))
    width = max(map(len, rows), default=0)
    return pd.DataFrame([row + [""] * (width - len(row)) for row in rows])
