"""An update made by copying the last one and not fully rewritten: its date left as it
was (an error: the site would put two meetings on one day, or in the wrong order), or a
note left as it was (a warning: nothing may have happened since, but most often the
note was simply not rewritten). The agreement left as it was is the model's own check
(Update: agreed_on before the meeting)."""
from __future__ import annotations

import datetime as dt
from typing import Iterable, Iterator

from ..compute.changes import copied_notes
from ..load.yaml_source import Source
from ..model import Period, PlanEntry
from ..model.base import month_name
from ..problems import Problem
from .references import period_mismatch


def dates_not_after(updates: Iterable[tuple[Period, Source]]) -> Iterator[Problem]:
    """Each update, in the order of its file names, dated after the one before it.

    One that is not and whose date is not its file's either was copied and its date left:
    that is said instead of the file's name not matching (the date is what to change). A
    file named after its month goes before that month's files named after a day, so a
    month's file dated later than one of those is named wrongly."""
    ordered = sorted(updates, key=lambda found: found[0].id)
    for (before, before_src), (period, src) in zip(ordered, ordered[1:]):
        was, now = before.update.date, period.update.date
        # Within a month known by its month only, any day may be after it.
        if now != was and now.last_day >= was.first_day:
            continue
        if period_mismatch(period.update, src) is not None:
            said = "the same date as" if now == was else f"before {was.iso}, the date of"
            named = _as_named(period.id)
            yield src.problem(("date",), f"this update is dated {now.iso}, {said} {before_src.name}, "
                              f"the update before it: was it copied from that one? Write the date "
                              f"of this meeting ({named}, as the file is named).", "date-not-after")
        elif now != was and period_mismatch(before.update, before_src) is None:
            yield src.problem(("date",), f"this update is dated {now.iso}, before {was.iso}, the date "
                              f"of {before_src.name}, whose name puts it first: name that file "
                              f"{was.iso}.yaml, after its day.", "date-not-after")


def _as_named(period_id: str) -> str:
    """'in January 2022' for 2022-01, '2022-01-14' for a day."""
    if len(period_id) > len("YYYY-MM"):
        return period_id
    try:
        return f"in {month_name(dt.date.fromisoformat(period_id + '-01'))}"
    except ValueError:  # no such month: its own error says so
        return f"in {period_id}"


def same_notes(entry: PlanEntry, update_srcs: dict[str, Source]) -> Iterator[Problem]:
    """Each update's notes against the update before it (a draft against the latest one
    before it, drafts included): the same comparison `progress-pages changes` lists as
    "same note as last time". A status that changed does not make the note news: the
    note says what happened, and the very same words say nothing new."""
    for previous, period in zip(entry.periods, entry.periods[1:]):
        src = update_srcs.get(period.id)
        if src is None:
            continue
        for action_id, written_in in copied_notes(entry, previous, period).items():
            yield src.problem(("actions", action_id, "note"), f"same note as in the {written_in.update.label} "
                              f"({written_in.id}.yaml): copied by mistake? Write what happened since, "
                              "or leave the note out.",
                              "same-note", severity="warning")
