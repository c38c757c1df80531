"""What a build shows: the public site leaves drafts out entirely; a preview
shows them as if published, marked so that every affected page carries a banner.

Doing this once, before anything is rendered, means no page, search index,
sitemap or download can leak a draft into the public site.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Project


def shown(project: Project, preview: bool) -> Project:
    if not preview:
        return replace(
            project,
            plans=tuple(replace(e, periods=tuple(p for p in e.periods if p.published)) for e in project.plans),
            engagements=tuple(e for e in project.engagements if e.published),
        )

    def publish(update_or_engagement):
        return update_or_engagement.model_copy(update={"state": "published"})

    return replace(
        project,
        plans=tuple(replace(e, periods=tuple(
            p if p.published else replace(p, update=publish(p.update), preview_draft=True)
            for p in e.periods)) for e in project.plans),
        engagements=tuple(
            e if e.published else replace(e, engagement=publish(e.engagement), preview_draft=True)
            for e in project.engagements),
    )


def has_drafts(project: Project) -> bool:
    return any(p.preview_draft for e in project.plans for p in e.periods) or any(
        e.preview_draft for e in project.engagements)
