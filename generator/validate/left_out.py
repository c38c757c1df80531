"""A lead or a due date left out of a plan. Real plans often have neither yet, and
the format says so in words (`lead: not yet named`, `due: tbc`), which pass every
check; a field missing altogether is more often a slip, so `check` warns (and
`check --strict` fails) until the editor writes what is known.

What a priority means for families has no such words: a report may name a priority
by its title only, or quote the inspectors and explain nothing. Only an editor who
wrote what the inspectors found, in their own plain words, has the facts to say
what it means, so only then is leaving it out a likely slip."""
from __future__ import annotations

from typing import Iterator

from ..load.yaml_source import Source
from ..model import Plan
from ..problems import Problem


def check_left_out(plan: Plan, src: Source) -> Iterator[Problem]:
    data = src.data
    for i, priority in enumerate(plan.priorities):
        raw = data["priorities"][i]
        at = ("priorities", i)
        if "lead" not in raw:
            yield src.problem(at + ("id",), f"priority {priority.id} has no 'lead': write who leads it "
                              "(a role or an organisation), or 'lead: not yet named'.", "left-out",
                              key=True, severity="warning")
        if "what_it_means" not in raw and priority.inspectors_found and not priority.inspectors_said:
            yield src.problem(at + ("inspectors_found",), f"priority {priority.id} says what the "
                              "inspectors found but not 'what_it_means': write what that means for "
                              "families.", "left-out", key=True, severity="warning")
        for k, workstream in enumerate(priority.workstreams):
            if "lead" not in raw["workstreams"][k]:
                yield src.problem(at + ("workstreams", k, "id"), f"workstream {workstream.id} has no "
                                  "'lead': write who leads it (a role or an organisation), or 'lead: not "
                                  "yet named'.", "left-out", key=True, severity="warning")
        for j, action in enumerate(priority.actions):
            written = raw["actions"][j]
            where = at + ("actions", j, "id")
            if "lead" not in written:
                yield src.problem(where, f"action {action.id} has no 'lead': write who is responsible "
                                  "(a role or an organisation), or 'lead: not yet named'.", "left-out",
                                  key=True, severity="warning")
            if "due" not in written:
                yield src.problem(where, f"action {action.id} has no 'due' date: write when it will be "
                                  "in place (YYYY-MM-DD or YYYY-MM), or 'due: tbc' if it is not set yet.",
                                  "left-out", key=True, severity="warning")
