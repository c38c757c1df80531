"""A priority (area of weakness): what inspectors found and the actions taken."""
from __future__ import annotations

from pydantic import Field

from .action import Action
from .base import NOT_NAMED, Id, Lead, Line, Record, Text


class Priority(Record):
    id: Id = Field(description="Unique in the plan, e.g. 'P1' or 'IPA3'. Used in web addresses.")
    title: Line = Field(description="The area of weakness as a short heading.")
    inspectors_found: Text = Field(description="What the inspectors found, close to their words.")
    what_it_means: Text = Field(description="What that means for families, in plain English.")
    lead: Lead = Field(NOT_NAMED, description=(
        "Who leads this priority: a role or an organisation. Write 'not yet named' when nobody "
        "is yet (left out, `check` warns)."))
    actions: list[Action] = Field(min_length=1, description="The actions, in the order to show them.")
