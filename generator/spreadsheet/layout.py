"""The committee pack's layout: its sheets and column headers. The export writes
it, and `progress-pages import` reads it back with the mapping made here, so the
two cannot drift apart."""
from __future__ import annotations

import datetime as dt

from .mapping import Mapping
from .sheets import (ActionColumns, ActionsSheet, EasyReadColumns, EasyReadSheet, EnablerColumns, EnablersSheet,
                     ImpactColumns, ImpactsSheet, MilestoneColumns, PlanColumns, PlanSheet, PrioritiesSheet,
                     PriorityColumns, TimelineSheet, UpdateColumns, UpdatesSheet, WorkstreamColumns, WorkstreamsSheet)

# Sheet name -> {field: column header}. Fields the import does not need (such as the
# priority's title beside its id) are there for people reading the pack.
PLAN = "Plan"
PRIORITIES = "Priorities"
ACTIONS = "Actions"
PERIODS = "Periods"
MEASURES = "Measures"
TIMELINE = "Timeline"
WORKSTREAMS = "Workstreams"
ENABLERS = "Enablers"
IMPACT = "Impact"
EASY_READ = "Easy Read"

COLUMNS = {
    # Columns added later go last, so that older packs (read by their headers) still import.
    PLAN: {"id": "Plan id", "title": "Title", "summary": "Summary", "published": "Published",
           "kind": "Kind of plan", "kind_name": "Name of the kind",
           "updates_cover": "Updates cover", "target_impact": "Target: change for families",
           "target_share": "Target: % of priorities", "target_by": "Target: by", "target_says": "Target: why"},
    # Columns added later go last, so that older packs (read by their headers) still import.
    PRIORITIES: {"id": "Priority id", "title": "Priority", "inspectors_found": "What inspectors found",
                 "what_it_means": "What it means for families", "lead": "Lead", "finding": "Finding",
                 "inspectors_said": "Inspectors' words", "aim": "Aim for families", "partners": "Partners"},
    ACTIONS: {"priority": "Priority id", "priority_title": "Priority", "id": "Action id",
              "title": "Action", "tasks": "Tasks", "lead": "Lead", "evidence": "Evidence",
              "measures": "Measures", "due": "Due date", "due_note": "Due date note",
              "workstream": "Workstream id", "also_supports": "Also supports", "enablers": "Enablers",
              "topics": "Topics"},
    PERIODS: {"period": "Period", "date": "Meeting date", "label": "Meeting", "state": "State",
              "agreed_by": "Agreed by", "agreed_on": "Agreed on", "action": "Action id",
              "action_title": "Action", "status": "Status", "note": "Note"},
    MEASURES: {"id": "Measure id", "name": "Measure", "description": "What is counted",
               "actions": "Actions"},
    # Last, so that the sheets of packs made before it keep their places. Always written,
    # empty for a plan without a timeline; a pack without it (an older one) is still read.
    TIMELINE: {"date": "Date", "until": "Until", "kind": "Kind", "by": "By", "note": "Note",
               "link": "Link"},
    # After the timeline for the same reason, and as it is: always written, maybe empty.
    WORKSTREAMS: {"priority": "Priority id", "id": "Workstream id", "title": "Workstream", "lead": "Lead",
                  "summary": "Summary"},
    ENABLERS: {"id": "Enabler id", "title": "Enabler", "summary": "Summary", "lead": "Lead"},
    # After those, for the same reason: one row per priority an update judged.
    IMPACT: {"period": "Period", "priority": "Priority id", "priority_title": "Priority",
             "impact": "Change for families", "narrative": "What has changed"},
    # After those, for the same reason: one row per point, in the plan's order.
    EASY_READ: {"text": "Sentence", "picture": "Picture"},
}
# Sheets a pack made before them may lack: the import then reads it without them.
LATER_SHEETS = {TIMELINE: "timeline_sheet", WORKSTREAMS: "workstreams_sheet", ENABLERS: "enablers_sheet",
                IMPACT: "impacts_sheet", EASY_READ: "easy_read_sheet"}


def status_column(period_id: str) -> str:
    """The Actions sheet's column of statuses for one period, e.g. 'Status Apr 2021', or
    'Status 14 Apr 2021' for an update named after its day (two in one month)."""
    if len(period_id) > len("YYYY-MM"):
        day = dt.date.fromisoformat(period_id)
        return f"Status {day.day} {day:%b %Y}"
    return "Status " + dt.date.fromisoformat(period_id + "-01").strftime("%b %Y")


def export_mapping() -> Mapping:
    """How `progress-pages import` reads a committee pack made by `progress-pages export`."""

    def columns(sheet: str, model):
        return model(**{k: v for k, v in COLUMNS[sheet].items() if k in model.model_fields})

    return Mapping(
        plan_sheet=PlanSheet(sheet=PLAN, columns=columns(PLAN, PlanColumns)),
        priorities_sheet=PrioritiesSheet(sheet=PRIORITIES, columns=columns(PRIORITIES, PriorityColumns)),
        actions_sheet=ActionsSheet(sheet=ACTIONS, columns=columns(ACTIONS, ActionColumns), fill_down=[]),
        # The Period column holds each update file's name, so that each goes back to its own file.
        updates_sheet=UpdatesSheet(sheet=PERIODS, columns=columns(PERIODS, UpdateColumns),
                                   period_is_file_name=True),
        timeline_sheet=TimelineSheet(sheet=TIMELINE, columns=columns(TIMELINE, MilestoneColumns)),
        workstreams_sheet=WorkstreamsSheet(sheet=WORKSTREAMS, columns=columns(WORKSTREAMS, WorkstreamColumns)),
        enablers_sheet=EnablersSheet(sheet=ENABLERS, columns=columns(ENABLERS, EnablerColumns)),
        impacts_sheet=ImpactsSheet(sheet=IMPACT, columns=columns(IMPACT, ImpactColumns)),
        easy_read_sheet=EasyReadSheet(sheet=EASY_READ, columns=columns(EASY_READ, EasyReadColumns)),
    )
