"""Topics: what families look for, such as autism and ADHD assessment or short breaks.

A default list ships with the tool (default_topics.yaml beside this file); an area
adds its own topics, or changes a default one (by its id), in `plans/topics.yaml`.
Actions, feedback items and measures name their topics in `topics`; each topic that
any of them names gets a page gathering them from every priority and plan.
"""
from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator

from .base import Id, Line, Record, unique
from .rules import rule

DEFAULT_TOPICS = Path(__file__).with_name("default_topics.yaml")


class Topic(Record):
    """One thing families look for, in their own words."""

    id: Id = Field(description="Unique, e.g. 'autism-adhd-assessment'. Actions, feedback items and "
                   "measures name it in `topics`; its page is topics/<id>/.")
    title: Line = Field(description="The topic in plain words, as a short heading, e.g. 'Autism and "
                        "ADHD assessment'.")
    description: Line = Field(description="One plain sentence saying what the topic covers.")
    synonyms: list[Line] = Field(default=[], description=(
        "Other words families use for it, e.g. [ASD, autistic spectrum, neurodevelopmental]. The "
        "topic's page shows them ('Also called: ...'), so that searching for any of them finds it."))


class Topics(Record):
    topics: list[Topic] = Field(default=[], description=(
        "The area's own topics, and default topics it changes: a topic with the id of a default "
        "one replaces it."))

    @field_validator("topics")
    @classmethod
    @rule("No two topics have the same id (ignoring case, dots and dashes).", "topics", validator=True)
    def _ids_differ(cls, topics: list[Topic]) -> list[Topic]:
        return unique(topics, "topic id")
