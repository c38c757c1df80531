"""What changed between two versions of the inputs, or between two periods.

Pure functions over two projects: `progress-pages changes` compares two git
revisions or folders, and each period's "What changed" page compares it with the
period before. Things that went backwards are flagged so they can be listed first.
"""
from __future__ import annotations

from ..model import Period, PlanEntry, Project, Site
from .change_kinds import (ActionChange, Changes, CopiedNotes, DueChange, FiguresChange, FileChange,
                           NoteChange, PeriodAdded, PriorityChange, StatusChange, WordingChange, is_worse,
                           shown, wording_changes)
from .figures import figures
from .project_changes import compare_feedback, compare_measures, count_changes


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
        changes.counts += count_changes(entry, old, before, base.site, after, head.site)
    for old in base.plans:
        if old.id not in {e.id for e in head.plans}:
            changes.actions += [ActionChange(old, a, False) for a in old.plan.actions()]
            changes.files += [FileChange("update", p.update.label, p.update.state, None) for p in old.periods]
    compare_feedback(changes, base, head)
    compare_measures(changes, base, head)
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
                                                         name.replace("_", " "), shown(was), shown(now)))
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
                                                         words, shown(a), shown(b)))
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
        changes.wording += wording_changes(entry, action_id, before, action, skip=("id", "due"))
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
            changes.wording += wording_changes(entry, p.id, old_priorities[p.id], p, skip=("id", "actions"))
    if old.plan.timeline != entry.plan.timeline:
        changes.wording.append(WordingChange(entry, "the plan", "timeline", _milestones(old.plan),
                                             _milestones(entry.plan)))
    # The kind as the pages name the plan: "priority action plan", not its id.
    if (old.plan.kind, old.plan.kind_name) != (entry.plan.kind, entry.plan.kind_name):
        changes.wording.append(WordingChange(entry, "the plan", "kind", old.plan.words.name,
                                             entry.plan.words.name))
    changes.wording += wording_changes(entry, "the plan", old.plan, entry.plan,
                               skip=("priorities", "timeline", "kind", "kind_name"))


def _milestones(plan) -> str:
    return "; ".join(f"{m.date} {m.kind}" for m in plan.timeline) or "none"
