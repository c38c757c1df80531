"""Everything the site is made from, once every file has been checked."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Mapping

from ..logo import Logo
from .base import month_name
from .feedback import Engagement, FeedbackItem
from .glossary import Term
from .measure import Measure, MeasureRow
from .period import ActionUpdate, Update
from .plan import Plan
from .site import Site
from .topic import Topic


@dataclass(frozen=True)
class Period:
    """One reporting period of one plan; its id is the update file's name (YYYY-MM, or
    YYYY-MM-DD when a month has more than one meeting)."""

    id: str
    update: Update
    # Set only in a preview build: a draft shown as if published, under a banner.
    preview_draft: bool = False

    @property
    def published(self) -> bool:
        return self.update.state == "published"

    @property
    def when(self) -> str:
        """'October 2021', or '14 October 2021' for an update named after its day: the
        editor names a file so when two meetings share a month."""
        if len(self.id) > len("YYYY-MM"):
            return str(self.update.date)  # a day: validation checks it is the file's
        return month_name(self.update.date.last_day)


@dataclass(frozen=True)
class Reported:
    """An action's status at one meeting: the meeting's own entry for it, or, when the
    meeting did not report on it (a plan whose updates cover some actions), the entry
    of the latest earlier meeting that did."""

    update: ActionUpdate | None  # None: no meeting has reported on the action yet
    carried_from: Period | None = None  # None: reported at this meeting


@dataclass(frozen=True)
class PlanEntry:
    id: str  # the plan's folder name
    plan: Plan
    periods: tuple[Period, ...] = ()  # oldest first, drafts included

    def published_periods(self) -> tuple[Period, ...]:
        return tuple(p for p in self.periods if p.published)

    def reported(self, period: Period) -> Mapping[str, Reported]:
        """Every action's status at `period`, by action id. Every figure, history and
        comparison reads statuses here, never from the update file alone. An action no
        meeting has reported on yet (a plan whose updates cover some actions) is not in
        it: it has no status yet, and none is made up for it."""
        return self._reported[period.id]

    @cached_property
    def _reported(self) -> dict[str, dict[str, Reported]]:
        # A published meeting carries forward only what was published (the public site
        # has no drafts); a draft may also carry an earlier draft's entry.
        from_published: dict[str, Reported] = {}
        from_any: dict[str, Reported] = {}
        out = {}
        for period in self.periods:
            own = period.update.actions
            earlier = from_published if period.published else from_any
            out[period.id] = {**earlier, **{a: Reported(u) for a, u in own.items()}}
            carried = {a: Reported(u, period) for a, u in own.items()}
            from_any |= carried
            if period.published:
                from_published |= carried
        return out


@dataclass(frozen=True)
class EngagementEntry:
    id: str  # the file name without .yaml
    engagement: Engagement
    plan_id: str  # the plan its items refer to
    preview_draft: bool = False  # as for Period

    @property
    def published(self) -> bool:
        return self.engagement.state == "published"


@dataclass(frozen=True)
class FeedbackRef:
    """One item with the engagement it came from."""

    entry: EngagementEntry
    item: FeedbackItem


@dataclass(frozen=True)
class Project:
    site: Site
    plans: tuple[PlanEntry, ...]
    measures: tuple[Measure, ...] = field(default=())
    # Each measure's figures (plans/measures/<id>.csv), oldest first; no file, no figures.
    measure_rows: Mapping[str, tuple[MeasureRow, ...]] = field(default_factory=dict)
    glossary: tuple[Term, ...] = field(default=())  # the default's words and the area's
    topics: tuple[Topic, ...] = field(default=())  # the default's topics and the area's, in order
    logo: Logo | None = None  # site.yaml's branding logo, as it may be published
    engagements: tuple[EngagementEntry, ...] = field(default=())

    def current_plan(self) -> PlanEntry | None:
        """The plan in use now: the only one, or the one site.yaml names. None when
        several plans are all in use (a national view, or a plan and a strategy)."""
        if len(self.plans) == 1:
            return self.plans[0]
        return next((e for e in self.plans if e.id == self.site.current_plan), None)

    def plans_current_first(self) -> tuple[PlanEntry, ...]:
        current = self.current_plan()
        return tuple(sorted(self.plans, key=lambda e: e is not current))  # stable: the rest keep their order

    def published_feedback(self) -> list[FeedbackRef]:
        return list(self._published_feedback)

    def feedback_about(self, plan_id: str) -> tuple[FeedbackRef, ...]:
        """Published feedback about one plan."""
        return self._feedback_by_plan.get(plan_id, ())

    # Pages ask for these once per priority and action: worked out once per project
    # (a frozen object, so they never go stale).
    @cached_property
    def _published_feedback(self) -> tuple[FeedbackRef, ...]:
        return tuple(FeedbackRef(e, item) for e in self.engagements if e.published
                     for item in e.engagement.items)

    @cached_property
    def _feedback_by_plan(self) -> dict[str, tuple[FeedbackRef, ...]]:
        by_plan: dict[str, list[FeedbackRef]] = {}
        for ref in self._published_feedback:
            by_plan.setdefault(ref.entry.plan_id, []).append(ref)
        return {plan_id: tuple(refs) for plan_id, refs in by_plan.items()}

    def measure(self, measure_id: str) -> Measure | None:
        return next((m for m in self.measures if m.id == measure_id), None)

    def rows(self, measure: Measure) -> tuple[MeasureRow, ...]:
        return self.measure_rows.get(measure.id, ())
