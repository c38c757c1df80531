"""`plans/<plan-id>/plan.yaml`: one plan, such as the Written Statement of Action."""
from __future__ import annotations

from datetime import date

from pydantic import Field

from .action import Action
from .base import Line, Record, Text
from .impact import Target
from .priority import Priority
from .timeline import Milestone


class Plan(Record):
    title: Line = Field(description="e.g. 'Written Statement of Action'.")
    summary: Text = Field(description="What the plan is for, in two or three plain sentences.")
    published: date | None = Field(None, description="When the plan was published.")
    timeline: list[Milestone] = Field(default=[], description=(
        "The plan's own history and what comes next, in any order: deadlines, drafts, approval, "
        "monitoring, the next inspection. The plan's page lists them by date."))
    target: Target | None = Field(None, description=(
        "How many priorities must show a change for families, e.g. 80% with clear improvement "
        "by the re-inspection. The home page says how far the plan has got."))
    priorities: list[Priority] = Field(min_length=1, description="The areas of weakness, in the order to show them.")


    def actions(self) -> list[Action]:
        return [a for p in self.priorities for a in p.actions]

    def priority_of(self, action_id: str) -> Priority:
        return next(p for p in self.priorities if any(a.id == action_id for a in p.actions))
