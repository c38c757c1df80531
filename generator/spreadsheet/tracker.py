"""Read a tracker into draft priorities, actions and reporting periods. Every cell
that cannot be used becomes a problem naming its sheet, row, column, value and the
reason, and says what `--partial` would leave out to get past it."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ..model import Measure, Priority, Site
from ..model.base import NOT_SET, Due, says_not_set
from ..model.easy_read import PICTURES
from ..model.timeline import MILESTONE_LABELS
from ..problems import Problem
from ..hints import did_you_mean
from ..validate.references import anchor
from . import values
from .mapping import Mapping, PeriodDetails
from .values import Unreadable
from .workbook import Cell, Table, Workbook

# What the tracker or the mapping may say about a period, besides its statuses and notes.
DETAILS = ("date", "label", "state", "agreed_by", "agreed_on")

# What --partial leaves out to get past a problem: an action (by its row in the
# actions sheet), a reporting period, or nothing more than the cell itself.
Drop = tuple[str, Any] | None
IGNORE: Drop = ("cell", None)


@dataclass(frozen=True)
class Issue:
    problem: Problem
    drop: Drop = None  # None: the import cannot go on without it being fixed


@dataclass
class PriorityDraft:
    values: dict[str, Any]
    words: set[str]  # how the tracker may write it
    cells: dict[str, Cell] = field(default_factory=dict)  # empty when given in the mapping


@dataclass
class ActionRow:
    row: int  # in the actions sheet: identifies the action for --partial
    cells: dict[str, Cell]
    priority: PriorityDraft | None = None
    values: dict[str, Any] = field(default_factory=dict)
    statuses: dict[str, tuple[str, Cell]] = field(default_factory=dict)  # period id -> status id
    notes: dict[str, tuple[str, Cell]] = field(default_factory=dict)


@dataclass
class PeriodDraft:
    id: str
    date: Due | None = None  # a day, or a month when that is all the tracker gives
    label: str | None = None
    state: str | None = None
    agreed_by: str | None = None
    agreed_on: dt.date | None = None
    cells: dict[str, Cell] = field(default_factory=dict)
    has_statuses: bool = False  # the tracker has a column or rows of statuses for it


@dataclass
class Row:
    """One row of a sheet of records: a milestone, a workstream, an enabler, an Easy Read
    point, or what an update said about a priority."""

    values: dict[str, Any]
    cells: dict[str, Cell]
    priority: PriorityDraft | None = None  # a workstream's


@dataclass
class Draft:
    file: str  # the tracker, as named in problems
    plan: dict[str, Any]
    plan_cells: dict[str, Cell]
    priorities: list[PriorityDraft]
    actions: list[ActionRow]
    periods: dict[str, PeriodDraft]
    issues: list[Issue]
    # None when the tracker has no timeline sheet: the plan's timeline is not the tracker's to change.
    timeline: list[Row] | None = None
    workstreams: list[Row] = field(default_factory=list)
    enablers: list[Row] = field(default_factory=list)
    easy_read: list[Row] = field(default_factory=list)
    # Period id -> priority id -> what the update said; None when the tracker has no such
    # sheet: then the update files' judgements are not the tracker's to change either.
    judgements: dict[str, dict[str, Row]] | None = None


_WHAT = {"priority": "a priority", "title": "a title", "lead": "a lead: a role or an organisation",
         "due": "a completion date", "date": "a date", "kind": "a kind", "summary": "a summary", "id": "an id",
         "inspectors_found": "what inspectors found", "what_it_means": "what it means for families",
         "text": "a sentence", "picture": "a picture"}


def _norm(word: object) -> str:
    return " ".join(values.text(word).split()).casefold()


class Words:
    """Words the tracker writes for ids, matched whatever their capitals and spacing."""

    def __init__(self, words: dict[str, list[str]]):
        self.lookup = {_norm(w): i for i, ws in words.items() for w in ws}
        self.shown = [w for ws in words.values() for w in ws]

    def find(self, value: object) -> str | None:
        return self.lookup.get(_norm(value))


def status_words(site: Site, mapping: Mapping) -> Words:
    return Words({s.id: [s.id, s.label, *mapping.statuses.get(s.id, [])] for s in site.statuses})


def measure_words(measures: tuple[Measure, ...], mapping: Mapping) -> Words:
    return Words({m.id: [m.id, m.name, *mapping.measures.get(m.id, [])] for m in measures})


class Reader:
    def __init__(self, workbook: Workbook, mapping: Mapping, site: Site, measures: tuple[Measure, ...]):
        self.wb, self.m = workbook, mapping
        self.statuses = status_words(site, mapping)
        self.measures = measure_words(measures, mapping)
        self.impacts = Words({i.id: [i.id, i.label] for i in site.impacts})
        self.issues: list[Issue] = []
        self.periods: dict[str, PeriodDraft] = {}
        self.some_actions = False  # the plan's meetings report on some actions only

    def fail(self, problem: Problem, drop: Drop = None) -> None:
        self.issues.append(Issue(problem, drop))

    def bad(self, cell: Cell, message: str, code: str, drop: Drop) -> None:
        self.fail(cell.problem(message, code), drop)

    def table(self, spec) -> Table | None:
        found = self.wb.table(spec.sheet, spec.header_row)
        if isinstance(found, Problem):
            self.fail(found)
            return None
        return found

    def columns(self, table: Table, spec) -> dict[str, int] | None:
        """Field -> column number for every header the mapping names; None if one is missing."""
        found, ok = {}, True
        for name, header in spec.columns.model_dump(exclude_none=True).items():
            column = table.column(header)
            if column is None:
                self.fail(table.missing_column(header, name))
                ok = False
            found[name] = column
        return found if ok else None

    def read(self) -> Draft:
        plan, plan_cells = self.read_plan()
        self.some_actions = plan.get("updates_cover") == "some-actions"
        priorities = self.read_priorities()
        actions = self.read_actions(priorities)
        if self.m.updates_sheet is not None:
            self.read_updates(actions)
        self.name_periods(actions)
        judgements = self.read_judgements(priorities) if self.m.impacts_sheet is not None else None
        self.settle_periods()
        timeline = self.read_timeline() if self.m.timeline_sheet is not None else None
        return Draft(self.wb.name, plan, plan_cells, priorities, actions, self.periods, self.issues, timeline,
                     workstreams=self.read_workstreams(priorities),
                     enablers=self.records(self.m.enablers_sheet, ("id", "title"), "every enabler needs"),
                     easy_read=self.read_easy_read(),
                     judgements=judgements)

    # -- the plan and its priorities -------------------------------------------------

    def read_plan(self) -> tuple[dict[str, Any], dict[str, Cell]]:
        if self.m.plan is not None:
            # Only what the mapping writes: a list it leaves out (such as easy_read) is kept from plan.yaml.
            return self.m.plan.model_dump(exclude_none=True, exclude_unset=True), {}
        spec = self.m.plan_sheet
        table = self.table(spec)
        columns = table and self.columns(table, spec)
        if not columns:
            return {}, {}
        if not table.rows():
            self.fail(Problem(table.file, table.header_row, None, "", "the plan sheet has no row "
                              "under its headers", "missing-row"))
            return {}, {}
        cells = {name: table.cell(table.header_row + 1, col) for name, col in columns.items()}
        self.required(cells, ("title", "summary"), "the plan needs", None)
        plan = {name: values.text(c.value) for name, c in cells.items() if not c.blank}
        if "published" in plan:
            plan["published"] = self.date(cells["published"], None)
        if "target_by" in plan:
            plan["target_by"] = self.date(cells["target_by"], None)
        if "target_impact" in plan:
            plan["target_impact"] = self.impact(cells["target_impact"], None)
        target = {name.removeprefix("target_"): plan.pop(name) for name in list(plan) if name.startswith("target_")}
        if any(name.startswith("target_") for name in cells):  # the tracker says: a target, or none
            plan["target"] = target or None
        return plan, cells

    def read_priorities(self) -> list[PriorityDraft]:
        if self.m.priorities:
            # Only what the mapping gives: what it leaves out is kept from the plan being replaced.
            return [PriorityDraft(p.model_dump(exclude={"also"}, exclude_unset=True), {p.id, p.title, *p.also})
                    for p in self.m.priorities]
        spec = self.m.priorities_sheet
        table = self.table(spec)
        columns = table and self.columns(table, spec)
        if not columns:
            return []
        drafts = []
        for row in table.rows():
            cells = {name: table.cell(row, col) for name, col in columns.items()}
            if all(c.blank for c in cells.values()):
                continue
            self.required(cells, [n for n in cells if Priority.model_fields[n].is_required()],
                          "every priority needs", None)
            found = {name: values.items(c.value) if name == "partners" else values.text(c.value)
                     for name, c in cells.items() if not c.blank}
            drafts.append(PriorityDraft(found, {found.get("id", ""), found.get("title", "")}, cells))
        return drafts

    def impact(self, cell: Cell, drop: Drop) -> str | None:
        """An impact id of site.yaml, written as its id or its label."""
        found = self.impacts.find(cell.value)
        if found is None:
            written = values.text(cell.value)
            self.bad(cell, f"'{written}' is not an impact of site.yaml{did_you_mean(written, self.impacts.shown)} "
                     f"(it knows {', '.join(self.impacts.shown)})", "unknown-impact", drop)
        return found

    def records(self, spec, required: tuple[str, ...], who: str) -> list[Row]:
        """One record per row, in the order of the sheet, its cells as text."""
        table = self.table(spec) if spec is not None else None
        columns = table and self.columns(table, spec)
        if not columns:
            return []
        found = []
        for row in table.rows():
            cells = {name: table.cell(row, col) for name, col in columns.items()}
            if all(c.blank for c in cells.values()):
                continue
            self.required(cells, required, who, None)
            found.append(Row({name: values.text(c.value) for name, c in cells.items() if not c.blank}, cells))
        return found

    def read_timeline(self) -> list[Row]:
        """A kind may be written as its id ('monitoring-meeting') or its label ('Monitoring meeting')."""
        kinds = Words({kind: [kind, label] for kind, label in MILESTONE_LABELS.items()})
        found = self.records(self.m.timeline_sheet, ("date", "kind"), "every milestone needs")
        for milestone in found:
            for name in ("date", "until"):
                if name in milestone.values:
                    milestone.values[name] = self.date(milestone.cells[name], None)
            if "kind" in milestone.values:  # an unknown kind is the model's to explain, with a suggestion
                milestone.values["kind"] = kinds.find(milestone.values["kind"]) or milestone.values["kind"]
        return found

    def read_easy_read(self) -> list[Row]:
        """A picture's name is matched whatever its capitals; an unknown one is the model's to
        explain, with a suggestion, as are a sentence's length and abbreviations."""
        pictures = Words({name: [name] for name in PICTURES})
        found = self.records(self.m.easy_read_sheet, ("text", "picture"), "every Easy Read point needs")
        for point in found:
            if "picture" in point.values:
                point.values["picture"] = pictures.find(point.values["picture"]) or point.values["picture"]
        return found

    def read_workstreams(self, priorities: list[PriorityDraft]) -> list[Row]:
        """Each workstream with its priority, written as the actions sheet may write it."""
        by_word = {_norm(w): p for p in priorities for w in p.words if w}
        found = self.records(self.m.workstreams_sheet, ("priority", "id", "title"), "every workstream needs")
        for workstream in found:
            written = workstream.values.pop("priority", None)
            workstream.priority = by_word.get(_norm(written)) if written else None
            if written and workstream.priority is None:
                self.bad(workstream.cells["priority"], f"'{written}' is not a priority of the tracker"
                         f"{did_you_mean(written, sorted({w for p in priorities for w in p.words if w}))}",
                         "unknown-priority", None)
        return found

    def period_named(self, cell: Cell) -> str | None:
        """A period as another sheet writes it: its update file's name (2021-10, 2021-10-14),
        or a date, matched to the day first, then to the month."""
        written = values.text(cell.value).strip()
        if written in self.periods:
            return written
        when = self.date(cell, IGNORE)
        if when is None:
            return None
        return next((key for key in (when.iso, when.last_day.isoformat()[:7]) if key in self.periods), when.iso)

    def read_judgements(self, priorities: list[PriorityDraft]) -> dict[str, dict[str, Row]]:
        """What each update said about each priority: one row per priority per period. An
        impact may be written as its id ('some-improvement') or its label ('Some improvement')."""
        found: dict[str, dict[str, Row]] = {p: {} for p in self.periods}
        by_word = {_norm(w): p for p in priorities for w in p.words if w}
        for judged in self.records(self.m.impacts_sheet, (), ""):
            said, cells = judged.values, judged.cells
            said = {name: v for name, v in said.items() if name in ("impact", "narrative")}
            if not said:
                continue  # a priority the update did not judge
            period_id = self.period_named(cells["period"])
            priority = by_word.get(_norm(cells["priority"].value))
            if period_id is not None and period_id not in found:
                self.bad(cells["period"], f"the tracker has no statuses for period {period_id}: a change "
                         "for families belongs to a period with an update", "unknown-period", IGNORE)
            if priority is None:
                written = values.text(cells["priority"].value)
                self.bad(cells["priority"], f"'{written}' is not a priority of the plan"
                         f"{did_you_mean(written, sorted(w for p in priorities for w in p.words if w))}",
                         "unknown-priority", IGNORE)
            if period_id not in found or priority is None:
                continue
            priority_id = priority.values.get("id")
            first = found[period_id].get(priority_id)
            if first is not None:
                self.bad(cells["priority"], f"a second row for {priority_id} in period {period_id} (the "
                         f"first is row {first.cells['priority'].row}): keep one", "duplicate-row", IGNORE)
                continue
            if "impact" in said:
                said["impact"] = self.impact(cells["impact"], IGNORE)
                if said["impact"] is None:
                    continue
            found[period_id][priority_id] = Row(said, cells)
        return found

    # -- the actions ----------------------------------------------------------------

    def read_actions(self, priorities: list[PriorityDraft]) -> list[ActionRow]:
        spec = self.m.actions_sheet
        table = self.table(spec)
        columns = table and self.columns(table, spec)
        if not columns:
            return []
        status_cols, note_cols = self.period_columns(table)
        by_word = {_norm(w): p for p in priorities for w in p.words if w}
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
            action.priority = priorities.get(_norm(cells["priority"].value))
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
                self.bad(cells[name], f"this cell is blank: {who} {_WHAT.get(name, name.replace('_', ' '))}",
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

    # -- reporting periods ------------------------------------------------------------

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
