"""`plans/<plan-id>/updates/<YYYY-MM>.yaml`: one reporting period's progress."""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from .base import Id, Line, Record, Text


class ActionUpdate(Record):
    status: Id = Field(description="A status id from the scale in site.yaml, e.g. 'green'.")
    note: Text = Field(description="What happened since the last update, in plain English.")


class Update(Record):
    date: dt.date = Field(description="The date of the monitoring meeting or report.")
    label: Line = Field(description="e.g. 'January 2022 monitoring meeting'.")
    state: Literal["draft", "published"] = Field(
        description="'draft' while being agreed (never on the public site); 'published' once agreed.")
    actions: dict[Id, ActionUpdate] = Field(description="One entry per action id in the plan.")
