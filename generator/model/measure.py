"""`plans/measures.yaml`: how we will know the plan is working."""
from __future__ import annotations

from pydantic import Field

from .base import Id, Line, Record, Text


class Measure(Record):
    id: Id = Field(description="Unique, e.g. 'ehcp-20-weeks'. Actions list it under 'measures'.")
    name: Line = Field(description="e.g. 'EHC plans issued within 20 weeks'.")
    description: Text = Field(description="What is counted, in plain English.")


class Measures(Record):
    measures: list[Measure] = Field(default=[], description="Every measure the plans refer to.")
