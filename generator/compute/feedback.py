""""You said, we did": grouping and follow-up of feedback items, pure functions."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..model import EngagementEntry, FeedbackRef, PlanEntry, Priority, Project


def families(refs) -> list[FeedbackRef]:
    """What families and young people told us: "you said, we did" and its counts."""
    return [r for r in refs if r.entry.engagement.from_families]


def others(refs) -> list[FeedbackRef]:
    """What inspectors, advisers, peer reviews and staff told us, counted apart."""
    return [r for r in refs if not r.entry.engagement.from_families]


def for_action(project: Project, plan_id: str, action_id: str) -> list[FeedbackRef]:
    return [r for r in project.feedback_about(plan_id) if action_id in r.item.actions]


def for_priority(project: Project, plan_id: str, priority: Priority) -> list[FeedbackRef]:
    """Items about the priority itself or about any of its actions."""
    action_ids = {a.id for a in priority.actions}
    return [r for r in project.feedback_about(plan_id) if
            priority.id in r.item.priorities or action_ids & set(r.item.actions)]


@dataclass(frozen=True)
class Group:
    title: str
    refs: tuple[FeedbackRef, ...]


def by_theme(refs: list[FeedbackRef]) -> list[Group]:
    """Biggest theme first; items with no theme last, in a group titled None."""
    themes: dict[str | None, list[FeedbackRef]] = {}
    for ref in refs:
        themes.setdefault(ref.item.theme, []).append(ref)
    return sorted((Group(t, tuple(r)) for t, r in themes.items()),
                  key=lambda g: (g.title is None, -len(g.refs), g.title or ""))


@dataclass(frozen=True)
class PriorityGroup:
    entry: PlanEntry
    priority: Priority
    refs: tuple[FeedbackRef, ...]


def by_priority(project: Project) -> list[PriorityGroup]:
    """What families told us about each priority."""
    return [PriorityGroup(entry, p, tuple(families(for_priority(project, entry.id, p))))
            for entry in project.plans for p in entry.plan.priorities]


@dataclass(frozen=True)
class EntryGroup:
    """The refs about one plan, or said at one engagement."""

    entry: PlanEntry | EngagementEntry
    refs: tuple[FeedbackRef, ...]


def by_plan(project: Project) -> list[EntryGroup]:
    """What families told us about each plan."""
    return [EntryGroup(entry, tuple(families(project.feedback_about(entry.id)))) for entry in project.plans]


def by_engagement(refs: list[FeedbackRef]) -> list[EntryGroup]:
    """The refs grouped by where they were said, in the order first met."""
    groups: dict[str, list[FeedbackRef]] = {}
    for ref in refs:
        groups.setdefault(ref.entry.id, []).append(ref)
    return [EntryGroup(g[0].entry, tuple(g)) for g in groups.values()]


def page_title(project: Project) -> str:
    """The feedback page's title: a site with no families' feedback yet must not say
    "you said"."""
    return "You said, we did" if families(project.published_feedback()) else "What others told us"


def still_to_do(refs: list[FeedbackRef], as_of: dt.date) -> list[FeedbackRef]:
    """Promises not yet kept: not done, and the promised date has passed."""
    late = [r for r in refs if r.item.status != "done" and r.item.response_date is not None
            and r.item.response_date < as_of]
    return sorted(late, key=lambda r: r.item.response_date)


def latest(refs: list[FeedbackRef], count: int = 3) -> list[FeedbackRef]:
    def when(r: FeedbackRef) -> dt.date:
        return r.item.response_date or (r.entry.engagement.end or r.entry.engagement.start).last_day
    return sorted(refs, key=lambda r: (when(r), r.entry.id, r.item.id), reverse=True)[:count]
