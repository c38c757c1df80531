"""The measures' overview and a page per measure, with its chart."""
from __future__ import annotations

from typing import Iterator

import jinja2

from ..compute.measures import actions_by_measure
from ..model import Project
from .chart_pages import MeasureView


def measure_pages(env: jinja2.Environment, project: Project, measures: list[MeasureView],
                  common: dict) -> Iterator[tuple[str, str]]:
    if not measures:
        return
    yield "measures/index.md", env.get_template("measures.md.j2").render(
        path="measures/index.md", measures=measures, **common)
    using = actions_by_measure(project)
    page = env.get_template("measure.md.j2")
    for view in measures:
        yield view.page, page.render(path=view.page, view=view, actions=using[view.summary.measure.id], **common)
