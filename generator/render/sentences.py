"""Plain-text sentences that summarise a chart. The same sentence is the chart's
SVG description and, escaped like any other text, the summary on its page."""
from __future__ import annotations

from functools import cache

import jinja2

from ..compute import Figures
from ..compute.measures import MeasureSummary
from ..model import PlanEntry
from ..model.base import month_name
from . import formats


@cache
def _environment() -> jinja2.Environment:
    # Plain text, never Markdown or HTML: whoever writes it out escapes it.
    env = jinja2.Environment(loader=jinja2.PackageLoader("generator.render", "templates"),
                             autoescape=False, undefined=jinja2.StrictUndefined)
    env.filters.update(month=month_name)
    return env


def measure_sentence(summary: MeasureSummary) -> str:
    unit = summary.measure.unit
    return _render("measure_sentence.txt.j2", s=summary, m=summary.measure,
                   fig=lambda value: formats.figure(value, unit))


def status_sentence(entry: PlanEntry, history: list[Figures]) -> str:
    return _render("status_sentence.txt.j2", entry=entry, history=history)


def _render(template: str, **context) -> str:
    return " ".join(_environment().get_template(template).render(**context).split())
