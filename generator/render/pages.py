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
from functools import cache, lru_cache, partial
from typing import Callable, Iterator, TypeVar

import jinja2
from markupsafe import Markup

from ..compute import (as_of, feedback, figures, former, has_passed, headline, histories, history,
                       not_yet_known, timeline)
from ..compute.changes import Changes, compare_periods
from ..compute.impact import judgements, latest_impact, target_progress, uses_impacts
from ..compute.measures import actions_by_measure
from ..compute.topics import TOPICS_INDEX, topics_with_pages
from ..compute.view import has_drafts
from ..model import INPUT_FILES, EngagementEntry, Period, PlanEntry, Priority, Project, Status
from ..model.priority import FINDING_LABELS
from ..model.feedback import CHANNEL_LABELS, RESPONSE_LABELS
from ..model.schemas import json_schemas, schema_name
from ..model.easy_read import PICTURES
from ..model.base import NOT_NAMED, Due, month_name
from ..model.status import text_colour
from ..validate.references import anchor, icon_path
from . import formats, fragments, markdown, open_data, paste
from .abbreviations import abbreviations
from .chart_pages import ChartTable, MeasureView, measure_page, measure_views, status_chart_table
from .help_now import help_now
from .kept import KEPT, KeptFile, KeptParts, KeptPlans, fingerprint
from .made_cache import MadeCache

STATUS_CSS = "assets/stylesheets/statuses.css"
FEED = "feed.xml"
FEEDBACK = "you-said-we-did"
SCHEMAS = "data/schemas"
# Past this many plans (a national view of many areas' plans), the home page lists
# plans in a table and the navigation groups them, so that no page grows with the
# number of plans: Material writes the navigation into every page.
MANY_PLANS = 12
# In such a national view, each plan's latest this many updates (a year of monthly
# meetings) have a "What changed" page and a feed entry; every update stays in each
# action's history and in the open data. At 125 plans x 40 updates, a page each made
# the site 6,000 pages, most of the build's time and memory.
PERIOD_PAGES = 12
# Past this many measures, the measures' overview is a table, each sentence on its own page.
MANY_MEASURES = 50

T = TypeVar("T")


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
    # "paste": Markdown pasted into documents (the committee report); "text": the `changes`
    # summary, read in terminals and pull requests. Both escaped with backslashes rather
    # than character references (see `paste`).
    line = paste.inline if kind in ("paste", "text") else markdown.inline
    env = jinja2.Environment(
        loader=loader,
        autoescape=True,  # so that macro output is Markup and not escaped twice
        finalize=partial(markdown.finalize, line=line),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.tests.update(former=former, uses_impacts=uses_impacts)
    env.filters.update(
        block=partial(markdown.block, line=line),
        quote=partial(markdown.quote, line=line),
        url=markdown.url,
        badge=badge,
        percent=format_percent,
        day=format_day,
        on=formats.on,
        visit_dates=formats.visit_dates,
        not_yet_known_sentence=formats.not_yet_known_sentence,
        month=lambda d: month_name(d),
        anchor=anchor,
        front_matter=front_matter,
        figure=formats.figure,
        sentences=formats.whole_sentences,
    )
    env.globals.update(figures=figures, headline=headline, history=history, feedback=feedback,
                       timeline=timeline, has_passed=has_passed,
                       not_yet_known=not_yet_known, not_named=NOT_NAMED, findings=FINDING_LABELS,
                       channels=CHANNEL_LABELS, responses=RESPONSE_LABELS, link=link,
                       priority_path=priority_path, engagement_path=engagement_path,
                       period_path=period_path, paged_periods=paged_periods, has_drafts=has_drafts,
                       many_plans=MANY_PLANS, many_measures=MANY_MEASURES,
                       history_slot=lambda action: Markup(fragments.slot(anchor(action.id))),
                       measure_page=measure_page, judgements=judgements, latest_impact=latest_impact,
                       uses_impacts=uses_impacts, target_progress=target_progress,
                       help_now=help_now, easy_read_path=easy_read_path)
    return env


def compile_templates() -> None:
    """Compile every page template now, not when first used: `serve` does this as it
    starts, so that the first edit is rendered as fast as the later ones."""
    env = _environment("md")
    for name in env.list_templates(filter_func=lambda name: name.endswith(".j2")):
        if not name.endswith(".css.j2"):
            env.get_template(name)


NOT_REPORTED_YET = "No report yet"  # said where a status would be, in plain words


@cache  # the same few badges are written hundreds of thousands of times at scale
def badge(status: Status | None) -> Markup:
    """A status as icon plus words: never colour alone. None: not reported yet."""
    if status is None:
        return Markup(NOT_REPORTED_YET)
    return Markup(f'<span class="status {status.css_class}">:{status.icon}: ') + markdown.inline(
        status.label) + Markup("</span>")


@cache
def badge_html(status: Status) -> Markup:
    """The same badge as HTML, for the history tables (HTML fragments, where no
    Markdown is read). The icon is drawn once per page (`status_icons`) and used in
    each row: at scale a history holds 200 rows, and the icon written out in each
    was 60 KB of a priority page."""
    return Markup(f'<span class="status {status.css_class}"><span class="twemoji">'
                  f'<svg viewBox="{_icon(status.icon)[0]}"><use href="#icon-{status.css_class}"></use></svg>'
                  '</span> ') + markdown.inline(status.label) + Markup("</span>")


def status_icons(statuses: tuple[Status, ...]) -> Markup:
    """The statuses' icons as symbols, drawn nowhere themselves (see badge_html)."""
    symbols = "".join('<symbol id="icon-{}" viewBox="{}">{}</symbol>'.format(s.css_class, *_icon(s.icon))
                      for s in statuses)
    return Markup(f'<svg class="status-icons" aria-hidden="true">{symbols}</svg>')


@cache
def _icon(name: str) -> tuple[str, str]:
    """An icon's viewBox and drawing, from the theme's SVG file."""
    svg = icon_path(name).read_text(encoding="utf-8")
    found = re.fullmatch(r'\s*<svg [^>]*viewBox="([^"]+)"[^>]*>(.*)</svg>\s*', svg, re.S)
    assert found is not None, f"unexpected icon file {icon_path(name)}"
    return found.group(1), found.group(2)


def format_percent(value: float) -> Markup:
    text = f"{value:.1f}".removesuffix(".0")
    return Markup(f"{text}%")  # digits, a dot and %: never Markdown syntax, so no escaping


def format_day(d: date | Due) -> str:
    """'14 October 2021'; a date known by its month (a meeting's), 'October 2021'."""
    return str(d) if isinstance(d, Due) else f"{d.day} {month_name(d)}"


def front_matter(title: str, searched: bool = True) -> Markup:
    """Page title for MkDocs. Themes print it into HTML unescaped, so escape it here;
    JSON is valid YAML and quotes it safely. `searched=False` leaves the page out of
    the search index (Material's `search: exclude`)."""
    hidden = "" if searched else "search:\n  exclude: true\n"
    return Markup("---\ntitle: " + json.dumps(html.escape(title)) + "\n" + hidden + "---\n")


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


def paged_periods(project: Project, entry: PlanEntry) -> tuple[tuple[Period | None, Period], ...]:
    """The published periods that have a "What changed" page, each with the one before."""
    periods = entry.published_periods()
    pairs = tuple(zip((None, *periods), periods))
    return pairs[-PERIOD_PAGES:] if len(project.plans) > MANY_PLANS else pairs


def render_changes(changes: Changes, path: str | None = None) -> str:
    """The plain-language summary printed by `progress-pages changes`, as plain text for a
    terminal, a pull request or a document; given the path of a page of the site (a
    preview's "What this change does"), as that page, with links."""
    kind = "text" if path is None else "md"
    text = _environment(kind).get_template("changes.md.j2").render(changes=changes, path=path)
    return re.sub(r"\n{3,}", "\n\n", text).lstrip("\n")


def render_pages(project: Project, today: date | None = None, site_url: str | None = None,
                 memo: dict | None = None, cache: MadeCache | None = None) -> dict[str, str | bytes]:
    """Every generated file, keyed by its path in the site's docs folder (see iter_pages)."""
    return dict(iter_pages(project, today, site_url, memo, cache))


def iter_pages(project: Project, today: date | None = None, site_url: str | None = None,
               memo: dict | None = None, cache: MadeCache | None = None,
               kept: KeptPlans | None = None, review: str | None = None,
               ) -> Iterator[tuple[str, str | bytes | KeptFile]]:
    """Every generated file with its path in the site's docs folder, one plan's files
    after another, so that a writer holds only one plan's at a time (at a national
    scale all of them weigh hundreds of megabytes). The project is the view to
    publish: drafts already left out, or marked for a preview.

    `memo` (kept by `serve` between rebuilds) holds each plan's pages, chart and open
    data with the inputs they were made from; a plan whose entry is the very same
    object as last time (the validate stage and `shown` reuse it when its files did
    not change) and whose other inputs are equal is not rendered again (nor are the
    pages of the feedback about it). The measures' charts are kept while the
    measures and their figures are equal. Pages about the whole site (home,
    feedback, feed, open data) are rendered every time. `cache` keeps the charts and
    workbooks between builds (see made_cache); `kept` keeps whole plans' files
    between builds (see kept.py), given as KEPT. `review`: the path of a preview's
    "What this change does" page, which its draft banners link to."""
    env = _environment("md")
    sizes: dict[str, int] = {}  # of the downloads, which pages give
    common = {"site": project.site, "project": project, "today": today or as_of(), "data": open_data,
              "size": lambda path: formats.file_size(sizes[path]), "review": review}
    # The home page shows each plan's chart only while it shows each plan's figures.
    charted = len(project.plans) <= MANY_PLANS
    summaries, status_charts = {}, {}
    plan_memo = memo.setdefault("plans", {}) if memo is not None else None
    # What a plan's pages read besides its entry: the site (statuses, words), the
    # measures (names and ids: actions link to their pages; not their figures), the
    # glossary (history tables), and the plan's feedback. Compared once, not per plan.
    shared = (project.site, project.measures, project.glossary, charted, review)
    if memo is not None and memo.get("shared") != shared:
        memo["shared"] = shared
        plan_memo.clear()  # type: ignore[union-attr]
    for entry in project.plans:
        engagements = tuple(e for e in project.engagements if e.plan_id == entry.id)
        # The plan's page splits its timeline at the day of the build: a page is kept
        # only while the split is the same.
        happened = len(timeline(entry.plan, common["today"]).happened)
        before = plan_memo.get(entry.id) if plan_memo is not None else None
        key = fingerprint(project, entry, engagements, charted, happened, review) if kept is not None else None
        if before is not None and before[0] is entry and before[1] == (engagements, happened):
            parts = before[2]
        else:
            found = kept.get(entry.id, key) if kept is not None and key is not None else None
            if found is not None:
                summaries[entry.id], status_charts[entry.id] = found.summaries, found.chart
                sizes.update(found.sizes)
                yield from ((path, KEPT) for path in found.paths)
                continue
            parts = _plan_parts(env, entry, project, common, charted, cache)
            if plan_memo is not None:
                plan_memo[entry.id] = (entry, (engagements, happened), parts)
        plan_pages, summaries[entry.id], status_charts[entry.id], plan_data = parts
        yield from plan_pages.items()
        yield from _downloads(plan_data, sizes)
        if kept is not None and key is not None:
            kept.put(entry.id, key, KeptParts((*plan_pages, *plan_data), summaries[entry.id],
                                              status_charts[entry.id], {p: sizes[p] for p in plan_data}))
    if plan_memo is not None:
        for gone in set(plan_memo) - {entry.id for entry in project.plans}:
            del plan_memo[gone]
    yield from _downloads(_site_data_files(project, memo), sizes)
    yield from _downloads({f"{SCHEMAS}/{name}": text for name, text in json_schemas().items()}, sizes)
    measures = _measure_views(project, memo, cache)
    # The topics with a page: the home page's "Find what matters to you" (with none, it
    # offers search).
    topics = topics_with_pages(project)
    yield "index.md", env.get_template("home.md.j2").render(
        path="index.md", status_charts=status_charts, topics=topics, **common)
    yield FEED, atom_feed(project, site_url, summaries)
    if project.published_feedback():
        yield f"{FEEDBACK}/index.md", env.get_template("feedback.md.j2").render(
            path=f"{FEEDBACK}/index.md", **common)
    if measures:
        yield "measures/index.md", env.get_template("measures.md.j2").render(
            path="measures/index.md", measures=measures, **common)
    yield from _measure_pages(env, project, measures, common, memo)
    yield from _topic_pages(env, topics, measures, common)
    yield "data/index.md", env.get_template("data.md.j2").render(
        path="data/index.md", **common,
        schemas=[(f"{SCHEMAS}/{schema_name(model)}", path) for path, model in INPUT_FILES.items()])
    for c in [*status_charts.values(), *(v.chart for v in measures)]:
        if c:
            yield c.path, c.chart.svg
    yield STATUS_CSS, _environment("css").get_template("statuses.css.j2").render(
        statuses=project.site.statuses, text_colour=text_colour)


def _downloads(files: dict[str, str | bytes], sizes: dict[str, int]) -> Iterator[tuple[str, str | bytes]]:
    for path, content in files.items():
        sizes[path] = len(_bytes(content))
        yield path, content


def _plan_parts(env: jinja2.Environment, entry: PlanEntry, project: Project, common: dict, charted: bool,
                cache: MadeCache | None) -> tuple[dict[str, str], tuple[str, ...], ChartTable | None, dict[str, bytes]]:
    """Everything made from one plan: its pages, its part of the feed, its chart (when
    the home page shows it) and its open data."""
    return (_plan_pages(env, entry, common), _feed_summaries(env, entry, project),
            status_chart_table(entry, project, cache) if charted else None,
            open_data.plan_files(entry, project.site, cache))


def _remembered(memo: dict | None, name: str, key: tuple, make: Callable[[], T]) -> T:
    """`make()`, or what `serve` kept under `name` while `key` is equal to last time's."""
    before = memo.get(name) if memo is not None else None
    if before is not None and before[0] == key:
        return before[1]
    made = make()
    if memo is not None:
        memo[name] = (key, made)
    return made


def _site_data_files(project: Project, memo: dict | None) -> dict[str, bytes]:
    """The measures' and feedback's downloads, kept by `serve` while those are equal."""
    key = (project.measures, tuple(project.rows(m) for m in project.measures), project.published_feedback())
    return _remembered(memo, "site_data", key, lambda: open_data.site_data_files(project))


def _measure_views(project: Project, memo: dict | None, cache: MadeCache | None) -> list[MeasureView]:
    """The measures' pages' parts (charts drawn by matplotlib), kept by `serve` while
    the measures, their figures and the area's name are the same."""
    key = (project.measures, tuple(project.rows(m) for m in project.measures), project.site.area.name)
    return _remembered(memo, "measures", key, lambda: measure_views(project, cache))


def _measure_pages(env: jinja2.Environment, project: Project, measures: list[MeasureView], common: dict,
                   memo: dict | None) -> Iterator[tuple[str, str]]:
    """Each measure's page. `serve` keeps each with what it was made from: its view
    (the very same while the measures are) and what it shows of the actions using
    it, so an edit to a plan's notes renders no measure's page again."""
    using = actions_by_measure(project)
    kept = memo.setdefault("measure_pages", {}) if memo is not None else {}
    made = {}
    for view in measures:
        actions = using[view.summary.measure.id]
        # What the page shows of each action (a note edited elsewhere changes none of it).
        shown = tuple((r.entry.id, r.entry.plan.title, r.priority.id, r.action.id, r.action.title) for r in actions)
        inputs = (view, shown, project.site, project.glossary)
        before = kept.get(view.page)
        if before is not None and before[0][0] is view and before[0][1:] == inputs[1:]:
            text = before[1]
        else:
            text = env.get_template("measure.md.j2").render(path=view.page, view=view, actions=actions, **common)
        made[view.page] = (inputs, text)
        yield view.page, text
    if memo is not None:
        memo["measure_pages"] = made


def _topic_pages(env: jinja2.Environment, views: list, measures: list[MeasureView],
                 common: dict) -> Iterator[tuple[str, str]]:
    """The topics' index and a page per topic that has anything: made every time, as
    the home page is, since each gathers from every plan."""
    if not views:
        return
    yield TOPICS_INDEX, env.get_template("topics.md.j2").render(path=TOPICS_INDEX, views=views, **common)
    sentences = {view.summary.measure.id: view.sentence for view in measures}
    for view in views:
        yield view.page, env.get_template("topic.md.j2").render(path=view.page, view=view, sentences=sentences,
                                                                 **common)


def easy_read_path(entry: PlanEntry) -> str:
    return f"{entry.id}/easy-read.md"


def _plan_pages(env: jinja2.Environment, entry: PlanEntry, common: dict) -> dict[str, str]:
    path = f"{entry.id}/index.md"
    pages = {path: env.get_template("plan.md.j2").render(entry=entry, path=path, **common)}
    if entry.plan.easy_read:
        pages[easy_read_path(entry)] = env.get_template("easy_read.md.j2").render(
            entry=entry, path=easy_read_path(entry), pictures=PICTURES, **common)
    for priority in entry.plan.priorities:
        pages[priority_path(entry, priority)] = _priority_page(env, entry, priority, common)
    for previous, period in paged_periods(common["project"], entry):
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
    tables = {anchor(a.id): table.render(noted=any(r.note for r in rows[a.id]), cells=[
        (labels[r.period.id], badges[r.status.id] if r.status else Markup(NOT_REPORTED_YET), r.overdue,
         abbr(r.note) if r.note else "") for r in rows[a.id]])
        for a in priority.actions if rows[a.id]}
    if tables:  # the icons the badges use, once, before the first table
        first = next(iter(tables))
        tables[first] = f"{status_icons(common['site'].statuses)}\n{tables[first]}"
    return fragments.attach(page, tables)


def _feed_summaries(env: jinja2.Environment, entry: PlanEntry, project: Project) -> tuple[str, ...]:
    """The feed's text for each period of a plan with a page, kept with its pages."""
    summary = env.get_template("feed_summary.md.j2")
    return tuple(" ".join(html.unescape(summary.render(entry=entry, period=period, previous=previous,
                                                       site=project.site)).split())
                 for previous, period in paged_periods(project, entry))


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
        for (_, period), text in zip(paged_periods(project, entry), summaries[entry.id], strict=True):
            day = period.update.agreed_on or period.update.date.first_day  # Atom needs a day
            stamp = datetime.combine(day, time(12), tzinfo=timezone.utc)
            stamps.append(stamp)
            url = base + period_path(entry, period).removesuffix(".md") + "/"
            item = feed.add_entry(order="append")
            item.id(feed_id(url))
            item.title(f"What changed in {period.when}: {entry.plan.title}")
            item.link(href=url)
            item.updated(stamp)
            item.published(stamp)
            item.summary(text)
    if not stamps:  # no update published yet: the feed is as new as the plans
        stamps = [datetime.combine(e.plan.published.last_day, time(12), tzinfo=timezone.utc)
                  for e in project.plans if e.plan.published] or [datetime(2000, 1, 1, tzinfo=timezone.utc)]
    feed.updated(max(stamps))
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
