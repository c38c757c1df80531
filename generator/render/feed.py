"""The Atom feed: one entry per published period with a page, newest first, so
families can subscribe."""
from __future__ import annotations

import html
import uuid
from datetime import datetime, time, timezone

import jinja2

from ..compute import figures
from ..model import PlanEntry, Project
from .paths import paged_periods, period_path


def feed_summaries(env: jinja2.Environment, entry: PlanEntry, project: Project) -> tuple[str, ...]:
    """The feed's text for each period of a plan with a page, kept with its pages."""
    summary = env.get_template("feed_summary.md.j2")
    site = project.site
    return tuple(" ".join(html.unescape(summary.render(
        period=period, latest=figures(entry, period, site),
        before=figures(entry, previous, site) if previous else None)).split())
        for previous, period in paged_periods(project, entry))


def atom_feed(project: Project, site_url: str | None, summaries: dict[str, tuple[str, ...]]) -> str:
    """Dates come from the data, so the feed is the same on every build. `summaries`
    holds each plan's `feed_summaries`."""
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
