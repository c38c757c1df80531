"""Everything made from one plan, as one value the store can keep: its pages, its
part of the feed, its chart (when the home page shows it) and its open data. At a
national scale (125 plans) rendering every plan again was most of a build's
generator time although one file had changed.

A plan's output is kept by the key of its input files (given by the pipeline) and
of what else it shows: the site's words and statuses, the measures' names, the
glossary, which of its updates and feedback are shown (or previewed as drafts), how
much of its timeline has happened on the day of the build, and the site's shape.
"""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Callable

from ..compute import timeline
from ..model import PlanEntry, Project
from ..store import Store, key_of
from .chart_pages import ChartTable
from .charts import Chart


@dataclass(frozen=True)
class PlanOutput:
    pages: dict[str, str]
    summaries: tuple[str, ...]  # its feed entries' texts
    chart: ChartTable | None  # its chart, when the home page shows it
    data: dict[str, bytes]  # its downloads


def shared_key(project: Project, charted: bool, review: str | None, site_url: str | None) -> str:
    """What every plan's pages read besides the plan: made once a build, from small
    parts of the model (never the plans themselves)."""
    return key_of(project.site.model_dump_json(), *(t.model_dump_json() for t in project.glossary),
                  *(f"{m.id}\0{m.name}" for m in project.measures),
                  repr((charted, len(project.plans), review, site_url)))


def plan_key(project: Project, entry: PlanEntry, inputs: str, shared: str, today) -> str:
    """`inputs`: the key of the plan's input files."""
    view = ([(p.id, p.preview_draft) for p in entry.periods],
            [(e.id, e.published, e.preview_draft) for e in project.engagements if e.plan_id == entry.id],
            len(timeline(entry.plan, today).happened))
    return key_of(inputs, shared, repr(view))


def stored(store: Store | None, key: str | None, make: Callable[[], PlanOutput]) -> PlanOutput:
    """`make()`, or the output kept under `key`."""
    if store is None or key is None or (store.path is None and not store.remember):
        return make()  # a store that keeps nothing: not worth packing the output for
    fresh: list[PlanOutput] = []

    def packed() -> bytes:
        fresh.append(make())
        return pack(fresh[0])

    found = store.get_or_make("plan-output", key, packed)
    return fresh[0] if fresh else unpack(found)


def pack(output: PlanOutput) -> bytes:
    """As bytes: a JSON header, then each file's bytes one after another."""
    texts = [text.encode("utf-8") for text in output.pages.values()]
    header = json.dumps({
        "pages": [[path, len(data)] for path, data in zip(output.pages, texts)],
        "data": [[path, len(data)] for path, data in output.data.items()],
        "summaries": list(output.summaries),
        "chart": output.chart and dataclasses.asdict(output.chart),
    }, ensure_ascii=False).encode("utf-8")
    return b"".join([len(header).to_bytes(8, "big"), header, *texts, *output.data.values()])


def unpack(stored: bytes) -> PlanOutput:
    size = int.from_bytes(stored[:8], "big")
    header = json.loads(stored[8:8 + size])
    at = 8 + size

    def files(listed: list) -> dict[str, bytes]:
        nonlocal at
        found = {}
        for path, length in listed:
            found[path], at = stored[at:at + length], at + length
        return found

    pages = {path: data.decode("utf-8") for path, data in files(header["pages"]).items()}
    data = files(header["data"])
    chart = header["chart"]
    return PlanOutput(pages, tuple(header["summaries"]),
                      chart and ChartTable(**{**chart, "chart": Chart(**chart["chart"])}), data)
