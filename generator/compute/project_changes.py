"""Changes across the project between two versions: the headline counts of each plan,
feedback, and measures and their figures."""
from __future__ import annotations

from ..model import FeedbackRef, Measure, Period, PlanEntry, Project, Site
from ..model.measure import Point, plain
from .change_kinds import (Changes, CountChange, FeedbackChange, FeedbackRemoved, FigureChange, FileChange,
                           MeasureChange, WordingChange, shown, wording_changes)
from .figures import counted


# The headline figures, as the tables name them, and which way is worse.
COUNTS = (("Actions in total", None), ("Under way", "fewer"), ("Completed", "fewer"),
          ("Delayed", "more"), ("Past due date, not completed", "more"), ("Not reported yet (no status)", None))


def count_changes(entry: PlanEntry, old: PlanEntry | None, before: Period | None, base_site: Site,
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


def compare_feedback(changes: Changes, base: Project, head: Project) -> None:
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
                changes.feedback_wording += wording_changes(None, _item_name(ref), was, item, skip=("id", "status"))
        new_ids = {i.id for i in entry.engagement.items}
        changes.feedback_removed += [FeedbackRemoved(FeedbackRef(before, i)) for i in old_items.values()
                                     if i.id not in new_ids]
        if before is not None:
            changes.feedback_wording += wording_changes(None, entry.engagement.title, before.engagement, entry.engagement,
                                       skip=("items", "state"))
    new_files = {e.id for e in head.engagements}
    for entry in base.engagements:
        if entry.id not in new_files:
            changes.files.append(FileChange("feedback", entry.engagement.title, entry.engagement.state, None))
            changes.feedback_removed += [FeedbackRemoved(FeedbackRef(entry, i)) for i in entry.engagement.items]


def _item_name(ref: FeedbackRef) -> str:
    return f"{ref.entry.engagement.title}, item {ref.item.id}"


def compare_measures(changes: Changes, base: Project, head: Project) -> None:
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
                                                     _measureshown(was, a), _measureshown(measure, b)))
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


def _measureshown(measure: Measure, value) -> str:
    """A measure's field as the summary says it: a baseline or target as '18 weeks (March 2023)'."""
    if isinstance(value, Point):
        return f"{plain(value.value)}{UNIT_WORDS[measure.unit]} ({value.date})"
    return shown(value)
