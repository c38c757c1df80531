"""What a build shows: the public site leaves drafts out entirely; a preview
shows them as if published, marked so that every affected page carries a banner.

Doing this once, before anything is rendered, means no page, search index,
sitemap or download can leak a draft into the public site.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import PlanEntry, Project


def shown(project: Project, preview: bool) -> Project:
    plans = tuple(_shown_plan(e, preview) for e in project.plans)
    if not preview:
        return replace(project, plans=plans, engagements=tuple(e for e in project.engagements if e.published))

    return replace(project, plans=plans, engagements=tuple(
        e if e.published else replace(e, engagement=_published(e.engagement), preview_draft=True)
        for e in project.engagements))


def _shown_plan(entry: PlanEntry, preview: bool) -> PlanEntry:
    if all(p.published for p in entry.periods):
        return entry
    if not preview:
        return replace(entry, periods=tuple(p for p in entry.periods if p.published))
    return replace(entry, periods=tuple(
        p if p.published else replace(p, update=_published(p.update), preview_draft=True)
        for p in entry.periods))


def _published(update_or_engagement):
    return update_or_engagement.model_copy(update={"state": "published"})


def has_drafts(project: Project) -> bool:
    return any(p.preview_draft for e in project.plans for p in e.periods) or any(
        e.preview_draft for e in project.engagements)
