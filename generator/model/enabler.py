"""A plan's enablers: what the whole plan depends on, across its priorities, such as
shared data or enough staff ('critical enablers' in many programmes)."""
from __future__ import annotations

from pydantic import Field

from .base import Id, Lead, Line, Record, Text


class Enabler(Record):
    """Something every priority depends on, such as 'Digital and data'. Actions that help
    to put it in place name it in their `enablers`."""

    id: Id = Field(description="Unique among the plan's enablers, e.g. 'data'. Actions name it in `enablers`.")
    title: Line = Field(description="A short name, e.g. 'Digital and data'.")
    summary: Text | None = Field(None, description="What it is and why the plan needs it, in plain English.")
    lead: Lead | None = Field(None, description=(
        "Who leads it, if the plan names anyone: a role or an organisation. Left out, no lead is shown."))
