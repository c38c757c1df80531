"""`progress-pages import`: a tracker spreadsheet in, our plan and update files out.

Nothing is decided until everything is known: the tracker is read, the files are
put together and checked, and then checked again with the rest of the project by
the same `load_project` as `check` and `build`, in a temporary copy. Every problem
is mapped back to the cell it came from. With `--partial`, the actions and periods
with problems are left out and the rest is checked again.
"""
from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from ..load import Source, read_yaml
from ..layout import MEASURES, PLAN, SITE, UPDATE_FILE_RE, UPDATES
from ..load.yaml_source import Loc, format_loc
from ..model import Action, Measures, Period, Plan, PlanEntry, Priority, Site, Update
from ..model.base import ID_RULE, Due, When, is_id
from ..problems import Problem, relative
from ..validate import load_project
from ..validate.schema import validate_source
from ..write import to_yaml
from .layout import LATER_SHEETS, export_mapping, status_column
from .mapping import Mapping, load_mapping
from .tracker import DETAILS, Draft, Drop, Issue, Reader, status_words
from .workbook import Cell, Table, Workbook

_WHEN = TypeAdapter(When)


@dataclass
class Outcome:
    files: dict[Path, str] = field(default_factory=dict)  # empty when nothing may be written
    problems: list[Problem] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # with --partial
    counts: str = ""


class _Cells(Source):
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


def import_tracker(tracker: Path, mapping_file: Path | None, plans_dir: Path, plan_id: str,
                   root: Path, partial: bool = False) -> Outcome:
    outcome = Outcome()
    site, measures, problems = _context(plans_dir, root)
    if not is_id(plan_id):
        problems.append(Problem("--plan", None, None, "", f"'{plan_id}' is not a usable plan id: {ID_RULE}",
                                "id-format"))
    mapping_source = None
    if mapping_file is None:  # a committee pack made by `progress-pages export`
        mapping = export_mapping()
    elif site is None:
        mapping = None
    else:
        mapping, mapping_source, found = load_mapping(mapping_file, root, site, [m.id for m in measures])
        problems += found
    workbook = Workbook(tracker, relative(tracker, root))
    problems += workbook.problems
    if mapping_file is None and None not in workbook.sheets:
        mapping = _older_pack(mapping, workbook)
    if not problems and site is not None and mapping is not None:
        problems += _one_sheet_csv(workbook, mapping)
    if problems or site is None or mapping is None:
        outcome.problems = problems
        return outcome
    draft = Reader(workbook, mapping, site, measures).read()
    job = _Job(draft, mapping, mapping_source, plans_dir, plan_id, root, partial)
    if mapping_file is None and None not in workbook.sheets:
        grid = workbook.table(mapping.actions_sheet.sheet, mapping.actions_sheet.header_row)
        job.grid = _Grid(grid, site, mapping, job.existing_periods()) if isinstance(grid, Table) else None
    # A merged cell's problem is found once for every row under it: say it once.
    outcome.problems = sorted(dict.fromkeys(i.problem for i in job.run()), key=Problem.sort_key)
    outcome.left_out = job.left_out() if partial else []
    if job.ok:
        outcome.files = job.files
        outcome.counts = job.counts
    return outcome


def _context(plans_dir: Path, root: Path) -> tuple[Site | None, tuple, list[Problem]]:
    """The status scale and measures the tracker's words are matched against."""
    problems: list[Problem] = []
    found: dict[str, Any] = {}
    for name, model in ((SITE, Site), (MEASURES, Measures)):
        path = plans_dir / name
        if not path.is_file():
            if model is Site:
                problems.append(Problem(relative(path, root), None, None, "", "site.yaml is missing: "
                                        "the import needs the area's status scale", "missing-file"))
            continue
        source, read_problems = read_yaml(path, relative(path, root))
        instance, model_problems = validate_source(source, model) if not read_problems else (None, [])
        problems += read_problems + model_problems
        found[name] = instance
    measures = found.get(MEASURES)
    return found.get(SITE), tuple(measures.measures) if measures else (), problems


def _meetings(folder: Path) -> dict[Due, str]:
    """The plan's update files by meeting date, so that a period goes back to its own file
    (2021-10.yaml or 2021-10-14.yaml). A file without a readable date is the check's to report."""
    found = {}
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else ():
        if not UPDATE_FILE_RE.match(path.name):
            continue
        source, problems = read_yaml(path, path.name)
        date = source.data.get("date") if not problems and isinstance(source.data, dict) else None
        try:
            found[_WHEN.validate_python(date)] = path.stem
        except ValidationError:
            continue
    return found


def _older_pack(mapping: Mapping, workbook: Workbook) -> Mapping:
    """A pack made before some sheets or optional columns were added: read without them,
    so that what they would hold is kept from the files being replaced."""
    update: dict[str, Any] = {}
    for name in ("plan_sheet", "priorities_sheet", "actions_sheet", "updates_sheet", *LATER_SHEETS.values()):
        spec = getattr(mapping, name)
        if spec.sheet not in workbook.sheets:
            if name in LATER_SHEETS.values():
                update[name] = None
            continue
        table = workbook.table(spec.sheet, spec.header_row)
        optional = {field for field, info in type(spec.columns).model_fields.items() if not info.is_required()}
        missing = {field: None for field, header in spec.columns.model_dump(exclude_none=True).items()
                   if field in optional and not isinstance(table, Problem) and table.column(header) is None}
        if missing:
            update[name] = spec.model_copy(update={"columns": spec.columns.model_copy(update=missing)})
    return mapping.model_copy(update=update)


def _one_sheet_csv(workbook: Workbook, mapping: Mapping) -> list[Problem]:
    if None not in workbook.sheets:
        return []
    sheets = {getattr(mapping, n).sheet for n in ("plan_sheet", "priorities_sheet", "actions_sheet",
                                                  "updates_sheet", *LATER_SHEETS.values())
              if getattr(mapping, n) is not None}
    if len(sheets) > 1:
        return [Problem(workbook.name, None, None, "", "a .csv file holds one sheet, but the mapping "
                        f"reads {len(sheets)} sheets: import the .xlsx file instead", "csv-one-sheet")]
    return []


class _Job:
    """One import: put the files together, check them, and with --partial leave out
    what has problems until the rest passes."""

    def __init__(self, draft: Draft, mapping: Mapping, mapping_source: Source | None, plans_dir: Path,
                 plan_id: str, root: Path, partial: bool):
        self.draft, self.m, self.msrc = draft, mapping, mapping_source
        self.plans_dir, self.plan_id, self.root, self.partial = plans_dir, plan_id, root, partial
        self.rows: set[int] = set()  # action rows left out
        self.periods: set[str] = set()  # periods left out
        self.files: dict[Path, str] = {}
        self.ok = False
        self.counts = ""
        self.kept_issues: list[Issue] = []
        self.grid: _Grid | None = None  # a committee pack's status grid, checked for edits
        folder = self.plans_dir / plan_id
        self.meetings = _meetings(folder / UPDATES)
        # A field the tracker has no column for (such as an action's due_note, or a priority's
        # aim) is kept from the priority or action of the same id in the plan being replaced;
        # so are the plan's fields written by hand (its kind, its own inspection), unless the
        # tracker gives them.
        unsaid = any(_unsaid(Priority, p.cells, p.values) for p in draft.priorities) or any(
            _unsaid(Action, a.cells, a.values) for a in draft.actions)
        self.kept_plan = self.existing(folder / PLAN, {
            name: words for name, words, missing in (
                ("timeline", "timeline", draft.timeline is None), ("target", "target", "target" not in draft.plan),
                ("kind", "kind of plan", "kind" not in draft.plan),
                ("kind_name", "kind of plan", "kind_name" not in draft.plan),
                ("inspection", "own inspection", "inspection" not in draft.plan),
                ("enablers", "enablers", mapping.enablers_sheet is None and "enablers" not in draft.plan),
                ("easy_read", "Easy Read summary", mapping.easy_read_sheet is None and "easy_read" not in draft.plan),
                ("priorities", "priorities' and actions' fields", unsaid)) if missing})
        kept = [p for p in self.kept_plan.pop("priorities", []) if isinstance(p, dict)]
        self.kept_priorities = {p.get("id"): p for p in kept}
        self.kept_actions = {a.get("id"): a for p in kept for a in p.get("actions") or [] if isinstance(a, dict)}
        # Each update file's judgements, when the tracker has none: from the file the period goes back to.
        self.kept_updates = {} if draft.judgements is not None else {
            p.id: self.existing(folder / UPDATES / f"{self.meetings.get(p.date, p.id)}.yaml",
                                {"priorities": "priorities' changes for families"})
            for p in draft.periods.values()}

    def existing(self, path: Path, fields: dict[str, str]) -> dict[str, Any]:
        """What the tracker does not hold, from the file being replaced, as it is: such as
        milestones and judgements written by hand. An import must never remove them silently."""
        if not fields or not path.is_file():
            return {}
        source, problems = read_yaml(path, self.name(path))
        what = ", ".join(dict.fromkeys(fields.values()))
        self.kept_issues += [Issue(replace(p, message=p.message + f" (the import keeps its {what} where the "
                                           "tracker has none, so it must be readable: fix it, or move it away)"))
                             for p in problems]
        data = source.data if not problems and isinstance(source.data, dict) else {}
        return {name: data[name] for name in fields if data.get(name) is not None}

    def run(self) -> list[Issue]:
        """Leave out whatever has a problem and check the rest again, until it passes or
        a problem cannot be left out. Without --partial this still runs, so that every
        problem is found in one go, but then nothing may be written."""
        issues = list(self.draft.issues) + self.kept_issues
        for _ in range(10):  # every round leaves out more; the bound is a safety net
            pending = [i for i in issues if not self.left_out_by(i)]
            if any(i.drop is None for i in pending):
                return issues
            for issue in pending:
                self.leave_out(issue.drop)
            # Without --partial, rows left out would only cause knock-on problems in other
            # files (feedback about a missing action, ...): check the project once they are fixed.
            found = self.attempt(whole_project=self.partial or not issues)
            issues += found
            if not found:
                self.ok = self.partial or not issues
                return issues
        return issues

    def left_out_by(self, issue: Issue) -> bool:
        kind, key = issue.drop or (None, None)
        return kind == "cell" or (kind == "row" and key in self.rows) or (
            kind == "period" and key in self.periods)

    def leave_out(self, drop: Drop) -> None:
        kind, key = drop
        {"row": self.rows, "period": self.periods}.get(kind, set()).add(key)

    def left_out(self) -> list[str]:
        out = [f"the action in row {r.row} of the actions sheet ({r.values.get('id') or r.values.get('title', '')})"
               for r in self.draft.actions if r.row in self.rows]
        return out + [f"period {p}" for p in sorted(self.periods)]

    # -- one attempt ---------------------------------------------------------------------

    def attempt(self, whole_project: bool) -> list[Issue]:
        plan_src, update_srcs, issues = self.assemble()
        if issues:
            return issues
        plan, found = validate_source(plan_src, Plan)
        updates = {}
        for name, src in update_srcs.items():
            updates[name], more = validate_source(src, Update)
            found += more
        issues = [i for src in (plan_src, *update_srcs.values()) for i in src.issues]
        issues += [Issue(p) for p in found if not any(p is i.problem for i in issues)]
        if issues:
            return issues
        if self.grid is not None:
            periods = tuple(Period(name, u) for name, u in sorted(updates.items()))
            issues = self.grid.edits(PlanEntry(self.plan_id, plan, periods), self.draft, self.rows)
            if issues:
                return issues
        folder = self.plans_dir / self.plan_id
        self.files = {folder / PLAN: to_yaml(plan)} | {
            folder / UPDATES / f"{name}.yaml": to_yaml(u) for name, u in updates.items()}
        self.counts = (f"{len(plan.priorities)} priorities, {len(plan.actions())} actions, "
                       f"{len(updates)} periods")
        return self.check_project([plan_src, *update_srcs.values()]) if whole_project else []

    def name(self, path: Path) -> str:
        return relative(path, self.root)

    def existing_periods(self) -> dict[str, Period]:
        """The update files being replaced, by name: what the pack's grid was made from.
        One that cannot be read is left out (the import reports nothing about it here)."""
        found = {}
        for name in self.meetings.values():
            path = self.plans_dir / self.plan_id / UPDATES / f"{name}.yaml"
            source, problems = read_yaml(path, self.name(path))
            update, more = validate_source(source, Update) if not problems else (None, [])
            if update is not None and not more:
                found[name] = Period(name, update)
        return found

    def assemble(self) -> tuple[_Cells, dict[str, _Cells], list[Issue]]:
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
            priorities.append(_kept(self.kept_priorities, p.values, p.cells, "actions", *sheet_gives) | p.values
                              | ({"workstreams": [w.values for w in streams]} if streams else {}) | {
                "actions": [_kept(self.kept_actions, a.values, a.cells) | a.values for a in actions]})
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
        plan_src = _Cells(self.name(self.plans_dir / self.plan_id / PLAN), plan, cells)
        updates = {}
        for period in sorted(d.periods.values(), key=lambda p: p.id):
            if period.id in self.periods:
                continue
            data, update_cells, found = self.update(period, in_plan)
            issues += found
            name = self.file(period, updates)
            updates[name] = _Cells(self.name(self.plans_dir / self.plan_id / UPDATES / f"{name}.yaml"),
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

    def check_project(self, sources: list[_Cells]) -> list[Issue]:
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
            cell, drop = _origin(origins, p)
            if cell is not None:
                p = cell.problem(p.message, p.code)
            elif p.file in written:  # not on disk yet: say so, or the line numbers mislead
                p = replace(p, message=p.message + " (in the file the import would write)")
            issues.append(Issue(p, drop))
        return issues


class _Grid:
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


def _unsaid(model, cells: dict, found: dict) -> set[str]:
    """A record's fields that the tracker has no column for, nor the mapping a value: a blank
    cell says 'none', a missing column says nothing."""
    return set(model.model_fields) - {"actions"} - set(cells) - set(found)


def _kept(existing: dict, found: dict, cells: dict, *leave_out: str) -> dict:
    """What the record of the same id in the file being replaced says, of what the tracker does not."""
    before = existing.get(found.get("id"), {}) if found.get("id") is not None else {}
    return {k: v for k, v in before.items() if k not in cells and k not in found and k not in leave_out}


def _origin(origins: dict, problem: Problem) -> tuple[Cell | None, Drop]:
    """The cell a problem in a generated file came from: its field, or the nearest enclosing one."""
    where = problem.field
    while where:
        if (problem.file, where) in origins:
            return origins[(problem.file, where)]
        cut = max(where.rfind("."), where.rfind("["))
        where = where[:cut] if cut > 0 else ""
    return None, None
