"""Validate stage: each file against its model, then references across files.

Cross-file checks run only on files that are valid on their own (as MkDocs does
with post-validation), so one mistake is not reported again as ten knock-on ones.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from pydantic import TypeAdapter, ValidationError

from ..load.project import Inputs, PlanFiles, read_inputs
from ..load.yaml_source import Source
from ..model import (DEFAULT_IMPACTS, DEFAULT_STATUSES, Engagement, EngagementEntry, Impact, Measures,
                     Period, Plan, PlanEntry, Project, Site, Status, Update)
from ..problems import Problem, Report
from ..store import Store
from . import placeholders, privacy, references, stale_copies
from .branding import check_branding
from .dates import check_dates
from .format_version import newer_format
from .left_out import check_left_out
from .glossary import load_glossary
from .measure_rows import check_rows, measure_id
from .names import check_contact_email
from .plain_english import check_plain_english
from .schema import validate_source
from .topics import check_topics, listed, load_topics


@dataclass
class Checked:
    """The check stage's outcome. `project` is None when any error was found.
    `plan_keys`: for each plan, a key of the contents of every file its pages are made
    from (its own, site.yaml, measures.yaml, the glossary, the topics, its feedback),
    by which the render stage knows a plan's pages made before."""

    project: Project | None
    report: Report
    plan_keys: dict[str, str] = field(default_factory=dict)


def load_project(plans_dir: Path, root: Path | None = None, *,
                 plain_english: bool = False) -> tuple[Project | None, Report]:
    """Read and check every input, nothing kept: for commands and tests that need the
    project only (the pipeline runs the two stages itself, with its store)."""
    root = root or plans_dir.parent
    inputs, problems = read_inputs(plans_dir, root)
    checked = check_inputs(inputs, problems, plans_dir, plain_english=plain_english)
    return checked.project, checked.report


def check_inputs(inputs: Inputs, problems: list[Problem], plans_dir: Path, store: Store | None = None, *,
                 plain_english: bool = False) -> Checked:
    """Check every input read (`problems`: those the reading found).

    `store` (kept by `serve` between rebuilds) spares checking again a plan none of
    whose files changed, and looking for personal data again in a file that did not
    change. With plain_english, texts are also checked for reading level and glossary
    (warnings)."""
    report = Report()
    newer = newer_format(inputs.site) if inputs.site is not None else None
    if newer is not None:  # the other problems would be this one's knock-on effects
        report.add(newer)
        return Checked(None, report)
    report.extend(problems)

    site = measures = logo = None
    if inputs.site is not None and not problems_for(report, inputs.site.name):
        report.extend(references.check_icons(inputs.site))
        site, found = validate_source(inputs.site, Site)
        report.extend(found)
        if site:
            report.extend(check_contact_email(site, inputs.site))
            logo, found = check_branding(site, inputs.site, plans_dir)
            report.extend(found)
    scale = _scale(site, inputs.site)
    impacts = _scale(site, inputs.site, "impacts")
    topics, found = load_topics(inputs.topics)
    report.extend(found)
    # None when plans/topics.yaml is itself broken: its own errors say so.
    known_topics = None if any(p.severity == "error" for p in found) else topics
    measure_ids: set[str] = set()
    if inputs.measures is not None and not problems_for(report, inputs.measures.name):
        measures, found = validate_source(inputs.measures, Measures)
        report.extend(found)
        report.extend(check_topics(inputs.measures, listed(inputs.measures, "measures"), known_topics))
        if measures:
            measure_ids = {m.id for m in measures.measures}
    measures_ok = inputs.measures is None or measures is not None
    measure_rows = {}
    # Its comparators name the tables' columns: a placeholder among them is no column's name.
    if measures_ok and not placeholders.holds_any(inputs.measures):
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

    load_errors = {p.file for p in report.problems if p.severity == "error"}
    # None when site.yaml is itself broken: its own errors say so.
    partner_ids = frozenset(p.id for p in site.area.partners if p.id) if site is not None else None
    plan_refs = (tuple(scale.items()) if scale is not None else None,
                 frozenset(measure_ids) if measures_ok else None, partner_ids,
                 tuple(impacts.items()) if impacts is not None else None,
                 tuple(t.id for t in known_topics) if known_topics is not None else None)
    entries = []
    for files in inputs.plans:
        key = _plan_key(files, plan_refs)

        def check(files=files):
            return _check_plan(files, load_errors, scale, measure_ids if measures_ok else None,
                               partner_ids, impacts, known_topics)
        entry, found = check() if store is None or key is None else store.get_or_make(
            "checked plan", key, check, on_disk=False)
        report.extend(found)
        if entry is not None:
            entries.append(entry)

    if site is not None:
        report.extend(references.check_current_plan(site, inputs.site, [files.id for files in inputs.plans]))
    plan_sources = {files.id: files.plan for files in inputs.plans if files.plan is not None}
    engagements = []
    feedback_sources: dict[str, list] = {}
    for src in inputs.feedback:
        engagement = _valid(report, src, Engagement)
        report.extend(references.check_file_id(src))
        if engagement is None:
            continue
        report.extend(check_topics(src, listed(src, "items"), known_topics))
        plan_id, found = references.check_engagement(engagement, src, plan_sources)
        report.extend(found)
        if plan_id is not None:
            engagements.append(EngagementEntry(Path(src.name).stem, engagement, plan_id))
            feedback_sources.setdefault(plan_id, []).append(src)

    sources = [s for s in (inputs.site, inputs.measures, inputs.glossary, inputs.topics) if s is not None] + [
        s for files in inputs.plans for s in (files.plan, *files.updates) if s is not None] + inputs.feedback
    deny, found = privacy.read_deny_list(plans_dir)
    report.extend(found)
    allowed = privacy.public_contacts(inputs.site)
    report.extend(_each_file("personal data", sources, lambda src: privacy.scan([src], deny, allowed), store,
                             repr((deny, allowed))))

    if site is not None:
        files_of = {files.id: files for files in inputs.plans}
        for entry in entries:
            files = files_of[entry.id]
            report.extend(check_dates(site, entry, files.plan, {Path(s.name).stem: s for s in files.updates}))
    report.extend(_each_file("placeholders", sources, lambda src: placeholders.in_sources([src]), store))
    report.problems = placeholders.without_knock_ons(report.problems)
    if not report.ok or site is None:
        return Checked(None, report)
    engagements.sort(key=lambda e: (e.engagement.start, e.id))
    project = Project(site=site, plans=tuple(entries),
                      measures=tuple(measures.measures) if measures else (),
                      measure_rows=measure_rows, engagements=tuple(engagements), glossary=glossary,
                      topics=topics,
                      logo=logo)
    if plain_english:
        report.extend(check_plain_english(project, inputs.site, sources[1:]))
    return Checked(project, report, _plan_keys(inputs, feedback_sources))


def _each_file(kind: str, sources: list, check: Callable[[Source], Iterable[Problem]], store: Store | None,
               everywhere: str = "") -> list[Problem]:
    """A check of one file at a time, each file's findings kept in the store (while
    `serve` runs) by its content and `everywhere`, what the check reads besides."""
    problems: list[Problem] = []
    for src in sources:
        if store is None or src.key is None:
            problems += check(src)
        else:
            problems += store.get_or_make(kind, f"{src.name}\0{src.key}\0{everywhere}",
                                          lambda src=src: list(check(src)), on_disk=False)
    return problems


def _plan_keys(inputs: Inputs, feedback: dict[str, list]) -> dict[str, str]:
    """See Checked.plan_keys."""
    shared = [s for s in (inputs.site, inputs.measures, inputs.glossary, inputs.topics) if s is not None]
    found = {}
    for files in inputs.plans:
        sources = [*shared, files.plan, *files.updates, *feedback.get(files.id, [])]
        if any(src is None or src.key is None for src in sources):
            continue  # not read whole: its pages are made afresh
        found[files.id] = hashlib.sha256("\n".join(f"{src.name} {src.key}" for src in sources)
                                         .encode()).hexdigest()
    return found


def _plan_key(files: PlanFiles, refs: tuple) -> str | None:
    """What a plan's checks depend on: its files' contents and the ids they refer to."""
    sources = [files.plan, *files.updates]
    if any(src is None or src.key is None for src in sources):
        return None
    return repr((files.id, refs, tuple((src.name, src.key) for src in sources)))  # type: ignore[union-attr]


def _check_plan(files: PlanFiles, load_errors: set[str], scale: dict[str, str] | None,
                measure_ids: set[str] | None, partner_ids: frozenset[str] | None,
                impacts: dict[str, str] | None = None,
                topics: tuple | None = None) -> tuple[PlanEntry | None, list[Problem]]:
    problems = list(references.check_plan_folder(files.id, f"plans/{files.id}"))
    plan = None
    if files.plan is not None and files.plan.name not in load_errors:
        plan, found = validate_source(files.plan, Plan)
        problems += found
        problems += references.check_plan(files.plan, measure_ids, partner_ids, impacts)
        problems += check_topics(files.plan, references.plan_actions(files.plan), topics)
    ids = references.plan_ids(files.plan) if files.plan is not None else None
    valid = []
    for src in files.updates:
        if src.name in load_errors:
            continue
        update, found = validate_source(src, Update)
        problems += found
        if update is not None:
            valid.append((Period(id=Path(src.name).stem, update=update), src))
    # Meetings in order (two in one month are two files); two on one day would have no order.
    # A meeting known by its month only goes before the month's meetings known by their day.
    valid.sort(key=lambda found: (found[0].update.date.first_day, found[0].id))
    out_of_order = list(stale_copies.dates_not_after(valid))
    problems += out_of_order
    # A copy's date is what to change: not the file's name, nor one of two files to keep.
    copied = {p.file for p in out_of_order}
    for (before, before_src), (period, src) in zip(valid, valid[1:]):
        if period.update.date == before.update.date and src.name not in copied:
            problems.append(src.problem(("date",), f"this update has the same date as {before_src.name}: "
                                        "one meeting is one update file, so keep one.", "duplicate-period"))
    partial = files.plan is not None and references.covers_some_actions(files.plan)
    for period, src in valid if files.plan is not None else ():
        problems += [p for p in references.check_update(period.update, src, files.plan, scale, ids, partial, impacts)
                     if not (p.code == "period-mismatch" and p.file in copied)]
    if plan is None:
        return None, problems
    problems += check_left_out(plan, files.plan)
    entry = PlanEntry(id=files.id, plan=plan, periods=tuple(p for p, _ in valid))
    problems += stale_copies.same_notes(entry, {Path(src.name).stem: src for _, src in valid})
    return entry, problems


def _scale(site: Site | None, source, field: str = "statuses") -> dict[str, str] | None:
    """Status (or impact) ids and labels, even when another part of site.yaml is wrong,
    so that update files are still checked against them in the same run."""
    if site is not None:
        words = getattr(site, field)
    else:
        data = source.data if source is not None else None
        if not isinstance(data, dict):
            return None
        adapter, default = _SCALES[field]
        try:
            words = adapter.validate_python(data.get(field, list(default)))
        except ValidationError:
            return None
    scale = {s.id: s.label for s in words}
    return scale if len(scale) == len(words) else None


_SCALES = {"statuses": (TypeAdapter(list[Status]), DEFAULT_STATUSES),
           "impacts": (TypeAdapter(list[Impact]), DEFAULT_IMPACTS)}


def _valid(report: Report, src, model):
    """The file as a model instance, or None when it (or its YAML) has errors."""
    if problems_for(report, src.name):
        return None
    instance, found = validate_source(src, model)
    report.extend(found)
    return instance


def problems_for(report: Report, name: str) -> bool:
    return any(p.file == name for p in report.problems if p.severity == "error")
