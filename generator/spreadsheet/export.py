"""`progress-pages export`: a plan with its full status history as a committee pack,
in .xlsx (one sheet each) and .csv (one file each) that open without our tool."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ..model import PlanEntry, Project
from ..model.base import Due
from ..write.files import replacing
from ..write.spreadsheet_safe import escaped
from .layout import (ACTIONS, COLUMNS, EASY_READ, ENABLERS, IMPACT, MEASURES, PERIODS, PLAN, PRIORITIES,
                     TIMELINE, WORKSTREAMS, status_column)
from .values import uk_date

BULLET = "• "


def _items(texts: list[str]) -> str:
    return "\n".join(BULLET + t for t in texts)


def _due(due: Due) -> dt.date | str:
    """A day stays a date (Excel can sort it); a whole month is written 'March 2021'."""
    if not due.known:
        return due.iso  # 'tbc', which import reads back
    return str(due) if due.month_only else due.last_day


def frames(project: Project, entry: PlanEntry) -> dict[str, pd.DataFrame]:
    """The pack's sheets, in order, with the headers of layout.COLUMNS."""
    plan, site = entry.plan, project.site
    rows: dict[str, list[dict]] = {name: [] for name in COLUMNS}
    target = plan.target
    rows[PLAN].append({"id": entry.id, "title": plan.title, "summary": plan.summary,
                       "published": plan.published and _due(plan.published), "kind": plan.kind, "kind_name": plan.kind_name,
                       "updates_cover": plan.updates_cover} | ({
                           "target_impact": site.impact(target.impact).label, "target_share": target.share,
                           "target_by": target.by and _due(target.by), "target_says": target.says}
                           if target else {}))
    for p in plan.priorities:
        rows[PRIORITIES].append({k: "\n".join(p.partners) if k == "partners" else getattr(p, k)
                                 for k in COLUMNS[PRIORITIES]})
        for a in p.actions:
            row = {"priority": p.id, "priority_title": p.title, "id": a.id, "title": a.title,
                   "tasks": _items(a.tasks), "lead": a.lead, "evidence": _items(a.evidence),
                   "measures": "\n".join(a.measures), "due": _due(a.due), "due_note": a.due_note,
                   "workstream": a.workstream, "also_supports": "\n".join(a.also_supports),
                   "enablers": "\n".join(a.enablers), "topics": "\n".join(a.topics)}
            for period in entry.periods:  # carried forward when a meeting did not report on it
                reported = entry.reported(period).get(a.id)  # blank: not reported yet
                row[status_column(period.id)] = reported and site.status(reported.update.status).label
            rows[ACTIONS].append(row)
        rows[WORKSTREAMS] += [{"priority": p.id, **w.model_dump()} for w in p.workstreams]
    titles = {p.id: p.title for p in plan.priorities}
    for period in entry.periods:
        u = period.update
        # What each meeting itself said, so that import gives back the same update files.
        for a in (a for a in plan.actions() if a.id in u.actions):
            rows[PERIODS].append({"period": period.id, "date": _due(u.date), "label": u.label, "state": u.state,
                                  "agreed_by": u.agreed_by, "agreed_on": u.agreed_on, "action": a.id, "action_title": a.title,
                                  "status": site.status(u.actions[a.id].status).label,
                                  "note": u.actions[a.id].note})
        for priority_id, said in u.priorities.items():  # only what the update said: none is guessed
            rows[IMPACT].append({"period": period.id, "priority": priority_id,
                                 "priority_title": titles[priority_id],
                                 "impact": said.impact and site.impact(said.impact).label,
                                 "narrative": said.narrative})
    for m in project.measures:
        rows[MEASURES].append({"id": m.id, "name": m.name, "description": m.description,
                               "actions": "\n".join(a.id for a in plan.actions() if m.id in a.measures)})
    for m in plan.timeline:  # in the plan's own order, so that import gives back the same file
        rows[TIMELINE].append({"date": _due(m.date), "until": m.until and _due(m.until), "kind": m.kind,
                               "by": m.by, "note": m.note, "link": m.link})
    rows[ENABLERS] = [e.model_dump() for e in plan.enablers]
    rows[EASY_READ] = [point.model_dump() for point in plan.easy_read]
    out = {}
    for name, found in rows.items():
        headers = dict(COLUMNS[name])
        if name == ACTIONS:
            headers |= {status_column(p.id): status_column(p.id) for p in entry.periods}
        out[name] = pd.DataFrame(found, columns=list(headers)).rename(columns=headers)
    return out


def write_xlsx(sheets: dict[str, pd.DataFrame], path: Path) -> None:
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name, index=False)
            _tidy(writer.sheets[name], frame)


def _tidy(ws, frame: pd.DataFrame) -> None:
    """Bold, frozen headers with filters; wrapped text; UK dates; readable widths."""
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    for column, header in enumerate(frame.columns, 1):
        cells = frame[header].tolist()
        longest = max([len(str(header))] + [max(map(len, str(v).split("\n"))) for v in cells if v is not None])
        ws.column_dimensions[get_column_letter(column)].width = min(max(longest + 2, 10), 60)
        ws.cell(1, column).font = Font(bold=True)
        for row in range(2, len(cells) + 2):
            cell = ws.cell(row, column)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(cell.value, (dt.date, dt.datetime)):
                cell.number_format = "dd/mm/yyyy"
            elif cell.data_type == "f":  # openpyxl takes every text starting with = for a formula
                cell.data_type = "s"


def write_csv(sheets: dict[str, pd.DataFrame], paths: list[Path]) -> None:
    """One file per sheet, UTF-8 with the mark that tells Excel so, dates as 31/03/2021,
    and no text a spreadsheet would run as a formula."""
    for path, frame in zip(paths, sheets.values()):
        frame.map(lambda v: uk_date(Due(v)) if isinstance(v, dt.date) else escaped(v)).to_csv(
            path, index=False, encoding="utf-8-sig", date_format="%d/%m/%Y")


def _file_name(sheet: str) -> str:
    """'Easy Read' -> 'easy-read': no space in a file name, which links and commands would have to quote."""
    return sheet.lower().replace(" ", "-")


def export(project: Project, entry: PlanEntry, folder: Path) -> list[Path]:
    """The whole pack or, after any failure (a full disk), none of it."""
    sheets = frames(project, entry)
    paths = [folder / f"{entry.id}.xlsx", *(folder / f"{entry.id}-{_file_name(name)}.csv" for name in sheets)]
    with replacing(paths) as (xlsx, *csv):
        write_xlsx(sheets, xlsx)
        write_csv(sheets, csv)
    return paths
