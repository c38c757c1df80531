"""Validate stage: each file against its model, then references across files.

Cross-file checks run only on files that are valid on their own (as MkDocs does
with post-validation), so one mistake is not reported again as ten knock-on ones.
"""
from __future__ import annotations

from pathlib import Path

from ..load.cache import ParseCache
from ..load.project import PlanFiles, read_inputs
from pydantic import TypeAdapter, ValidationError

from ..model import DEFAULT_STATUSES, Measures, Period, Plan, PlanEntry, Project, Site, Status, Update
from ..problems import Problem, Report
from . import references
from .schema import validate_source


def load_project(plans_dir: Path, root: Path | None = None, cache: ParseCache | None = None,
                 memo: dict | None = None) -> tuple[Project | None, Report]:
    """Read and check every input. The project is None when any error was found.

    `cache` spares parsing files read before; `memo` (kept by `serve` between
    rebuilds) spares checking again a plan none of whose files changed."""
    root = root or plans_dir.parent
    report = Report()
    inputs, problems = read_inputs(plans_dir, root, cache)
    report.extend(problems)

    site = measures = None
    if inputs.site is not None and not problems_for(report, inputs.site.name):
        site, found = validate_source(inputs.site, Site)
        report.extend(found)
        if site:
            report.extend(references.check_site(site, inputs.site))
    status_ids = _status_ids(site, inputs.site)
    measure_ids: set[str] = set()
    if inputs.measures is not None and not problems_for(report, inputs.measures.name):
        measures, found = validate_source(inputs.measures, Measures)
        report.extend(found)
        if measures:
            report.extend(references.check_measures(measures, inputs.measures))
            measure_ids = {m.id for m in measures.measures}
    measures_ok = inputs.measures is None or measures is not None

    load_errors = {p.file for p in report.problems if p.severity == "error"}
    plan_refs = (tuple(status_ids) if status_ids is not None else None,
                 frozenset(measure_ids) if measures_ok else None)
    entries = []
    for files in inputs.plans:
        key = _plan_key(files, plan_refs)
        if memo is not None and key is not None and key in memo:
            entry, found = memo[key]
        else:
            entry, found = _check_plan(files, load_errors, status_ids,
                                       measure_ids if measures_ok else None)
            if memo is not None and key is not None:
                memo[key] = (entry, found)
        report.extend(found)
        if entry is not None:
            entries.append(entry)
    if memo is not None:  # forget plans as they were before the latest edits
        keep = {_plan_key(files, plan_refs) for files in inputs.plans}
        for stale in [k for k in memo if k not in keep]:
            del memo[stale]

    if not report.ok or site is None:
        return None, report
    return Project(site=site, plans=tuple(entries),
                   measures=tuple(measures.measures) if measures else ()), report


def _plan_key(files: PlanFiles, refs: tuple) -> tuple | None:
    """What a plan's checks depend on: its files' contents and the ids they refer to."""
    sources = [files.plan, *files.updates]
    if any(src is None or src.key is None for src in sources):
        return None
    return (files.id, refs, tuple((src.name, src.key) for src in sources))  # type: ignore[union-attr]


def _check_plan(files: PlanFiles, load_errors: set[str], status_ids: list[str] | None,
                measure_ids: set[str] | None) -> tuple[PlanEntry | None, list[Problem]]:
    problems = list(references.check_plan_folder(files.id, f"plans/{files.id}"))
    plan = None
    if files.plan is not None and files.plan.name not in load_errors:
        plan, found = validate_source(files.plan, Plan)
        problems += found
        problems += references.check_plan(files.plan, measure_ids)
    actions = references.plan_actions(files.plan) if files.plan is not None else {}
    periods = []
    for src in files.updates:
        if src.name in load_errors:
            continue
        update, found = validate_source(src, Update)
        problems += found
        if update is None:
            continue
        if files.plan is not None:
            problems += references.check_update(update, src, files.plan, status_ids, actions)
        periods.append(Period(id=Path(src.name).stem, update=update))
    if plan is None:
        return None, problems
    periods.sort(key=lambda p: p.update.date)
    return PlanEntry(id=files.id, plan=plan, periods=tuple(periods)), problems


def _status_ids(site: Site | None, source) -> list[str] | None:
    """The status scale, even when another part of site.yaml is wrong, so that
    update files are still checked against it in the same run."""
    if site is not None:
        return [s.id for s in site.statuses]
    data = source.data if source is not None else None
    if not isinstance(data, dict):
        return None
    try:
        statuses = _SCALE.validate_python(data.get("statuses", list(DEFAULT_STATUSES)))
    except ValidationError:
        return None
    return [s.id for s in statuses]


_SCALE = TypeAdapter(list[Status])


def problems_for(report: Report, name: str) -> bool:
    return any(p.file == name for p in report.problems if p.severity == "error")
