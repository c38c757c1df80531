"""A priority's page: its actions, each with its history table."""
from __future__ import annotations

import jinja2
from markupsafe import Markup

from ..compute import histories
from ..model import PlanEntry, Priority
from ..validate.references import anchor
from . import fragments
from .abbreviations import abbreviations
from .badges import NOT_REPORTED_YET, badge_html, status_icons
from .paths import priority_path


def priority_page(env: jinja2.Environment, entry: PlanEntry, priority: Priority, common: dict) -> str:
    path = priority_path(entry, priority)
    rows = histories(entry, priority.actions, common["site"])
    page = env.get_template("priority.md.j2").render(entry=entry, priority=priority, path=path,
                                                      histories=rows, **common)
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
