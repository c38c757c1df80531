"""What changed between two versions of the inputs, or between two periods.

Pure functions over two projects: `progress-pages changes` compares two git
revisions or folders, and each period's "What changed" page compares it with the
period before. Things that went backwards are flagged so they can be listed first.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from ..model import Action, FeedbackRef, Measure, Period, PlanEntry, Project, Site, Status
from ..model.base import Due
from .figures import Figures, figures


def is_worse(old: Status, new: Status, scale: list[Status]) -> bool:
    """Moving away from completed, into delay, or back to not started; or down the
    scale between two statuses that count the same (e.g. On track to In progress)."""
    if old.completed and not new.completed:
        return True
    if new.delayed and not old.delayed:
        return True
    if old.under_way and not new.under_way:
        return True
    flags = lambda s: (s.completed, s.delayed, s.under_way)  # noqa: E731
    return flags(old) == flags(new) and scale.index(new) < scale.index(old)


@dataclass(frozen=True)
class StatusChange:
    kind: ClassVar[str] = "status"
    plan: PlanEntry
    action: Action
    old: Status | None  # None: the action had no status before
    new: Status
    note: str | None
    worse: bool


@dataclass(frozen=True)
class DueChange:
    kind: ClassVar[str] = "due"
    plan: PlanEntry
    action: Action
    old: Due
    new: Due

    @property
    def worse(self) -> bool:
        return self.new > self.old


@dataclass(frozen=True)
class ActionChange:
    kind: ClassVar[str] = "action"
    plan: PlanEntry
    action: Action
    added: bool

    @property
    def worse(self) -> bool:
        return not self.added


@dataclass(frozen=True)
class WordingChange:
    kind: ClassVar[str] = "wording"
    plan: PlanEntry
    subject: str  # the priority or action id
    field: str  # e.g. "title", "what inspectors found"
    old: str
    new: str


@dataclass(frozen=True)
class PeriodAdded:
    kind: ClassVar[str] = "period"
    plan: PlanEntry
    period: Period


@dataclass(frozen=True)
class FeedbackChange:
    kind: ClassVar[str] = "feedback"
    ref: FeedbackRef
    old_status: str | None  # None: a new item

    @property
    def worse(self) -> bool:
        return self.old_status == "done" and self.ref.item.status != "done"


@dataclass(frozen=True)
class MeasureChange:
    kind: ClassVar[str] = "measure"
    measure: Measure
    what: str  # "added", "removed" or "changed"


@dataclass(frozen=True)
class FiguresChange:
    kind: ClassVar[str] = "figures"
    plan: PlanEntry
    before: Figures | None
    after: Figures | None


@dataclass
class Changes:
    periods: list[PeriodAdded] = field(default_factory=list)
    statuses: list[StatusChange] = field(default_factory=list)
    due_dates: list[DueChange] = field(default_factory=list)
    actions: list[ActionChange] = field(default_factory=list)
    wording: list[WordingChange] = field(default_factory=list)
    feedback: list[FeedbackChange] = field(default_factory=list)
    measures: list[MeasureChange] = field(default_factory=list)
    figures: list[FiguresChange] = field(default_factory=list)

    @property
    def backwards(self) -> list:
        return [c for group in (self.statuses, self.due_dates, self.actions, self.feedback)
                for c in group if c.worse]

    @property
    def empty(self) -> bool:
        return not any((self.periods, self.statuses, self.due_dates, self.actions, self.wording,
                        self.feedback, self.measures))


def _latest_statuses(entry: PlanEntry, site: Site) -> dict[str, tuple[Status, str]]:
    """Each action's status and note in the newest period that gives one."""
    out: dict[str, tuple[Status, str]] = {}
    for period in entry.periods:
        for action_id, update in period.update.actions.items():
            status = site.status(update.status)
            if status is not None:
                out[action_id] = (status, update.note)
    return out


def _status_changes(entry: PlanEntry, site: Site, before: dict, after: dict) -> list[StatusChange]:
    changes = []
    for action in entry.plan.actions():
        if action.id not in after:
            continue
        new, note = after[action.id]
        old = before.get(action.id, (None, ""))[0]
        if old is None or old.id != new.id:
            worse = old is not None and is_worse(old, new, list(site.statuses))
            changes.append(StatusChange(entry, action, old, new, note, worse))
    return changes


def compare_periods(entry: PlanEntry, previous: Period | None, period: Period, site: Site) -> Changes:
    """What one reporting period changed, for its "What changed" page."""
    def statuses(p: Period | None) -> dict:
        if p is None:
            return {}
        return {a: (site.status(r.update.status), r.update.note) for a, r in entry.reported(p).items()}

    return Changes(
        statuses=_status_changes(entry, site, statuses(previous), statuses(period)),
        figures=[FiguresChange(entry, figures(entry, previous, site) if previous else None,
                               figures(entry, period, site))],
    )


def compare(base: Project, head: Project) -> Changes:
    """Everything that changed in the inputs from base to head (drafts included)."""
    changes = Changes()
    base_plans = {e.id: e for e in base.plans}
    for entry in head.plans:
        old = base_plans.get(entry.id)
        old_periods = {p.id for p in old.periods} if old else set()
        changes.periods += [PeriodAdded(entry, p) for p in entry.periods if p.id not in old_periods]
        old_actions = {a.id: a for a in old.plan.actions()} if old else {}
        new_actions = {a.id: a for a in entry.plan.actions()}
        changes.actions += [ActionChange(entry, a, True) for i, a in new_actions.items() if i not in old_actions]
        changes.actions += [ActionChange(entry, a, False) for i, a in old_actions.items() if i not in new_actions]
        for action_id, action in new_actions.items():
            before = old_actions.get(action_id)
            if before is None:
                continue
            if before.due != action.due:
                changes.due_dates.append(DueChange(entry, action, before.due, action.due))
            for name in ("title", "lead", "tasks", "evidence", "due_note"):
                a, b = getattr(before, name), getattr(action, name)
                if a != b:
                    changes.wording.append(WordingChange(entry, action_id, name, _text(a), _text(b)))
        if old:
            old_priorities = {p.id: p for p in old.plan.priorities}
            for p in entry.plan.priorities:
                before_p = old_priorities.get(p.id)
                for name in PRIORITY_WORDING:
                    if before_p is not None and getattr(before_p, name) != getattr(p, name):
                        changes.wording.append(WordingChange(entry, p.id, name.replace("_", " "),
                                                             _text(getattr(before_p, name)),
                                                             _text(getattr(p, name))))
            if old.plan.timeline != entry.plan.timeline:
                changes.wording.append(WordingChange(entry, "the plan", "timeline", _milestones(old.plan),
                                                     _milestones(entry.plan)))
            if old.plan.words.name != entry.plan.words.name:  # its kind, or the name it gives itself
                changes.wording.append(WordingChange(entry, "the plan", "kind", old.plan.words.name,
                                                     entry.plan.words.name))
        before = _latest_statuses(old, base.site) if old else {}
        changes.statuses += _status_changes(entry, head.site, before, _latest_statuses(entry, head.site))
        changes.figures.append(FiguresChange(
            entry,
            figures(old, old.periods[-1], base.site) if old and old.periods else None,
            figures(entry, entry.periods[-1], head.site) if entry.periods else None,
        ))
    for old in base.plans:
        if old.id not in {e.id for e in head.plans}:
            changes.actions += [ActionChange(old, a, False) for a in old.plan.actions()]

    old_items = {(r.entry.id, r.item.id): r for r in _all_feedback(base)}
    for key, ref in ((k, r) for r in _all_feedback(head) for k in [(r.entry.id, r.item.id)]):
        before = old_items.get(key)
        if before is None or before.item.status != ref.item.status:
            changes.feedback.append(FeedbackChange(ref, before.item.status if before else None))

    old_measures = {m.id: m for m in base.measures}
    new_measures = {m.id: m for m in head.measures}
    changes.measures += [MeasureChange(m, "added") for i, m in new_measures.items() if i not in old_measures]
    changes.measures += [MeasureChange(m, "removed") for i, m in old_measures.items() if i not in new_measures]
    changes.measures += [MeasureChange(m, "changed") for i, m in new_measures.items()
                         if i in old_measures and old_measures[i] != m]
    return changes


def _all_feedback(project: Project) -> list[FeedbackRef]:
    return [FeedbackRef(e, item) for e in project.engagements for item in e.engagement.items]


# Every field of a priority that its page shows in words (actions are compared apart).
PRIORITY_WORDING = ("title", "finding", "inspectors_found", "inspectors_said", "what_it_means", "aim",
                    "lead", "partners")


def _text(value) -> str:
    if value is None or value == []:
        return "none"
    return "; ".join(value) if isinstance(value, list) else str(value)


def _milestones(plan) -> str:
    return "; ".join(f"{m.date} {m.kind}" for m in plan.timeline) or "none"
