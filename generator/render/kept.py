"""A plan's files kept from an earlier build, when everything they are made from is
the same: the same input files (by content), the same view (drafts shown or not),
the same code. At a national scale (125 plans), rendering every plan's pages again
was most of a build's generator time although one file had changed.

The render stage asks a store (build/generated.KeptPlans) for a plan's parts by
its fingerprint and gives it the parts it made; the store checks that the files
on disk are still the ones it wrote.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Protocol

from ..model import PlanEntry, Project
from . import made_cache
from .chart_pages import ChartTable


class KeptFile:
    """Stands for a file's contents when the file on disk is kept as it is."""

    def __repr__(self) -> str:
        return "KEPT"


KEPT = KeptFile()


@dataclass(frozen=True)
class KeptParts:
    """What the pages about the whole site need from a plan they do not render."""

    paths: tuple[str, ...]  # every file made from the plan
    summaries: tuple[str, ...]  # its feed entries' texts
    chart: ChartTable | None  # its chart, when the home page shows it
    sizes: dict[str, int]  # of its downloads


class KeptPlans(Protocol):
    def get(self, plan_id: str, fingerprint: str) -> KeptParts | None: ...

    def put(self, plan_id: str, fingerprint: str, parts: KeptParts) -> None: ...


def fingerprint(project: Project, entry: PlanEntry, charted: bool) -> str | None:
    sources = project.plan_sources.get(entry.id)
    if sources is None:
        return None
    # The view: which periods and feedback are shown, and which as previewed drafts.
    view = ([(p.id, p.preview_draft) for p in entry.periods],
            [(e.id, e.published, e.preview_draft) for e in project.engagements if e.plan_id == entry.id],
            charted, len(project.plans))
    code = made_cache.generator_version()
    return hashlib.sha256(code + sources.encode() + repr(view).encode()).hexdigest()
