"""Read one CSV file with pandas, keeping every cell as text and the row number of
every record, as a spreadsheet shows it (the row of column names is row 1).

Cells are not interpreted here (a date stays '2021-03', a figure stays '62'): the
validate stage checks them against the data model and says which row is wrong.
"""
from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd
from pandas.errors import EmptyDataError, ParserError, ParserWarning

from ..problems import Problem
from ..store import MISSING, Store
from .characters import unshowable_in_text
from .yaml_source import MAX_FILE_BYTES

_SKIPPED = re.compile(r"Skipping line (\d+): expected (\d+) fields, saw (\d+)")
_UNCLOSED = re.compile(r"EOF inside string starting at row (\d+)")
_SEPARATORS = {"';'": ";", "tabs": "\t"}


def _other_separator(first_row: str) -> str | None:
    """How the cells of row 1 are separated, when it is not by commas."""
    return next((name for name, mark in _SEPARATORS.items() if mark in first_row), None)


@dataclass
class Table:
    path: Path
    name: str  # as shown in messages, relative to the project
    header: list[str] = field(default_factory=list)
    rows: list[tuple[int, list[str]]] = field(default_factory=list)  # (row number, cells)


def read_csv_table(path: Path, name: str, store: Store | None = None) -> tuple[Table, list[Problem]]:
    """With a store kept in memory (`serve`), a file whose bytes were read before is
    not parsed again (reading a CSV file is quick: not worth a place on disk)."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        return Table(path=path, name=name), [Problem(name, None, None, "", f"cannot read the file: {e.strerror}",
                                                     "file-unreadable")]
    key = name.encode() + b"\0" + raw  # its problems name the file
    kept = store.get("parsed csv", key, on_disk=False) if store is not None else MISSING
    if kept is not MISSING:
        header, rows, problems = kept
        return Table(path=path, name=name, header=list(header), rows=list(rows)), list(problems)
    table, problems = _parse(path, name, raw)
    if store is not None:
        store.put("parsed csv", key, (tuple(table.header), tuple(table.rows), tuple(problems)), on_disk=False)
    return table, problems


def _parse(path: Path, name: str, raw: bytes) -> tuple[Table, list[Problem]]:
    table = Table(path=path, name=name)

    def fail(row: int | None, message: str, code: str) -> tuple[Table, list[Problem]]:
        return table, [Problem(name, row, None, "", message, code)]

    if len(raw) > MAX_FILE_BYTES:
        return fail(None, f"the file is {len(raw):,} bytes; the limit is {MAX_FILE_BYTES:,}.",
                    "file-too-large")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return fail(raw.count(b"\n", 0, e.start) + 1, "the file is not UTF-8 text; save it as "
                    "'CSV UTF-8' (in Excel: Save As, then 'CSV UTF-8 (Comma delimited)').", "not-utf8")
    if "\x00" in text:
        return fail(text.count("\n", 0, text.index("\x00")) + 1, "the file contains a NUL "
                    "character; it is not a text file.", "not-text")
    found = unshowable_in_text(text, name)
    if found:  # a row of a spreadsheet is a line here, but for a cell holding line breaks
        return table, [replace(p, column=None) for p in found]
    if not text.strip():
        return fail(None, "the file is empty: row 1 names the columns, e.g. 'date,value'.", "file-empty")

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ParserWarning)
        try:
            frame = pd.read_csv(io.StringIO(text), header=None, dtype=str, keep_default_na=False,
                                skip_blank_lines=False, on_bad_lines="warn")
        except EmptyDataError:
            return fail(None, "the file is empty: row 1 names the columns, e.g. 'date,value'.",
                        "file-empty")
        except ParserError as e:
            # pandas counts records from 0 here
            start = _UNCLOSED.search(str(e))
            return fail(int(start[1]) + 1 if start else None, "a quotation mark is not closed: "
                        "check that every \" in this row has its partner.", "csv-syntax")

    # Rows with too many cells are left out by pandas; it tells us their row numbers.
    problems: list[Problem] = []
    skipped: set[int] = set()
    for warning in caught:
        for row, expected, saw in _SKIPPED.findall(str(warning.message)):
            skipped.add(int(row))
            problems.append(Problem(name, int(row), None, "", f"this row has {saw} cells but row 1 "
                                    f"has {expected} column names. Remove the extra cells, or put "
                                    "a number written with a comma (1,234) in quotes.", "csv-cells"))
    if len(frame.columns) == 1 and len(frame) and (separator := _other_separator(str(frame.iat[0, 0]))):
        # Excel in some countries' settings saves ';' between cells: every row is one cell.
        return fail(1, f"the cells are separated by {separator} instead of commas (Excel saves them "
                    "so with some settings): save the file as 'CSV UTF-8 (Comma delimited)', or put a comma "
                    f"between the cells of every row, e.g. row 1: {','.join(c.strip() for c in re.split(_SEPARATORS[separator], str(frame.iat[0, 0])))}.",
                    "csv-separator")
    numbers = (n for n in range(1, len(frame) + len(skipped) + 1) if n not in skipped)
    records = [[cell.strip() for cell in record] for record in frame.fillna("").values.tolist()]
    numbered = list(zip(numbers, records))
    if numbered:
        table.header = numbered[0][1]
        table.rows = numbered[1:]
    return table, problems
