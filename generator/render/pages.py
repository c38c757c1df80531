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

from ..compute import figures, headline, history
from ..compute.measures import actions_using
from ..model import PlanEntry, Priority, Project, Status
from ..model import INPUT_FILES
from ..model.schemas import json_schemas, schema_name
from ..model.status import text_colour
from ..model.base import month_name
from ..validate.references import anchor
from . import formats, markdown, open_data
from .chart_pages import measure_page, measure_views, status_chart_table

STATUS_CSS = "assets/stylesheets/statuses.css"
SCHEMAS = "data/schemas"


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
        figure=formats.figure,
    )
    env.globals.update(figures=figures, headline=headline, history=history)
    return env


def badge(status: Status) -> Markup:
    """A status as icon plus words: never colour alone."""
    return Markup(f'<span class="status {status.css_class}">:{status.icon}: ') + markdown.inline(
        status.label) + Markup("</span>")


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


def render_pages(project: Project) -> dict[str, str | bytes]:
    """Every generated file, keyed by its path in the site's docs folder."""
    env = _environment("md")
    downloads: dict[str, str | bytes] = {**open_data.data_files(project), **{
        f"{SCHEMAS}/{name}": text for name, text in json_schemas().items()}}
    status_charts = {e.id: status_chart_table(e, project) for e in project.plans}
    measures = measure_views(project)
    common = {"site": project.site, "project": project, "priority_path": priority_path,
              "data": open_data, "size": lambda path: formats.file_size(len(_bytes(downloads[path])))}
    pages: dict[str, str | bytes] = {"index.md": env.get_template("home.md.j2").render(
        status_charts=status_charts, **common)}
    for entry in project.plans:
        pages[f"{entry.id}/index.md"] = env.get_template("plan.md.j2").render(entry=entry, **common)
        for priority in entry.plan.priorities:
            pages[priority_path(entry, priority)] = env.get_template("priority.md.j2").render(
                entry=entry, priority=priority, **common)
    if measures:
        pages["measures/index.md"] = env.get_template("measures.md.j2").render(
            measures=measures, **common)
    for view in measures:
        pages[view.page] = env.get_template("measure.md.j2").render(
            view=view, actions=actions_using(project, view.summary.measure), **common)
    pages["data/index.md"] = env.get_template("data.md.j2").render(
        schemas=[(f"{SCHEMAS}/{schema_name(model)}", path) for path, model in INPUT_FILES.items()],
        **common)
    charts = [c for c in [*status_charts.values(), *(v.chart for v in measures)] if c]
    pages.update({c.path: c.chart.svg for c in charts})
    pages.update(downloads)
    pages[STATUS_CSS] = _environment("css").get_template("statuses.css.j2").render(
        statuses=project.site.statuses, text_colour=text_colour)
    return pages


def _bytes(content: str | bytes) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


def navigation(project: Project) -> list[NavItem]:
    """Home, then one section per plan with its priorities: small, whatever the
    number of actions (actions are sections of their priority's page)."""
    items = [NavItem("Home", "index.md")]
    for entry in project.plans:
        children = [NavItem("Overview", f"{entry.id}/index.md")]
        children += [NavItem(f"{p.id}: {p.title}", priority_path(entry, p)) for p in entry.plan.priorities]
        items.append(NavItem(entry.plan.title, f"{entry.id}/index.md", tuple(children)))
    if project.measures:
        children = [NavItem("Overview", "measures/index.md")]
        children += [NavItem(m.name, measure_page(m)) for m in project.measures]
        items.append(NavItem("How we measure progress", "measures/index.md", tuple(children)))
    items.append(NavItem("Open data", "data/index.md"))
    return items
