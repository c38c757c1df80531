"""The kinds of change a comparison finds: a status, a note, a due date, a wording, a
figure..., and `Changes`, all of them, worst first where it matters."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from pydantic import BaseModel

from ..model import Action, FeedbackRef, Measure, Period, PlanEntry, Priority, Status
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


def wording_changes(entry: PlanEntry | None, subject: str, old, new, skip: tuple[str, ...]) -> list[WordingChange]:
    """Every field of a record that differs, in the record's order: a field added to the
    model is in the summary without a change here."""
    return [WordingChange(entry, subject, name.replace("_", " "), shown(getattr(old, name)),
                          shown(getattr(new, name)))
            for name in type(new).model_fields if name not in skip and getattr(old, name) != getattr(new, name)]


def shown(value) -> str:
    if value is None or value == []:
        return "none"
    if isinstance(value, BaseModel):
        value = value.model_dump(exclude_defaults=True)
    if isinstance(value, dict):
        return ", ".join(f"{k.replace('_', ' ')}: {shown(v)}" for k, v in value.items())
    if isinstance(value, list):
        return "; ".join(shown(v) for v in value)
    return str(value)
