"""How a plan's parts hang together: workstreams inside a priority, actions that also
help other priorities, and the plan's enablers. Checked on the file as written (like
references.check_plan), so each problem points at the line to change, even when
other parts of the plan are wrong. That ids differ is a rule of the model (model/plan.py)."""
from __future__ import annotations

from typing import Iterator

from ..load.yaml_source import Loc, Source
from ..problems import Problem
from .hints import did_you_mean, one_of
from .references import usable_id


def _dicts(value) -> list[tuple[int, dict]]:
    return [(i, v) for i, v in enumerate(value) if isinstance(v, dict)] if isinstance(value, list) else []


def _ids(items: list[tuple[int, dict]]) -> list[str] | None:
    """The items' ids as written, or None when one is not a usable id (a placeholder, say):
    its own error says so, and references checked against the others would only add
    knock-on errors."""
    ids = [item.get("id") for _, item in items]
    return ids if all(usable_id(i) for i in ids) else None


def check_structure(src: Source) -> Iterator[Problem]:
    data = src.data if isinstance(src.data, dict) else {}
    priorities = _dicts(data.get("priorities"))
    enablers = _ids(_dicts(data.get("enablers")))
    priority_ids = _ids(priorities)
    workstreams = [(priority, _ids(_dicts(priority.get("workstreams")))) for _, priority in priorities]
    owner: dict[str, str] | None = {}
    for priority, own in workstreams:
        if own is None:
            owner = None
            break
        for ws in own:
            owner.setdefault(ws, str(priority.get("id")))
    for (i, priority), (_, own) in zip(priorities, workstreams):
        own_id = priority.get("id")
        for j, action in _dicts(priority.get("actions")):
            at = ("priorities", i, "actions", j)
            if owner is not None:
                yield from _workstream(src, at, action.get("workstream"), own_id, own, owner)
            if priority_ids is not None:
                yield from _also_supports(src, at, action.get("also_supports"), own_id, priority_ids)
            if enablers is not None:
                yield from _enablers(src, at, action.get("enablers"), enablers)


def _workstream(src: Source, at: Loc, named, own_id, own: list[str], owner: dict[str, str]) -> Iterator[Problem]:
    if not isinstance(named, str) or named in own:
        return
    theirs = f" (its workstreams are {one_of(own)})" if own else " (it has none)"
    if named in owner:
        message = (f"workstream '{named}' is part of priority {owner[named]}, not {own_id}: an action's "
                   f"workstream must be one of its own priority's{theirs}. To show that the action also "
                   f"helps {owner[named]}, write 'also_supports: [{owner[named]}]' instead.")
    elif own:
        message = (f"priority {own_id} has no workstream '{named}': its workstreams are "
                   f"{one_of(dict.fromkeys(own))}{did_you_mean(named, own) or '.'}")
    else:
        message = (f"priority {own_id} has no workstreams: add workstream '{named}' under the "
                   f"priority's 'workstreams' (with its id, title and lead), or remove this line.")
    yield src.problem(at + ("workstream",), message, "unknown-reference")


def _also_supports(src: Source, at: Loc, named, own_id, priority_ids: list[str]) -> Iterator[Problem]:
    written = [(k, p) for k, p in enumerate(named) if isinstance(p, str)] if isinstance(named, list) else []
    for k, p in written:
        if p == own_id:
            yield src.problem(at + ("also_supports", k), f"'{p}' is the action's own priority, where it "
                              "is counted already: list only the other priorities it also helps.",
                              "wrong-value")
        elif p not in priority_ids:
            yield src.problem(at + ("also_supports", k), f"there is no priority '{p}' in {src.name}"
                              f"{did_you_mean(p, priority_ids)}", "unknown-reference")


def _enablers(src: Source, at: Loc, named, enabler_ids: list[str]) -> Iterator[Problem]:
    written = [(k, e) for k, e in enumerate(named) if isinstance(e, str)] if isinstance(named, list) else []
    for k, e in written:
        if e not in enabler_ids:
            hint = (did_you_mean(e, enabler_ids) if enabler_ids else
                    ": list the plan's enablers under 'enablers' (at the top of the plan, with an id "
                    "and a title each) to name them here")
            yield src.problem(at + ("enablers", k), f"there is no enabler '{e}' in {src.name}{hint}",
                              "unknown-reference")
