"""The site's navigation: small whatever the number of actions or plans."""
from __future__ import annotations

from dataclasses import dataclass

from ..compute import feedback
from ..compute.topics import TOPICS_INDEX, topics_with_pages
from ..model import Project
from .chart_pages import measure_page
from .paths import FEEDBACK, MANY_PLANS, engagement_path, priority_path


@dataclass(frozen=True)
class NavItem:
    title: str
    path: str
    children: tuple["NavItem", ...] = ()


def navigation(project: Project) -> list[NavItem]:
    """Home, then one section per plan with its priorities (actions are sections of
    their priority's page). Many plans go in one "Plans" section, in groups of at
    most MANY_PLANS, so that each page carries only its own group's plans (with
    `navigation.prune`)."""
    plans = []
    for entry in project.plans_current_first():
        children = [NavItem("Overview", f"{entry.id}/index.md")]
        children += [NavItem(f"{p.id}: {p.title}", priority_path(entry, p)) for p in entry.plan.priorities]
        plans.append(NavItem(entry.plan.title, f"{entry.id}/index.md", tuple(children)))
    items = [NavItem("Home", "index.md")]
    topics = topics_with_pages(project)
    if topics:
        items.append(NavItem("Topics", TOPICS_INDEX, (
            NavItem("Overview", TOPICS_INDEX), *(NavItem(v.topic.title, v.page) for v in topics))))
    items += _grouped(plans, "Plans", "index.md")
    engagements = [e for e in project.engagements if e.published]
    if engagements:
        children = [NavItem(e.engagement.title, engagement_path(e)) for e in reversed(engagements)]
        items.append(NavItem(feedback.page_title(project), f"{FEEDBACK}/index.md", (
            NavItem("Overview", f"{FEEDBACK}/index.md"), *_grouped(children))))
    if project.measures:
        children = [NavItem("Overview", "measures/index.md")]
        children += [NavItem(m.name, measure_page(m)) for m in project.measures]
        items.append(NavItem("How we measure progress", "measures/index.md", (
            children[0], *_grouped(children[1:]))))
    items.append(NavItem("Open data", "data/index.md"))
    return items


def _grouped(items: list[NavItem], section: str | None = None, path: str = "") -> list[NavItem]:
    """The items as they are, or past MANY_PLANS in groups of at most MANY_PLANS
    (inside one section called `section`, if given)."""
    if len(items) <= MANY_PLANS:
        return items
    count = -(-len(items) // MANY_PLANS)
    size = -(-len(items) // count)
    groups = [NavItem(f"{group[0].title} to {group[-1].title}", group[0].path, tuple(group))
              for group in (items[i:i + size] for i in range(0, len(items), size))]
    return [NavItem(section, path, tuple(groups))] if section else groups
