"""Read a tracker into draft priorities, actions and reporting periods. Every cell
that cannot be used becomes a problem naming its sheet, row, column, value and the
reason, and says what `--partial` would leave out to get past it."""
from __future__ import annotations

from typing import Any

from ..hints import did_you_mean
from ..model import Measure, Priority, Site
from ..model.easy_read import PICTURES
from ..model.timeline import MILESTONE_LABELS
from ..problems import Problem
from . import values
from .drafts import (IGNORE, Draft, Drop, Issue, PeriodDraft, PriorityDraft, Row, Words, measure_words, norm,
                     status_words)
from .mapping import Mapping
from .tracker_actions import ActionsReader
from .tracker_periods import PeriodsReader
from .workbook import Cell, Table, Workbook


class Reader(ActionsReader, PeriodsReader):
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
        by_word = {norm(w): p for p in priorities for w in p.words if w}
        found = self.records(self.m.workstreams_sheet, ("priority", "id", "title"), "every workstream needs")
        for workstream in found:
            written = workstream.values.pop("priority", None)
            workstream.priority = by_word.get(norm(written)) if written else None
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
        by_word = {norm(w): p for p in priorities for w in p.words if w}
        for judged in self.records(self.m.impacts_sheet, (), ""):
            said, cells = judged.values, judged.cells
            said = {name: v for name, v in said.items() if name in ("impact", "narrative")}
            if not said:
                continue  # a priority the update did not judge
            period_id = self.period_named(cells["period"])
            priority = by_word.get(norm(cells["priority"].value))
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
