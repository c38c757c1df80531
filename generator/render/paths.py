"""Where each generated page lives in the docs folder, and the links between them.
Paths are made of validated ids, so they need no escaping (and must not get it)."""
from __future__ import annotations

import posixpath
from functools import lru_cache

from markupsafe import Markup

from ..model import EngagementEntry, Period, PlanEntry, Priority, Project
from ..model.base import anchor

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


def plan_page(entry: PlanEntry) -> str:
    return f"{entry.id}/index.md"


def priority_path(entry: PlanEntry, priority: Priority) -> str:
    return f"{entry.id}/{anchor(priority.id)}.md"


def engagement_path(entry: EngagementEntry) -> str:
    return f"{FEEDBACK}/{entry.id}.md"


def period_path(entry: PlanEntry, period: Period) -> str:
    return f"{entry.id}/updates/{period.id}.md"


def easy_read_path(entry: PlanEntry) -> str:
    return f"{entry.id}/easy-read.md"


@lru_cache(maxsize=65536)  # the same few links on every page of a plan
def link(from_path: str, to_path: str) -> Markup:
    """A relative link between two generated pages, as MkDocs expects in Markdown."""
    return Markup(posixpath.relpath(to_path, posixpath.dirname(from_path) or "."))


def paged_periods(project: Project, entry: PlanEntry) -> tuple[tuple[Period | None, Period], ...]:
    """The published periods that have a "What changed" page, each with the one before."""
    periods = entry.published_periods()
    pairs = tuple(zip((None, *periods), periods))
    return pairs[-PERIOD_PAGES:] if len(project.plans) > MANY_PLANS else pairs
