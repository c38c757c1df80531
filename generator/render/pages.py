"""Render stage: the Markdown pages (and the status stylesheet) as a pure function
of the project. Nothing here reads or writes files except the templates."""
from __future__ import annotations

import html
import json
import posixpath
import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from functools import cache

import jinja2
from markupsafe import Markup

from ..compute import as_of, feedback, figures, headline, history
from ..compute.changes import Changes, compare_periods
from ..compute.measures import actions_using
from ..compute.view import has_drafts
from ..model import INPUT_FILES, EngagementEntry, Period, PlanEntry, Priority, Project, Status
from ..model.feedback import CHANNEL_LABELS, RESPONSE_LABELS
from ..model.schemas import json_schemas, schema_name
from ..model.base import month_name
from ..model.status import text_colour
from ..validate.references import anchor
from . import formats, markdown, open_data
from .chart_pages import measure_page, measure_views, status_chart_table

STATUS_CSS = "assets/stylesheets/statuses.css"
FEED = "feed.xml"
FEEDBACK = "you-said-we-did"
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
    env.globals.update(figures=figures, headline=headline, history=history, feedback=feedback,
                       channels=CHANNEL_LABELS, responses=RESPONSE_LABELS, link=link,
                       priority_path=priority_path, engagement_path=engagement_path,
                       period_path=period_path, has_drafts=has_drafts, measure_page=measure_page)
    return env


def badge(status: Status) -> Markup:
    """A status as icon plus words: never colour alone."""
    return Markup(f'<span class="status {status.css_class}">:{status.icon}: ') + markdown.inline(
        status.label) + Markup("</span>")


def format_percent(value: float) -> Markup:
    text = f"{value:.1f}".removesuffix(".0")
    return Markup(f"{text}%")  # digits, a dot and %: never Markdown syntax, so no escaping


def format_day(d: date) -> str:
    return f"{d.day} {month_name(d)}"


def front_matter(title: str) -> Markup:
    """Page title for MkDocs. Themes print it into HTML unescaped, so escape it here;
    JSON is valid YAML and quotes it safely."""
    return Markup("---\ntitle: " + json.dumps(html.escape(title)) + "\n---\n")


def priority_path(entry: PlanEntry, priority: Priority) -> str:
    return f"{entry.id}/{anchor(priority.id)}.md"


def engagement_path(entry: EngagementEntry) -> str:
    return f"{FEEDBACK}/{entry.id}.md"


def link(from_path: str, to_path: str) -> Markup:
    """A relative link between two generated pages, as MkDocs expects in Markdown.
    Paths are made of validated ids, so they need no escaping (and must not get it)."""
    return Markup(posixpath.relpath(to_path, posixpath.dirname(from_path) or "."))


def period_path(entry: PlanEntry, period: Period) -> str:
    return f"{entry.id}/updates/{period.id}.md"


def render_changes(changes: Changes) -> str:
    """The plain-language summary printed by `progress-pages changes`."""
    text = _environment("md").get_template("changes.md.j2").render(changes=changes)
    return re.sub(r"\n{3,}", "\n\n", text).lstrip("\n")


def render_pages(project: Project, today: date | None = None,
                 site_url: str | None = None) -> dict[str, str | bytes]:
    """Every generated file, keyed by its path in the site's docs folder. The project
    is the view to publish: drafts already left out, or marked for a preview."""
    env = _environment("md")
    downloads: dict[str, str | bytes] = {**open_data.data_files(project), **{
        f"{SCHEMAS}/{name}": text for name, text in json_schemas().items()}}
    status_charts = {e.id: status_chart_table(e, project) for e in project.plans}
    measures = measure_views(project)
    common = {"site": project.site, "project": project, "today": today or as_of(), "data": open_data,
              "size": lambda path: formats.file_size(len(_bytes(downloads[path])))}
    pages: dict[str, str | bytes] = {"index.md": env.get_template("home.md.j2").render(
        path="index.md", status_charts=status_charts, **common)}
    for entry in project.plans:
        pages[f"{entry.id}/index.md"] = env.get_template("plan.md.j2").render(entry=entry, **common)
        for priority in entry.plan.priorities:
            pages[priority_path(entry, priority)] = env.get_template("priority.md.j2").render(
                entry=entry, priority=priority, path=priority_path(entry, priority), **common)
        periods = entry.published_periods()
        for previous, period in zip((None, *periods), periods):
            pages[period_path(entry, period)] = env.get_template("period.md.j2").render(
                entry=entry, period=period, path=period_path(entry, period),
                changes=compare_periods(entry, previous, period, project.site), **common)
    pages[FEED] = atom_feed(project, site_url, env)
    if project.published_feedback():
        pages[f"{FEEDBACK}/index.md"] = env.get_template("feedback.md.j2").render(
            path=f"{FEEDBACK}/index.md", **common)
        for entry in project.engagements:
            if entry.published:
                pages[engagement_path(entry)] = env.get_template("engagement.md.j2").render(
                    entry=entry, path=engagement_path(entry), **common)
    if measures:
        pages["measures/index.md"] = env.get_template("measures.md.j2").render(
            path="measures/index.md", measures=measures, **common)
    for view in measures:
        pages[view.page] = env.get_template("measure.md.j2").render(
            path=view.page, view=view, actions=actions_using(project, view.summary.measure), **common)
    pages["data/index.md"] = env.get_template("data.md.j2").render(
        path="data/index.md", **common,
        schemas=[(f"{SCHEMAS}/{schema_name(model)}", path) for path, model in INPUT_FILES.items()])
    charts = [c for c in [*status_charts.values(), *(v.chart for v in measures)] if c]
    pages.update({c.path: c.chart.svg for c in charts})
    pages.update(downloads)
    pages[STATUS_CSS] = _environment("css").get_template("statuses.css.j2").render(
        statuses=project.site.statuses, text_colour=text_colour)
    return pages


def atom_feed(project: Project, site_url: str | None, env: jinja2.Environment) -> str:
    """An Atom feed with one entry per published period, newest first, so families
    can subscribe. Dates come from the data, so the feed is the same on every build."""
    from feedgen.feed import FeedGenerator

    base = (site_url or "/").rstrip("/") + "/"
    area = project.site.area.name

    def feed_id(url: str) -> str:
        # Atom ids must be absolute: without a site_url, a stable name-based UUID.
        return url if site_url else uuid.uuid5(uuid.NAMESPACE_URL, f"{area}/{url}").urn

    feed = FeedGenerator()
    feed.id(feed_id(f"{base}feed.xml"))
    feed.title(f"{area}: SEND improvement progress updates")
    feed.author({"name": area})
    feed.link(href=f"{base}feed.xml", rel="self")
    feed.link(href=base, rel="alternate")
    feed.language("en")
    summary = env.get_template("feed_summary.md.j2")
    stamps = []
    for entry in project.plans:
        periods = entry.published_periods()
        for previous, period in zip((None, *periods), periods):
            day = period.update.agreed_on or period.update.date
            stamp = datetime.combine(day, time(12), tzinfo=timezone.utc)
            stamps.append(stamp)
            url = base + period_path(entry, period).removesuffix(".md") + "/"
            item = feed.add_entry(order="append")
            item.id(feed_id(url))
            item.title(f"What changed in {month_name(period.update.date)}: {entry.plan.title}")
            item.link(href=url)
            item.updated(stamp)
            item.published(stamp)
            text = summary.render(entry=entry, period=period, previous=previous, site=project.site)
            item.summary(" ".join(html.unescape(text).split()))
    feed.updated(max(stamps) if stamps else datetime(2000, 1, 1, tzinfo=timezone.utc))
    feed.entry(sorted(feed.entry(), key=lambda e: e.updated(), reverse=True), replace=True)
    return feed.atom_str(pretty=True).decode("utf-8")


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
    engagements = [e for e in project.engagements if e.published]
    if engagements:
        children = [NavItem("Overview", f"{FEEDBACK}/index.md")]
        children += [NavItem(e.engagement.title, engagement_path(e)) for e in reversed(engagements)]
        items.append(NavItem("You said, we did", f"{FEEDBACK}/index.md", tuple(children)))
    if project.measures:
        children = [NavItem("Overview", "measures/index.md")]
        children += [NavItem(m.name, measure_page(m)) for m in project.measures]
        items.append(NavItem("How we measure progress", "measures/index.md", tuple(children)))
    items.append(NavItem("Open data", "data/index.md"))
    return items
