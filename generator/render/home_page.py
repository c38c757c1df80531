"""The home page: each plan's progress (or, with many plans, a row each), what
people told us, what the statuses mean, who is responsible and where to get help."""
from __future__ import annotations

import jinja2

from ..compute import feedback, figures, former, has_passed, headline
from ..compute.impact import latest_impact, target_progress, uses_impacts
from ..compute.view import has_drafts
from ..model import Project
from .chart_pages import ChartTable
from .help_now import help_now
from .paths import MANY_PLANS


def home_page(env: jinja2.Environment, project: Project, status_charts: dict[str, ChartTable | None],
              topics: list, common: dict) -> str:
    return env.get_template("home.md.j2").render(path="index.md", status_charts=status_charts, topics=topics,
                                                 **home_context(project, common["today"]), **common)


def home_context(project: Project, today) -> dict:
    site = project.site
    headlines = {entry.id: headline(entry, site) for entry in project.plans}
    priority_figures, judged_of = {}, {}
    if len(project.plans) <= MANY_PLANS:  # many plans: a row each, without their priorities
        for entry in project.plans:
            latest, impacts = headlines[entry.id][0], uses_impacts(entry)
            for priority in entry.plan.priorities:
                judged_of[entry.id, priority.id] = latest_impact(entry, priority, site) if impacts else None
                if latest and priority.actions:
                    priority_figures[entry.id, priority.id] = figures(entry, latest.period, site, priority.actions)
    published = project.published_feedback()
    refs = feedback.families(published)
    partners = site.area.partners
    return {"drafted": has_drafts(project), "headlines": headlines,
            "target_of": {entry.id: target_progress(entry, site) for entry in project.plans},
            "priority_figures": priority_figures, "judged_of": judged_of,
            "refs": refs, "latest_refs": feedback.latest(refs),
            "others": feedback.others(published), "any_impacts": any(uses_impacts(e) for e in project.plans),
            "gone": [p for p in partners if former(p, today)],
            "started": [p for p in partners if p.since and has_passed(p.since, today)],
            "helpers": help_now(site, with_contact=False)}
