"""The committee pack's layout: its sheets and column headers. The export writes
it, and `progress-pages import` reads it back with the mapping made here, so the
two cannot drift apart."""
from __future__ import annotations

import datetime as dt

from .mapping import (ActionColumns, ActionsSheet, ImpactColumns, ImpactsSheet, Mapping, MilestoneColumns,
                      PlanColumns, PlanSheet, PrioritiesSheet, PriorityColumns, TimelineSheet, UpdateColumns,
                      UpdatesSheet)

# Sheet name -> {field: column header}. Fields the import does not need (such as the
# priority's title beside its id) are there for people reading the pack.
PLAN = "Plan"
PRIORITIES = "Priorities"
ACTIONS = "Actions"
PERIODS = "Periods"
MEASURES = "Measures"
TIMELINE = "Timeline"
IMPACT = "Impact"

COLUMNS = {
    PLAN: {"id": "Plan id", "title": "Title", "summary": "Summary", "published": "Published",
           "target_impact": "Target: change for families", "target_share": "Target: % of priorities",
           "target_by": "Target: by", "target_says": "Target: why"},
    # Columns added later go last, so that older packs (read by their headers) still import.
    PRIORITIES: {"id": "Priority id", "title": "Priority", "inspectors_found": "What inspectors found",
                 "what_it_means": "What it means for families", "lead": "Lead", "finding": "Finding",
                 "inspectors_said": "Inspectors' words", "aim": "Aim for families", "partners": "Partners"},
    ACTIONS: {"priority": "Priority id", "priority_title": "Priority", "id": "Action id",
              "title": "Action", "tasks": "Tasks", "lead": "Lead", "evidence": "Evidence",
              "measures": "Measures", "due": "Due date", "due_note": "Due date note"},
    PERIODS: {"period": "Period", "date": "Meeting date", "label": "Meeting", "state": "State",
              "agreed_by": "Agreed by", "agreed_on": "Agreed on", "action": "Action id",
              "action_title": "Action", "status": "Status", "note": "Note"},
    MEASURES: {"id": "Measure id", "name": "Measure", "description": "What is counted",
               "actions": "Actions"},
    # Last, so that the sheets of packs made before it keep their places. Always written,
    # empty for a plan without a timeline; a pack without it (an older one) is still read.
    TIMELINE: {"date": "Date", "until": "Until", "kind": "Kind", "by": "By", "note": "Note",
               "link": "Link"},
    # After the timeline, for the same reason: one row per priority an update judged.
    IMPACT: {"period": "Period", "priority": "Priority id", "priority_title": "Priority",
             "impact": "Change for families", "narrative": "What has changed"},
}


def status_column(period_id: str) -> str:
    """The Actions sheet's column of statuses for one period, e.g. 'Status Apr 2021'."""
    return "Status " + dt.date.fromisoformat(period_id + "-01").strftime("%b %Y")


def export_mapping() -> Mapping:
    """How `progress-pages import` reads a committee pack made by `progress-pages export`."""

    def columns(sheet: str, model):
        return model(**{k: v for k, v in COLUMNS[sheet].items() if k in model.model_fields})

    return Mapping(
        plan_sheet=PlanSheet(sheet=PLAN, columns=columns(PLAN, PlanColumns)),
        priorities_sheet=PrioritiesSheet(sheet=PRIORITIES, columns=columns(PRIORITIES, PriorityColumns)),
        actions_sheet=ActionsSheet(sheet=ACTIONS, columns=columns(ACTIONS, ActionColumns), fill_down=[]),
        updates_sheet=UpdatesSheet(sheet=PERIODS, columns=columns(PERIODS, UpdateColumns)),
        timeline_sheet=TimelineSheet(sheet=TIMELINE, columns=columns(TIMELINE, MilestoneColumns)),
        impacts_sheet=ImpactsSheet(sheet=IMPACT, columns=columns(IMPACT, ImpactColumns)),
    )
