"""`plans/<plan-id>/updates/<YYYY-MM>.yaml` (or `<YYYY-MM-DD>.yaml`): one reporting period's progress."""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from .base import Id, Line, Record, Text


class ActionUpdate(Record):
    status: Line = Field(description="A status id from the scale in site.yaml, e.g. 'green'.")
    note: Text | None = Field(None, description=(
        "What happened since the last update, in plain English. Leave out when the report gives "
        "a status only."))


class Update(Record):
    date: dt.date = Field(description="The date of the monitoring meeting or report.")
    label: Line = Field(description="e.g. 'January 2022 monitoring meeting'.")
    state: Literal["draft", "published"] = Field(
        description="'draft' while being agreed (never on the public site); 'published' once agreed.")
    agreed_by: Line | None = Field(None, description=(
        "Who agreed this update for publication, e.g. 'SEND Partnership Board and Parent Carer Forum'."))
    agreed_on: dt.date | None = Field(None, description="When it was agreed.")
    actions: dict[Id, ActionUpdate] = Field(default={}, description=(
        "One entry per action id in the plan (only the actions this meeting reported on, when the "
        "plan says 'updates_cover: some-actions')."))

    @model_validator(mode="after")
    def _agreement_is_whole(self) -> "Update":
        if (self.agreed_by is None) != (self.agreed_on is None):
            raise PydanticCustomError("agreement_incomplete", "give both 'agreed_by' and "
                                      "'agreed_on' (who agreed the update, and when), or neither")
        return self
