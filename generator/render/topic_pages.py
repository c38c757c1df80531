"""The topics' index and a page per topic that has anything: each gathers from every
plan, so they are made every time, as the home page is."""
from __future__ import annotations

from typing import Iterator

import jinja2

from ..compute import feedback
from ..compute.topics import TOPICS_INDEX
from .chart_pages import MeasureView


def topic_pages(env: jinja2.Environment, views: list, measures: list[MeasureView],
                common: dict) -> Iterator[tuple[str, str]]:
    if not views:
        return
    yield TOPICS_INDEX, env.get_template("topics.md.j2").render(path=TOPICS_INDEX, views=views, **common)
    sentences = {view.summary.measure.id: view.sentence for view in measures}
    page = env.get_template("topic.md.j2")
    for view in views:
        yield view.page, page.render(path=view.page, view=view, sentences=sentences,
                                     told=feedback.families(view.feedback), others=feedback.others(view.feedback),
                                     **common)
