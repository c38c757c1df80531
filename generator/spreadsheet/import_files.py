"""Putting an import's plan and update files together from the draft, and checking them
with the rest of the project."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
import shutil
import tempfile

from ..layout import PLAN, UPDATES
from ..load.yaml_source import Loc, format_loc
from ..problems import Problem
from ..validate import load_project
from .drafts import DETAILS, Drop, Issue
from .tracker_cells import Cells, kept_from, origin_of
from .workbook import Cell


class ImportFiles:
    """The files part of import_job.Job."""

    def assemble(self) -> tuple[Cells, dict[str, Cells], list[Issue]]:
        d = self.draft
        issues: list[Issue] = []
        # The target's columns (target_impact, ...) hold the fields of plan.yaml's `target`.
        cells: dict[Loc, tuple[Cell | None, Drop]] = {
            ("target", k.removeprefix("target_")) if k.startswith("target_") else (k,): (c, None)
            for k, c in d.plan_cells.items()}
        kept = [a for a in d.actions if a.row not in self.rows and a.priority is not None]
        priorities, in_plan = [], []
        for i, p in enumerate(d.priorities):
            actions = [a for a in kept if a.priority is p]
            if not actions and any(a.priority is p for a in d.actions):
                continue  # all its actions were left out
            loc: Loc = ("priorities", len(priorities))
            if not actions:
                issues.append(Issue(self.about_priority(p, i, "has no actions in the tracker")))
            cells |= {loc + (k,): (c, None) for k, c in p.cells.items()}
            for j, a in enumerate(actions):
                title = a.cells["title"]
                drop = ("row", a.row)
                cells[loc + ("actions", j)] = (title, drop)
                cells |= {loc + ("actions", j, k): (c, drop) for k, c in a.cells.items() if k != "priority"}
                if "id" not in a.cells:
                    cells[loc + ("actions", j, "id")] = (title, drop)
            streams = [w for w in d.workstreams if w.priority is p]
            for k, w in enumerate(streams):
                cells[loc + ("workstreams", k)] = (w.cells["id"], None)  # a column every such sheet has
                cells |= {loc + ("workstreams", k, f): (c, None) for f, c in w.cells.items() if f != "priority"}
            # A workstreams sheet gives all of them: none is kept from the file then.
            sheet_gives = ("workstreams",) if self.m.workstreams_sheet is not None else ()
            priorities.append(kept_from(self.kept_priorities, p.values, p.cells, "actions", *sheet_gives) | p.values
                              | ({"workstreams": [w.values for w in streams]} if streams else {}) | {
                "actions": [kept_from(self.kept_actions, a.values, a.cells) | a.values for a in actions]})
            in_plan += actions
        plan = d.plan | self.kept_plan
        if d.timeline:
            plan["timeline"] = [m.values for m in d.timeline]
            for i, m in enumerate(d.timeline):
                cells[("timeline", i)] = (m.cells["date"], None)  # a column every timeline sheet has
                cells |= {("timeline", i, k): (c, None) for k, c in m.cells.items()}
        for k, e in enumerate(d.enablers):
            cells[("enablers", k)] = (e.cells["id"], None)
            cells |= {("enablers", k, f): (c, None) for f, c in e.cells.items()}
        if d.enablers:
            plan["enablers"] = [e.values for e in d.enablers]
        for k, point in enumerate(d.easy_read):
            cells[("easy_read", k)] = (point.cells["text"], None)
            cells |= {("easy_read", k, f): (c, None) for f, c in point.cells.items()}
        if d.easy_read:
            plan["easy_read"] = [point.values for point in d.easy_read]
            # Too many points: said at the last row, where the sheet went past the limit.
            cells[("easy_read",)] = (d.easy_read[-1].cells["text"], None)
        plan["priorities"] = priorities
        plan_src = Cells(self.name(self.plans_dir / self.plan_id / PLAN), plan, cells)
        updates = {}
        for period in sorted(d.periods.values(), key=lambda p: p.id):
            if period.id in self.periods:
                continue
            data, update_cells, found = self.update(period, in_plan)
            issues += found
            name = self.file(period, updates)
            updates[name] = Cells(self.name(self.plans_dir / self.plan_id / UPDATES / f"{name}.yaml"),
                                   data, update_cells)
        return plan_src, updates, issues

    def file(self, period, written: dict) -> str:
        """The update file a period goes back to: the plan's file with the same meeting
        date (2021-10.yaml or 2021-10-14.yaml), so that nothing is renamed; else its id."""
        found = self.meetings.get(period.date)
        return found if found is not None and found not in written else period.id

    def about_priority(self, p, index: int, what: str) -> Problem:
        title = p.values.get("title") or p.values.get("id")
        if "id" in p.cells:
            return p.cells["id"].problem(f"priority '{title}' {what}", "empty-priority")
        line, column = self.msrc.locate(("priorities", index)) if self.msrc else (None, None)
        return Problem(self.msrc.name if self.msrc else "", line, column, f"priorities[{index}]",
                       f"priority '{title}' {what}: leave it out of the mapping, or check the "
                       "tracker's priority column", "empty-priority")

    def about_period(self, period_id: str, message: str) -> Problem:
        if self.msrc is not None and period_id in self.m.periods:
            line, column = self.msrc.locate(("periods", period_id))
            return Problem(self.msrc.name, line, column, f"periods.{period_id}", message, "empty-period")
        return Problem(self.draft.file, None, None, f"period {period_id}", message, "empty-period")

    def update(self, period, actions) -> tuple[dict, dict, list[Issue]]:
        drop = ("period", period.id)
        cells: dict[Loc, tuple[Cell | None, Drop]] = {(k,): (c, drop) for k, c in period.cells.items()}
        if not period.has_statuses:
            return {}, cells, [Issue(self.about_period(period.id, (
                f"the tracker has no statuses for period {period.id}: check status_columns, or "
                "give the header of its status column under periods")), drop)]
        entries, issues = {}, []
        # In a plan whose meetings report on some actions, an action without a status at a
        # meeting was not reported on: its status carries forward, or it has none yet.
        some_actions = self.draft.plan.get("updates_cover") == "some-actions"
        for a in actions:
            aid, row_drop = a.values.get("id"), ("row", a.row)
            status = a.statuses.get(period.id)
            note, note_cell = a.notes.get(period.id, ("", a.cells["title"]))
            if status is None and some_actions:
                continue
            if status is None:
                issues.append(Issue(a.cells["title"].problem(
                    f"no status for period {period.id} for this action ({aid})", "missing-status"), row_drop))
                continue
            # A status with no note is what many reports give: written so, as update files may.
            entries[aid] = {"status": status[0]} | ({"note": note or self.m.missing_note}
                                                   if note or self.m.missing_note else {})
            cells[("actions", aid)] = (status[1], row_drop)
            cells[("actions", aid, "status")] = (status[1], row_drop)
            if note:
                cells[("actions", aid, "note")] = (note_cell, row_drop)
        data = {name: getattr(period, name) for name in DETAILS if getattr(period, name) is not None}
        if "date" in data:  # as update files write it: a day, or YYYY-MM
            data["date"] = data["date"].iso if data["date"].month_only else data["date"].last_day
        data |= self.kept_updates.get(period.id, {})
        for priority_id, said in (self.draft.judgements or {}).get(period.id, {}).items():
            data.setdefault("priorities", {})[priority_id] = said.values
            cells[("priorities", priority_id)] = (said.cells["priority"], drop)
            cells |= {("priorities", priority_id, k): (c, drop) for k, c in said.cells.items()}
        data["actions"] = entries
        return data, cells, issues

    def check_project(self, sources: list[Cells]) -> list[Issue]:
        """The whole project with these files, checked as `check` would check it."""
        origins = {(src.name, format_loc(loc)): cell for src in sources for loc, cell in src.cells.items()}
        try:
            base = self.plans_dir.resolve().relative_to(self.root.resolve())
        except ValueError:
            base = Path(self.plans_dir.name)
        with tempfile.TemporaryDirectory(prefix="progress-pages-import-") as tmp:
            copy = Path(tmp) / base
            shutil.copytree(self.plans_dir, copy, ignore=shutil.ignore_patterns(".*"))
            for path, text in self.files.items():
                target = copy / path.relative_to(self.plans_dir)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
            _, report = load_project(copy, Path(tmp))
        written = {src.name for src in sources}
        issues = []
        for p in report.problems:
            if p.severity != "error":
                continue
            cell, drop = origin_of(origins, p)
            if cell is not None:
                p = cell.problem(p.message, p.code)
            elif p.file in written:  # not on disk yet: say so, or the line numbers mislead
                p = replace(p, message=p.message + " (in the file the import would write)")
            issues.append(Issue(p, drop))
        return issues
