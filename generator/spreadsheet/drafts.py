"""What a tracker is read into: draft priorities, actions, reporting periods and rows of
the other sheets, each with the cells it came from, and the problems found on the way."""
from __future__ import annotations

from dataclasses import dataclass, field
import datetime as dt
from typing import Any

from ..model import Measure, Site
from ..model.base import Due
from ..problems import Problem
from . import values
from .mapping import Mapping
from .workbook import Cell

# What the tracker or the mapping may say about a period, besides its statuses and notes.
DETAILS = ("date", "label", "state", "agreed_by", "agreed_on")

# What --partial leaves out to get past a problem: an action (by its row in the
# actions sheet), a reporting period, or nothing more than the cell itself.
Drop = tuple[str, Any] | None
IGNORE: Drop = ("cell", None)


@dataclass(frozen=True)
class Issue:
    problem: Problem
    drop: Drop = None  # None: the import cannot go on without it being fixed


@dataclass
class PriorityDraft:
    values: dict[str, Any]
    words: set[str]  # how the tracker may write it
    cells: dict[str, Cell] = field(default_factory=dict)  # empty when given in the mapping


@dataclass
class ActionRow:
    row: int  # in the actions sheet: identifies the action for --partial
    cells: dict[str, Cell]
    priority: PriorityDraft | None = None
    values: dict[str, Any] = field(default_factory=dict)
    statuses: dict[str, tuple[str, Cell]] = field(default_factory=dict)  # period id -> status id
    notes: dict[str, tuple[str, Cell]] = field(default_factory=dict)


@dataclass
class PeriodDraft:
    id: str
    date: Due | None = None  # a day, or a month when that is all the tracker gives
    label: str | None = None
    state: str | None = None
    agreed_by: str | None = None
    agreed_on: dt.date | None = None
    cells: dict[str, Cell] = field(default_factory=dict)
    has_statuses: bool = False  # the tracker has a column or rows of statuses for it


@dataclass
class Row:
    """One row of a sheet of records: a milestone, a workstream, an enabler, an Easy Read
    point, or what an update said about a priority."""

    values: dict[str, Any]
    cells: dict[str, Cell]
    priority: PriorityDraft | None = None  # a workstream's


@dataclass
class Draft:
    file: str  # the tracker, as named in problems
    plan: dict[str, Any]
    plan_cells: dict[str, Cell]
    priorities: list[PriorityDraft]
    actions: list[ActionRow]
    periods: dict[str, PeriodDraft]
    issues: list[Issue]
    # None when the tracker has no timeline sheet: the plan's timeline is not the tracker's to change.
    timeline: list[Row] | None = None
    workstreams: list[Row] = field(default_factory=list)
    enablers: list[Row] = field(default_factory=list)
    easy_read: list[Row] = field(default_factory=list)
    # Period id -> priority id -> what the update said; None when the tracker has no such
    # sheet: then the update files' judgements are not the tracker's to change either.
    judgements: dict[str, dict[str, Row]] | None = None


WHAT = {"priority": "a priority", "title": "a title", "lead": "a lead: a role or an organisation",
         "due": "a completion date", "date": "a date", "kind": "a kind", "summary": "a summary", "id": "an id",
         "inspectors_found": "what inspectors found", "what_it_means": "what it means for families",
         "text": "a sentence", "picture": "a picture"}


def norm(word: object) -> str:
    return " ".join(values.text(word).split()).casefold()


class Words:
    """Words the tracker writes for ids, matched whatever their capitals and spacing."""

    def __init__(self, words: dict[str, list[str]]):
        self.lookup = {norm(w): i for i, ws in words.items() for w in ws}
        self.shown = [w for ws in words.values() for w in ws]

    def find(self, value: object) -> str | None:
        return self.lookup.get(norm(value))


def status_words(site: Site, mapping: Mapping) -> Words:
    return Words({s.id: [s.id, s.label, *mapping.statuses.get(s.id, [])] for s in site.statuses})


def measure_words(measures: tuple[Measure, ...], mapping: Mapping) -> Words:
    return Words({m.id: [m.id, m.name, *mapping.measures.get(m.id, [])] for m in measures})
