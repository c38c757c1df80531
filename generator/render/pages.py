"""Render stage: the Markdown pages (and the status stylesheet) as a pure function
of the project. Nothing here reads or writes files except the templates."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from html import escape

import jinja2
from markupsafe import Markup

from ..compute import figures, headline, histories, history
from ..model import PlanEntry, Priority, Project, Status
from ..model.status import text_colour
from ..model.base import month_name
from ..validate.references import anchor, icon_path
from . import fragments, markdown

STATUS_CSS = "assets/stylesheets/statuses.css"
# Past this many plans (a national view of many areas' plans), the home page lists
# plans in a table and the navigation groups them, so that no page grows with the
# number of plans: Material writes the navigation into every page.
MANY_PLANS = 12


@dataclass(frozen=True)
class NavItem:
    title: str
    path: str
    children: tuple["NavItem", ...] = ()


@cache
def _environment(kind: str) -> jinja2.Environment:
    loader = jinja2.PackageLoader("generator.render", "templates")
    if kind == "css":  # values are validated colours and class names
        return jinja2.Environment(loader=loader, autoescape=False, undefined=jinja2.StrictUndefined,
                                  keep_trailing_newline=True)
    env = jinja2.Environment(
        loader=loader,
        autoescape=True,  # so that macro output is Markup and not escaped twice
        finalize=markdown.finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        block=markdown.block,
        url=markdown.url,
        badge=badge,
        percent=format_percent,
        day=format_day,
        month=lambda d: month_name(d),
        anchor=anchor,
        front_matter=front_matter,
    )
    env.globals.update(figures=figures, headline=headline, history=history, many_plans=MANY_PLANS,
                       history_slot=lambda action: Markup(fragments.slot(anchor(action.id))))
    return env


@cache  # the same few badges are written hundreds of thousands of times at scale
def badge(status: Status) -> Markup:
    """A status as icon plus words: never colour alone."""
    return Markup(f'<span class="status {status.css_class}">:{status.icon}: ') + markdown.inline(
        status.label) + Markup("</span>")


@cache
def badge_html(status: Status) -> Markup:
    """The same badge as HTML, for the history tables (HTML fragments): the icon is
    written in as the emoji extension would, since no Markdown is read there. An SVG
    inside HTML needs no xmlns: leaving it out spares 35 bytes a row."""
    svg = icon_path(status.icon).read_text(encoding="utf-8").strip().replace(
        ' xmlns="http://www.w3.org/2000/svg"', "", 1)
    return Markup(f'<span class="status {status.css_class}"><span class="twemoji">{svg}</span> '
                  ) + markdown.inline(status.label) + Markup("</span>")


def format_percent(value: float) -> str:
    text = f"{value:.1f}".removesuffix(".0")
    return f"{text}%"


def format_day(d: date) -> str:
    return f"{d.day} {month_name(d)}"


def front_matter(title: str) -> Markup:
    """Page title for MkDocs. Themes print it into HTML unescaped, so escape it here;
    JSON is valid YAML and quotes it safely."""
    return Markup("---\ntitle: " + json.dumps(escape(title)) + "\n---\n")


def priority_path(entry: PlanEntry, priority: Priority) -> str:
    return f"{entry.id}/{anchor(priority.id)}.md"


def render_pages(project: Project, memo: dict | None = None) -> dict[str, str]:
    """Every generated file, keyed by its path in the site's docs folder.

    `memo` (kept by `serve` between rebuilds) holds each plan's pages with the
    inputs they were made from; a plan whose inputs are the very same objects as
    last time (the validate stage reuses them when its files did not change) is
    not rendered again."""
    env = _environment("md")
    common = {"site": project.site, "project": project, "priority_path": priority_path}
    pages = {"index.md": env.get_template("home.md.j2").render(**common)}
    shared = (project.site, project.measures)
    for entry in project.plans:
        before = memo.get(entry.id) if memo is not None else None
        if before is not None and before[0] is entry and before[1] == shared:
            pages.update(before[2])
            continue
        plan_pages = {f"{entry.id}/index.md": env.get_template("plan.md.j2").render(entry=entry, **common)}
        for priority in entry.plan.priorities:
            plan_pages[priority_path(entry, priority)] = _priority_page(env, entry, priority, common)
        if memo is not None:
            memo[entry.id] = (entry, shared, plan_pages)
        pages.update(plan_pages)
    if memo is not None:
        for gone in set(memo) - {entry.id for entry in project.plans}:
            del memo[gone]
    pages[STATUS_CSS] = _environment("css").get_template("statuses.css.j2").render(
        statuses=project.site.statuses, text_colour=text_colour)
    return pages


def _priority_page(env: jinja2.Environment, entry: PlanEntry, priority: Priority, common: dict) -> str:
    rows = histories(entry, priority.actions, common["site"])
    page = env.get_template("priority.md.j2").render(entry=entry, priority=priority, histories=rows, **common)
    table = env.get_template("history.html.j2")
    badges = {s.id: badge_html(s) for s in common["site"].statuses}
    return fragments.attach(page, {anchor(a.id): table.render(rows=rows[a.id], badges=badges)
                                   for a in priority.actions if rows[a.id]})


def navigation(project: Project) -> list[NavItem]:
    """Home, then one section per plan with its priorities: small, whatever the
    number of actions (actions are sections of their priority's page). Many plans
    go in one "Plans" section, in groups of at most MANY_PLANS, so that each page
    carries only its own group's plans (with `navigation.prune`)."""
    plans = []
    for entry in project.plans:
        children = [NavItem("Overview", f"{entry.id}/index.md")]
        children += [NavItem(f"{p.id}: {p.title}", priority_path(entry, p)) for p in entry.plan.priorities]
        plans.append(NavItem(entry.plan.title, f"{entry.id}/index.md", tuple(children)))
    home = NavItem("Home", "index.md")
    if len(plans) <= MANY_PLANS:
        return [home, *plans]
    count = -(-len(plans) // MANY_PLANS)
    size = -(-len(plans) // count)
    groups = [plans[i:i + size] for i in range(0, len(plans), size)]
    return [home, NavItem("Plans", "index.md", tuple(
        NavItem(f"{group[0].title} to {group[-1].title}", group[0].path, tuple(group))
        for group in groups))]
