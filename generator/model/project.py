"""Everything the site is made from, once every file has been checked."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from .measure import Measure, MeasureRow
from .period import Update
from .plan import Plan
from .site import Site


@dataclass(frozen=True)
class Period:
    """One reporting period of one plan; its id is the update file's name (YYYY-MM)."""

    id: str
    update: Update

    @property
    def published(self) -> bool:
        return self.update.state == "published"


@dataclass(frozen=True)
class PlanEntry:
    id: str  # the plan's folder name
    plan: Plan
    periods: tuple[Period, ...] = ()  # oldest first, drafts included

    def published_periods(self) -> tuple[Period, ...]:
        return tuple(p for p in self.periods if p.published)


@dataclass(frozen=True)
class Project:
    site: Site
    plans: tuple[PlanEntry, ...]
    measures: tuple[Measure, ...] = field(default=())
    # Each measure's figures (plans/measures/<id>.csv), oldest first; no file, no figures.
    measure_rows: Mapping[str, tuple[MeasureRow, ...]] = field(default_factory=dict)

    def measure(self, measure_id: str) -> Measure | None:
        return next((m for m in self.measures if m.id == measure_id), None)

    def rows(self, measure: Measure) -> tuple[MeasureRow, ...]:
        return self.measure_rows.get(measure.id, ())
