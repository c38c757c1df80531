"""A plan's pages: its overview, its easy read version, a "What changed" page per
update, and the pages of the feedback about it."""
from __future__ import annotations

import jinja2

from ..compute import figures, headline, not_yet_known, timeline
from ..compute.changes import compare_periods
from ..model import PlanEntry
from ..model.easy_read import PICTURES
from .paths import easy_read_path, engagement_path, paged_periods, period_path, plan_page, priority_path
from .priority_page import priority_page


def plan_pages(env: jinja2.Environment, entry: PlanEntry, common: dict) -> dict[str, str]:
    path = plan_page(entry)
    pages = {path: env.get_template("plan.md.j2").render(entry=entry, path=path, **plan_context(entry, common),
                                                          **common)}
    if entry.plan.easy_read:
        pages[easy_read_path(entry)] = env.get_template("easy_read.md.j2").render(
            entry=entry, path=easy_read_path(entry), pictures=PICTURES, **common)
    for priority in entry.plan.priorities:
        pages[priority_path(entry, priority)] = priority_page(env, entry, priority, common)
    for previous, period in paged_periods(common["project"], entry):
        pages[period_path(entry, period)] = env.get_template("period.md.j2").render(
            entry=entry, period=period, path=period_path(entry, period),
            changes=compare_periods(entry, previous, period, common["site"]), **common)
    for engagement in common["project"].engagements:  # feedback pages are about one plan each
        if engagement.plan_id == entry.id and engagement.published:
            pages[engagement_path(engagement)] = env.get_template("engagement.md.j2").render(
                entry=engagement, path=engagement_path(engagement), **common)
    return pages


def plan_context(entry: PlanEntry, common: dict) -> dict:
    """What the plan's page shows beyond the plan itself: its latest figures, each
    priority's, what is not known yet, its timeline as of the day of the build and
    which updates have a page."""
    site = common["site"]
    latest, previous = headline(entry, site)
    return {"latest": latest, "previous": previous,
            "priority_figures": {p.id: figures(entry, latest.period, site, p.actions)
                                 for p in entry.plan.priorities if latest and p.actions},
            "unset": not_yet_known(entry), "steps": timeline(entry.plan, common["today"]),
            "paged": [period.id for _, period in paged_periods(common["project"], entry)]}
