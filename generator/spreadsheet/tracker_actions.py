"""Reading a tracker's actions sheet: one action per row, with its priority, measures,
dates and the statuses and notes of each reporting period."""
from __future__ import annotations

from ..hints import did_you_mean
from ..model.base import NOT_SET, Due, anchor, says_not_set
from . import values
from .drafts import WHAT, ActionRow, Drop, PriorityDraft, norm
from .values import Unreadable
from .workbook import Cell


class ActionsReader:
    """The actions part of tracker.Reader."""

    def read_actions(self, priorities: list[PriorityDraft]) -> list[ActionRow]:
        spec = self.m.actions_sheet
        table = self.table(spec)
        columns = table and self.columns(table, spec)
        if not columns:
            return []
        status_cols, note_cols = self.period_columns(table)
        by_word = {norm(w): p for p in priorities for w in p.words if w}
        rows: list[ActionRow] = []
        above: dict[str, Cell] = {}
        for row in table.rows():
            cells = {name: table.cell(row, col) for name, col in columns.items()}
            period_cells = [table.cell(row, c) for c in (*status_cols, *note_cols)]
            own = [c for name, c in cells.items() if name not in spec.fill_down] + period_cells
            for name in spec.fill_down:  # merged cells: the value is in the first row only
                if name in cells and not cells[name].blank:
                    above[name] = cells[name]
                elif name in above:
                    cells[name] = above[name]
            if all(c.blank for c in own):
                continue  # a blank row, or a heading row such as a merged area of focus
            action = ActionRow(row, cells)
            self.read_action(action, by_word)
            for column, period in status_cols.items():
                self.read_status(action, period, table.cell(row, column))
            for column, period in note_cols.items():
                self.read_note(action, period, table.cell(row, column))
            rows.append(action)
        self.number_actions(rows, priorities)
        self.unique_ids(rows)
        return rows

    def unique_ids(self, rows: list[ActionRow]) -> None:
        """Ids must differ, also as web addresses ('A1.2' and 'a1-2' would share one)."""
        seen: dict[str, ActionRow] = {}
        for action in rows:
            action_id = action.values.get("id")
            if action_id is None or "id" not in action.cells:
                continue
            first = seen.setdefault(anchor(action_id), action)
            if first is not action:
                self.bad(action.cells["id"], f"'{action_id}' is already the id of the action in row "
                         f"{first.row}: each action needs its own", "duplicate-id", ("row", action.row))

    def read_action(self, action: ActionRow, priorities: dict[str, PriorityDraft]) -> None:
        drop = ("row", action.row)
        cells = action.cells
        self.required(cells, ("priority", "title", "lead", "due"), "every action needs", drop)
        if not cells["priority"].blank:
            action.priority = priorities.get(norm(cells["priority"].value))
            if action.priority is None:
                words = sorted({w for p in priorities.values() for w in p.words if w})
                self.bad(cells["priority"], f"'{values.text(cells['priority'].value)}' is not a "
                         f"priority of the mapping{did_you_mean(values.text(cells['priority'].value), words)}: "
                         "use a priority's id or title, or add these words to its 'also' list",
                         "unknown-priority", drop)
        for name in ("id", "title", "lead", "due_note", "workstream"):
            if name in cells and not cells[name].blank:
                action.values[name] = values.text(cells[name].value)
        for name in ("tasks", "evidence", "also_supports", "enablers", "topics"):
            if name in cells and not cells[name].blank:
                action.values[name] = values.items(cells[name].value)
        if "measures" in cells and not cells["measures"].blank:
            action.values["measures"] = self.measure_ids(cells["measures"], drop)
        if not cells["due"].blank:
            due = cells["due"]
            action.values["due"] = NOT_SET if says_not_set(values.text(due.value)) else self.date(due, drop)

    def required(self, cells: dict[str, Cell], names, who: str, drop: Drop) -> None:
        for name in names:
            if name in cells and cells[name].blank:
                self.bad(cells[name], f"this cell is blank: {who} {WHAT.get(name, name.replace('_', ' '))}",
                         "blank-cell", drop)

    def measure_ids(self, cell: Cell, drop: Drop) -> list[str]:
        found = []
        for item in values.items(values.text(cell.value).replace(";", "\n")):
            ids = [self.measures.find(item)] if self.measures.find(item) else [
                self.measures.find(part) for part in item.split(",")]
            if None in ids:
                self.bad(cell, f"'{item}' is not a measure in plans/measures.yaml"
                         f"{did_you_mean(item, self.measures.shown)}: write a measure's id or name, "
                         "or list these words under 'measures' in the mapping", "unknown-measure", drop)
                continue
            found += [i for i in ids if i not in found]
        return found

    def date(self, cell: Cell, drop: Drop) -> Due | None:
        try:
            return values.when(cell.value, self.m.date_formats)
        except Unreadable as e:
            self.bad(cell, str(e), "bad-date", drop)
            return None

    def number_actions(self, rows: list[ActionRow], priorities: list[PriorityDraft]) -> None:
        """Without an id column, actions are numbered A1.1, A1.2, ... in the order of the
        sheet, counting every row (even one left out), so that ids never shift."""
        if self.m.actions_sheet.columns.id is not None:
            return
        counts: dict[int, int] = {}
        for action in rows:
            if action.priority is not None:
                p = next(i for i, d in enumerate(priorities, 1) if d is action.priority)
                counts[p] = counts.get(p, 0) + 1
                action.values["id"] = f"A{p}.{counts[p]}"
