"""A plan's files kept from an earlier build, when everything they are made from is
the same: the same input files (by content), the same view (drafts shown or not),
the same code. At a national scale (125 plans), rendering every plan's pages again
was most of a build's generator time although one file had changed.

The render stage asks KeptPlans for a plan's parts by its fingerprint and gives it
the parts it made; KeptPlans checks that the files on disk are still the ones
written, and lists them in the generated folder after each build.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from ..model import EngagementEntry, PlanEntry, Project
from ..write.files import write_atomically
from . import made_cache
from .chart_pages import ChartTable
from .charts import Chart


class KeptFile:
    """Stands for a file's contents when the file on disk is kept as it is."""

    def __repr__(self) -> str:
        return "KEPT"


KEPT = KeptFile()
KEPT_LIST = ".kept-plans.json"  # in the generated folder: each plan's files, as written


@dataclass(frozen=True)
class KeptParts:
    """What the pages about the whole site need from a plan they do not render."""

    paths: tuple[str, ...]  # every file made from the plan
    summaries: tuple[str, ...]  # its feed entries' texts
    chart: ChartTable | None  # its chart, when the home page shows it
    sizes: dict[str, int]  # of its downloads


def fingerprint(project: Project, entry: PlanEntry, engagements: tuple[EngagementEntry, ...],
                charted: bool, happened: int, review: str | None = None) -> str | None:
    """`engagements`: those about the plan, as shown; `happened`: how many of its
    milestones are past on the day of the build; `review`: the page its draft banners
    link to, if any."""
    sources = project.plan_sources.get(entry.id)
    if sources is None:
        return None
    # The view: which periods and feedback are shown, and which as previewed drafts.
    view = ([(p.id, p.preview_draft) for p in entry.periods],
            [(e.id, e.published, e.preview_draft) for e in engagements], charted, len(project.plans), happened, review)
    code = made_cache.generator_version()
    return hashlib.sha256(code + sources.encode() + repr(view).encode()).hexdigest()


class KeptPlans:
    """Each plan's files as the latest build wrote them, with the fingerprint of what
    they were made from (render/kept.py), in a JSON file in the generated folder. A
    plan is kept only if every one of its files is still there with the size and
    modification time written down: a file changed or removed by hand is made again.
    A list that cannot be read only means rendering every plan."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.found: dict[str, dict] = {}
        self.made: dict[str, tuple[str, KeptParts]] = {}
        try:
            self.found = json.loads((folder / KEPT_LIST).read_text(encoding="utf-8"))["plans"]
        except (OSError, ValueError, KeyError, TypeError):
            pass

    def get(self, plan_id: str, fingerprint: str) -> KeptParts | None:
        try:
            entry = self.found[plan_id]
            if entry["fingerprint"] != fingerprint:
                return None
            for path, (size, mtime) in entry["files"].items():
                stat = (self.folder / path).stat()
                if (stat.st_size, stat.st_mtime_ns) != (size, mtime):
                    return None
            chart = entry["chart"]
            parts = KeptParts(tuple(entry["files"]), tuple(entry["summaries"]),
                              chart and ChartTable(**{**chart, "chart": Chart(**chart["chart"])}),
                              dict(entry["sizes"]))
        except (OSError, KeyError, TypeError, ValueError):
            return None
        self.made[plan_id] = (fingerprint, parts)
        return parts

    def put(self, plan_id: str, fingerprint: str, parts: KeptParts) -> None:
        self.made[plan_id] = (fingerprint, parts)

    def save(self, written: list[str]) -> None:
        """After the files are written (`written`: those written again): only the plans
        of this build, as on disk now."""
        plans = {}
        written_now = set(written)
        for plan_id, (fingerprint, parts) in sorted(self.made.items()):
            before = self.found.get(plan_id)
            if (before is not None and before.get("fingerprint") == fingerprint
                    and list(before.get("files", ())) == list(parts.paths)
                    and written_now.isdisjoint(parts.paths)):
                files = before["files"]  # as listed: none was written again (serve's rebuilds)
            else:
                files = {}
                for path in parts.paths:
                    stat = (self.folder / path).stat()
                    files[path] = [stat.st_size, stat.st_mtime_ns]
            plans[plan_id] = {"fingerprint": fingerprint, "files": files, "summaries": list(parts.summaries),
                              "chart": parts.chart and dataclasses.asdict(parts.chart), "sizes": parts.sizes}
        try:
            write_atomically({self.folder / KEPT_LIST: json.dumps({"plans": plans}, ensure_ascii=False, indent=1)})
        except OSError:
            # Like a list that cannot be read, one that cannot be written costs only
            # time: the list left from before names files whose sizes and times no
            # longer match those written now, so no plan is kept by mistake.
            return
        self.found = plans
