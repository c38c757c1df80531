"""Check a measure's figures (`plans/measures/<id>.csv`) against the data model and
its definition in measures.yaml. Problems name the file, the row (row 1 holds the
column names), the column and the value, as editors see them in a spreadsheet."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from pydantic import ValidationError

from ..load.csv_table import Table
from ..load.yaml_source import Loc
from ..model import Due, Measure, MeasureRow
from ..model.measure import plain
from ..problems import Problem
from ..hints import closest, did_you_mean, one_of
from .schema import _problem

REQUIRED = ("date", "value")


@dataclass(frozen=True)
class _Row:
    """Where a cell is, in the form schema._problem asks of a source."""

    name: str
    row: int

    def problem(self, loc: Loc, message: str, code: str, *, key: bool = False,
                severity: str = "error") -> Problem:
        column = loc[1] if loc[:1] == ("comparators",) and len(loc) > 1 else (loc[0] if loc else "")
        return Problem(self.name, self.row, None, str(column), message, code, severity)  # type: ignore[arg-type]


def measure_id(table: Table) -> str:
    return Path(table.name).stem


def check_rows(table: Table, measure: Measure) -> tuple[tuple[MeasureRow, ...], list[Problem]]:
    """The rows, oldest first, and every problem in the file."""
    problems = list(_check_header(table, measure))
    columns = {name: i for i, name in enumerate(table.header) if name}
    if not all(name in columns for name in REQUIRED):
        return (), problems  # the cells cannot be told apart: the header says what to fix
    rows: list[tuple[int, MeasureRow]] = []
    dates: list[tuple[int, Due]] = []  # also of rows with a wrong figure, to check their order
    context = {"percent": measure.unit == "percent"}
    for number, cells in table.rows:
        if not any(cells):
            continue  # a blank line
        cell = {name: cells[i] if i < len(cells) else "" for name, i in columns.items()}
        if not cell["date"]:
            problems.append(Problem(table.name, number, None, "date", "this row has figures but no "
                                    "date: write the date in the 'date' column (YYYY-MM-DD or YYYY-MM).",
                                    "empty-value"))
            continue
        data = {"date": cell["date"], "value": cell["value"] or None,
                "comparators": {c: cell[c] or None for c in measure.comparators if c in cell}}
        try:
            row = MeasureRow.model_validate(data, context=context)
            rows.append((number, row))
            dates.append((number, row.date))
        except ValidationError as e:
            errors = e.errors(include_url=False)
            problems += [_problem(_Row(table.name, number), MeasureRow, err)  # type: ignore[arg-type]
                         for err in errors]
            if all(err["loc"][:1] != ("date",) for err in errors):
                dates.append((number, MeasureRow(date=cell["date"], value=None).date))
    problems += _check_order(table, dates)
    problems += _check_baseline(table, measure, rows)
    return tuple(row for _, row in rows), problems


def _check_header(table: Table, measure: Measure) -> Iterator[Problem]:
    expected = [*REQUIRED, *measure.comparators]
    seen: set[str] = set()
    misspelt: set[str | None] = set()  # a misspelt column is not also reported as missing
    for i, name in enumerate(table.header):
        if not name:
            if any(i < len(cells) and cells[i] for _, cells in table.rows):
                yield _header_problem(table, "", f"column {i + 1} has figures but no name in row 1: "
                                      f"the columns are {one_of(expected)}.", "unknown-column")
        elif name in seen:
            yield _header_problem(table, name, f"the column '{name}' is named twice in row 1; keep "
                                  "one.", "duplicate-column")
        elif name not in expected:
            misspelt.add(closest(name, expected))
            yield _header_problem(table, name, f"unknown column '{name}'{did_you_mean(name, expected)} "
                                  f"(the columns are {one_of(expected)}; comparators are listed in "
                                  "plans/measures.yaml).", "unknown-column")
        seen.add(name)
    for name in expected:
        if name not in seen and name not in misspelt:
            what = "" if name in REQUIRED else ", a comparator listed in plans/measures.yaml"
            yield _header_problem(table, name, f"row 1 has no column '{name}'{what}: row 1 must "
                                  f"name the columns {one_of(expected)}.", "missing-column")


def _header_problem(table: Table, field: str, message: str, code: str) -> Problem:
    return Problem(table.name, 1, None, field, message, code)


def _check_order(table: Table, dates: list[tuple[int, Due]]) -> Iterator[Problem]:
    for (before, earlier), (number, date) in zip(dates, dates[1:]):
        if date.last_day <= earlier.last_day:
            same = date.last_day == earlier.last_day
            yield Problem(table.name, number, None, "date", f"'{date.iso}' is "
                          f"{'the same date as' if same else 'before'} row {before} "
                          f"('{earlier.iso}'): one row per date, oldest first.", "date-order")


def _check_baseline(table: Table, measure: Measure,
                    rows: list[tuple[int, MeasureRow]]) -> Iterator[Problem]:
    """A figure for the baseline's date must be the baseline: one of them is a typo."""
    base = measure.baseline
    for number, row in rows:
        if row.date.last_day == base.date.last_day and row.value not in (None, base.value):
            yield Problem(table.name, number, None, "value", f"'{plain(row.value)}' is not the "
                          f"starting figure for {base.date} in plans/measures.yaml "
                          f"(baseline: {plain(base.value)}): make them the same.", "baseline-mismatch")
