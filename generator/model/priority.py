"""A priority: what the inspectors found (an area of significant weakness under the
2016-2022 framework; an area for priority action or for improvement since 2023),
what will be different for families, and the actions taken."""
from __future__ import annotations

from typing import Literal

from pydantic import Field

from .action import Action
from .base import NOT_NAMED, Id, Lead, Line, Record, Text


Finding = Literal["area-for-priority-action", "area-for-improvement", "area-of-weakness"]

FINDING_LABELS = {
    "area-for-priority-action": "Area for priority action",
    "area-for-improvement": "Area for improvement",
    "area-of-weakness": "Area of significant weakness",
}


class Workstream(Record):
    """A group of a priority's actions with its own lead, such as 'Digital and performance'."""

    id: Id = Field(description="Unique in the plan, e.g. 'W1'. Its actions name it in `workstream`.")
    title: Line = Field(description="The workstream's name, as a short heading.")
    lead: Lead = Field(NOT_NAMED, description=(
        "Who leads it: a role or an organisation. Write 'not yet named' when nobody is yet "
        "(left out, `check` warns)."))
    summary: Text | None = Field(None, description="What the workstream is for, in a plain sentence or two.")


class Priority(Record):
    id: Id = Field(description="Unique in the plan, e.g. 'P1' or 'IPA3'. Used in web addresses.")
    title: Line = Field(description="What the inspectors found, as a short heading.")
    finding: Finding | None = Field(None, description=(
        "What the inspection report calls it: area-for-priority-action or area-for-improvement "
        "(inspections since 2023), or area-of-weakness (a Written Statement of Action). Shown in words."))
    inspectors_found: Text | None = Field(None, description=(
        "What the inspectors found, in plain English. Leave out when the report gives only the "
        "priority's title."))
    inspectors_said: Text | None = Field(None, description=(
        "The inspectors' own words, quoted from the report. Shown as a quotation, and not held "
        "to the reading-level check; `inspectors_found` explains them in plain English."))
    what_it_means: Text | None = Field(None, description=(
        "What that means for families, in plain English. Leave out when the report does not "
        "say; `check` warns if `inspectors_found` is given without it and without `inspectors_said`."))
    aim: Text | None = Field(None, description="What will be different for families when this is done.")
    partners: list[Id] = Field(default=[], description=(
        "Ids of the partners in site.yaml who must take this forward (since June 2025 the report "
        "names the council, the ICB or both), e.g. [council, icb]. Shown as their names."))
    lead: Lead = Field(NOT_NAMED, description=(
        "Who leads this priority: a role or an organisation. Write 'not yet named' when nobody "
        "is yet (left out, `check` warns)."))
    workstreams: list[Workstream] = Field(default=[], description=(
        "Groups of this priority's actions, each with a lead, in the order to show them. "
        "Each action names its group in `workstream`."))
    actions: list[Action] = Field(default=[], description=(
        "The actions, in the order to show them. Leave out while none are published: the pages "
        "say so."))

    def workstream(self, workstream_id: str) -> Workstream:
        return next(w for w in self.workstreams if w.id == workstream_id)

    def in_workstream(self, workstream_id: str | None) -> list[Action]:
        """The actions of one workstream, or (None) those in none, in the plan's order."""
        return [a for a in self.actions if a.workstream == workstream_id]
