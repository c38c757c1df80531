"""A priority's page: its actions, each with its history table."""
from __future__ import annotations

import jinja2
from markupsafe import Markup

from ..compute import feedback, figures, histories
from ..compute.impact import judgements, latest_impact, uses_impacts
from ..model import PlanEntry, Priority
from ..model.base import anchor
from . import fragments
from .abbreviations import abbreviations
from .badges import badge_html, status_icons
from .environment import NOT_REPORTED_YET
from .paths import priority_path


def priority_page(env: jinja2.Environment, entry: PlanEntry, priority: Priority, common: dict) -> str:
    path = priority_path(entry, priority)
    rows = histories(entry, priority.actions, common["site"])
    page = env.get_template("priority.md.j2").render(entry=entry, priority=priority, path=path,
                                                      histories=rows, **priority_context(entry, priority, common),
                                                      **common)
    # The history tables' cells, escaped and with glossary words marked, made here in
    # one go: at scale they are most of the site (L: 200,000 rows).
    abbr = abbreviations(common["project"].glossary)
    badges = {s.id: badge_html(s) for s in common["site"].statuses}
    labels = {p.id: abbr(p.update.label) for p in entry.published_periods()}
    table = env.get_template("history.html.j2")
    tables = {anchor(a.id): table.render(noted=any(r.note for r in rows[a.id]), cells=[
        (labels[r.period.id], badges[r.status.id] if r.status else Markup(NOT_REPORTED_YET), r.overdue,
         abbr(r.note) if r.note else "") for r in rows[a.id]])
        for a in priority.actions if rows[a.id]}
    if tables:  # the icons the badges use, once, before the first table
        first = next(iter(tables))
        tables[first] = f"{status_icons(common['site'].statuses)}\n{tables[first]}"
    return fragments.attach(page, tables)


def priority_context(entry: PlanEntry, priority: Priority, common: dict) -> dict:
    """What the page shows beyond the priority itself: how far its actions have got at
    the latest update, what has changed for families, and what people told us."""
    site, project = common["site"], common["project"]
    periods = entry.published_periods()
    heard = feedback.for_priority(project, entry.id, priority)
    told, others = feedback.families(heard), feedback.others(heard)
    impacts_used = uses_impacts(entry)
    by_action = {}
    for action in priority.actions:
        about = feedback.for_action(project, entry.id, action.id)
        by_action[action.id] = {"families": feedback.families(about), "others": feedback.others(about)}
    return {"drafted": any(p.preview_draft for p in entry.periods) or any(r.entry.preview_draft for r in heard),
            "state": figures(entry, periods[-1], site, priority.actions) if periods and priority.actions else None,
            "impacts_used": impacts_used, "judged": latest_impact(entry, priority, site) if impacts_used else None,
            "said": judgements(entry, priority, site) if impacts_used else [],
            "heard_by_action": by_action, "told": told, "others": others}
