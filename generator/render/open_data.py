"""Open data: every plan (each action with its status at every published update) and
every measure, as CSV and JSON (and each plan as an Excel workbook), with the meaning
of every column. Pure functions of the model, byte for byte the same for the same input.

Each JSON file holds the same rows as its CSV file, as a list of objects, so both
load into the same table (pandas.read_csv / pandas.read_json).
"""
from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import date, datetime

import pandas as pd

from ..compute import history
from ..model import FeedbackRef, Measure, MeasureRow, PlanEntry, Project, Site
from ..validate.references import anchor


@dataclass(frozen=True)
class Column:
    name: str
    meaning: str


@dataclass(frozen=True)
class Dataset:
    """A table published as files, with what its rows and columns mean."""

    title: str
    rows: str
    columns: tuple[Column, ...]
    more_columns: str = ""  # columns that depend on the data, such as comparators


PLAN = Dataset(
    title="Actions and their status at each update",
    rows="One row for each action at each published update, newest update first. An action "
         "with no published update yet has one row, with the update columns empty.",
    columns=(
        Column("plan_id", "The plan's id, as in the web address, e.g. wsoa-2020."),
        Column("plan_title", "The plan's title."),
        Column("priority_id", "The priority (area of weakness) the action belongs to, e.g. P1."),
        Column("priority_title", "The priority's title."),
        Column("action_id", "The action's id, e.g. A1.2."),
        Column("action_title", "What will be done."),
        Column("lead", "Who is responsible for the action: a role or an organisation."),
        Column("due", "When the action is due: YYYY-MM-DD, or YYYY-MM for the end of that month."),
        Column("measures", "The ids of the measures that show whether the action works, "
                           "separated by '; '."),
        Column("update_date", "The date of the progress meeting or report, YYYY-MM-DD."),
        Column("update_label", "The name of the update, e.g. 'January 2022 monitoring meeting'."),
        Column("status", "The status id at that update, e.g. green."),
        Column("status_label", "The status as the site shows it, e.g. 'On track'."),
        Column("past_due_date", "True if the action was past its due date at that update and not "
                                "completed, otherwise False."),
        Column("note", "What happened since the update before, in plain English."),
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
    title="You said, we did",
    rows="One row for each thing families told us, with what we did or will do about it.",
    columns=(
        Column("engagement_id", "The survey, meeting or event it came from, as in the web address."),
        Column("engagement_title", "Its title."),
        Column("channel", "How we listened: survey, forum-meeting, young-peoples-group, workshop, "
                          "peer-challenge, drop-in or other."),
        Column("start", "When it started (or its only date), YYYY-MM-DD."),
        Column("end", "When it ended, if it ran over several days."),
        Column("participants", "Who took part."),
        Column("people", "How many people took part, if known."),
        Column("plan_id", "The plan the item relates to."),
        Column("item_id", "The item's id, unique within its engagement."),
        Column("theme", "A short theme that groups items."),
        Column("you_said", "What families told us."),
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


def measure_path(measure: Measure, ending: str) -> str:
    return f"data/measures/{anchor(measure.id)}.{ending}"


def measures_path(ending: str) -> str:
    return f"data/measures.{ending}"


def feedback_path(ending: str) -> str:
    return f"data/you-said-we-did.{ending}"


def plan_files(entry: PlanEntry, site: Site) -> dict[str, bytes]:
    """One plan's files (made again only when the plan changes, see pages.render_pages)."""
    frame = plan_frame(entry, site)
    return {plan_path(entry, "csv"): csv_bytes(frame), plan_path(entry, "json"): json_bytes(frame),
            plan_path(entry, "xlsx"): xlsx_bytes(frame, PLAN, _last_update(entry))}


def site_data_files(project: Project) -> dict[str, bytes]:
    """The files about the whole site: measures and feedback."""
    files: dict[str, bytes] = {}
    if project.measures:
        frame = measures_frame(project.measures)
        files[measures_path("csv")] = csv_bytes(frame)
        files[measures_path("json")] = json_bytes(frame)
    for measure in project.measures:
        frame = measure_frame(measure, project.rows(measure))
        files[measure_path(measure, "csv")] = csv_bytes(frame)
        files[measure_path(measure, "json")] = json_bytes(frame)
    if project.published_feedback():
        frame = feedback_frame(project.published_feedback())
        files[feedback_path("csv")] = csv_bytes(frame)
        files[feedback_path("json")] = json_bytes(frame)
    return files


def plan_frame(entry: PlanEntry, site: Site) -> pd.DataFrame:
    records = []
    for priority in entry.plan.priorities:
        for action in priority.actions:
            common = {
                "plan_id": entry.id, "plan_title": entry.plan.title,
                "priority_id": priority.id, "priority_title": priority.title,
                "action_id": action.id, "action_title": action.title, "lead": action.lead,
                "due": action.due.iso, "measures": "; ".join(action.measures),
            }
            rows = history(entry, action, site)
            for row in rows:
                records.append({**common, "update_date": row.period.update.date.isoformat(),
                                "update_label": row.period.update.label, "status": row.status.id,
                                "status_label": row.status.label, "past_due_date": row.overdue,
                                "note": row.update.note})
            if not rows:
                records.append({**common, **{c.name: None for c in PLAN.columns if c.name not in common}})
    return _frame(records, [c.name for c in PLAN.columns])


def measures_frame(measures: tuple[Measure, ...]) -> pd.DataFrame:
    records = [{
        "measure_id": m.id, "name": m.name, "description": _one_line(m.description),
        "unit": m.unit, "better": m.better,
        "baseline_value": _number(m.baseline.value), "baseline_date": m.baseline.date.iso,
        "target_value": _number(m.target.value) if m.target else None,
        "target_date": m.target.date.iso if m.target else None,
        "source": m.source, "source_url": m.source_url, "comparators": "; ".join(m.comparators),
    } for m in measures]
    return _frame(records, [c.name for c in MEASURES.columns])


def measure_frame(measure: Measure, rows: tuple[MeasureRow, ...]) -> pd.DataFrame:
    records = [{"date": r.date.iso, "value": _number(r.value),
                **{name: _number(r.comparators.get(name)) for name in measure.comparators}}
               for r in rows]
    return _frame(records, ["date", "value", *measure.comparators])


def feedback_frame(refs: list[FeedbackRef]) -> pd.DataFrame:
    records = []
    for ref in refs:
        engagement, item = ref.entry.engagement, ref.item
        records.append({
            "engagement_id": ref.entry.id, "engagement_title": engagement.title,
            "channel": engagement.channel, "start": engagement.start.isoformat(),
            "end": engagement.end.isoformat() if engagement.end else None,
            "participants": engagement.participants.group, "people": engagement.participants.people,
            "plan_id": ref.entry.plan_id, "item_id": item.id, "theme": item.theme,
            "you_said": _one_line(item.you_said), "we_did": _one_line(item.we_did),
            "we_will": _one_line(item.we_will), "status": item.status,
            "response_date": item.response_date.isoformat() if item.response_date else None,
            "priorities": "; ".join(item.priorities), "actions": "; ".join(item.actions),
        })
    return _frame(records, [c.name for c in FEEDBACK.columns])


def _one_line(text: str | None) -> str | None:
    return " ".join(text.split()) if text else None


def _frame(records: list[dict], columns: list[str]) -> pd.DataFrame:
    # Object columns keep 62 as 62 (not 62.0) and an empty cell as empty (not NaN).
    return pd.DataFrame(records, columns=columns, dtype=object)


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value.is_integer() else value


def csv_bytes(frame: pd.DataFrame) -> bytes:
    return frame.to_csv(index=False, lineterminator="\n").encode("utf-8")


def json_bytes(frame: pd.DataFrame) -> bytes:
    records = frame.to_dict(orient="records")
    return (json.dumps(records, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def xlsx_bytes(frame: pd.DataFrame, dataset: Dataset, created: date) -> bytes:
    """A workbook: the data, then a sheet saying what each column means. Texts are
    never read as formulas or links, whatever they start with."""
    buffer = io.BytesIO()
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    with pd.ExcelWriter(buffer, engine="xlsxwriter", engine_kwargs={"options": options}) as writer:
        # A fixed creation date makes the same workbook byte for byte on every build.
        writer.book.set_properties({"title": dataset.title,
                                    "created": datetime.combine(created, datetime.min.time())})
        frame.to_excel(writer, sheet_name="Data", index=False)
        sheet = writer.sheets["Data"]
        sheet.freeze_panes(1, 0)
        for i, name in enumerate(frame.columns):
            longest = max([len(name)] + [len(str(v)) for v in frame[name].head(200) if v is not None])
            sheet.set_column(i, i, min(60, longest + 2))
        pd.DataFrame([{"column": c.name, "meaning": c.meaning} for c in dataset.columns]).to_excel(
            writer, sheet_name="Columns", index=False)
        writer.sheets["Columns"].set_column(0, 0, 18)
        writer.sheets["Columns"].set_column(1, 1, 90)
    return buffer.getvalue()


def _last_update(entry: PlanEntry) -> date:
    periods = entry.published_periods()
    if periods:
        return periods[-1].update.date
    return entry.plan.published or date(2000, 1, 1)
