"""What changed between two versions of the inputs, or between two periods.

Pure functions over two projects: `progress-pages changes` compares two git
revisions or folders, and each period's "What changed" page compares it with the
period before. Things that went backwards are flagged so they can be listed first.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from pydantic import BaseModel

from ..model import Action, FeedbackRef, Measure, Period, PlanEntry, Priority, Project, Site, Status
from ..model.base import Due
from ..model.measure import Point, plain
from .figures import Figures, counted, figures


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
    new: Status | None  # None: its entry was taken out of an update
    note: str | None
    worse: bool
    # Where, in `progress-pages changes`: the update, and whether it was there before
    # (an edit of what it says) and already public. A period's own page leaves them out.
    period: Period | None = None
    edited: bool = False
    was_public: bool = False


@dataclass(frozen=True)
class NoteChange:
    """A note added, changed or taken out in an update that was there before; or, in a
    new update, a note that differs from the action's note in the update before it."""

    kind: ClassVar[str] = "note"
    plan: PlanEntry
    action: Action
    period: Period
    old: str | None
    new: str | None
    edited: bool
    was_public: bool


@dataclass(frozen=True)
class CopiedNotes:
    """Actions whose note, new or changed in this update, is word for word the note of
    the update before: an update copied from the last one and not rewritten."""

    kind: ClassVar[str] = "copied"
    plan: PlanEntry
    period: Period
    previous: Period
    action_ids: tuple[str, ...]


@dataclass(frozen=True)
class FileChange:
    """An update or feedback file added, removed, or moved between draft and published:
    what becomes public, or stops being public, with this change."""

    kind: ClassVar[str] = "file"
    what: str  # "update" or "feedback"
    name: str  # the update's label, or the engagement's title
    old: str | None  # its state before; None: a new file
    new: str | None  # its state now; None: removed

    @property
    def public(self) -> bool:
        return "published" in (self.old, self.new)


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
class PriorityChange:
    kind: ClassVar[str] = "priority"
    plan: PlanEntry
    priority: Priority
    added: bool

    @property
    def worse(self) -> bool:
        return not self.added


@dataclass(frozen=True)
class WordingChange:
    kind: ClassVar[str] = "wording"
    plan: PlanEntry | None  # None: a measure's or a feedback item's
    subject: str  # the priority or action id, or the measure's or item's name
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
class FeedbackRemoved:
    kind: ClassVar[str] = "feedback-removed"
    ref: FeedbackRef  # as it was


@dataclass(frozen=True)
class MeasureChange:
    kind: ClassVar[str] = "measure"
    measure: Measure
    what: str  # "added" or "removed" (a changed one's fields and figures are listed apart)


@dataclass(frozen=True)
class FigureChange:
    """One figure of a measure's CSV file added, rewritten or taken out."""

    kind: ClassVar[str] = "figure"
    measure: Measure
    date: str  # as the file names it: 'March 2022' or '3 March 2022'
    column: str  # "value" (the area's own figure) or a comparator's name
    old: str | None  # None: a new figure
    new: str | None  # None: taken out


@dataclass(frozen=True)
class FiguresChange:
    kind: ClassVar[str] = "figures"
    plan: PlanEntry
    before: Figures | None
    after: Figures | None


@dataclass(frozen=True)
class CountChange:
    """A headline figure that moved, with the actions it counts now and those it no longer counts."""

    kind: ClassVar[str] = "count"
    plan: PlanEntry
    label: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    worse: bool

    @property
    def left(self) -> tuple[str, ...]:
        return tuple(a for a in self.before if a not in self.after)

    @property
    def joined(self) -> tuple[str, ...]:
        return tuple(a for a in self.after if a not in self.before)


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
    notes: list[NoteChange] = field(default_factory=list)
    copies: list[CopiedNotes] = field(default_factory=list)
    files: list[FileChange] = field(default_factory=list)
    priorities: list[PriorityChange] = field(default_factory=list)
    feedback_removed: list[FeedbackRemoved] = field(default_factory=list)
    measure_figures: list[FigureChange] = field(default_factory=list)
    counts: list[CountChange] = field(default_factory=list)
    feedback_wording: list[WordingChange] = field(default_factory=list)
    measure_wording: list[WordingChange] = field(default_factory=list)

    @property
    def backwards(self) -> list:
        return [c for group in (self.statuses, self.due_dates, self.priorities, self.actions, self.feedback,
                                self.counts)
                for c in group if c.worse]

    @property
    def empty(self) -> bool:
        return not any((self.periods, self.statuses, self.due_dates, self.actions, self.wording,
                        self.feedback, self.measures, self.notes, self.copies, self.files, self.priorities,
                        self.feedback_removed, self.measure_figures, self.counts, self.feedback_wording,
                        self.measure_wording))


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
        _compare_plan(changes, old, entry)
        _compare_updates(changes, old, entry, head.site)
        before = old.periods[-1] if old and old.periods else None
        after = entry.periods[-1] if entry.periods else None
        changes.figures.append(FiguresChange(entry, figures(old, before, base.site) if before else None,
                                             figures(entry, after, head.site) if after else None))
        changes.counts += _count_changes(entry, old, before, base.site, after, head.site)
    for old in base.plans:
        if old.id not in {e.id for e in head.plans}:
            changes.actions += [ActionChange(old, a, False) for a in old.plan.actions()]
            changes.files += [FileChange("update", p.update.label, p.update.state, None) for p in old.periods]
    _compare_feedback(changes, base, head)
    _compare_measures(changes, base, head)
    return changes


def _compare_updates(changes: Changes, old: PlanEntry | None, entry: PlanEntry, site: Site) -> None:
    """Each update's statuses and notes: a new update against the one before it, an
    update that was there before against what it said then."""
    old_periods = {p.id: p for p in old.periods} if old else {}
    actions = {a.id: a for a in entry.plan.actions()}
    statuses = list(site.statuses)
    previous: Period | None = None
    for period in entry.periods:
        before = old_periods.get(period.id)
        edited = before is not None
        public = edited and before.published
        if before is None:
            changes.periods.append(PeriodAdded(entry, period))
            changes.files.append(FileChange("update", period.update.label, None, period.update.state))
            then = {a: r.update for a, r in entry.reported(previous).items()} if previous else {}
        else:
            if before.update.state != period.update.state:
                changes.files.append(FileChange("update", period.update.label, before.update.state,
                                                period.update.state))
            then = dict(before.update.actions)
            for name in ("label", "date", "agreed_by", "agreed_on"):
                was, now = getattr(before.update, name), getattr(period.update, name)
                if was != now:
                    changes.wording.append(WordingChange(entry, f"the {before.update.label}",
                                                         name.replace("_", " "), _text(was), _text(now)))
        # What it says changed for families: a new update against the one before it (only
        # the priorities it judges), an update there before against what it said then.
        said = before.update.priorities if edited else previous.update.priorities if previous else {}
        for pid in dict.fromkeys([*(said if edited else ()), *period.update.priorities]):
            was, now = said.get(pid), period.update.priorities.get(pid)
            for name, words in (("impact", "impact"), ("narrative", "what has changed for families")):
                a, b = getattr(was, name, None), getattr(now, name, None)
                if name == "impact":  # in the site's words, as the pages say it
                    a, b = (site.impact(i).label if i and site.impact(i) else i for i in (a, b))
                if a != b:
                    changes.wording.append(WordingChange(entry, f"{pid} in the {period.update.label}",
                                                         words, _text(a), _text(b)))
        same = copied_notes(entry, previous, period)
        copied = []
        for action_id in dict.fromkeys([*then, *period.update.actions]):
            action = actions.get(action_id)
            if action is None:
                continue  # an action removed from the plan (listed as removed)
            was, now = then.get(action_id), period.update.actions.get(action_id)
            if now is None and not edited:
                continue  # a meeting that reports on some actions only
            old_status = site.status(was.status) if was else None
            new_status = site.status(now.status) if now else None
            if old_status != new_status:
                worse = old_status is not None and new_status is not None and is_worse(
                    old_status, new_status, statuses)
                changes.statuses.append(StatusChange(entry, action, old_status, new_status,
                                                     now.note if now else None, worse, period, edited, public))
            old_note, new_note = (was.note if was else None), (now.note if now else None)
            # A new update's note is news when it differs from the one before; a note of
            # an update that was there before, whenever it was edited.
            if old_note != new_note and (edited or new_note is not None):
                changes.notes.append(NoteChange(entry, action, period, old_note, new_note, edited, public))
            if action_id in same and (not edited or old_note != new_note):
                copied.append(action_id)
        if copied and previous is not None:
            changes.copies.append(CopiedNotes(entry, period, previous, tuple(copied)))
        previous = period
    for gone in (p for i, p in old_periods.items() if i not in {q.id for q in entry.periods}):
        changes.files.append(FileChange("update", gone.update.label, gone.update.state, None))


def copied_notes(entry: PlanEntry, previous: Period | None, period: Period) -> dict[str, Period]:
    """The actions whose note in `period` is word for word their note at `previous`, the
    update before it (drafts included), each with the update that note was written in:
    `previous`, or, for an action `previous` did not report on, the latest one that did.
    Such a note was most often copied with the file and not rewritten, whatever the status."""
    if previous is None:
        return {}
    earlier = entry.reported(previous)
    found = {}
    for action_id, now in period.update.actions.items():
        was = earlier.get(action_id)
        if now.note and was is not None and was.update is not None and was.update.note == now.note:
            found[action_id] = was.carried_from or previous
    return found


def _compare_plan(changes: Changes, old: PlanEntry | None, entry: PlanEntry) -> None:
    """The plan's own words, its priorities and its actions."""
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
        changes.wording += _fields(entry, action_id, before, action, skip=("id", "due"))
    if old is None:
        return
    old_priorities = {p.id: p for p in old.plan.priorities}
    new_priorities = {p.id: p for p in entry.plan.priorities}
    changes.priorities += [PriorityChange(entry, p, True) for i, p in new_priorities.items()
                           if i not in old_priorities]
    changes.priorities += [PriorityChange(entry, p, False) for i, p in old_priorities.items()
                           if i not in new_priorities]
    for p in entry.plan.priorities:
        if p.id in old_priorities:
            changes.wording += _fields(entry, p.id, old_priorities[p.id], p, skip=("id", "actions"))
    if old.plan.timeline != entry.plan.timeline:
        changes.wording.append(WordingChange(entry, "the plan", "timeline", _milestones(old.plan),
                                             _milestones(entry.plan)))
    # The kind as the pages name the plan: "priority action plan", not its id.
    if (old.plan.kind, old.plan.kind_name) != (entry.plan.kind, entry.plan.kind_name):
        changes.wording.append(WordingChange(entry, "the plan", "kind", old.plan.words.name,
                                             entry.plan.words.name))
    changes.wording += _fields(entry, "the plan", old.plan, entry.plan,
                               skip=("priorities", "timeline", "kind", "kind_name"))


def _fields(entry: PlanEntry | None, subject: str, old, new, skip: tuple[str, ...]) -> list[WordingChange]:
    """Every field of a record that differs, in the record's order: a field added to the
    model is in the summary without a change here."""
    return [WordingChange(entry, subject, name.replace("_", " "), _text(getattr(old, name)),
                          _text(getattr(new, name)))
            for name in type(new).model_fields if name not in skip and getattr(old, name) != getattr(new, name)]


# The headline figures, as the tables name them, and which way is worse.
COUNTS = (("Actions in total", None), ("Under way", "fewer"), ("Completed", "fewer"),
          ("Delayed", "more"), ("Past due date, not completed", "more"), ("Not reported yet (no status)", None))


def _count_changes(entry: PlanEntry, old: PlanEntry | None, before: Period | None, base_site: Site,
                   after: Period | None, head_site: Site) -> list[CountChange]:
    def groups(e: PlanEntry | None, period: Period | None, site: Site) -> list[tuple[str, ...]]:
        if e is None or period is None:
            return [()] * len(COUNTS)
        found = counted(e, period, site)
        statuses = {s.id: s for s in site.statuses}
        every = tuple(a.id for a in e.plan.actions())
        return [every, *(tuple(found.having(flag, statuses)) for flag in ("under_way", "completed", "delayed")),
                tuple(found.overdue), tuple(found.not_reported)]

    out = []
    for (label, worse), was, now in zip(COUNTS, groups(old, before, base_site), groups(entry, after, head_site)):
        if len(was) != len(now) or set(was) != set(now):
            moved = (len(now) < len(was)) if worse == "fewer" else (len(now) > len(was))
            out.append(CountChange(entry, label, was, now, worse is not None and moved))
    return out


def _compare_feedback(changes: Changes, base: Project, head: Project) -> None:
    old_files = {e.id: e for e in base.engagements}
    for entry in head.engagements:
        before = old_files.get(entry.id)
        if before is None or before.engagement.state != entry.engagement.state:
            changes.files.append(FileChange("feedback", entry.engagement.title,
                                            before.engagement.state if before else None, entry.engagement.state))
        old_items = {i.id: i for i in before.engagement.items} if before else {}
        for item in entry.engagement.items:
            was = old_items.get(item.id)
            ref = FeedbackRef(entry, item)
            if was is None or was.status != item.status:
                changes.feedback.append(FeedbackChange(ref, was.status if was else None))
            if was is not None:
                changes.feedback_wording += _fields(None, _item_name(ref), was, item, skip=("id", "status"))
        new_ids = {i.id for i in entry.engagement.items}
        changes.feedback_removed += [FeedbackRemoved(FeedbackRef(before, i)) for i in old_items.values()
                                     if i.id not in new_ids]
        if before is not None:
            changes.feedback_wording += _fields(None, entry.engagement.title, before.engagement, entry.engagement,
                                       skip=("items", "state"))
    new_files = {e.id for e in head.engagements}
    for entry in base.engagements:
        if entry.id not in new_files:
            changes.files.append(FileChange("feedback", entry.engagement.title, entry.engagement.state, None))
            changes.feedback_removed += [FeedbackRemoved(FeedbackRef(entry, i)) for i in entry.engagement.items]


def _item_name(ref: FeedbackRef) -> str:
    return f"{ref.entry.engagement.title}, item {ref.item.id}"


def _compare_measures(changes: Changes, base: Project, head: Project) -> None:
    old_measures = {m.id: m for m in base.measures}
    new_measures = {m.id: m for m in head.measures}
    changes.measures += [MeasureChange(m, "added") for i, m in new_measures.items() if i not in old_measures]
    changes.measures += [MeasureChange(m, "removed") for i, m in old_measures.items() if i not in new_measures]
    for measure_id, measure in new_measures.items():
        was = old_measures.get(measure_id)
        if was is None:
            continue
        for name in type(measure).model_fields:
            a, b = getattr(was, name), getattr(measure, name)
            if name != "id" and a != b:
                changes.measure_wording.append(WordingChange(None, measure.name, name.replace("_", " "),
                                                     _measure_text(was, a), _measure_text(measure, b)))
        changes.measure_figures += _figure_changes(measure, base.rows(was), head.rows(measure))


def _figure_changes(measure: Measure, old_rows, new_rows) -> list[FigureChange]:
    def cells(rows) -> dict[tuple[str, str], str]:
        out = {}
        for row in rows:
            for column, value in (("value", row.value), *row.comparators.items()):
                if value is not None:
                    out[(str(row.date), column)] = plain(value)
        return out

    was, now = cells(old_rows), cells(new_rows)
    return [FigureChange(measure, when, column, was.get((when, column)), now.get((when, column)))
            for when, column in dict.fromkeys([*now, *was]) if was.get((when, column)) != now.get((when, column))]


UNIT_WORDS = {"percent": "%", "number": "", "days": " days", "weeks": " weeks", "months": " months"}


def _measure_text(measure: Measure, value) -> str:
    """A measure's field as the summary says it: a baseline or target as '18 weeks (March 2023)'."""
    if isinstance(value, Point):
        return f"{plain(value.value)}{UNIT_WORDS[measure.unit]} ({value.date})"
    return _text(value)


def _text(value) -> str:
    if value is None or value == []:
        return "none"
    if isinstance(value, BaseModel):
        value = value.model_dump(exclude_defaults=True)
    if isinstance(value, dict):
        return ", ".join(f"{k.replace('_', ' ')}: {_text(v)}" for k, v in value.items())
    if isinstance(value, list):
        return "; ".join(_text(v) for v in value)
    return str(value)


def _milestones(plan) -> str:
    return "; ".join(f"{m.date} {m.kind}" for m in plan.timeline) or "none"
