"""The plan's timeline and its partners, split by the day the site is built: what
has happened and what comes next, current and former partners."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..model import Due, Plan
from ..model.site import Partner
from ..model.timeline import Milestone


@dataclass(frozen=True)
class Timeline:
    happened: tuple[Milestone, ...]
    next: tuple[Milestone, ...]


def has_passed(when: Due, today: date) -> bool:
    """A whole month has passed only once it is over: saying that something happened
    when it may not have yet would mislead families more than saying it late."""
    return when.last_day <= today


def _first_day(when: Due) -> date:
    return when.last_day.replace(day=1) if when.month_only else when.last_day


def in_date_order(plan: Plan) -> list[Milestone]:
    """A month before the days in it; as written when equal."""
    return sorted(plan.timeline, key=lambda m: _first_day(m.date))


def timeline(plan: Plan, today: date) -> Timeline:
    """A span, such as a new inspection expected within some months, comes next until it ends."""
    ordered = in_date_order(plan)
    done = [has_passed(m.until or m.date, today) for m in ordered]
    return Timeline(tuple(m for m, d in zip(ordered, done) if d),
                    tuple(m for m, d in zip(ordered, done) if not d))


def former(partner: Partner, today: date) -> bool:
    return partner.until is not None and has_passed(partner.until, today)
