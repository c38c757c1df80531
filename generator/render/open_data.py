"""Open data: every plan (each action with its status at every published update) and
every measure, as CSV and JSON (and each plan as an Excel workbook), as datasets.py
describes them. Pure functions of the model, byte for byte the same for the same input.

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
from ..model.timeline import MILESTONE_LABELS
from ..write.spreadsheet_safe import escaped
from ..store import Store
from .datasets import (FEEDBACK, IMPACTS, MEASURES, PLAN, TIMELINE, Dataset, feedback_path, impacts_path,
                       measure_path, measures_path, plan_path, timeline_path)
from .made import made


@dataclass(frozen=True)
class Table:
    """Rows to publish: each a tuple of values in the order of `columns`."""

    columns: tuple[str, ...]
    rows: list[tuple]


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
