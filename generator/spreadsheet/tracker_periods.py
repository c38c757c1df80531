"""Reading a tracker's reporting periods: the columns or rows that hold each meeting's
statuses and notes, and the meeting's date, label, state and agreement."""
from __future__ import annotations

import re
from typing import Any

from ..hints import did_you_mean
from ..model.base import Due
from . import values
from .drafts import DETAILS, IGNORE, ActionRow, Issue, PeriodDraft
from .mapping import PeriodDetails
from .values import Unreadable
from .workbook import Cell, Table


class PeriodsReader:
    """The reporting periods part of tracker.Reader."""

    def period(self, period_id: str) -> PeriodDraft:
        return self.periods.setdefault(period_id, PeriodDraft(period_id))

    def period_columns(self, table: Table) -> tuple[dict[int, str], dict[int, str]]:
        """Columns holding a status or a note for a period: column number -> period id."""
        spec = self.m.actions_sheet
        found: tuple[dict[int, str], dict[int, str]] = ({}, {})
        explicit = {}
        for period_id, details in self.m.periods.items():
            for kind, header in ((0, details.status_column), (1, details.note_column)):
                if header is not None:
                    column = table.column(header)
                    if column is None:
                        self.fail(table.missing_column(header, f"period {period_id}"), ("period", period_id))
                    else:
                        explicit[(kind, column)] = period_id
        for column, header in enumerate(table.headers, 1):
            for kind, pattern in ((0, spec.status_columns), (1, spec.note_columns)):
                period_id = explicit.get((kind, column))
                match = re.search(pattern, header) if pattern and period_id is None else None
                if match:
                    period_id = self.header_period(table.cell(table.header_row, column), match["when"])
                if period_id is None:
                    continue
                if period_id in found[kind].values():
                    self.bad(table.cell(table.header_row, column), f"a second {('status', 'note')[kind]} "
                             f"column for {period_id}: keep one", "duplicate-period", ("period", period_id))
                found[kind][column] = period_id
                period = self.period(period_id)
                period.has_statuses = period.has_statuses or kind == 0
        return found

    def header_period(self, header: Cell, written: str) -> str | None:
        """The period a column header names, as written: 'RAG Apr 21' -> 2021-04,
        'RAG 14/10/2021' -> 2021-10-14 (name_periods decides its id)."""
        try:
            when = values.when(written, self.m.date_formats)
        except Unreadable as e:
            self.bad(header, f"the header matches status_columns or note_columns, but {e}",
                     "bad-date", IGNORE)
            return None
        if not when.month_only:
            self.period(when.iso).date = when
        return when.iso

    def read_status(self, action: ActionRow, period_id: str, cell: Cell) -> None:
        if cell.blank and self.m.blank_status:
            action.statuses[period_id] = (self.m.blank_status, cell)
            return
        if cell.blank and self.some_actions:
            return  # the meeting did not report on this action: its status carries forward
        status = self.statuses.find(cell.value)
        if status is None:
            written = values.text(cell.value)
            reason = ("this status cell is blank: write a status, or set blank_status in the mapping"
                      if cell.blank else f"'{written}' is not a status word of the mapping"
                      f"{did_you_mean(written, self.statuses.shown)} (it knows "
                      f"{', '.join(self.statuses.shown)})")
            self.bad(cell, reason, "unknown-status", ("row", action.row))
            return
        action.statuses[period_id] = (status, cell)

    def read_note(self, action: ActionRow, period_id: str, cell: Cell) -> None:
        action.notes[period_id] = (values.text(cell.value), cell)  # '' when blank

    def read_updates(self, actions: list[ActionRow]) -> None:
        """A sheet with one row per action per period (such as the committee pack's)."""
        spec = self.m.updates_sheet
        table = self.table(spec)
        columns = table and self.columns(table, spec)
        if not columns:
            return
        by_id = {a.values.get("id"): a for a in actions}
        for row in table.rows():
            cells = {name: table.cell(row, col) for name, col in columns.items()}
            if all(c.blank for c in cells.values()):
                continue
            when = self.date(cells["period"], IGNORE)
            action = by_id.get(values.text(cells["action"].value))
            if action is None:
                self.bad(cells["action"], f"'{values.text(cells['action'].value)}' is not an action "
                         f"of the actions sheet{did_you_mean(values.text(cells['action'].value), by_id)}",
                         "unknown-action", IGNORE)
            if when is None or action is None:
                continue
            period = self.period(when.iso)
            period.has_statuses = True
            if not when.month_only:
                period.date = when
            for name in DETAILS:
                if name in cells and not cells[name].blank:
                    self.period_detail(period, name, cells[name])
            if period.id in action.statuses:
                self.bad(cells["action"], f"a second row for {action.values.get('id')} in period {period.id} "
                         f"(the first is row {action.statuses[period.id][1].row}): keep one",
                         "duplicate-row", ("row", action.row))
                continue
            self.read_status(action, period.id, cells["status"])
            if "note" in cells:
                self.read_note(action, period.id, cells["note"])

    def period_detail(self, period: PeriodDraft, name: str, cell: Cell) -> None:
        value: Any = values.text(cell.value)
        if name == "date":  # a month stays a month: the meeting's day is not made up
            value = self.date(cell, ("period", period.id))
        elif name == "agreed_on":
            due = self.date(cell, ("period", period.id))
            value = due and due.last_day
        elif name == "state" and value not in ("draft", "published"):
            self.bad(cell, f"'{value}' is not draft or published", "bad-state", ("period", period.id))
            return
        if value is None:
            return
        first = period.cells.get(name)
        if first is not None and getattr(period, name) != value:
            self.bad(cell, f"'{values.text(cell.value)}' differs from {first.ref} for the same "
                     f"period {period.id}: every row of a period has the same {name}",
                     "period-mismatch", ("period", period.id))
            return
        setattr(period, name, value)
        period.cells[name] = cell

    def name_periods(self, actions: list[ActionRow]) -> None:
        """Each period's id, as update files are named. A period is read as the tracker
        writes it, a month (2021-10) or a day (2021-10-14). A day keeps its own id when the
        mapping names it so, the period column holds file names (the committee pack), or
        its month has another meeting; else it is its month's, as a tracker with one
        meeting a month means (its month may be in the mapping's periods). Two periods
        never share an id: a month the tracker already names leaves a day its own."""
        days = [key for key in self.periods if len(key) > len("YYYY-MM")]
        file_names = self.m.updates_sheet is not None and self.m.updates_sheet.period_is_file_name
        taken = set(self.periods)
        names = {}
        for key in days:
            own = key in self.m.periods or file_names or sum(day[:7] == key[:7] for day in days) > 1
            if not own and key[:7] not in taken:
                names[key] = key[:7]
                taken.add(key[:7])
        self.periods = {names.get(k, k): p for k, p in self.periods.items()}
        for name, period in self.periods.items():
            period.id = name
        for action in actions:
            action.statuses = {names.get(k, k): v for k, v in action.statuses.items()}
            action.notes = {names.get(k, k): v for k, v in action.notes.items()}
        self.issues = [Issue(i.problem, ("period", names[i.drop[1]]))
                       if i.drop and i.drop[0] == "period" and i.drop[1] in names else i for i in self.issues]

    def settle_periods(self) -> None:
        """Meeting date, label, state and agreement: from the mapping, else the tracker,
        else defaults."""
        for period_id in self.m.periods:
            self.period(period_id)
        for period in self.periods.values():
            details = self.m.periods.get(period.id, PeriodDetails())
            named = values.when(period.id, ["%Y-%m-%d", "%Y-%m"])  # the day or month of its file
            period.date = (Due(details.date) if details.date else None) or period.date or Due(named.last_day)
            period.label = details.label or period.label or f"{named} progress update"
            period.state = details.state or period.state or self.m.state
            period.agreed_by = details.agreed_by or period.agreed_by
            period.agreed_on = details.agreed_on or period.agreed_on
