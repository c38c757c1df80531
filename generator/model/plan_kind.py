"""What kind of plan a plan is (plan.yaml's `kind`), and the words its pages use for
it, so that a priority action plan's site never calls it a Written Statement of Action.

The kinds follow the inspections: from 2016 to 2022 a Written Statement of Action
(and, when a second inspection found too little progress, an Accelerated Progress
Plan) answered areas of significant weakness; since 2023 the worst outcome needs a
priority action plan, for areas for priority action and areas for improvement;
after any inspection the area publishes its SEND strategy; since December 2025 areas
write a local SEND reform plan. Any other plan names itself (`kind: other`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from .base import listed
from .priority import FINDING_LABELS

if TYPE_CHECKING:
    from .plan import Plan

PlanKindId = Literal["written-statement-of-action", "accelerated-progress-plan", "priority-action-plan",
                     "improvement-plan", "send-strategy", "send-reform-plan", "other"]


@dataclass(frozen=True)
class PlanKind:
    name: str  # in a sentence, after 'the' or 'our'
    about: str  # what this kind of plan is, for families, in a sentence or two
    findings: str | None = None  # what it calls the inspectors' findings it deals with


KINDS: dict[str, PlanKind] = {
    "written-statement-of-action": PlanKind(
        "Written Statement of Action",
        "Before 2023, an area wrote a Written Statement of Action when inspectors found serious "
        "weaknesses in its support for children and young people with SEND.",
        "areas of significant weakness"),
    "accelerated-progress-plan": PlanKind(
        "Accelerated Progress Plan",
        "Before 2023, an area wrote an Accelerated Progress Plan when inspectors came back and "
        "found it had not improved enough.",
        "areas of significant weakness"),
    "priority-action-plan": PlanKind(
        "priority action plan",
        "An area writes a priority action plan when inspectors find that support for children and "
        "young people with SEND is failing. The inspectors must agree the plan before it is "
        "published, and they come back about 18 months later to check on it.",
        "areas for priority action and areas for improvement"),
    "improvement-plan": PlanKind(
        "improvement plan",
        "An improvement plan says how we will deal with the areas for improvement that the "
        "inspectors found.",
        "areas for improvement"),
    "send-strategy": PlanKind(
        "SEND strategy",
        "A SEND strategy says how the council and the NHS will make support better over the next few "
        "years. Every area updates it after an inspection."),
    "send-reform-plan": PlanKind(
        "local SEND reform plan",
        "A local SEND reform plan says how the area will make the changes to SEND support that the "
        "government asked for in December 2025."),
}

# The kinds' ids with their names, for the docs and the schema.
KIND_NAMES = {**{k: kind.name for k, kind in KINDS.items()}, "other": "named by `kind_name`"}

# A finding in plain words, in the plural, for a sentence about several priorities.
_FINDINGS_PLURAL = {finding: label.lower().replace("area ", "areas ", 1)
                    for finding, label in FINDING_LABELS.items()}


@dataclass(frozen=True)
class PlanWords:
    """The words the pages use for one plan, the plan's own where it gives them."""

    name: str  # 'priority action plan'; without a kind, the plan's title
    about: str | None  # None without a kind
    findings: str  # 'areas for priority action and areas for improvement', or 'priorities'


def words(plan: "Plan") -> PlanWords:
    kind = KINDS.get(plan.kind or "")
    name = plan.kind_name or (kind.name if kind else plan.title)
    # The priorities' own findings say best what the inspectors called them.
    found = [_FINDINGS_PLURAL[f] for f in FINDING_LABELS if any(p.finding == f for p in plan.priorities)]
    findings = listed(found, "and") if found else (kind.findings if kind and kind.findings else "priorities")
    return PlanWords(name=name, about=kind.about if kind else None, findings=findings)
