"""One import: the draft read from a tracker, what is kept from the files it replaces, and
the rounds of checking (with --partial, leaving out what has problems)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from ..layout import PLAN, UPDATES, UPDATE_FILE_RE
from ..load import Source, read_yaml
from ..model import Action, Period, Plan, PlanEntry, Priority, Update
from ..model.base import Due, When
from ..problems import relative
from ..validate.schema import validate_source
from ..write import to_yaml
from .drafts import Draft, Drop, Issue
from .import_files import ImportFiles
from .mapping import Mapping
from .tracker_cells import Grid, not_in_tracker

WHEN = TypeAdapter(When)


def meeting_files(folder: Path) -> dict[Due, str]:
    """The plan's update files by meeting date, so that a period goes back to its own file
    (2021-10.yaml or 2021-10-14.yaml). A file without a readable date is the check's to report."""
    found = {}
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else ():
        if not UPDATE_FILE_RE.match(path.name):
            continue
        source, problems = read_yaml(path, path.name)
        date = source.data.get("date") if not problems and isinstance(source.data, dict) else None
        try:
            found[WHEN.validate_python(date)] = path.stem
        except ValidationError:
            continue
    return found


class Job(ImportFiles):
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
        self.grid: Grid | None = None  # a committee pack's status grid, checked for edits
        folder = self.plans_dir / plan_id
        self.meetings = meeting_files(folder / UPDATES)
        # A field the tracker has no column for (such as an action's due_note, or a priority's
        # aim) is kept from the priority or action of the same id in the plan being replaced;
        # so are the plan's fields written by hand (its kind, its own inspection), unless the
        # tracker gives them.
        unsaid = any(not_in_tracker(Priority, p.cells, p.values) for p in draft.priorities) or any(
            not_in_tracker(Action, a.cells, a.values) for a in draft.actions)
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
