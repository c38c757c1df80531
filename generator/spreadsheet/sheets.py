"""The sheets a tracker mapping describes (plan, priorities, actions, updates, impacts,
timeline, workstreams, enablers, Easy Read) and the columns of each, made from the data
model's fields."""
from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field, create_model
from pydantic_core import PydanticCustomError

from ..model import Plan, Priority, PriorityUpdate, Target
from ..model.base import Line, Record
from ..model.easy_read import EasyReadPoint
from ..model.enabler import Enabler
from ..model.priority import Workstream
from ..model.timeline import Milestone

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
