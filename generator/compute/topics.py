"""What the site gathers for each topic, across priorities and plans: the actions,
what people told us and the measures that name it. Pure functions over the model."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..model import FeedbackRef, Measure, Project, Status, Topic
from ..model.base import anchor
from .figures import HistoryRow, histories
from .measures import ActionRef

TOPICS_INDEX = "topics/index.md"


@dataclass(frozen=True)
class TopicAction:
    """An action about the topic, with its latest row of history (None before its plan's
    first published update)."""

    ref: ActionRef
    latest: HistoryRow | None


@dataclass(frozen=True)
class TopicView:
    topic: Topic
    actions: tuple[TopicAction, ...]  # in plan order, the current plan first
    feedback: tuple[FeedbackRef, ...]  # published, oldest engagement first
    measures: tuple[Measure, ...]

    @property
    def page(self) -> str:
        return topic_path(self.topic)

    def by_status(self, statuses: tuple[Status, ...]) -> list[tuple[Status | None, int]]:
        """How many of its actions have each status at their plan's latest update, in the
        scale's order, then (None) those with no report yet; only the statuses some have."""
        counts = Counter(a.latest.status.id if a.latest and a.latest.status else None for a in self.actions)
        found: list[tuple[Status | None, int]] = [(s, counts[s.id]) for s in statuses if counts[s.id]]
        return found + ([(None, counts[None])] if counts[None] else [])


def topic_path(topic: Topic) -> str:
    return f"topics/{anchor(topic.id)}/index.md"


def topics_with_pages(project: Project) -> list[TopicView]:
    """Every topic that an action, a published feedback item or a measure names, in
    the topics' order: the topics index lists these, and each has a page."""
    actions: dict[str, list[TopicAction]] = {}
    for entry in project.plans_current_first():
        for priority in entry.plan.priorities:
            tagged = [a for a in priority.actions if a.topics]
            rows = histories(entry, tagged, project.site)
            for action in tagged:
                latest = rows[action.id][0] if rows[action.id] else None
                for topic_id in action.topics:
                    actions.setdefault(topic_id, []).append(TopicAction(ActionRef(entry, priority, action), latest))
    views = []
    for topic in project.topics:
        view = TopicView(topic, tuple(actions.get(topic.id, ())),
                         tuple(r for r in project.published_feedback() if topic.id in r.item.topics),
                         tuple(m for m in project.measures if topic.id in m.topics))
        if view.actions or view.feedback or view.measures:
            views.append(view)
    return views
