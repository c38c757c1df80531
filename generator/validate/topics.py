"""Topics: the default list shipped with the tool, then the area's own
`plans/topics.yaml`; and every topic an action, feedback item or measure names
must be one of them."""
from __future__ import annotations

from typing import Iterable, Iterator

from ..load.yaml_source import Loc, Source
from ..model.base import anchor
from ..model.topic import DEFAULT_TOPICS, Topic, Topics
from ..problems import Problem
from .defaults import with_defaults
from ..hints import did_you_mean, one_of


def load_topics(area: Source | None) -> tuple[tuple[Topic, ...], list[Problem]]:
    """Every topic, in the default list's order then the area's, an area's topic replacing
    the default one with the same id (ignoring case, dots and dashes)."""
    topics, problems = with_defaults(DEFAULT_TOPICS, "default topics (generator/model/default_topics.yaml)",
                                     area, Topics, lambda t: t.topics, lambda t: anchor(t.id))
    return tuple(topics), problems


def check_topics(src: Source, entries: Iterable[tuple[Loc, object]],
                 topics: tuple[Topic, ...] | None) -> Iterator[Problem]:
    """Each entry's `topics` (an action's, an item's, a measure's, as written) names known
    topics. `topics` is None when plans/topics.yaml is itself broken: its own errors say so."""
    if topics is None:
        return
    ids = [t.id for t in topics]
    for loc, entry in entries:
        named = entry.get("topics") if isinstance(entry, dict) else None
        for k, value in enumerate(named if isinstance(named, list) else []):
            if isinstance(value, str) and value not in ids:
                yield src.problem(loc + ("topics", k), f"there is no topic '{value}'{_hint(value, topics)} "
                                  f"(the topics: {one_of(ids)}; an area adds its own in plans/topics.yaml)",
                                  "unknown-reference")


def _hint(value: str, topics: tuple[Topic, ...]) -> str:
    """Editors often write the words families use, such as 'ASD' or 'EHCP': point them to the id."""
    words = value.replace("-", " ").replace("_", " ").strip().lower()
    for topic in topics:
        if words in {topic.title.lower(), *(s.lower() for s in topic.synonyms)}:
            return f"; did you mean '{topic.id}' ({topic.title})?"
    return did_you_mean(value, [t.id for t in topics])


def listed(src: Source | None, field: str) -> list[tuple[Loc, object]]:
    """The entries of a file's top-level list `field` (a measures file's measures, an
    engagement's items), as written, with where each is."""
    data = src.data if src is not None and isinstance(src.data, dict) else {}
    items = data.get(field)
    return [((field, i), entry) for i, entry in enumerate(items if isinstance(items, list) else [])]
