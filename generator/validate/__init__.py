"""Validate stage: each file against its model, then references across files.

Cross-file checks run only on files that are valid on their own (as MkDocs does
with post-validation), so one mistake is not reported again as ten knock-on ones.
"""
from __future__ import annotations

from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from ..load.project import read_inputs
from ..model import (DEFAULT_STATUSES, Engagement, EngagementEntry, Measures, Period, Plan,
                     PlanEntry, Project, Site, Status, Update)
from ..problems import Report
from . import privacy, references
from .accessibility import check_statement
from .branding import check_branding, logo_path
from .glossary import load_glossary
from .measure_rows import check_rows, measure_id
from .plain_english import check_plain_english
from .schema import validate_source


def load_project(plans_dir: Path, root: Path | None = None, *,
                 plain_english: bool = False) -> tuple[Project | None, Report]:
    """Read and check every input. The project is None when any error was found.
    With plain_english, texts are also checked for reading level and glossary (warnings)."""
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
            report.extend(check_statement(site, inputs.site))
            report.extend(check_branding(site, inputs.site, plans_dir))
    scale = _scale(site, inputs.site)
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
    glossary, found = load_glossary(inputs.glossary)
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
            update = _valid(report, src, Update)
            if update is None:
                continue
            if files.plan is not None:
                report.extend(references.check_update(update, src, files.plan, scale))
            periods.append(Period(id=Path(src.name).stem, update=update))
        if plan is not None:
            periods.sort(key=lambda p: p.update.date)
            entries.append(PlanEntry(id=files.id, plan=plan, periods=tuple(periods)))

    plan_sources = {files.id: files.plan for files in inputs.plans if files.plan is not None}
    engagements = []
    for src in inputs.feedback:
        engagement = _valid(report, src, Engagement)
        if engagement is None:
            continue
        plan_id, found = references.check_engagement(engagement, src, plan_sources)
        report.extend(found)
        if plan_id is not None:
            engagements.append(EngagementEntry(Path(src.name).stem, engagement, plan_id))

    sources = [s for s in (inputs.site, inputs.measures, inputs.glossary) if s is not None] + [
        s for files in inputs.plans for s in (files.plan, *files.updates) if s is not None] + inputs.feedback
    report.extend(privacy.scan(sources, privacy.read_deny_list(plans_dir)))

    if not report.ok or site is None:
        return None, report
    engagements.sort(key=lambda e: (e.engagement.start, e.id))
    project = Project(site=site, plans=tuple(entries),
                      measures=tuple(measures.measures) if measures else (),
                      measure_rows=measure_rows, engagements=tuple(engagements), glossary=glossary,
                      logo=logo_path(site, plans_dir))
    if plain_english:
        report.extend(check_plain_english(project, inputs.site, sources[1:]))
    return project, report


def _scale(site: Site | None, source) -> dict[str, str] | None:
    """Status ids and labels, even when another part of site.yaml is wrong, so that
    update files are still checked against them in the same run."""
    if site is not None:
        statuses = site.statuses
    else:
        data = source.data if source is not None else None
        if not isinstance(data, dict):
            return None
        try:
            statuses = _SCALE.validate_python(data.get("statuses", list(DEFAULT_STATUSES)))
        except ValidationError:
            return None
    scale = {s.id: s.label for s in statuses}
    return scale if len(scale) == len(statuses) else None


_SCALE = TypeAdapter(list[Status])


def _valid(report: Report, src, model):
    """The file as a model instance, or None when it (or its YAML) has errors."""
    if problems_for(report, src.name):
        return None
    instance, found = validate_source(src, model)
    report.extend(found)
    return instance


def problems_for(report: Report, name: str) -> bool:
    return any(p.file == name for p in report.problems if p.severity == "error")
