"""Validate stage: each file against its model, then references across files.

Cross-file checks run only on files that are valid on their own (as MkDocs does
with post-validation), so one mistake is not reported again as ten knock-on ones.
"""
from __future__ import annotations

from pathlib import Path

from ..load.project import read_inputs
from pydantic import TypeAdapter, ValidationError

from ..model import DEFAULT_STATUSES, Measures, Period, Plan, PlanEntry, Project, Site, Status, Update
from ..problems import Report
from . import references
from .measure_rows import check_rows, measure_id
from .schema import validate_source


def load_project(plans_dir: Path, root: Path | None = None) -> tuple[Project | None, Report]:
    """Read and check every input. The project is None when any error was found."""
    root = root or plans_dir.parent
    report = Report()
    inputs, problems = read_inputs(plans_dir, root)
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
    measure_rows = {}
    if measures_ok:
        defined = {m.id: m for m in measures.measures} if measures else {}
        for table in inputs.measure_tables:
            if not table.header:  # unreadable: the load stage said why
                continue
            measure = defined.get(measure_id(table))
            if measure is None:
                report.add(references.unknown_measure_file(table.name, measure_id(table), defined))
                continue
            measure_rows[measure.id], found = check_rows(table, measure)
            report.extend(found)

    entries = []
    for files in inputs.plans:
        report.extend(references.check_plan_folder(files.id, f"plans/{files.id}"))
        plan = None
        if files.plan is not None and not problems_for(report, files.plan.name):
            plan, found = validate_source(files.plan, Plan)
            report.extend(found)
            report.extend(references.check_plan(files.plan, measure_ids if measures_ok else None))
        periods = []
        for src in files.updates:
            if problems_for(report, src.name):
                continue
            update, found = validate_source(src, Update)
            report.extend(found)
            if update is None:
                continue
            if files.plan is not None:
                report.extend(references.check_update(update, src, files.plan, status_ids))
            periods.append(Period(id=Path(src.name).stem, update=update))
        if plan is not None:
            periods.sort(key=lambda p: p.update.date)
            entries.append(PlanEntry(id=files.id, plan=plan, periods=tuple(periods)))

    if not report.ok or site is None:
        return None, report
    return Project(site=site, plans=tuple(entries),
                   measures=tuple(measures.measures) if measures else (),
                   measure_rows=measure_rows), report


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
