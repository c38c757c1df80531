"""The committee summary: the figures a scrutiny report quotes for one period, next
to the previous meeting's, and what changed in between. Pure functions of the model;
the headline figures come from `figures`, as on the site's home page."""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Action, FeedbackRef, Measure, PlanEntry, Period, Priority, Project, Status
from ..model.priority import Workstream
from . import feedback
from .changes import Changes, compare_periods
from .figures import NOT_REPORTED, Figures, figures, is_overdue, shown_note
from .measures import MeasureSummary, summarise
from .impact import Judgement, TargetProgress, judgements, latest_impact, target_progress, uses_impacts


@dataclass(frozen=True)
class ActionNow:
    priority: Priority
    action: Action
    status: Status | None  # None: no meeting has reported on it yet
    note: str | None
    overdue: bool


@dataclass(frozen=True)
class PriorityFigures:
    priority: Priority
    figures: Figures


@dataclass(frozen=True)
class WorkstreamFigures:
    priority: Priority
    workstream: Workstream
    figures: Figures


@dataclass(frozen=True)
class ImpactNow:
    priority: Priority
    latest: Judgement | None  # the latest judgement up to this meeting
    said: Judgement | None  # what this meeting's update said, if anything


@dataclass(frozen=True)
class MeasureActions:
    measure: Measure
    summary: MeasureSummary  # the figures known at the meeting, as the measure's page says them
    actions: tuple[ActionNow, ...]


@dataclass(frozen=True)
class Committee:
    entry: PlanEntry
    period: Period
    latest: Figures
    previous: Figures | None
    actions: tuple[ActionNow, ...]
    changes: Changes  # since the previous meeting, as on the period's "What changed" page
    priorities: tuple[PriorityFigures, ...]
    measures: tuple[MeasureActions, ...]
    feedback: tuple[FeedbackRef, ...]  # families': heard or done since the previous meeting
    others: tuple[FeedbackRef, ...]  # inspectors', advisers', reviews': the same, counted apart
    still_to_do: tuple[FeedbackRef, ...]  # promises late at this meeting
    workstreams: tuple[WorkstreamFigures, ...] = ()  # each counts its own actions only
    impacts: tuple[ImpactNow, ...] = ()  # empty when the plan does not report change for families
    target: TargetProgress | None = None  # as on the home page, at this meeting

    @property
    def delayed(self) -> list[ActionNow]:
        return [a for a in self.actions if a.status and a.status.delayed]

    @property
    def overdue(self) -> list[ActionNow]:
        return [a for a in self.actions if a.overdue]


def previous_meeting(entry: PlanEntry, period: Period) -> Period | None:
    """The published period before this one: what the home page compares with."""
    earlier = [p for p in entry.periods[:entry.periods.index(period)] if p.published]
    return earlier[-1] if earlier else None


def committee(project: Project, entry: PlanEntry, period: Period) -> Committee:
    site = project.site
    before = previous_meeting(entry, period)
    actions = []
    for priority in entry.plan.priorities:
        for action in priority.actions:
            reported = entry.reported(period).get(action.id, NOT_REPORTED)
            status = site.status(reported.update.status) if reported.update else None
            actions.append(ActionNow(priority, action, status, shown_note(reported.update, reported.carried_from),
                                     is_overdue(action, period, status)))
    by_id = {a.action.id: a for a in actions}
    # A paper for an earlier meeting quotes the figures of then, not ones from after it.
    measures = tuple(MeasureActions(m, summarise(m, tuple(r for r in project.rows(m)
                                                          if r.date.last_day <= period.update.date.last_day)),
                                    tuple(by_id[a.id] for a in entry.plan.actions() if m.id in a.measures))
                     for m in project.measures)
    refs = [r for r in project.published_feedback() if r.entry.plan_id == entry.id]

    # A meeting known by its month takes in its whole month: each day is in one window.
    def in_window(day) -> bool:
        return day is not None and day <= period.update.date.last_day and (
            before is None or day > before.update.date.last_day)

    # Heard since the last meeting, or done since then (a promised date is not news).
    since = [r for r in refs if in_window((r.entry.engagement.end or r.entry.engagement.start).last_day) or (
        r.item.status == "done" and in_window(r.item.response_date))]
    return Committee(
        entry=entry, period=period,
        latest=figures(entry, period, site),
        previous=figures(entry, before, site) if before else None,
        actions=tuple(actions),
        changes=compare_periods(entry, before, period, site),
        priorities=tuple(PriorityFigures(p, figures(entry, period, site, p.actions))
                         for p in entry.plan.priorities),
        measures=tuple(m for m in measures if m.actions),
        feedback=tuple(feedback.families(since)),
        others=tuple(feedback.others(since)),
        still_to_do=tuple(feedback.still_to_do(refs, period.update.date.first_day)),  # as is_overdue
        workstreams=tuple(WorkstreamFigures(p, w, figures(entry, period, site, p.in_workstream(w.id)))
                          for p in entry.plan.priorities for w in p.workstreams),
        impacts=tuple(_impact_now(entry, p, period, site) for p in entry.plan.priorities)
        if uses_impacts(entry) or period.update.priorities else (),
        target=target_progress(entry, site, period),
    )


def _impact_now(entry: PlanEntry, priority: Priority, period: Period, site) -> ImpactNow:
    said = judgements(entry, priority, site, period)
    return ImpactNow(priority, latest_impact(entry, priority, site, period),
                     said[0] if said and said[0].period is period else None)


def find_period(entry: PlanEntry, period_id: str | None) -> Period | None:
    """The period asked for (drafts too, for papers written before a meeting agrees
    them), or by default the latest published one, as on the home page."""
    if period_id is None:
        published = entry.published_periods()
        return published[-1] if published else None
    return next((p for p in entry.periods if p.id == period_id), None)
