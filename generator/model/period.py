"""`plans/<plan-id>/updates/<YYYY-MM>.yaml` (or `<YYYY-MM-DD>.yaml`): one reporting period's progress."""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from .base import Id, Line, Record, Text, When, fault, raise_faults
from .rules import rule


class ActionUpdate(Record):
    status: Line = Field(description="A status id from the scale in site.yaml, e.g. 'green'.")
    note: Text | None = Field(None, description=(
        "What happened since the last update, in plain English. Leave out when the report gives "
        "a status only."))


class PriorityUpdate(Record):
    """How much a priority has changed for families: a judgement, a few sentences, or both."""

    impact: Line | None = Field(None, description="An impact id from site.yaml, e.g. 'some-improvement'.")
    narrative: Text | None = Field(None, description=(
        "What has changed for families since the last update, and how we know, in plain English."))


class Update(Record):
    date: When = Field(description=(
        "The date of the monitoring meeting or report: YYYY-MM-DD, or YYYY-MM when the report "
        "gives only the month of the meeting (then the file is named after that month)."))
    label: Line = Field(description="e.g. 'January 2022 monitoring meeting'.")
    state: Literal["draft", "published"] = Field(
        description="'draft' while being agreed (never on the public site); 'published' once agreed.")
    agreed_by: Line | None = Field(None, description=(
        "Who agreed this update for publication, e.g. 'SEND Partnership Board and Parent Carer Forum'."))
    agreed_on: dt.date | None = Field(None, description=(
        "When it was agreed: on or after the update's `date` (a copy of the last update keeps "
        "that one's, so change it)."))
    priorities: dict[Id, PriorityUpdate] = Field(default={}, description=(
        "What has changed for families, by priority id: any priorities, or none. Kept apart "
        "from the actions' statuses."))
    actions: dict[Id, ActionUpdate] = Field(default={}, description=(
        "One entry per action id in the plan. When the plan says 'updates_cover: some-actions', "
        "only the actions this meeting reported on: perhaps none, and then this may be left out."))

    @model_validator(mode="after")
    @rule("'agreed_by' and 'agreed_on' go together, and an update is agreed on or after its date.",
          "agreed_on", validator=True)
    def _agreement_is_whole(self) -> "Update":
        if (self.agreed_by is None) != (self.agreed_on is None):
            raise PydanticCustomError("agreement_incomplete", "give both 'agreed_by' and "
                                      "'agreed_on' (who agreed the update, and when), or neither")
        # An update copied from the last one keeps its agreement, and the site would then
        # say it was agreed before the meeting. A meeting known by its month may have been
        # on any of its days: only an agreement before the 1st is certainly too early.
        if self.agreed_on is not None and self.agreed_on < self.date.first_day:
            raise_faults([fault(("agreed_on",), "agreed_before_meeting", "{agreed} is before the "
                                "update's date ({date}): an update is agreed at or after its meeting. "
                                "Was it copied from an earlier update? Give the date this one was "
                                "agreed, or leave out 'agreed_by' and 'agreed_on' while it is a draft.",
                                {"agreed": self.agreed_on.isoformat(), "date": str(self.date)},
                                self.agreed_on.isoformat())])
        return self
