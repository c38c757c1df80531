"""Make examples/tracker.xlsx: the example plan (plans/wsoa-2020) as a local area
would keep it in Excel, to show and test `progress-pages import`.

It has what real trackers have: a title and a key above the headers, the area of
focus in merged cells, a blank row between areas, R/A/G/B letters (and a few
words), completion dates typed as UK dates, as Excel dates and as months, and
bulleted cells. Run it after changing the example plan:

    .venv/bin/python examples/make_tracker.py

Tests call `make_tracker` to write variants: as .csv, and with one bad cell.
"""
from __future__ import annotations

import csv
import datetime as dt
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.model import Project  # noqa: E402
from generator.validate import load_project  # noqa: E402

SHEET = "WSOA tracker"
AREAS = "Areas of focus"
WORKSTREAMS = "Workstreams"
HEADER_ROW = 3
LETTERS = {"not-started": "", "red": "R", "amber": "A", "green": "G", "blue": "B"}
# A few cells use words, as trackers kept by several people do.
WORDS = {"not-started": "Not started", "red": "Red", "amber": "amber", "green": "Green", "blue": "Complete"}
IN_WORDS = {("A1.2", "2021-04"), ("A2.6", "2021-10"), ("A3.2", "2022-01"), ("A3.7", "2021-07")}
# The bad cell of the test variant: September has 30 days.
BAD_CELL = ("A2.3", "31/09/2021")


def _short(period_id: str) -> str:
    return dt.date.fromisoformat(period_id + "-01").strftime("%b %y")  # 'Apr 21'


def _due(priority_index: int, due) -> object:
    """Completion dates as trackers hold them: UK text, Excel dates, or a month."""
    if priority_index == 0:
        return due.last_day.strftime("%d/%m/%Y")
    if priority_index == 1:
        return due.last_day
    return due.last_day.strftime("%B %Y")


def rows(project: Project, bad_cell: bool = False) -> tuple[list[str], list[list[object]], list[tuple[int, int]]]:
    """Headers, the rows under them (None for a blank row), and the row spans of each area."""
    entry = project.plans[0]
    names = {m.id: m.name for m in project.measures}
    periods = entry.periods
    headers = ["Area of focus", "Ref", "Action", "Key tasks", "Lead officer", "Evidence",
               "Impact measures", "Completion date"]
    for p in periods:
        headers += [f"RAG {_short(p.id)}", f"Update {_short(p.id)}"]
    headers += ["Workstream", "Also helps", "Enablers", "Topics"]  # added later, so after the periods
    out: list[list[object]] = []
    spans = []
    for i, priority in enumerate(entry.plan.priorities):
        first = len(out)
        for j, a in enumerate(priority.actions):
            row: list[object] = [priority.title if j == 0 else None, a.id, a.title,
                                 "\n".join("• " + t for t in a.tasks), a.lead, "\n".join(a.evidence),
                                 "\n".join(names[m] for m in a.measures), _due(i, a.due)]
            if bad_cell and a.id == BAD_CELL[0]:
                row[7] = BAD_CELL[1]
            for p in periods:
                update = p.update.actions[a.id]
                words = WORDS if (a.id, p.id) in IN_WORDS else LETTERS
                row += [words[update.status], update.note]
            row += [a.workstream, "\n".join(a.also_supports) or None, "\n".join(a.enablers) or None,
                    "\n".join(a.topics) or None]
            out.append(row)
        spans.append((first, len(out) - 1))
        out.append([None] * len(headers))  # a blank row between areas
    return headers, out, spans


def make_tracker(project: Project, path: Path, bad_cell: bool = False) -> None:
    headers, body, spans = rows(project, bad_cell)
    if path.suffix == ".csv":  # one sheet, merged cells as blanks, dates as text
        with path.open("w", newline="", encoding="utf-8-sig") as f:
            writer = csv.writer(f)
            writer.writerows([["Example County SEND Written Statement of Action: action tracker"], []])
            writer.writerow(headers)
            writer.writerows([[v.strftime("%d/%m/%Y") if isinstance(v, dt.date) else v for v in r]
                              for r in body])
        return
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws["A1"] = "Example County SEND Written Statement of Action: action tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "RAGB: R = Delayed, A = In progress, G = On track, B = Completed. Blank = not started."
    for column, header in enumerate(headers, 1):
        ws.cell(HEADER_ROW, column, header).font = Font(bold=True)
    for r, row in enumerate(body, HEADER_ROW + 1):
        for column, value in enumerate(row, 1):
            cell = ws.cell(r, column, value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(value, dt.date):
                cell.number_format = "dd/mm/yyyy"
    for first, last in spans:
        ws.merge_cells(start_row=HEADER_ROW + 1 + first, end_row=HEADER_ROW + 1 + last,
                       start_column=1, end_column=1)
    for column, width in zip("ABCDEFGH", (30, 6, 40, 50, 30, 45, 30, 14)):
        ws.column_dimensions[column].width = width
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 3)

    areas = wb.create_sheet(AREAS)
    areas.append(["Ref", "Area of focus", "What inspectors found", "What this means for families", "Lead",
                  "Finding", "Inspectors' words", "Aim", "Responsible partners"])
    for p in project.plans[0].plan.priorities:
        areas.append([p.id, p.title, p.inspectors_found, p.what_it_means, p.lead, p.finding,
                      p.inspectors_said, p.aim, "\n".join(p.partners) or None])
    streams = wb.create_sheet(WORKSTREAMS)
    streams.append(["Area of focus", "Ref", "Workstream", "Lead", "Summary"])
    for p in project.plans[0].plan.priorities:
        for w in p.workstreams:
            streams.append([p.id, w.id, w.title, w.lead, w.summary])
    # Fixed document dates, so the file changes only when its content does.
    wb.properties.created = wb.properties.modified = dt.datetime(2022, 1, 18)
    wb.save(path)


if __name__ == "__main__":
    project, report = load_project(ROOT / "plans", ROOT)
    if project is None:
        sys.exit(report.summary())
    make_tracker(project, ROOT / "examples" / "tracker.xlsx")
    print("Wrote examples/tracker.xlsx")
