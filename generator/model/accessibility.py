"""The accessibility statement, in the model form that the Public Sector Bodies
(Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 ask for:
compliance status, what is not accessible and why, how to ask for another format,
how to report a problem, the enforcement procedure, and when it was prepared."""
from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from .base import DueDate, Line, Record, Text, fault
from .rules import Ruled, rule


class KnownIssue(Record):
    """Something on the site that is not accessible yet."""

    issue: Text = Field(description="What does not work, and for whom, in plain English.")
    criterion: Line | None = Field(None, description="The WCAG success criterion it fails, e.g. "
                                   "'1.1.1 Non-text content'.")
    fix_by: DueDate | None = Field(None, description="When it will be fixed: YYYY-MM-DD or YYYY-MM.")


class Accessibility(Record, Ruled):
    """The facts for the accessibility statement page (`accessibility:` in site.yaml)."""

    run_by: Line | None = Field(None, description="Who runs the website, e.g. 'Somerset "
                                "Council'. Leave out to use the first partner.")
    status: Literal["fully", "partially", "not"] = Field(description=(
        "How far the site meets WCAG 2.2 AA: 'fully', 'partially' (list the problems under "
        "'issues') or 'not'."))
    issues: list[KnownIssue] = Field(default=[], description="Content that is not accessible, "
                                     "and when it will be fixed.")
    disproportionate_burden: list[Text] = Field(default=[], description=(
        "Content you will not fix because it would cost too much, each with the reason. "
        "Only after a formal assessment."))
    out_of_scope: list[Text] = Field(default=[], description=(
        "Content the regulations do not cover, e.g. 'PDFs published before 28 September 2018'."))
    reply_within_days: int = Field(10, ge=1, le=60, description=(
        "How many working days you take to answer a request for another format."))
    prepared: date = Field(description="The day this statement was first prepared.")
    reviewed: date | None = Field(None, description="The day it was last reviewed.")
    tested: date | None = Field(None, description="The day the site was last tested for accessibility.")
    tested_by: Line | None = Field(None, description="Who tested it, e.g. 'the council's digital team'.")

    @rule("A site with known issues is not fully compliant; a site that is not fully compliant "
          "lists what is not accessible under 'issues' (or 'disproportionate_burden').", "status",
          needs=("status", "issues", "disproportionate_burden"), codes=("statement-status",))
    def _status_matches_issues(self) -> list[dict]:
        if self.status == "fully" and self.issues:
            return [fault(("status",), "statement-status", "a site with known issues is not fully compliant: "
                          "write 'partially'.")]
        if self.status != "fully" and not (self.issues or self.disproportionate_burden):
            return [fault(("status",), "statement-status", "a '{status}' compliant site must say what is "
                          "not accessible: list it under 'issues'.", {"status": self.status})]
        return []

    @rule("The statement is reviewed on or after the day it was prepared.", "reviewed", needs=("prepared", "reviewed"),
          codes=("date-order",))
    def _reviewed_after_prepared(self) -> list[dict]:
        if self.reviewed and self.prepared and self.reviewed < self.prepared:
            return [fault(("reviewed",), "date-order", "the statement is reviewed before it was prepared.")]
        return []
