"""An action: one line of the action plan, with a lead and a due date."""
from __future__ import annotations

from pydantic import Field

from .base import NOT_NAMED, NOT_SET, DueDate, Id, Lead, Line, Record, Text


class Action(Record):
    id: Id = Field(description="Unique in the plan, e.g. 'A1.2'. Update files use it.")
    title: Line = Field(description="What will be done, in a short sentence.")
    tasks: list[Text] = Field(default=[], description="The steps that make up the action.")
    lead: Lead = Field(NOT_NAMED, description=(
        "Who is responsible: a role or an organisation, not a person's name. Write 'not yet "
        "named' when nobody is yet (shown as 'not named yet'; left out, `check` warns)."))
    evidence: list[Text] = Field(default=[], description="How we will know the action is making a difference.")
    measures: list[Id] = Field(default=[], description="Ids of measures from plans/measures.yaml.")
    due: DueDate = Field(NOT_SET, description=(
        "When the action will be fully in place: a day, or a month. Write 'tbc' when the date is "
        "not set yet (shown as 'date not set yet', never overdue; left out, `check` warns)."))
    due_note: Line | None = Field(None, description=(
        "Why the date is not set yet, or what it depends on, e.g. 'Set when the new therapy "
        "contract is agreed'."))
    workstream: Id | None = Field(None, description=(
        "The id of the workstream it is part of: one listed under its own priority's "
        "`workstreams`. Leave out if it is in none (shown after the workstreams)."))
    also_supports: list[Id] = Field(default=[], description=(
        "Ids of other priorities of the plan that this action also helps, not its own, e.g. "
        "[P3]. Their pages link to it, but it is counted only once, in its own priority."))
    enablers: list[Id] = Field(default=[], description=(
        "Ids of the plan's `enablers` that this action helps to put in place, e.g. [data]."))
    topics: list[Id] = Field(default=[], description=(
        "Ids of the topics this action is about, from the default list or plans/topics.yaml, e.g. "
        "[autism-adhd-assessment]. Each topic's page lists it."))
