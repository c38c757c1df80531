"""The files an area owns and edits: its inputs (plans/), its hand-written pages and
mkdocs.yml, and a README for its team. Each fact only the area knows is a placeholder,
`"TO DO: what to write, e.g. an example"`, which `check` lists one by one."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined

from .. import layout
from ..model import Plan, Site
from ..model.plan_kind import KINDS
from ..model.schemas import modeline
from ..model.site import FORMAT
from .github import github_setup_text, pull_request_template

# The kinds `new` offers, in the order a council adopting the tool today meets them.
KIND_CHOICES: dict[str, str] = {
    "priority-action-plan": KINDS["priority-action-plan"].name,
    "improvement-plan": KINDS["improvement-plan"].name,
    "send-strategy": KINDS["send-strategy"].name,
    "send-reform-plan": KINDS["send-reform-plan"].name,
    "written-statement-of-action": KINDS["written-statement-of-action"].name,
    "accelerated-progress-plan": KINDS["accelerated-progress-plan"].name,
    "other": "another kind of plan (you name it)",
}
DEFAULT_KIND = "priority-action-plan"


@dataclass(frozen=True)
class Step:
    """A milestone of the plan's timeline: its kind, who, and what its date is."""

    kind: str
    by: str | None
    date_is: str  # 'the day you sent the plan to the DfE, e.g. 2026-01-14'
    note: str | None = None


@dataclass(frozen=True)
class First:
    """A priority of the skeleton: what the inspectors called it (or None), its id."""

    finding: str | None
    id: str
    called: str  # 'area for priority action': what the placeholders ask for
    example: str  # an example title
    found: str | None = None  # an example of what the inspectors found
    means: str | None = None  # an example of what it means for families
    aim: str | None = None  # an example aim, for a plan with no inspection findings
    action: str | None = None  # an example first action; None: no action yet


@dataclass(frozen=True)
class Skeleton:
    priorities: list[First]
    timeline: list[Step]
    partners_named: bool = False  # since June 2025 reports name who takes each area forward


_DFE = "the Department for Education (DfE)"
_INSPECTORS = "Ofsted and the Care Quality Commission (CQC)"
_PUBLISHED = Step("published", None, "the day the plan was published, or its month, e.g. 2026-02-20")
_PRIORITY_ACTION = First(
    "area-for-priority-action", "PA1", "area for priority action", "Waiting for an assessment of needs",
    found="Children wait too long for an assessment of their needs.",
    means="A child may go a long time without the right help.",
    action="Hire more educational psychologists")
_IMPROVEMENT = First(
    "area-for-improvement", "AI1", "area for improvement", "Help to move into adult life",
    found="Young people are not helped early enough to plan for adult life.",
    means="Young people may leave school without a plan for work or college.",
    action="Start planning for adult life at age 14 in every review of an EHC plan")
_WEAKNESS = First(
    "area-of-weakness", "P1", "area of significant weakness", "Joint planning of services",
    found="The council and the NHS do not plan services together.",
    means="Families are passed from one service to another.",
    action="Write a joint plan for services with families")
_STRATEGY = First(
    None, "P1", "priority", "Help early, close to home",
    aim="Children get the help they need early, in their local school or nursery.",
    action="Train staff in every school to spot needs early")

SKELETONS: dict[str, Skeleton] = {
    "priority-action-plan": Skeleton(
        [_PRIORITY_ACTION, replace(_IMPROVEMENT, action=None)],
        [Step("submitted", _DFE, "the day you sent the plan to the DfE, e.g. 2026-01-14"),
         Step("approved", _DFE, "the day the DfE approved the plan, e.g. 2026-02-10"),
         Step("monitoring-inspection", _INSPECTORS, "when the inspectors will come back, about "
              "18 months after the report: a month is enough, e.g. 2027-05",
              "About 18 months after the inspection report.")],
        partners_named=True),
    "improvement-plan": Skeleton([_IMPROVEMENT], [_PUBLISHED], partners_named=True),
    "written-statement-of-action": Skeleton(
        [_WEAKNESS],
        [Step("submitted", _INSPECTORS, "the day you sent the plan to the inspectors, e.g. 2026-01-14"),
         _PUBLISHED]),
    "accelerated-progress-plan": Skeleton([_WEAKNESS], [_PUBLISHED]),
    "send-strategy": Skeleton([_STRATEGY], [_PUBLISHED]),
    "send-reform-plan": Skeleton([_STRATEGY], [_PUBLISHED]),
    "other": Skeleton([_STRATEGY], [_PUBLISHED]),
}


@lru_cache(maxsize=1)
def _templates() -> Environment:
    env = Environment(loader=PackageLoader("generator.starter", "templates"), undefined=StrictUndefined,
                      keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True, autoescape=False)
    # A YAML double-quoted string (JSON's is one): any name or text stays one value.
    env.filters["q"] = lambda text: json.dumps(text, ensure_ascii=False)
    env.filters["todo"] = lambda text: json.dumps(f"TO DO: {text}", ensure_ascii=False)
    return env


def render(template: str, **values) -> str:
    return _templates().get_template(template).render(**values)


def _web_name(area: str) -> str:
    """The area's name as in a web address, for examples: 'Bath and North East Somerset'
    -> 'bathandnortheastsomerset'."""
    return re.sub(r"[^a-z0-9]", "", area.lower()) or "area"


def kind_name(kind: str) -> str:
    return KINDS[kind].name if kind in KINDS else "plan"


def area_files(area: str, kind: str, plan_id: str, site_url: str | None) -> dict[str, str]:
    """Relative path -> text of the files the area owns and edits."""
    values = dict(area=area, kind=kind, kind_name=kind_name(kind), plan_id=plan_id, site_url=site_url,
                  web_name=_web_name(area), format=FORMAT, skeleton=SKELETONS[kind])
    return {
        f"{layout.PLANS}/{layout.SITE}": modeline(Site) + render("site.yaml.j2", **values),
        layout.plan_file(plan_id): modeline(Plan) + render("plan.yaml.j2", **values),
        "content/about.md": render("about.md.j2", **values),
        "mkdocs.yml": render("mkdocs.yml.j2", **values),
        "README.md": render("README.md.j2", github_setup=github_setup_text(), **values),
    } | pull_request_template()
