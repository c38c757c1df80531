"""Dates that cannot be right, though each is a real date: an action due before
its plan was published or before the inspection that led to it, a progress
meeting before the plan it reports on. Warnings, not errors (`check --strict`
makes them errors): the editor may know better, but most often it is a slip of a
year (2012 for 2021) or a date copied from another plan."""
from __future__ import annotations

from typing import Iterator

from ..load.yaml_source import Source
from ..model import PlanEntry, Site
from ..problems import Problem


def check_dates(site: Site, entry: PlanEntry, plan_src: Source,
                update_srcs: dict[str, Source]) -> Iterator[Problem]:
    inspection = entry.plan.inspection_from(site)
    published, visit = entry.plan.published, inspection.visit_start.first_day
    for i, priority in enumerate(entry.plan.priorities):
        for j, action in enumerate(priority.actions):
            due, at = action.due.last_day, ("priorities", i, "actions", j, "due")
            if due < visit:
                yield plan_src.problem(at, f"action {action.id} is due by {action.due}, before the "
                                       f"inspection began ({inspection.visit_start}): check the year.",
                                       "date-before-inspection", severity="warning")
            elif published is not None and due < published.first_day:
                yield plan_src.problem(at, f"action {action.id} is due by {action.due}, before the plan "
                                       f"was published ({published}): check the year.",
                                       "date-before-plan", severity="warning")
    if published is None:
        return
    for period in entry.periods:
        src = update_srcs.get(period.id)
        if src is not None and period.update.date.last_day < published.first_day:
            yield src.problem(("date",), f"this update is dated {period.update.date}, before the "
                              f"plan was published ({published}): check the date.",
                              "date-before-plan", severity="warning")
