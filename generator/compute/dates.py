"""The date a build is stamped with: taken from the data, never from the clock,
so that two builds of the same inputs are identical byte for byte."""
from __future__ import annotations

from datetime import date, datetime, time, timezone

from ..model import Project


def latest_date(project: Project) -> date:
    """The newest date the public site shows: the latest published update, else
    the latest plan publication, else the inspection report."""
    # A meeting or publication known by its month: its first day, the latest it is sure to have been.
    updates = [p.update.date.first_day for e in project.plans for p in e.published_periods()]
    if updates:
        return max(updates)
    published = [e.plan.published.first_day for e in project.plans if e.plan.published]
    inspection = project.site.inspection
    return max(published) if published else (inspection.report_published or inspection.visit_end).last_day


def source_date_epoch(project: Project) -> int:
    """Seconds since 1970 at the start of `latest_date` (UTC), for SOURCE_DATE_EPOCH.
    Never 0 (MkDocs fails on it): every date in the format is a real date after 1970."""
    moment = datetime.combine(latest_date(project), time(), timezone.utc)
    return max(int(moment.timestamp()), 1)
