"""The mapping file: how a local tracker spreadsheet is laid out, so that
`progress-pages import` can read it. Validated like every input (file:line errors);
docs/tracker-mapping.md is generated from these models."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field, create_model, model_validator
from pydantic_core import PydanticCustomError

from ..load import Source, read_yaml
from ..model import Plan, Priority, PriorityUpdate, Site, Target, Update
from ..model.easy_read import EasyReadPoint
from ..model.enabler import Enabler
from ..model.priority import Workstream
from ..model.base import Id, Line, Record, Text
from ..model.timeline import Milestone
from ..problems import Problem, relative
from ..hints import did_you_mean
from ..validate.schema import validate_source

State = Literal["draft", "published"]
# A month (2021-10), or a day (2021-10-14) for a month with two meetings: as update files are named.
PeriodId = Annotated[str, Field(pattern=r"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$")]

# Day-first (UK) dates, month names and Excel's own date cells are understood by default.
DEFAULT_DATE_FORMATS = ["%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d",
                        "%B %Y", "%b %Y", "%b %y", "%b-%y", "%B-%y", "%m/%Y", "%Y-%m"]


def _regex(value: str) -> str:
    try:
        pattern = re.compile(value)
    except re.error as e:
        raise PydanticCustomError("regex", "'{value}' is not a regular expression: {error}",
                                  {"value": value, "error": str(e)}) from None
    if "when" not in pattern.groupindex:
        raise PydanticCustomError("regex", "'{value}' needs a group (?P<when>...) around the "
                                  "month or date in the header, e.g. '^RAG (?P<when>.+)$'",
                                  {"value": value})
    return value


def _date_format(value: str) -> str:
    if not re.search("%[yY]", value) or not re.search("%[mbB]", value):
        raise PydanticCustomError("date_format", "'{value}' is not a date format: it needs a year "
                                  "(%Y or %y) and a month (%m, %b or %B), e.g. '%d/%m/%Y'",
                                  {"value": value})
    return value


HeaderPattern = Annotated[str, AfterValidator(_regex)]
DateFormat = Annotated[str, AfterValidator(_date_format)]


class Sheet(Record):
    sheet: Line | None = Field(None, description="The sheet's name in an .xlsx file. Leave out "
                               "for the first sheet, and for a .csv file.")
    header_row: int = Field(1, ge=1, description="The row that holds the column headers (1 is the top row).")


def _column(name: str, field, required: bool) -> tuple:
    description = f"The column that holds `{name}`: {field.description}"
    return (Line, Field(description=description)) if required else (Line | None, Field(None, description=description))


def _columns(name: str, model, *leave_out: str, **more: tuple):
    """Column headers for a model's own fields (not its children): the mapping
    grows with the model, and a column is needed where the field is."""
    fields = {n: _column(n, f, f.is_required()) for n, f in model.model_fields.items() if n not in leave_out}
    return create_model(name, __base__=Record, __doc__="Column headers, as written in the header row.",
                        **fields, **more)


# The timeline has its own sheet (one row per milestone), not columns of the plan's row.
# So have workstreams, enablers and Easy Read points: a cell cannot hold a list of them. A plan's own
# inspection, rare and made of several fields and lists, is written in plan.yaml. The
# target's few fields are columns of that row (target_impact, target_share, ...), all
# optional: a plan need not have a target.
PlanColumns = _columns("PlanColumns", Plan, "priorities", "timeline", "enablers", "easy_read", "inspection", "target",
                       **{f"target_{n}": _column(f"target.{n}", f, False) for n, f in Target.model_fields.items()})
PriorityColumns = _columns("PriorityColumns", Priority, "actions", "workstreams")
MilestoneColumns = _columns("MilestoneColumns", Milestone)
WorkstreamColumns = create_model(
    "WorkstreamColumns", __base__=_columns("WorkstreamFields", Workstream),
    __doc__="Column headers, as written in the header row.",
    priority=(Line, Field(description="The column that holds the id of the priority the workstream is part of.")))
EnablerColumns = _columns("EnablerColumns", Enabler)
EasyReadColumns = _columns("EasyReadColumns", EasyReadPoint)


class PlanSheet(Sheet):
    """A sheet whose first row under the headers describes the plan."""

    columns: PlanColumns = Field(description="The header of the column that holds each field.")


class PrioritiesSheet(Sheet):
    """A sheet with one row per priority."""

    columns: PriorityColumns = Field(description="The header of the column that holds each field.")


class TimelineSheet(Sheet):
    """A sheet with one row per milestone of the plan's timeline, such as the committee pack's."""

    columns: MilestoneColumns = Field(description="The header of the column that holds each field.")


class WorkstreamsSheet(Sheet):
    """A sheet with one row per workstream (a group of a priority's actions), such as the committee pack's."""

    columns: WorkstreamColumns = Field(description="The header of the column that holds each field.")


class EnablersSheet(Sheet):
    """A sheet with one row per enabler of the plan, such as the committee pack's."""

    columns: EnablerColumns = Field(description="The header of the column that holds each field.")


class EasyReadSheet(Sheet):
    """A sheet with one row per point of the plan's Easy Read summary, such as the committee pack's."""

    columns: EasyReadColumns = Field(description="The header of the column that holds each field.")


class ActionColumns(Record):
    """Column headers, as written in the header row."""

    priority: Line = Field(description="The priority (area of focus) of each action: its id, "
                           "its title or one of its `also` words.")
    id: Line | None = Field(None, description="The action's reference, e.g. 'A1.2'. Leave out to "
                            "number the actions A1.1, A1.2, ... A2.1 in the order of the sheet.")
    title: Line = Field(description="What will be done.")
    tasks: Line | None = Field(None, description="The steps of the action, one per line of the cell.")
    lead: Line = Field(description="Who is responsible.")
    evidence: Line | None = Field(None, description="How we will know it works, one per line of the cell.")
    measures: Line | None = Field(None, description="Impact measures: ids or names from "
                                  "plans/measures.yaml, or words listed under `measures` here.")
    due: Line = Field(description="The completion date.")
    due_note: Line | None = Field(None, description="Why the date is not set yet, or what it depends on.")
    workstream: Line | None = Field(None, description="The id of the action's workstream (see `workstreams_sheet`).")
    also_supports: Line | None = Field(None, description="The ids of other priorities it also helps, one per line of the cell.")
    enablers: Line | None = Field(None, description="The ids of the plan's enablers it helps, one per line of the cell.")
    topics: Line | None = Field(None, description="The ids of the topics it is about, one per line of the cell.")


ActionField = Literal["priority", "id", "title", "tasks", "lead", "evidence", "measures", "due", "due_note",
                      "workstream", "also_supports", "enablers", "topics"]


class ActionsSheet(Sheet):
    """The sheet with one row per action (the tracker itself)."""

    columns: ActionColumns = Field(description="The header of the column that holds each field.")
    fill_down: list[ActionField] = Field(default=["priority"], description=(
        "Fields whose blank cells take the value from the row above: merged cells, such as a "
        "priority written once for all its actions."))
    status_columns: HeaderPattern | None = Field(None, description=(
        "How to recognise the status column of each reporting period: a regular expression "
        "matching its header, whose group (?P<when>...) holds the month or date, in one of "
        "`date_formats`. '^RAG (?P<when>.+)$' matches 'RAG Apr 21' and 'RAG 31/03/2021'. For a "
        "month with two meetings, write each column's day: 'RAG 14/10/2021' and 'RAG 28/10/2021' "
        "are two meetings, imported into 2021-10-14.yaml and 2021-10-28.yaml. A day alone in its "
        "month is that month's meeting (2021-10.yaml)."))
    note_columns: HeaderPattern | None = Field(None, description=(
        "The same for progress note columns, e.g. '^Update (?P<when>.+)$'."))


class UpdateColumns(Record):
    """Column headers, as written in the header row."""

    period: Line = Field(description="The period: its month or the meeting date.")
    action: Line = Field(description="The action's id.")
    status: Line = Field(description="The status word.")
    note: Line | None = Field(None, description="The progress note.")
    date: Line | None = Field(None, description="The date of the meeting.")
    label: Line | None = Field(None, description="The name of the meeting.")
    state: Line | None = Field(None, description="draft or published.")
    agreed_by: Line | None = Field(None, description="Who agreed the update.")
    agreed_on: Line | None = Field(None, description="When it was agreed.")


class UpdatesSheet(Sheet):
    """A sheet with one row per action per period, instead of status columns."""

    columns: UpdateColumns = Field(description="The header of the column that holds each field.")
    period_is_file_name: bool = Field(False, description=(
        "The period column holds each update file's name, as the committee pack's does: "
        "2021-10 for 2021-10.yaml, 2021-10-14 for 2021-10-14.yaml. Without it, a day in the "
        "period column is read as `status_columns` reads one."))


class ImpactColumns(Record):
    """Column headers, as written in the header row."""

    period: Line = Field(description="The period: its month or the meeting date.")
    priority: Line = Field(description="The priority: its id, its title or one of its `also` words.")
    impact: Line | None = Field(None, description=PriorityUpdate.model_fields["impact"].description
                                + " Its label is understood too.")
    narrative: Line | None = Field(None, description=PriorityUpdate.model_fields["narrative"].description)


class ImpactsSheet(Sheet):
    """A sheet with one row per priority per period, saying how much it has changed for
    families (such as the committee pack's)."""

    columns: ImpactColumns = Field(description="The header of the column that holds each field.")


def _details(name: str, doc: str, model, leave_out: tuple[str, ...], **extra: Any):
    """The fields of a plan model without its children, for details the tracker lacks."""
    fields = {n: (f.annotation, f) for n, f in model.model_fields.items() if n not in leave_out}
    return create_model(name, __base__=Record, __doc__=doc, **fields, **extra)


PlanDetails = _details("PlanDetails", "The plan's own fields (see docs/input-format.md).", Plan,
                       ("priorities", "timeline", "inspection"))
PriorityDetails = _details(
    "PriorityDetails", "A priority's own fields (see docs/input-format.md), and how the tracker "
    "writes it.", Priority, ("actions",),
    also=(list[Line], Field(default=[], description=(
        "Other ways the tracker's priority column writes this priority, e.g. 'Area of focus 1'."))))


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
