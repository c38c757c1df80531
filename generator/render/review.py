"""A preview's "What this change does" page: the summary `progress-pages changes`
prints for a pull request, with a link to each part of the site the change
touches, so a reviewer goes from what changed to how it looks."""
from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup

from ..compute.changes import Changes
from ..model.base import anchor
from .chart_pages import measure_page
from .environment import environment
from .navigation import NavItem
from .pages import render_changes
from .paths import engagement_path, link, period_path, priority_path

REVIEW = NavItem("What this change does", "changes/index.md")


@dataclass(frozen=True)
class Review:
    base: str  # the revision the change is compared with, as given (e.g. origin/main)
    changes: Changes


def touched(changes: Changes, pages: set[str] | None = None) -> list[tuple[str, str, str]]:
    """Each page a change shows on, with the anchor of the part ('#action-a1-1' or
    ''), under a title, in the summary's order and once each. Only pages the site has
    (`pages`, when known): an action removed, or a period the navigation leaves out, has
    nowhere to go."""
    found: dict[tuple[str, str], str] = {}

    def at(title: str, page: str, part: str = "") -> None:
        if pages is None or page in pages:
            found.setdefault((page, part), title)

    def action(entry, action_id: str) -> None:
        priority = entry.plan.priority_of(action_id)
        title = next(a.title for a in priority.actions if a.id == action_id).rstrip(".")
        at(f"{action_id}: {title}", priority_path(entry, priority), f"#action-{anchor(action_id)}")

    for p in changes.periods:
        at(f"{p.plan.plan.title}: {p.period.update.label}", period_path(p.plan, p.period))
    # Backwards holds counts and priorities too: only what names an action is one.
    for c in [*changes.backwards, *changes.statuses, *changes.notes, *changes.due_dates, *changes.actions]:
        act = getattr(c, "action", None)
        if act is not None and any(a.id == act.id for a in c.plan.plan.actions()):
            action(c.plan, act.id)
    for w in changes.wording:
        if w.plan is None:
            continue
        priorities = {p.id: p for p in w.plan.plan.priorities}
        if w.subject in priorities:
            p = priorities[w.subject]
            at(f"{p.id}: {p.title.rstrip('.')}", priority_path(w.plan, p))
        elif any(a.id == w.subject for a in w.plan.plan.actions()):
            action(w.plan, w.subject)
        else:  # the plan's own wording: its timeline or kind
            at(w.plan.plan.title, f"{w.plan.id}/index.md")
    for f in changes.feedback:
        at(f.ref.item.theme or f.ref.entry.engagement.title, engagement_path(f.ref.entry),
           f"#item-{anchor(f.ref.item.id)}")
    for m in [*changes.measures, *changes.measure_figures]:
        at(m.measure.name, measure_page(m.measure))
    return [(title, page, part) for (page, part), title in found.items()]


def review_page(review: Review, pages: set[str]) -> str:
    """The page's Markdown. The summary's headings go one level down, under the page's."""
    # Made by our own template, so already escaped: not to be escaped again.
    summary = Markup(re.sub(r"^#", "##", render_changes(review.changes, REVIEW.path), flags=re.MULTILINE))
    sections = [(title, link(REVIEW.path, page) + part) for title, page, part in touched(review.changes, pages)]
    return environment("md").get_template("review.md.j2").render(
        title=REVIEW.title, base=review.base, sections=sections, summary=summary)
