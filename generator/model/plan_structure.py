"""How a plan's parts hang together: workstreams inside a priority, actions that also
help other priorities, and the plan's enablers. Checked on the plan as written, so
that each problem points at the line to change even when other parts of the plan are
wrong (that ids differ is checked on the valid plan, in plan.py)."""
from __future__ import annotations

from ..hints import did_you_mean, one_of
from .base import fault, is_id

Loc = tuple


def _dicts(value) -> list[tuple[int, dict]]:
    return [(i, v) for i, v in enumerate(value) if isinstance(v, dict)] if isinstance(value, list) else []


def _ids(items: list[tuple[int, dict]]) -> list[str] | None:
    """The items' ids as written, or None when one is not a usable id (a placeholder, say):
    its own error says so, and references checked against the others would only add
    knock-on errors."""
    ids = [item.get("id") for _, item in items]
    return ids if all(is_id(i) for i in ids) else None


def _written(named) -> list[tuple[int, str]]:
    return [(k, n) for k, n in enumerate(named) if isinstance(n, str)] if isinstance(named, list) else []


def structure_faults(data: dict) -> list[dict]:
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
    faults: list[dict] = []
    for (i, priority), (_, own) in zip(priorities, workstreams):
        own_id = priority.get("id")
        for j, action in _dicts(priority.get("actions")):
            at = ("priorities", i, "actions", j)
            if owner is not None:
                faults += _workstream(at, action.get("workstream"), own_id, own, owner)
            if priority_ids is not None:
                faults += _also_supports(at, action.get("also_supports"), own_id, priority_ids)
            if enablers is not None:
                faults += _enablers(at, action.get("enablers"), enablers)
    return faults


def _unknown(at: Loc, message: str, value: str) -> dict:
    # The message is final: braces an editor wrote must not be read as placeholders.
    return fault(at, "unknown-reference", "{message}", {"message": message}, value)


def _workstream(at: Loc, named, own_id, own: list[str], owner: dict[str, str]) -> list[dict]:
    if not isinstance(named, str) or named in own:
        return []
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
    return [_unknown(at + ("workstream",), message, named)]


def _also_supports(at: Loc, named, own_id, priority_ids: list[str]) -> list[dict]:
    faults = []
    for k, p in _written(named):
        if p == own_id:
            faults.append(fault(at + ("also_supports", k), "wrong-value", "'{p}' is the action's own "
                                "priority, where it is counted already: list only the other priorities it "
                                "also helps.", {"p": p}, p))
        elif p not in priority_ids:
            faults.append(_unknown(at + ("also_supports", k), f"there is no priority '{p}' in this plan"
                                   f"{did_you_mean(p, priority_ids)}", p))
    return faults


def _enablers(at: Loc, named, enabler_ids: list[str]) -> list[dict]:
    faults = []
    for k, e in _written(named):
        if e not in enabler_ids:
            hint = (did_you_mean(e, enabler_ids) if enabler_ids else
                    ": list the plan's enablers under 'enablers' (at the top of the plan, with an id "
                    "and a title each) to name them here")
            faults.append(_unknown(at + ("enablers", k), f"there is no enabler '{e}' in this plan{hint}", e))
    return faults
