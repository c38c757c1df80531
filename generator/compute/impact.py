"""What has changed for families, priority by priority: each update's judgement and
narrative, and how far a plan is from its target. Judged apart from the actions'
statuses, and only where an update gives a judgement: none is ever guessed."""
from __future__ import annotations

import math
from dataclasses import dataclass

from ..model import Impact, Period, PlanEntry, Priority, Site, Target
from .figures import percent


@dataclass(frozen=True)
class Judgement:
    """What one update said about one priority: a judgement, a narrative, or both."""

    period: Period
    impact: Impact | None
    narrative: str | None


def judgements(entry: PlanEntry, priority: Priority, site: Site, upto: Period | None = None) -> list[Judgement]:
    """What every published update (up to `upto`, which may be a draft) said about the
    priority, newest first."""
    out = []
    for period in reversed(_periods(entry, upto)):
        said = period.update.priorities.get(priority.id)
        if said is not None and (said.impact or said.narrative):
            out.append(Judgement(period, site.impact(said.impact) if said.impact else None, said.narrative))
    return out


def latest_impact(entry: PlanEntry, priority: Priority, site: Site, upto: Period | None = None) -> Judgement | None:
    """The latest update that judged the priority: a narrative alone is no judgement."""
    return next((j for j in judgements(entry, priority, site, upto) if j.impact), None)


def uses_impacts(entry: PlanEntry) -> bool:
    """Whether the plan reports change for families at all; until it does, its pages say nothing of it."""
    return entry.plan.target is not None or any(p.update.priorities for p in entry.published_periods())


@dataclass(frozen=True)
class TargetProgress:
    target: Target
    impact: Impact  # the judgement a priority must reach, or pass
    reached: int  # priorities whose latest judgement is it, or one further up the scale
    judged: int  # priorities judged at all
    total: int
    top: bool  # the target's judgement is the top of the scale

    @property
    def needed(self) -> int:
        return math.ceil(self.target.share * self.total / 100)

    @property
    def percent_reached(self) -> float:
        return percent(self.reached, self.total)

    @property
    def met(self) -> bool:
        return self.reached >= self.needed


def target_progress(entry: PlanEntry, site: Site, upto: Period | None = None) -> TargetProgress | None:
    """How many priorities are at the target's judgement or beyond, by the latest update
    (up to `upto`) that judged each. None when the plan sets no target."""
    target = entry.plan.target
    if target is None:
        return None
    order = [i.id for i in site.impacts]
    level = order.index(target.impact)
    latest = [latest_impact(entry, p, site, upto) for p in entry.plan.priorities]
    return TargetProgress(
        target=target, impact=site.impacts[level],
        reached=sum(1 for j in latest if j and order.index(j.impact.id) >= level),
        judged=sum(1 for j in latest if j), total=len(latest), top=level == len(order) - 1)


def _periods(entry: PlanEntry, upto: Period | None) -> list[Period]:
    if upto is None:
        return list(entry.published_periods())
    return [p for p in entry.periods if (p.published or p is upto) and p.update.date <= upto.update.date]
