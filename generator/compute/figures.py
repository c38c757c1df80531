"""Headline figures: pure functions over the model, no files touched."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ..model import Action, ActionUpdate, Period, PlanEntry, Site, Status
from ..model.project import Reported
from ..model.base import NOT_NAMED


@dataclass(frozen=True)
class Figures:
    """The numbers a scrutiny report quotes, for one plan in one period."""

    period: Period
    total: int
    under_way: int
    completed: int
    delayed: int
    overdue: int
    by_status: tuple[tuple[Status, int], ...]  # the actions with a status: reported at some meeting
    # Actions no meeting has reported on yet: counted in `total`, with no status. Each
    # percentage is of `total`, every action, so that none reads higher than it is.
    not_reported: int = 0

    @property
    def percent_under_way(self) -> float:
        return percent(self.under_way, self.total)

    @property
    def percent_completed(self) -> float:
        return percent(self.completed, self.total)


NO_NEW_REPORT = "No new report at this meeting."
NO_REPORT_YET = "No report on this action yet."
NOT_REPORTED = Reported(None)  # an action no meeting has reported on yet


def shown_note(update: ActionUpdate | None, carried_from: Period | None) -> str | None:
    """An action's note at one meeting; when the meeting did not report on it, saying so,
    and whose status is shown (the earlier note is in that meeting's row). None: a status
    with no note, as reports often give."""
    if update is None:
        return NO_REPORT_YET
    if carried_from is None:
        return update.note
    return f"{NO_NEW_REPORT} The status is from the {carried_from.update.label}."


def percent(part: int, whole: int) -> float:
    return round(100 * part / whole, 1) if whole else 0.0


def is_overdue(action: Action, period: Period, status: Status | None) -> bool:
    """Past its due date at the time of the update and not completed. A meeting known
    only by its month may have been on its first day: due before then, to be sure. An
    action with no report yet may be done: it is not counted as overdue."""
    return status is not None and not status.completed and action.due.last_day < period.update.date.first_day


@dataclass(frozen=True)
class Counted:
    """Which actions the headline figures count, by id in the plan's order: what the
    change summary names behind a figure that moved."""

    by_status: dict[str, list[str]]  # status id -> the actions with it
    overdue: list[str]
    not_reported: list[str]

    def having(self, flag: str, statuses: dict[str, Status]) -> list[str]:
        """The actions whose status counts as `flag` (under_way, completed or delayed)."""
        return [a for sid, ids in self.by_status.items() if getattr(statuses[sid], flag) for a in ids]


def counted(entry: PlanEntry, period: Period, site: Site, actions: Iterable[Action] | None = None) -> Counted:
    statuses = {s.id: s for s in site.statuses}
    by_status: dict[str, list[str]] = {s.id: [] for s in site.statuses}
    overdue: list[str] = []
    not_reported: list[str] = []
    reported = entry.reported(period)
    for action in entry.plan.actions() if actions is None else actions:
        if action.id not in reported:
            not_reported.append(action.id)
            continue
        status = statuses[reported[action.id].update.status]
        by_status[status.id].append(action.id)
        if is_overdue(action, period, status):
            overdue.append(action.id)
    return Counted(by_status, overdue, not_reported)


def figures(entry: PlanEntry, period: Period, site: Site,
            actions: Iterable[Action] | None = None) -> Figures:
    """Counts over the plan's actions, or over some of them (such as one priority's)."""
    statuses = {s.id: s for s in site.statuses}
    found = counted(entry, period, site, actions)
    return Figures(
        period=period,
        total=sum(map(len, found.by_status.values())) + len(found.not_reported),
        under_way=len(found.having("under_way", statuses)),
        completed=len(found.having("completed", statuses)),
        delayed=len(found.having("delayed", statuses)),
        overdue=len(found.overdue),
        by_status=tuple((s, len(found.by_status[s.id])) for s in site.statuses),
        not_reported=len(found.not_reported),
    )


def headline(entry: PlanEntry, site: Site) -> tuple[Figures | None, Figures | None]:
    """Figures for the latest published period and the one before it."""
    periods = entry.published_periods()
    latest = figures(entry, periods[-1], site) if periods else None
    previous = figures(entry, periods[-2], site) if len(periods) > 1 else None
    return latest, previous


@dataclass(frozen=True)
class HistoryRow:
    period: Period
    # The entry the status comes from: carried forward, it is an earlier one's; None
    # (and no status) while no meeting has reported on the action.
    update: ActionUpdate | None
    status: Status | None
    overdue: bool
    carried_from: Period | None = None  # the earlier meeting, when this one had no new report

    @property
    def note(self) -> str | None:
        return shown_note(self.update, self.carried_from)


def history(entry: PlanEntry, action: Action, site: Site) -> list[HistoryRow]:
    """An action's status in every published period, newest first."""
    return histories(entry, [action], site)[action.id]


def histories(entry: PlanEntry, actions: Iterable[Action], site: Site) -> dict[str, list[HistoryRow]]:
    """`history` for several actions, going through the plan's periods once."""
    statuses = {s.id: s for s in site.statuses}  # guaranteed complete by validation
    periods = list(reversed(entry.published_periods()))
    out = {}
    for action in actions:
        rows = []
        for period in periods:
            reported = entry.reported(period).get(action.id, NOT_REPORTED)
            status = statuses[reported.update.status] if reported.update else None
            rows.append(HistoryRow(period, reported.update, status, is_overdue(action, period, status),
                                   reported.carried_from))
        out[action.id] = rows
    return out


@dataclass(frozen=True)
class NotYetKnown:
    """Actions whose due date is not set yet, and whose lead is not named yet: real
    plans publish what they have, and the site says how much is still to settle."""

    dates: int
    leads: int


def not_yet_known(entry: PlanEntry) -> NotYetKnown:
    actions = entry.plan.actions()
    return NotYetKnown(dates=sum(not a.due.known for a in actions),
                       leads=sum(a.lead == NOT_NAMED for a in actions))
