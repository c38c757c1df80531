"""An action: one line of the action plan, with a lead and a due date."""
from __future__ import annotations

from pydantic import Field

from .base import DueDate, Id, Line, Record, Text


class Action(Record):
    id: Id = Field(description="Unique in the plan, e.g. 'A1.2'. Update files use it.")
    title: Line = Field(description="What will be done, in a short sentence.")
    tasks: list[Text] = Field(default=[], description="The steps that make up the action.")
    lead: Line = Field(description="Who is responsible: a role or an organisation, not a person's name.")
    evidence: list[Text] = Field(default=[], description="How we will know the action is making a difference.")
    measures: list[Id] = Field(default=[], description="Ids of measures from plans/measures.yaml.")
    due: DueDate = Field(description="When the action will be fully in place.")
