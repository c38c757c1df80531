"""`plans/<plan-id>/plan.yaml`: one plan, such as a priority action plan or a Written
Statement of Action."""
from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from .action import Action
from .base import Line, Record, Text, When, duplicates, raise_faults
from .easy_read import EasyReadPoint
from .enabler import Enabler
from .plan_kind import KIND_NAMES, PlanKindId, PlanWords, words
from .impact import Target
from .plan_structure import structure_faults
from .priority import Priority
from .rules import Ruled, rule
from .site import Inspection, Site
from .timeline import Milestone


class Plan(Record, Ruled):
    title: Line = Field(description="e.g. 'Priority action plan 2024 to 2026' or 'Written Statement of Action'.")
    kind: PlanKindId | None = Field(None, description=(
        "What kind of plan it is: " + ", ".join(f"`{k}` ({name})" for k, name in KIND_NAMES.items())
        + ". The pages call the plan by its kind's name, and call its priorities what the "
        "inspectors called them. Without it, they use the plan's title."))
    kind_name: Line | None = Field(None, description=(
        "What the plan is called in a sentence, after 'our', e.g. 'SEND sufficiency plan'. "
        "Needed when kind is other; for another kind it replaces the kind's usual name."))
    summary: Text = Field(description="What the plan is for, in two or three plain sentences.")
    published: When | None = Field(None, description=(
        "When the plan was published: a day, or a month (YYYY-MM) when only the month is known."))
    # Beside the summary: written files (an import's too) follow this order.
    easy_read: list[EasyReadPoint] = Field(default=[], max_length=20, description=(
        "An Easy Read summary of the plan: a few points, each one short sentence with a picture. "
        "The site shows them on their own page, linked from the home page."))
    timeline: list[Milestone] = Field(default=[], description=(
        "The plan's own history and what comes next, in any order: deadlines, drafts, approval, "
        "monitoring, the next inspection. The plan's page lists them by date."))
    inspection: Inspection | None = Field(None, description=(
        "The inspection that led to this plan, when it is not the one in site.yaml, such as "
        "the new inspection a later plan answers. Shown on the plan's page; on the home page "
        "too when this is the current plan."))
    target: Target | None = Field(None, description=(
        "How many priorities must show a change for families, e.g. 80% with clear improvement "
        "by the re-inspection. The home page says how far the plan has got."))
    updates_cover: Literal["all-actions", "some-actions"] = Field("all-actions", description=(
        "'all-actions' (the default): every update gives a status for every action. "
        "'some-actions': each meeting reports on some actions only; an action an update leaves "
        "out keeps its status from the latest earlier update, shown as 'No new report at this "
        "meeting'. An action no update has reported on yet is shown as 'not reported yet', with "
        "no status, and counted apart in the figures. An update may leave out every action."))
    priorities: list[Priority] = Field(min_length=1, description=(
        "What the inspectors found that the plan deals with (areas for priority action, areas "
        "for improvement, areas of significant weakness), in the order to show them."))
    enablers: list[Enabler] = Field(default=[], description=(
        "What the whole plan depends on, across its priorities, such as shared data or enough "
        "staff. The plan's page lists them with the actions that help each."))

    @field_validator("priorities")
    @classmethod
    @rule("Ids become web addresses, so no two priorities, and no two actions or workstreams in the whole "
          "plan, may have the same id (ignoring case, dots and dashes: 'A1.2' and 'a1-2' are the same); an "
          "action lists each priority it also supports once.", "priorities", validator=True)
    def _ids_differ(cls, priorities: list[Priority]) -> list[Priority]:
        raise_faults(duplicates([((i, "id"), p.id) for i, p in enumerate(priorities)], "priority id")
                     + duplicates([((i, "actions", j, "id"), a.id) for i, p in enumerate(priorities)
                                   for j, a in enumerate(p.actions)], "action id")
                     # unique in the whole plan, so that an action's `workstream` names one
                     + duplicates([((i, "workstreams", k, "id"), w.id) for i, p in enumerate(priorities)
                                   for k, w in enumerate(p.workstreams)], "workstream id")
                     + [f for i, p in enumerate(priorities) for j, a in enumerate(p.actions)
                        for f in duplicates([((i, "actions", j, "also_supports", k), other)
                                             for k, other in enumerate(a.also_supports)], "priority")])
        return priorities

    @field_validator("enablers")
    @classmethod
    @rule("No two enablers have the same id (ignoring case, dots and dashes).", "enablers", validator=True)
    def _enabler_ids_differ(cls, enablers: list[Enabler]) -> list[Enabler]:
        raise_faults(duplicates([((k, "id"), e.id) for k, e in enumerate(enablers)], "enabler id"))
        return enablers

    @staticmethod
    @rule("An action's `workstream` is one of its own priority's workstreams; its `also_supports` "
          "names other priorities of this plan, not its own; its `enablers` are ids from the plan's "
          "`enablers`.", "priorities", written=True, codes=("unknown-reference", "wrong-value"))
    def _parts_hang_together(data: dict) -> list[dict]:
        return structure_faults(data)

    @model_validator(mode="after")
    @rule("A plan of kind `other` gives its `kind_name`.", "kind_name", validator=True)
    def _other_kind_is_named(self) -> "Plan":
        if self.kind == "other" and self.kind_name is None:
            raise PydanticCustomError("kind_name_missing", "a plan of kind other needs 'kind_name': "
                                      "what the plan is called, e.g. 'SEND sufficiency plan'")
        return self

    @property
    def words(self) -> PlanWords:
        return words(self)

    def inspection_from(self, site: Site) -> Inspection:
        """The inspection that led to this plan: its own, else the site's."""
        return self.inspection or site.inspection

    def actions(self) -> list[Action]:
        return [a for p in self.priorities for a in p.actions]

    def priority_of(self, action_id: str) -> Priority:
        return next(p for p in self.priorities if any(a.id == action_id for a in p.actions))

    def supporting(self, priority: Priority) -> list[tuple[Priority, Action]]:
        """Other priorities' actions that also help this one, each with its own priority."""
        return [(p, a) for p in self.priorities if p is not priority for a in p.actions
                if priority.id in a.also_supports]

    def serving(self, enabler: Enabler) -> list[tuple[Priority, Action]]:
        """The actions that help to put an enabler in place, each with its priority."""
        return [(p, a) for p in self.priorities for a in p.actions if enabler.id in a.enablers]
