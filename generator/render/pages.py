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
from functools import cache, lru_cache

import jinja2
from markupsafe import Markup

from ..compute import as_of, feedback, figures, headline, histories, history
from ..compute.changes import Changes, compare_periods
from ..compute.measures import actions_using
from ..compute.view import has_drafts
from ..model import INPUT_FILES, EngagementEntry, Period, PlanEntry, Priority, Project, Status
from ..model.feedback import CHANNEL_LABELS, RESPONSE_LABELS
from ..model.schemas import json_schemas, schema_name
from ..model.base import month_name
from ..model.status import text_colour
from ..validate.references import anchor, icon_path
from . import formats, fragments, markdown, open_data
from .abbreviations import abbreviations
from .chart_pages import ChartTable, MeasureView, measure_page, measure_views, status_chart_table

STATUS_CSS = "assets/stylesheets/statuses.css"
FEED = "feed.xml"
FEEDBACK = "you-said-we-did"
SCHEMAS = "data/schemas"
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
        figure=formats.figure,
    )
    env.globals.update(figures=figures, headline=headline, history=history, feedback=feedback,
                       channels=CHANNEL_LABELS, responses=RESPONSE_LABELS, link=link,
                       priority_path=priority_path, engagement_path=engagement_path,
                       period_path=period_path, has_drafts=has_drafts, many_plans=MANY_PLANS,
                       history_slot=lambda action: Markup(fragments.slot(anchor(action.id))),
                       measure_page=measure_page)
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


@lru_cache(maxsize=65536)  # the same few links on every page of a plan
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


def render_pages(project: Project, today: date | None = None, site_url: str | None = None,
                 memo: dict | None = None) -> dict[str, str | bytes]:
    """Every generated file, keyed by its path in the site's docs folder. The project
    is the view to publish: drafts already left out, or marked for a preview.

    `memo` (kept by `serve` between rebuilds) holds each plan's pages, chart and open
    data with the inputs they were made from; a plan whose entry is the very same
    object as last time (the validate stage and `shown` reuse it when its files did
    not change) and whose other inputs are equal is not rendered again (nor are the
    pages of the feedback about it). The measures' charts are kept while the
    measures and their figures are equal. Pages about the whole site (home,
    feedback, feed, open data) are rendered every time."""
    env = _environment("md")
    downloads: dict[str, str | bytes] = {}
    common = {"site": project.site, "project": project, "today": today or as_of(), "data": open_data,
              "size": lambda path: formats.file_size(len(_bytes(downloads[path])))}
    # The home page shows each plan's chart only while it shows each plan's figures.
    charted = len(project.plans) <= MANY_PLANS
    pages: dict[str, str | bytes] = {}
    summaries, status_charts = {}, {}
    plan_memo = memo.setdefault("plans", {}) if memo is not None else None
    for entry in project.plans:
        # What a plan's pages read besides its entry: the site (statuses, words), the
        # measures (names and ids: actions link to their pages; not their figures),
        # the glossary (history tables) and the plan's feedback.
        inputs = (project.site, project.measures, project.glossary, charted,
                  tuple(e for e in project.engagements if e.plan_id == entry.id))
        before = plan_memo.get(entry.id) if plan_memo is not None else None
        if before is not None and before[0] is entry and before[1] == inputs:
            made = before[2]
        else:
            made = _plan_parts(env, entry, project, common, charted)
            if plan_memo is not None:
                plan_memo[entry.id] = (entry, inputs, made)
        plan_pages, summaries[entry.id], status_charts[entry.id], plan_data = made
        pages.update(plan_pages)
        downloads.update(plan_data)
    if plan_memo is not None:
        for gone in set(plan_memo) - {entry.id for entry in project.plans}:
            del plan_memo[gone]
    downloads.update(open_data.site_data_files(project))
    downloads.update({f"{SCHEMAS}/{name}": text for name, text in json_schemas().items()})
    measures = _measure_views(project, memo)
    pages["index.md"] = env.get_template("home.md.j2").render(
        path="index.md", status_charts=status_charts, **common)
    pages[FEED] = atom_feed(project, site_url, summaries)
    if project.published_feedback():
        pages[f"{FEEDBACK}/index.md"] = env.get_template("feedback.md.j2").render(
            path=f"{FEEDBACK}/index.md", **common)
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


def _plan_parts(env: jinja2.Environment, entry: PlanEntry, project: Project, common: dict,
                charted: bool) -> tuple[dict[str, str], tuple[str, ...], ChartTable | None, dict[str, bytes]]:
    """Everything made from one plan: its pages, its part of the feed, its chart (when
    the home page shows it) and its open data."""
    return (_plan_pages(env, entry, common), _feed_summaries(env, entry, project.site),
            status_chart_table(entry, project) if charted else None,
            open_data.plan_files(entry, project.site))


def _measure_views(project: Project, memo: dict | None) -> list[MeasureView]:
    """The measures' pages' parts (charts drawn by matplotlib), kept by `serve` while
    the measures, their figures and the area's name are the same."""
    key = (project.measures, tuple(project.rows(m) for m in project.measures), project.site.area.name)
    before = memo.get("measures") if memo is not None else None
    if before is not None and before[0] == key:
        return before[1]
    views = measure_views(project)
    if memo is not None:
        memo["measures"] = (key, views)
    return views


def _plan_pages(env: jinja2.Environment, entry: PlanEntry, common: dict) -> dict[str, str]:
    pages = {f"{entry.id}/index.md": env.get_template("plan.md.j2").render(entry=entry, **common)}
    for priority in entry.plan.priorities:
        pages[priority_path(entry, priority)] = _priority_page(env, entry, priority, common)
    periods = entry.published_periods()
    for previous, period in zip((None, *periods), periods):
        pages[period_path(entry, period)] = env.get_template("period.md.j2").render(
            entry=entry, period=period, path=period_path(entry, period),
            changes=compare_periods(entry, previous, period, common["site"]), **common)
    for engagement in common["project"].engagements:  # feedback pages are about one plan each
        if engagement.plan_id == entry.id and engagement.published:
            pages[engagement_path(engagement)] = env.get_template("engagement.md.j2").render(
                entry=engagement, path=engagement_path(engagement), **common)
    return pages


def _priority_page(env: jinja2.Environment, entry: PlanEntry, priority: Priority, common: dict) -> str:
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
    return fragments.attach(page, {anchor(a.id): table.render(cells=[
        (labels[r.period.id], badges[r.status.id], r.overdue, abbr(r.update.note)) for r in rows[a.id]])
        for a in priority.actions if rows[a.id]})


def _feed_summaries(env: jinja2.Environment, entry: PlanEntry, site) -> tuple[str, ...]:
    """The feed's text for each published period of a plan, kept with its pages."""
    summary = env.get_template("feed_summary.md.j2")
    periods = entry.published_periods()
    return tuple(" ".join(html.unescape(summary.render(entry=entry, period=period, previous=previous,
                                                       site=site)).split())
                 for previous, period in zip((None, *periods), periods))


def atom_feed(project: Project, site_url: str | None, summaries: dict[str, tuple[str, ...]]) -> str:
    """An Atom feed with one entry per published period, newest first, so families
    can subscribe. Dates come from the data, so the feed is the same on every build.
    `summaries` holds each plan's `_feed_summaries`."""
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
    stamps = []
    for entry in project.plans:
        for period, text in zip(entry.published_periods(), summaries[entry.id], strict=True):
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
            item.summary(text)
    feed.updated(max(stamps) if stamps else datetime(2000, 1, 1, tzinfo=timezone.utc))
    feed.entry(sorted(feed.entry(), key=lambda e: e.updated(), reverse=True), replace=True)
    return feed.atom_str(pretty=True).decode("utf-8")


def _bytes(content: str | bytes) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


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
    items = [NavItem("Home", "index.md"), *_grouped(plans, "Plans", "index.md")]
    engagements = [e for e in project.engagements if e.published]
    if engagements:
        children = [NavItem(e.engagement.title, engagement_path(e)) for e in reversed(engagements)]
        items.append(NavItem("You said, we did", f"{FEEDBACK}/index.md", (
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
