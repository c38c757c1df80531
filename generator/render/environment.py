"""The Jinja environments the pages are rendered with, and the filters templates
format values with."""
from __future__ import annotations

import html
import json
from datetime import date
from functools import cache, partial

import jinja2
from markupsafe import Markup

from ..model.base import NOT_NAMED, Due, month_name
from ..model.feedback import CHANNEL_LABELS, RESPONSE_LABELS
from ..model.priority import FINDING_LABELS
from ..model.base import anchor
from . import formats, fragments, markdown, paste
from .chart_pages import measure_page
from .paths import MANY_MEASURES, MANY_PLANS, easy_read_path, engagement_path, link, period_path, priority_path

NOT_REPORTED_YET = "No report yet"  # said where a status would be, in plain words


@cache
def environment(kind: str) -> jinja2.Environment:
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
    env.filters.update(
        block=partial(markdown.block, line=line),
        quote=partial(markdown.quote, line=line),
        url=markdown.url,
        percent=format_percent,
        day=format_day,
        on=formats.on,
        visit_dates=formats.visit_dates,
        not_yet_known_sentence=formats.not_yet_known_sentence,
        month=lambda d: month_name(d),
        anchor=anchor,
        yaml_title=yaml_title,
        figure=formats.figure,
        sentences=formats.whole_sentences,
    )
    # Words, links and paths only: what a page shows is computed before its template
    # (each page family's context), so that templates only format.
    env.globals.update(not_named=NOT_NAMED, findings=FINDING_LABELS, channels=CHANNEL_LABELS,
                       responses=RESPONSE_LABELS, not_reported_yet=NOT_REPORTED_YET,
                       many_plans=MANY_PLANS, many_measures=MANY_MEASURES, link=link,
                       priority_path=priority_path, engagement_path=engagement_path, period_path=period_path,
                       easy_read_path=easy_read_path, measure_page=measure_page,
                       history_slot=lambda action: Markup(fragments.slot(anchor(action.id))))
    return env


def compile_templates() -> None:
    """Compile every page template now, not when first used: `serve` does this as it
    starts, so that the first edit is rendered as fast as the later ones."""
    env = environment("md")
    for name in env.list_templates(filter_func=lambda name: name.endswith(".j2")):
        if not name.endswith(".css.j2"):
            env.get_template(name)


def format_percent(value: float) -> Markup:
    text = f"{value:.1f}".removesuffix(".0")
    return Markup(f"{text}%")  # digits, a dot and %: never Markdown syntax, so no escaping


def format_day(d: date | Due) -> str:
    """'14 October 2021'; a date known by its month (a meeting's), 'October 2021'."""
    return str(d) if isinstance(d, Due) else f"{d.day} {month_name(d)}"


def yaml_title(title: str) -> Markup:
    """A page's title in its front matter (_tags.j2). Themes print it into HTML
    unescaped, so it is escaped here; JSON is valid YAML and quotes it safely."""
    return Markup(json.dumps(html.escape(title)))
