"""Where each measure stands: its latest figure against the baseline, the target and
the comparators. Pure functions over the model, no files touched."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..model import Action, Due, Measure, MeasureRow, PlanEntry, Priority, Project


@dataclass(frozen=True)
class Comparison:
    """A comparator's figure for the date of the latest local figure, or its newest
    figure before then (with that date), or none."""

    name: str
    value: float | None
    date: Due | None
    same_date: bool


@dataclass(frozen=True)
class MeasureSummary:
    measure: Measure
    rows: tuple[MeasureRow, ...]
    latest: MeasureRow | None  # the newest row with a local figure
    change: Literal["up", "down", "same"] | None  # since the baseline
    better: bool | None  # whether that change is an improvement; None when unchanged
    target_met: bool
    comparisons: tuple[Comparison, ...]

    @property
    def at_baseline(self) -> bool:
        return self.latest is not None and self.latest.date.last_day == self.measure.baseline.date.last_day


def summarise(measure: Measure, rows: tuple[MeasureRow, ...]) -> MeasureSummary:
    with_value = [r for r in rows if r.value is not None]
    latest = with_value[-1] if with_value else None
    change = better = None
    target_met = False
    comparisons: tuple[Comparison, ...] = ()
    if latest is not None:
        assert latest.value is not None
        start = measure.baseline.value
        change = "up" if latest.value > start else "down" if latest.value < start else "same"
        if change != "same":
            better = (change == "up") == (measure.better == "higher")
        if measure.target is not None:
            goal = measure.target.value
            target_met = latest.value >= goal if measure.better == "higher" else latest.value <= goal
        comparisons = tuple(_compare(name, rows, latest) for name in measure.comparators)
    return MeasureSummary(measure, rows, latest, change, better, target_met, comparisons)


def _compare(name: str, rows: tuple[MeasureRow, ...], latest: MeasureRow) -> Comparison:
    known = [r for r in rows if r.comparators.get(name) is not None
             and r.date.last_day <= latest.date.last_day]
    if not known:
        return Comparison(name, None, None, False)
    row = known[-1]
    return Comparison(name, row.comparators[name], row.date, row.date == latest.date)


@dataclass(frozen=True)
class ActionRef:
    entry: PlanEntry
    priority: Priority
    action: Action


def actions_by_measure(project: Project) -> dict[str, list[ActionRef]]:
    """For each measure id, the actions that list it, in plan order."""
    found: dict[str, list[ActionRef]] = {m.id: [] for m in project.measures}
    for entry in project.plans:
        for priority in entry.plan.priorities:
            for action in priority.actions:
                for measure_id in action.measures:
                    found.setdefault(measure_id, []).append(ActionRef(entry, priority, action))
    return found
