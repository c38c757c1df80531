"""The generated files' data tied to the tracker's cells, so that every problem points at
the cell to change; and a committee pack's status grid, checked for edits."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ..load import Source
from ..load.yaml_source import Loc
from ..model import Period, PlanEntry, Site
from ..problems import Problem
from .drafts import Draft, Drop, Issue, status_words
from .layout import status_column
from .mapping import Mapping
from .workbook import Cell, Table


class Cells(Source):
    """A generated file's data, with the cell each value came from, so that the data
    model's messages point at the spreadsheet rather than a file not yet written."""

    def __init__(self, name: str, data: Any, cells: dict[Loc, tuple[Cell | None, Drop]]):
        super().__init__(path=Path(name), name=name, data=data)
        self.cells = cells
        self.issues: list[Issue] = []

    def origin(self, loc: Loc) -> tuple[Cell | None, Drop]:
        loc = tuple(loc)
        while loc and loc not in self.cells:
            loc = loc[:-1]
        return self.cells.get(loc, (None, None))

    def problem(self, loc, message, code, *, key=False, severity="error") -> Problem:
        cell, drop = self.origin(loc)
        found = (cell.problem(message, code, severity) if cell is not None
                 else super().problem(loc, message, code, key=key, severity=severity))
        self.issues.append(Issue(found, drop))
        return found


class Grid:
    """The Actions sheet's status grid of a committee pack ('Status Apr 2021' columns):
    there to read, and not imported, since the Periods sheet holds each meeting's own
    statuses. So that an edit to it is never silently ignored, a cell that shows neither
    the status the import writes nor the one the pack was made with is refused."""

    def __init__(self, table: Table, site: Site, mapping: Mapping, before: dict[str, Period]):
        self.table, self.words, self.before = table, status_words(site, mapping), before
        self.labels = {s.id: s.label for s in site.statuses}

    def edits(self, entry: PlanEntry, draft: Draft, left_out: set[int]) -> list[Issue]:
        # The statuses at each meeting as the export wrote them: carried forward where a
        # meeting did not report on an action, from these files and from those replaced.
        earlier = PlanEntry(entry.id, entry.plan, tuple(self.before[p.id] for p in entry.periods
                                                        if p.id in self.before))
        issues = []
        for period in entry.periods:
            column = self.table.column(status_column(period.id))
            if column is None:
                continue  # no grid column for it (deleted, or a meeting added on the Periods sheet)
            now = entry.reported(period)
            then = earlier.reported(self.before[period.id]) if period.id in self.before else None
            for action in (a for a in draft.actions if a.row not in left_out):
                cell = self.table.cell(action.row, column)
                shown = None if cell.blank else self.words.find(cell.value)
                aid = action.values.get("id")
                status = now.get(aid)
                writes = status.update.status if status and status.update else None
                made = then.get(aid) if then is not None else None
                if shown == writes or (made is not None and made.update and shown == made.update.status):
                    continue
                issues.append(Issue(cell.problem(self.refusal(period, action, writes, status), "grid-edited"),
                                    ("row", action.row)))
        return issues

    def refusal(self, period: Period, action, writes: str | None, status) -> str:
        own = action.statuses.get(period.id)
        where = (f"the Periods sheet says {self.labels[writes]} ({own[1].ref})" if own else
                 f"{self.labels[writes]} is carried forward from {status.carried_from.id}" if writes else
                 f"the Periods sheet has no status for {action.values.get('id')} at {period.id}")
        row = f"row {own[1].row}" if own else f"a row for period {period.id} and action {action.values.get('id')}"
        return (f"the status grid is for reading, and is not imported: {where}. To change this status, "
                f"change it on the Periods sheet, {row} (the next export shows it here); "
                "else put this cell back as it was")


def not_in_tracker(model, cells: dict, found: dict) -> set[str]:
    """A record's fields that the tracker has no column for, nor the mapping a value: a blank
    cell says 'none', a missing column says nothing."""
    return set(model.model_fields) - {"actions"} - set(cells) - set(found)


def kept_from(existing: dict, found: dict, cells: dict, *leave_out: str) -> dict:
    """What the record of the same id in the file being replaced says, of what the tracker does not."""
    before = existing.get(found.get("id"), {}) if found.get("id") is not None else {}
    return {k: v for k, v in before.items() if k not in cells and k not in found and k not in leave_out}


def origin_of(origins: dict, problem: Problem) -> tuple[Cell | None, Drop]:
    """The cell a problem in a generated file came from: its field, or the nearest enclosing one."""
    where = problem.field
    while where:
        if (problem.file, where) in origins:
            return origins[(problem.file, where)]
        cut = max(where.rfind("."), where.rfind("["))
        where = where[:cut] if cut > 0 else ""
    return None, None
