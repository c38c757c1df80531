"""Open data: every plan (each action with its status at every published update) and
every measure, as CSV and JSON (and each plan as an Excel workbook), with the meaning
of every column. Pure functions of the model, byte for byte the same for the same input.

Each JSON file holds the same rows as its CSV file, as a list of objects, so both
load into the same table (pandas.read_csv / pandas.read_json). The files are written
with the standard library and xlsxwriter directly: at a national scale (5,000
actions at 40 updates) going through pandas took most of the generator's time.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date, datetime

import xlsxwriter

from ..compute import history, in_date_order
from ..compute.impact import judgements, uses_impacts
from ..model import FeedbackRef, Measure, MeasureRow, PlanEntry, Project, Site
from ..model.base import listed
from ..model.feedback import CHANNEL_LABELS, FAMILY_VOICES, VOICES
from ..model.plan_kind import KIND_NAMES
from ..model.timeline import MILESTONE_LABELS
from ..validate.references import anchor
from ..write.spreadsheet_safe import RULE as CSV_TEXTS, escaped  # noqa: F401 (CSV_TEXTS: data.md.j2)
from ..store import Store
from .made import made


@dataclass(frozen=True)
class Column:
    name: str
    meaning: str


@dataclass(frozen=True)
class Table:
    """Rows to publish: each a tuple of values in the order of `columns`."""

    columns: tuple[str, ...]
    rows: list[tuple]


@dataclass(frozen=True)
class Dataset:
    """A table published as files, with what its rows and columns mean."""

    title: str
    rows: str
    columns: tuple[Column, ...]
    more_columns: str = ""  # columns that depend on the data, such as comparators


# Columns that several files share, said once so that they say the same.
PLAN_ID = Column("plan_id", "The plan's id, as in the web address (its folder's name), e.g. wsoa-2020.")
UPDATE_DATE = Column("update_date", "The date of the progress meeting or report, YYYY-MM-DD, or YYYY-MM "
                                    "when the report gives only the month.")
UPDATE_LABEL = Column("update_label", "The name of the update, e.g. 'January 2022 monitoring meeting'.")

PLAN = Dataset(
    title="Actions and their status at each update",
    rows="One row for each action at each published update, newest update first. An action "
         "with no published update yet has one row, with the update columns empty.",
    columns=(
        PLAN_ID,
        Column("plan_title", "The plan's title."),
        Column("plan_kind", "What kind of plan it is: " + ", ".join(KIND_NAMES) + " (empty if the "
                            "plan does not say)."),
        Column("priority_id", "The priority the action belongs to, e.g. P1."),
        Column("priority_title", "The priority's title."),
        Column("action_id", "The action's id, e.g. A1.2."),
        Column("action_title", "What will be done."),
        Column("lead", "Who is responsible for the action: a role or an organisation."),
        Column("due", "When the action is due: YYYY-MM-DD, or YYYY-MM for the end of that month, "
                      "or tbc when the date is not set yet."),
        Column("measures", "The ids of the measures that show whether the action works, "
                           "separated by '; '."),
        Column("workstream", "The id of the workstream (a group of the priority's actions) the action "
                             "is part of, e.g. W2.1 (empty if none)."),
        Column("workstream_title", "The workstream's name (empty if none)."),
        Column("also_supports", "The ids of other priorities the action also helps, separated by '; '. "
                                "The action is counted only in its own priority."),
        Column("enablers", "The ids of the plan's enablers (what the whole plan depends on) that the "
                           "action helps, separated by '; '."),
        UPDATE_DATE,
        UPDATE_LABEL,
        Column("status", "The status id at that update, e.g. green (empty if not reported yet)."),
        Column("status_label", "The status as the site shows it, e.g. 'On track' (empty if not "
                               "reported yet)."),
        Column("past_due_date", "True if the action was past its due date at that update and not "
                                "completed, otherwise False."),
        Column("carried_forward", "True if that meeting did not report on the action (some plans' "
                                  "meetings report on some actions only): the status is then the one "
                                  "from the latest earlier update that did. Otherwise False."),
        Column("not_reported_yet", "True if no meeting had reported on the action by that update "
                                   "(some plans' meetings report on some actions only): it has no "
                                   "status yet, and none is made up. Otherwise False."),
        Column("note", "What happened since the update before, in plain English."),
    ),
)

TIMELINE = Dataset(
    title="The plan's timeline",
    rows="One row for each step in the plan's life, such as the day it was sent to the inspectors "
         "or a monitoring visit, in date order.",
    columns=(
        PLAN_ID,
        Column("date", "When it happened or is expected: YYYY-MM-DD, or YYYY-MM for a whole month."),
        Column("until", "For a time span, such as a new inspection expected within some months: "
                        "when it ends (may be empty)."),
        Column("kind", "What it is: " + ", ".join(MILESTONE_LABELS) + "."),
        Column("kind_label", "The kind as the site shows it, e.g. 'Plan approved'."),
        Column("by", "Who did it, or who the plan went to (may be empty)."),
        Column("note", "More about it (may be empty)."),
        Column("link", "A page or document about it (may be empty)."),
    ),
)

IMPACTS = Dataset(
    title="What has changed for families, by priority",
    rows="One row for each priority at each published update that said how much it has changed "
         "for families: priority by priority, newest update first. Judged apart from the actions' statuses.",
    columns=(
        PLAN_ID,
        Column("priority_id", "The priority's id, e.g. P1."),
        Column("priority_title", "The priority's title."),
        UPDATE_DATE,
        UPDATE_LABEL,
        Column("impact", "How much has changed, as an id, e.g. some-improvement (empty if the "
                         "update did not judge it)."),
        Column("impact_label", "The same in the words the site shows, e.g. 'Some improvement'."),
        Column("narrative", "What has changed for families, in plain English (may be empty)."),
    ),
)

MEASURES = Dataset(
    title="Measures",
    rows="One row for each measure: what it counts, where it started and its target.",
    columns=(
        Column("measure_id", "The measure's id, e.g. ehcp-20-weeks; its figures are in "
                             "measures/<measure_id>.csv."),
        Column("name", "The measure's name."),
        Column("description", "What is counted, in plain English."),
        Column("unit", "percent (out of 100), number, days, weeks or months."),
        Column("better", "higher or lower: which way is an improvement."),
        Column("baseline_value", "The figure when the plan started."),
        Column("baseline_date", "The date of that figure: YYYY-MM-DD, or YYYY-MM for a whole month."),
        Column("target_value", "The figure we aim for (empty if there is no target)."),
        Column("target_date", "When we aim to reach it."),
        Column("source", "Where the figures come from."),
        Column("source_url", "A page where the source is published (may be empty)."),
        Column("comparators", "The places the measure is compared with, separated by '; '."),
    ),
)

MEASURE_VALUES = Dataset(
    title="The figures for one measure",
    rows="One row for each date, oldest first. An empty cell means there is no figure.",
    columns=(
        Column("date", "The date the figures are for: YYYY-MM-DD, or YYYY-MM for a whole month."),
        Column("value", "The local area's figure, in the measure's unit (62 means 62% for a "
                         "percentage)."),
    ),
    more_columns="Then one column for each comparator, named after it (such as England): "
                 "its figure for the same date.",
)


FEEDBACK = Dataset(
    title="What people told us, and what we did",
    rows="One row for each thing families, inspectors or reviews told us, with what we did or will "
         "do about it.",
    columns=(
        Column("engagement_id", "The survey, meeting, letter or visit it came from, as in the web address."),
        Column("engagement_title", "Its title."),
        Column("channel", "How we listened: " + listed(CHANNEL_LABELS) + "."),
        Column("voice", "Whose voice it is: " + listed(VOICES) + ". The site counts families' voices ("
                        + listed(FAMILY_VOICES, "and") + ") apart from the others."),
        Column("start", "When it started (or its only date): YYYY-MM-DD, or YYYY-MM for a whole month."),
        Column("end", "When it ended, if it ran over several days: YYYY-MM-DD, or YYYY-MM."),
        Column("participants", "Who took part."),
        Column("people", "How many people took part, if known."),
        Column("plan_id", "The plan the item relates to."),
        Column("item_id", "The item's id, unique within its engagement."),
        Column("theme", "A short theme that groups items (may be empty)."),
        Column("you_said", "What they told us."),
        Column("we_did", "What we did about it."),
        Column("we_will", "What we will do."),
        Column("status", "done, doing or planned."),
        Column("response_date", "When it was done, or the date we promised, YYYY-MM-DD."),
        Column("priorities", "The ids of the priorities it relates to, separated by '; '."),
        Column("actions", "The ids of the actions it relates to, separated by '; '."),
    ),
)


def plan_path(entry: PlanEntry, ending: str) -> str:
    return f"data/{entry.id}-actions.{ending}"


def timeline_path(entry: PlanEntry, ending: str) -> str:
    return f"data/{entry.id}-timeline.{ending}"


def impacts_path(entry: PlanEntry, ending: str) -> str:
    return f"data/{entry.id}-priorities.{ending}"


def measure_path(measure: Measure, ending: str) -> str:
    return f"data/measures/{anchor(measure.id)}.{ending}"


def measures_path(ending: str) -> str:
    return f"data/measures.{ending}"


def feedback_path(ending: str) -> str:
    return f"data/you-said-we-did.{ending}"


def plan_files(entry: PlanEntry, site: Site, store: Store | None = None) -> dict[str, bytes]:
    """One plan's files (kept with its pages, see plan_output).
    The JSON file holds every value with its type, so it keys the workbook."""
    table = plan_table(entry, site)
    as_json, created = json_bytes(table), _last_update(entry)
    workbook = made(store, "workbook", as_json + created.isoformat().encode(),
                    lambda: xlsx_bytes(table, PLAN, created))
    files = {plan_path(entry, "csv"): csv_bytes(table), plan_path(entry, "json"): as_json,
             plan_path(entry, "xlsx"): workbook}
    if uses_impacts(entry):
        changed = impacts_table(entry, site)
        files |= {impacts_path(entry, "csv"): csv_bytes(changed), impacts_path(entry, "json"): json_bytes(changed)}
    if entry.plan.timeline:
        steps = timeline_table(entry)
        files |= {timeline_path(entry, "csv"): csv_bytes(steps), timeline_path(entry, "json"): json_bytes(steps)}
    return files


def site_data_files(project: Project) -> dict[str, bytes]:
    """The files about the whole site: measures and feedback."""
    files: dict[str, bytes] = {}
    if project.measures:
        table = measures_table(project.measures)
        files[measures_path("csv")] = csv_bytes(table)
        files[measures_path("json")] = json_bytes(table)
    for measure in project.measures:
        table = measure_table(measure, project.rows(measure))
        files[measure_path(measure, "csv")] = csv_bytes(table)
        files[measure_path(measure, "json")] = json_bytes(table)
    if project.published_feedback():
        table = feedback_table(project.published_feedback())
        files[feedback_path("csv")] = csv_bytes(table)
        files[feedback_path("json")] = json_bytes(table)
    return files


def plan_table(entry: PlanEntry, site: Site) -> Table:
    records = []
    for priority in entry.plan.priorities:
        for action in priority.actions:
            common = {
                "plan_id": entry.id, "plan_title": entry.plan.title, "plan_kind": entry.plan.kind,
                "priority_id": priority.id, "priority_title": priority.title,
                "action_id": action.id, "action_title": action.title, "lead": action.lead,
                "due": action.due.iso, "measures": "; ".join(action.measures),
                "workstream": action.workstream,
                "workstream_title": action.workstream and priority.workstream(action.workstream).title,
                "also_supports": "; ".join(action.also_supports), "enablers": "; ".join(action.enablers),
            }
            rows = history(entry, action, site)
            for row in rows:
                records.append({**common, "update_date": row.period.update.date.iso,
                                "update_label": row.period.update.label,
                                "status": row.status and row.status.id,
                                "status_label": row.status and row.status.label, "past_due_date": row.overdue,
                                "carried_forward": row.carried_from is not None,
                                "not_reported_yet": row.status is None, "note": row.note})
            if not rows:
                records.append({**common, **{c.name: None for c in PLAN.columns if c.name not in common}})
    return _table(records, [c.name for c in PLAN.columns])


def impacts_table(entry: PlanEntry, site: Site) -> Table:
    records = [{"plan_id": entry.id, "priority_id": priority.id, "priority_title": priority.title,
                "update_date": j.period.update.date.iso, "update_label": j.period.update.label,
                "impact": j.impact.id if j.impact else None, "impact_label": j.impact.label if j.impact else None,
                "narrative": _one_line(j.narrative)}
               for priority in entry.plan.priorities for j in judgements(entry, priority, site)]
    return _table(records, [c.name for c in IMPACTS.columns])


def timeline_table(entry: PlanEntry) -> Table:
    """Every milestone, whatever the day: the files say what the plan holds, not what
    has happened by the build (the page does)."""
    records = [{"plan_id": entry.id, "date": m.date.iso, "until": m.until.iso if m.until else None,
                "kind": m.kind, "kind_label": MILESTONE_LABELS[m.kind], "by": m.by,
                "note": _one_line(m.note), "link": m.link} for m in in_date_order(entry.plan)]
    return _table(records, [c.name for c in TIMELINE.columns])


def measures_table(measures: tuple[Measure, ...]) -> Table:
    records = [{
        "measure_id": m.id, "name": m.name, "description": _one_line(m.description),
        "unit": m.unit, "better": m.better,
        "baseline_value": _number(m.baseline.value), "baseline_date": m.baseline.date.iso,
        "target_value": _number(m.target.value) if m.target else None,
        "target_date": m.target.date.iso if m.target else None,
        "source": m.source, "source_url": m.source_url, "comparators": "; ".join(m.comparators),
    } for m in measures]
    return _table(records, [c.name for c in MEASURES.columns])


def measure_table(measure: Measure, rows: tuple[MeasureRow, ...]) -> Table:
    records = [{"date": r.date.iso, "value": _number(r.value),
                **{name: _number(r.comparators.get(name)) for name in measure.comparators}}
               for r in rows]
    return _table(records, ["date", "value", *measure.comparators])


def feedback_table(refs: list[FeedbackRef]) -> Table:
    records = []
    for ref in refs:
        engagement, item = ref.entry.engagement, ref.item
        records.append({
            "engagement_id": ref.entry.id, "engagement_title": engagement.title,
            "channel": engagement.channel, "voice": engagement.speaker, "start": engagement.start.iso,
            "end": engagement.end.iso if engagement.end else None,
            "participants": engagement.participants.group, "people": engagement.participants.people,
            "plan_id": ref.entry.plan_id, "item_id": item.id, "theme": item.theme,
            "you_said": _one_line(item.you_said), "we_did": _one_line(item.we_did),
            "we_will": _one_line(item.we_will), "status": item.status,
            "response_date": item.response_date.isoformat() if item.response_date else None,
            "priorities": "; ".join(item.priorities), "actions": "; ".join(item.actions),
        })
    return _table(records, [c.name for c in FEEDBACK.columns])


def _one_line(text: str | None) -> str | None:
    return " ".join(text.split()) if text else None


def _table(records: list[dict], columns: list[str]) -> Table:
    return Table(tuple(columns), [tuple(r.get(c) for c in columns) for r in records])


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value.is_integer() else value


def csv_bytes(table: Table) -> bytes:
    """As pandas writes it (pandas.read_csv gives the same table back): an empty
    cell for no value, quotes only where needed, and no text a spreadsheet would run
    as a formula (headers too: a comparator's name is one)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(map(escaped, table.columns))
    writer.writerows(["" if v is None else escaped(v) for v in row] for row in table.rows)
    return buffer.getvalue().encode("utf-8")


def json_bytes(table: Table) -> bytes:
    """A list of objects, one a line, so that a diff of two builds shows rows."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    lines = ",\n".join("  " + encode(dict(zip(table.columns, row))) for row in table.rows)
    return f"[\n{lines}\n]\n".encode("utf-8") if table.rows else b"[]\n"


def xlsx_bytes(table: Table, dataset: Dataset, created: date) -> bytes:
    """A workbook: the data, then a sheet saying what each column means. Texts are
    never read as formulas or links, whatever they start with."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False,
                                        "strings_to_urls": False, "strings_to_numbers": False})
    # A fixed creation date makes the same workbook byte for byte on every build.
    book.set_properties({"title": dataset.title, "created": datetime.combine(created, datetime.min.time())})
    bold = book.add_format({"bold": True, "border": 1, "align": "center", "valign": "top"})
    sheet = book.add_worksheet("Data")
    sheet.write_row(0, 0, table.columns, bold)
    for number, row in enumerate(table.rows, start=1):
        sheet.write_row(number, 0, row)
    sheet.freeze_panes(1, 0)
    for i, name in enumerate(table.columns):
        longest = max([len(name)] + [len(str(row[i])) for row in table.rows[:200] if row[i] is not None])
        sheet.set_column(i, i, min(60, longest + 2))
    columns = book.add_worksheet("Columns")
    columns.write_row(0, 0, ("column", "meaning"), bold)
    for number, column in enumerate(dataset.columns, start=1):
        columns.write_row(number, 0, (column.name, column.meaning))
    columns.set_column(0, 0, 18)
    columns.set_column(1, 1, 90)
    book.close()
    return buffer.getvalue()


def _last_update(entry: PlanEntry) -> date:
    periods = entry.published_periods()
    if periods:
        return periods[-1].update.date.first_day  # as the build's date (compute/dates.py)
    return entry.plan.published.first_day if entry.plan.published else date(2000, 1, 1)
