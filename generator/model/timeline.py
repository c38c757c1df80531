"""A plan's own history and what comes next: the deadline, the drafts, when the
inspectors saw it and approved it, monitoring, the next inspection."""
from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from .base import Line, Record, Text, Url, When, check_span
from .rules import rule

MilestoneKind = Literal["deadline", "drafted", "submitted", "draft-feedback", "approved", "published",
                        "monitoring-visit", "monitoring-meeting", "monitoring-inspection",
                        "reinspection-expected", "improvement-notice", "plan-closed"]

MILESTONE_LABELS: dict[str, str] = {
    "deadline": "Deadline for the plan",
    "drafted": "Plan drafted",
    "submitted": "Plan sent to the inspectors",
    "draft-feedback": "Feedback on the draft plan",
    "approved": "Plan approved",
    "published": "Plan published",
    "monitoring-visit": "Monitoring visit",
    "monitoring-meeting": "Monitoring meeting",
    "monitoring-inspection": "Monitoring inspection",
    "reinspection-expected": "New inspection expected",
    "improvement-notice": "Improvement notice",
    "plan-closed": "Plan closed",
}


class Milestone(Record):
    """One step in the plan's life, such as the day it was sent to the inspectors."""

    date: When = Field(description="When it happened or is expected. A whole month (YYYY-MM) "
                       "counts as past once the month is over.")
    until: When | None = Field(None, description="For a time span, such as a new inspection expected "
                               "18 to 24 months after the report: the end of the span.")
    kind: MilestoneKind = Field(description="What it is: " + ", ".join(
        f"`{k}` ({label.lower()})" for k, label in MILESTONE_LABELS.items()) + ".")
    by: Line | None = Field(None, description="Who did it, or who the plan went to, e.g. 'Ofsted and "
                            "the CQC', 'DfE and NHS England', 'the SEND Partnership Board'.")
    note: Text | None = Field(None, description="More about it, in a plain sentence or two.")
    link: Url | None = Field(None, description="A page or document about it, such as the inspectors' letter.")

    @model_validator(mode="after")
    @rule("'until' is after 'date'.", "until", validator=True)
    def _span_ends_after_it_starts(self) -> "Milestone":
        check_span(self.date, self.until, "date")
        return self
