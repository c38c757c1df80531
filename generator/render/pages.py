"""Render stage: every generated file (pages, charts, downloads, the status
stylesheet) as a pure function of the project. Nothing here reads or writes files
except the templates and the store."""
from __future__ import annotations

import re
from datetime import date
from typing import Iterator, Mapping

from ..compute import as_of
from ..compute.changes import Changes
from ..compute.impact import uses_impacts
from ..compute.topics import topics_with_pages
from ..model import INPUT_FILES, Project
from ..model.schemas import json_schemas, schema_name
from ..model.status import text_colour
from ..store import Store
from . import datasets, formats, open_data
from .chart_pages import measure_views, status_chart_table
from .environment import compile_templates, environment  # noqa: F401 (compile_templates: the plugin's)
from .feed import atom_feed, feed_summaries
from .feedback_pages import feedback_page
from .home_page import home_page
from .measure_pages import measure_pages
from .paths import FEED, FEEDBACK, MANY_PLANS, SCHEMAS, STATUS_CSS
from .plan_output import PlanOutput, plan_key, shared_key, stored
from .plan_pages import plan_pages
from .topic_pages import topic_pages


def render_changes(changes: Changes, path: str | None = None) -> str:
    """The plain-language summary printed by `progress-pages changes`, as plain text for a
    terminal, a pull request or a document; given the path of a page of the site (a
    preview's "What this change does"), as that page, with links."""
    kind = "text" if path is None else "md"
    text = environment(kind).get_template("changes.md.j2").render(changes=changes, path=path)
    return re.sub(r"\n{3,}", "\n\n", text).lstrip("\n")


def render_pages(project: Project, today: date | None = None, site_url: str | None = None,
                 **options) -> dict[str, str | bytes]:
    """Every generated file, keyed by its path in the site's docs folder (see iter_pages)."""
    return dict(iter_pages(project, today, site_url, **options))


def iter_pages(project: Project, today: date | None = None, site_url: str | None = None, *,
               store: Store | None = None, plan_keys: Mapping[str, str] | None = None,
               review: str | None = None) -> Iterator[tuple[str, str | bytes]]:
    """Every generated file with its path in the site's docs folder, one plan's files
    after another, so that a writer holds only one plan's at a time (at a national
    scale all of them weigh hundreds of megabytes). The project is the view to
    publish: drafts already left out, or marked for a preview.

    With a `store`, charts and workbooks are made once per input, and a plan whose
    key in `plan_keys` (of its input files) and whose view are as before is not
    rendered again (see plan_output). `review`: the path of a preview's "What this
    change does" page, which its draft banners link to."""
    env = environment("md")
    sizes: dict[str, int] = {}  # of the downloads, which pages give
    common = {"site": project.site, "project": project, "today": today or as_of(), "data": datasets,
              "size": lambda path: formats.file_size(sizes[path]), "review": review}
    # The home page shows each plan's chart only while it shows each plan's figures.
    charted = len(project.plans) <= MANY_PLANS
    shared = shared_key(project, charted, review, site_url) if store is not None and plan_keys else None
    summaries, status_charts = {}, {}
    for entry in project.plans:
        inputs = plan_keys.get(entry.id) if shared is not None and plan_keys is not None else None
        key = plan_key(project, entry, inputs, shared, common["today"]) if inputs and shared else None

        def make(entry=entry) -> PlanOutput:
            return PlanOutput(plan_pages(env, entry, common), feed_summaries(env, entry, project),
                              status_chart_table(entry, project, store) if charted else None,
                              open_data.plan_files(entry, project.site, store))

        output = stored(store, key, make)
        summaries[entry.id], status_charts[entry.id] = output.summaries, output.chart
        yield from output.pages.items()
        yield from _downloads(output.data, sizes)
    yield from _downloads(open_data.site_data_files(project), sizes)
    yield from _downloads({f"{SCHEMAS}/{name}": text for name, text in json_schemas().items()}, sizes)
    measures = measure_views(project, store)
    # The topics with a page: the home page's "Find what matters to you" (with none, it
    # offers search).
    topics = topics_with_pages(project)
    yield "index.md", home_page(env, project, status_charts, topics, common)
    yield FEED, atom_feed(project, site_url, summaries)
    if project.published_feedback():
        yield f"{FEEDBACK}/index.md", feedback_page(env, project, common)
    yield from measure_pages(env, project, measures, common)
    yield from topic_pages(env, topics, measures, common)
    yield "data/index.md", env.get_template("data.md.j2").render(
        path="data/index.md", **common, impacts=[e.id for e in project.plans if uses_impacts(e)],
        schemas=[(f"{SCHEMAS}/{schema_name(model)}", path) for path, model in INPUT_FILES.items()])
    for c in [*status_charts.values(), *(v.chart for v in measures)]:
        if c:
            yield c.path, c.chart.svg
    yield STATUS_CSS, environment("css").get_template("statuses.css.j2").render(
        statuses=project.site.statuses, text_colour=text_colour)


def _downloads(files: dict[str, str | bytes], sizes: dict[str, int]) -> Iterator[tuple[str, str | bytes]]:
    for path, content in files.items():
        sizes[path] = len(content.encode("utf-8") if isinstance(content, str) else content)
        yield path, content
