"""The mapping file: how a local tracker spreadsheet is laid out, so that
`progress-pages import` can read it. Validated like every input (file:line errors);
docs/tracker-mapping.md is generated from these models."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from ..hints import did_you_mean
from ..load import Source, read_yaml
from ..model import Site, Update
from ..model.base import Id, Line, Record, Text
from ..problems import Problem, relative
from ..validate.schema import validate_source
from .sheets import (DEFAULT_DATE_FORMATS, ActionsSheet, DateFormat, EasyReadSheet, EnablersSheet,
                     ImpactsSheet, PeriodId, PlanDetails, PlanSheet, PrioritiesSheet, PriorityDetails, State,
                     TimelineSheet, UpdatesSheet, WorkstreamsSheet)


class PeriodDetails(Record):
    """What the tracker does not say about a reporting period."""

    date: dt.date | None = Field(None, description="The date of the meeting. Default: from the "
                                 "tracker, or the last day of the month.")
    label: Line | None = Field(None, description="e.g. 'April 2021 monitoring meeting'. Default: "
                               "'<Month YYYY> progress update', or '<day Month YYYY> progress update' for a period "
                               "named by its day.")
    state: State | None = Field(None, description="draft or published. Default: `state` below.")
    agreed_by: Line | None = Field(None, description=Update.model_fields["agreed_by"].description)
    agreed_on: dt.date | None = Field(None, description=Update.model_fields["agreed_on"].description)
    status_column: Line | None = Field(None, description="The header of this period's status "
                                       "column, when `status_columns` cannot recognise it.")
    note_column: Line | None = Field(None, description="The header of this period's note column.")


class Mapping(Record):
    plan: PlanDetails | None = Field(None, description="The plan's title and summary, when the tracker does not hold them.")  # type: ignore[valid-type]
    plan_sheet: PlanSheet | None = Field(None, description="Or: a sheet that holds them.")
    priorities: list[PriorityDetails] = Field(default=[], description=(  # type: ignore[valid-type]
        "The priorities, in order, with what inspectors found: trackers rarely hold this."))
    priorities_sheet: PrioritiesSheet | None = Field(None, description="Or: a sheet of priorities.")
    timeline_sheet: TimelineSheet | None = Field(None, description=(
        "A sheet with one row per milestone of the plan's timeline. Without it, the import keeps "
        "the timeline of the plan.yaml it replaces, as it is."))
    workstreams_sheet: WorkstreamsSheet | None = Field(None, description=(
        "A sheet with one row per workstream. Without it, workstreams may be given under each of "
        "`priorities`."))
    enablers_sheet: EnablersSheet | None = Field(None, description=(
        "A sheet with one row per enabler. Without it, enablers may be given under `plan`, or the "
        "import keeps those of the plan.yaml it replaces, as they are."))
    easy_read_sheet: EasyReadSheet | None = Field(None, description=(
        "A sheet with one row per point of the plan's Easy Read summary: its sentence and its "
        "picture. Without it, the points may be given under `plan`, or the import keeps those of "
        "the plan.yaml it replaces, as they are."))
    impacts_sheet: ImpactsSheet | None = Field(None, description=(
        "A sheet saying how much each priority has changed for families, period by period. "
        "Without it, the import keeps the `priorities` of each update file it replaces, as they are."))
    actions_sheet: ActionsSheet = Field(description="The sheet with one row per action.")
    updates_sheet: UpdatesSheet | None = Field(None, description=(
        "A sheet with one row per action per period, if statuses are not in columns of the actions sheet."))
    periods: dict[PeriodId, PeriodDetails] = Field(default={}, description=(
        "Details of each reporting period, by its month (YYYY-MM), or by its day (YYYY-MM-DD) for a "
        "month with two meetings, as its update file is named: meeting date, label, state, columns."))
    statuses: dict[Id, list[Line]] = Field(default={}, description=(
        "The words the tracker uses for each status id of site.yaml, e.g. red: [R, Red, Delayed]. "
        "Each status's id and label are always understood. Capitals do not matter."))
    measures: dict[Id, list[Line]] = Field(default={}, description=(
        "Words the tracker uses for each measure id of plans/measures.yaml, besides its id and name."))
    date_formats: list[DateFormat] = Field(default=DEFAULT_DATE_FORMATS, min_length=1, description=(
        "How dates written as text are read, in Python's strptime codes. A format without a "
        "day (%d) is a month: 'March 2021' means by the end of March. Excel date cells are "
        "always understood. Default: " + ", ".join(DEFAULT_DATE_FORMATS) + "."))
    state: State = Field("draft", description=(
        "The state of every imported update unless a period says otherwise: 'draft' keeps them "
        "off the public site until they are agreed."))
    missing_note: Text | None = Field(None, description=(
        "The note written for an action in a period where the tracker has no note. Without it, "
        "such an action has its status alone, as many reports give it."))
    blank_status: Id | None = Field(None, description=(
        "The status id for a blank status cell, e.g. not-started. Without it, a blank status is a "
        "problem; but in a plan whose meetings report on some actions (`updates_cover: "
        "some-actions`), a blank status says the meeting did not report on that action."))

    @model_validator(mode="after")
    def _one_source_each(self) -> "Mapping":
        if (self.plan is None) == (self.plan_sheet is None):
            raise PydanticCustomError("mapping_source", "give the plan's title and summary under "
                                      "'plan', or the sheet that holds them under 'plan_sheet' (one of the two)")
        if bool(self.priorities) == (self.priorities_sheet is not None):
            raise PydanticCustomError("mapping_source", "describe the priorities under 'priorities', "
                                      "or name the sheet that holds them under 'priorities_sheet' (one of the two)")
        return self


def load_mapping(path: Path, root: Path, site: Site,
                 measure_ids: list[str]) -> tuple[Mapping | None, Source | None, list[Problem]]:
    """The mapping file, checked on its own and against site.yaml and measures.yaml."""
    source, problems = read_yaml(path, relative(path, root))
    if problems:
        return None, None, problems
    mapping, problems = validate_source(source, Mapping)
    if mapping is None:
        return None, source, problems
    problems += _references(mapping, source, site, measure_ids)
    return (None if problems else mapping), source, problems


def _references(m: Mapping, src: Source, site: Site, measure_ids: list[str]) -> list[Problem]:
    found = []
    status_ids = [s.id for s in site.statuses]
    for field_name, ids, known, what in (("statuses", m.statuses, status_ids, "status in site.yaml"),
                                         ("measures", m.measures, measure_ids, "measure in plans/measures.yaml")):
        for key in ids:
            if key not in known:
                found.append(src.problem((field_name, key), f"there is no {what} with the id "
                                         f"'{key}'{did_you_mean(key, known)}", "unknown-reference", key=True))
    if m.blank_status is not None and m.blank_status not in status_ids:
        found.append(src.problem(("blank_status",), f"there is no status in site.yaml with the id "
                                 f"'{m.blank_status}'{did_you_mean(m.blank_status, status_ids)}",
                                 "unknown-reference"))
    # Each status's own id and label are words for it too.
    seen = {" ".join(w.split()).casefold(): s.id for s in site.statuses for w in (s.id, s.label)}
    for key, words in m.statuses.items():
        for i, word in enumerate(words):
            other = seen.setdefault(" ".join(word.split()).casefold(), key)
            if other != key:
                found.append(src.problem(("statuses", key, i), f"'{word}' is already a word for "
                                         f"'{other}': a word can mean one status only", "duplicate-word"))
    return found
