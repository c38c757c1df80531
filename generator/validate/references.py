"""Checks across fields and files, run only on files that are valid on their own:
ids unique, every reference resolves, update files agree with their plan."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Iterator

from ..load.yaml_source import Loc, Source
from ..model import Engagement, Measures, Site, Update
from ..model.base import ID_RE
from ..model.measure import plain
from ..problems import Problem
from .hints import did_you_mean, one_of

def check_site(site: Site, src: Source) -> Iterator[Problem]:
    yield from _unique_at(src, [(("statuses", i, "id"), s.id) for i, s in enumerate(site.statuses)],
                          "status id")
    yield from _unique(src, "statuses", [s.label for s in site.statuses], "status label", "label")
    yield from _unique_at(src, [(("area", "partners", i, "id"), p.id) for i, p in enumerate(site.area.partners)
                                if p.id], "partner id")
    for i, status in enumerate(site.statuses):
        loc = ("statuses", i)
        if status.completed and not status.under_way:
            yield src.problem(loc + ("under_way",), f"status '{status.id}' counts as completed, so it "
                              "is also under way: add 'under_way: true'.", "status-flags")
        yield from _icon_known(src, loc, status.icon)
    yield from _unique_at(src, [(("impacts", i, "id"), s.id) for i, s in enumerate(site.impacts)],
                          "impact id")
    yield from _unique(src, "impacts", [s.label for s in site.impacts], "impact label", "label")
    for i, impact in enumerate(site.impacts):
        if impact.icon is not None:
            yield from _icon_known(src, ("impacts", i), impact.icon)


def _icon_known(src: Source, loc: Loc, icon: str) -> Iterator[Problem]:
    if not icon_exists(icon):
        yield src.problem(loc + ("icon",), f"there is no icon called '{icon}'"
                          f"{did_you_mean(icon, _icon_names(icon))} (browse "
                          "https://squidfunk.github.io/mkdocs-material/reference/icons-emojis/)",
                          "unknown-icon")


def check_measures(measures: Measures, src: Source) -> Iterator[Problem]:
    yield from _unique_at(src, [(("measures", i, "id"), m.id) for i, m in enumerate(measures.measures)],
                          "measure id")
    for i, measure in enumerate(measures.measures):
        loc = ("measures", i)
        yield from _unique_at(src, [(loc + ("comparators", j), c) for j, c in
                                    enumerate(measure.comparators)], "comparator")
        for j, name in enumerate(measure.comparators):
            if name in ("date", "value"):
                yield src.problem(loc + ("comparators", j), f"'{name}' is already a column of the "
                                  "measure's CSV file: name the comparator after a place, such as "
                                  "'England'.", "wrong-value")
        points = [("baseline", measure.baseline), ("target", measure.target)]
        for name, point in points:
            if point is not None and measure.unit == "percent" and point.value > 100:
                yield src.problem(loc + (name, "value"), f"'{plain(point.value)}' is more than 100, but "
                                  "this measure is a percentage.", "wrong-value")
        if measure.target and measure.target.date.last_day <= measure.baseline.date.last_day:
            yield src.problem(loc + ("target", "date"), "the target date is not after the "
                              "baseline date.", "date-order")


def unknown_measure_file(name: str, measure_id: str, measure_ids) -> Problem:
    return Problem(name, None, None, "", f"there is no measure '{measure_id}' in plans/measures.yaml"
                   f"{did_you_mean(measure_id, measure_ids)}: each file in plans/measures/ is named "
                   "after the id of a measure.", "unknown-reference")


def plan_parts(src: Source) -> tuple[list[tuple[Loc, str]], list[tuple[Loc, dict]]]:
    """Priority ids and action entries as written, even when other parts of the plan are
    wrong, so reference checks still run and every problem is reported in one go."""
    data = src.data if isinstance(src.data, dict) else {}
    priorities, actions = [], []
    for i, p in enumerate(data.get("priorities") or [] if isinstance(data.get("priorities"), list) else []):
        if not isinstance(p, dict):
            continue
        if isinstance(p.get("id"), str):
            priorities.append((("priorities", i, "id"), p["id"]))
        raw = p.get("actions")
        for j, a in enumerate(raw if isinstance(raw, list) else []):
            if isinstance(a, dict) and isinstance(a.get("id"), str):
                actions.append((("priorities", i, "actions", j), a))
    return priorities, actions


def _partners_known(src: Source, partner_ids: frozenset[str] | None) -> Iterator[Problem]:
    if partner_ids is None:
        return
    data = src.data if isinstance(src.data, dict) else {}
    for i, priority in enumerate(data.get("priorities") if isinstance(data.get("priorities"), list) else []):
        named = priority.get("partners") if isinstance(priority, dict) else None
        for k, partner in enumerate(named if isinstance(named, list) else []):
            if isinstance(partner, str) and partner not in partner_ids:
                hint = (did_you_mean(partner, partner_ids) if partner_ids else
                        ": give the partners in site.yaml an 'id' (e.g. 'id: council') to name them here")
                yield src.problem(("priorities", i, "partners", k), f"there is no partner '{partner}' in "
                                  f"plans/site.yaml{hint}", "unknown-reference")


def plan_ids(src: Source) -> tuple[list[str], dict[str, str | None]] | None:
    """The plan's priority ids and action ids (with titles) for checking references
    from other files, or None when the plan's outline (its priorities, their actions
    and every id) is itself broken: its own errors say so, and checking references
    against half a plan would only add knock-on errors."""
    data = src.data
    if not isinstance(data, dict) or not isinstance(data.get("priorities"), list) or not data["priorities"]:
        return None
    priorities, actions = [], {}
    for p in data["priorities"]:
        if not isinstance(p, dict) or not _usable_id(p.get("id")):
            return None
        priorities.append(p["id"])
        if not isinstance(p.get("actions"), list) or not p["actions"]:
            return None
        for a in p["actions"]:
            if not isinstance(a, dict) or not _usable_id(a.get("id")):
                return None
            actions[a["id"]] = a.get("title") if isinstance(a.get("title"), str) else None
    return priorities, actions


def _usable_id(value) -> bool:
    return isinstance(value, str) and bool(ID_RE.match(value)) and ".." not in value


def check_plan(src: Source, measure_ids: set[str] | None,
               partner_ids: frozenset[str] | None = None,
               impacts: dict[str, str] | None = None) -> Iterator[Problem]:
    """`impacts` maps impact ids to labels (None when site.yaml's impact scale is broken)."""
    priorities, actions = plan_parts(src)
    yield from _unique_at(src, priorities, "priority id")
    yield from _unique_at(src, [(loc + ("id",), a["id"]) for loc, a in actions], "action id")
    yield from _partners_known(src, partner_ids)
    target = src.data.get("target") if isinstance(src.data, dict) else None
    if impacts is not None and isinstance(target, dict) and isinstance(target.get("impact"), str):
        if target["impact"] not in impacts:
            yield src.problem(("target", "impact"), unknown_impact(target["impact"], impacts),
                              "unknown-reference")
    if measure_ids is None:  # measures.yaml is itself broken: its own errors say so
        return
    for loc, a in actions:
        refs = a.get("measures")
        for k, m in enumerate(refs if isinstance(refs, list) else []):
            if isinstance(m, str) and m not in measure_ids:
                yield src.problem(loc + ("measures", k), f"there is no measure '{m}' in "
                                  f"plans/measures.yaml{did_you_mean(m, measure_ids)}",
                                  "unknown-reference")


def check_update(update: Update, src: Source, plan_src: Source, scale: dict[str, str] | None,
                 ids: tuple[list[str], dict[str, str | None]] | None,
                 impacts: dict[str, str] | None = None) -> Iterator[Problem]:
    """`scale` maps status ids to labels (None when site.yaml's scale is itself broken),
    `impacts` the same for impacts; `ids` is `plan_ids(plan_src)`, worked out once for
    all of a plan's update files."""
    period = Path(src.name).stem
    if update.date.isoformat()[:7] != period:
        yield src.problem(("date",), f"the date {update.date.isoformat()} is not in {period}, the "
                          "month this file is named after; fix the date or rename the file.",
                          "period-mismatch")
    actions = ids[1] if ids else {}
    for action_id, entry in update.actions.items():
        if ids is not None and action_id not in actions:
            yield src.problem(("actions", action_id), f"there is no action '{action_id}' in "
                              f"{plan_src.name}{did_you_mean(action_id, actions)}",
                              "unknown-reference", key=True)
        if scale is not None and entry.status not in scale:
            yield src.problem(("actions", action_id, "status"),
                              unknown_status(entry.status, list(scale), scale), "unknown-status")
    for priority_id, judged in update.priorities.items():
        if ids is not None and priority_id not in ids[0]:
            yield src.problem(("priorities", priority_id), f"there is no priority '{priority_id}' in "
                              f"{plan_src.name}{did_you_mean(priority_id, ids[0])}",
                              "unknown-reference", key=True)
        if impacts is not None and judged.impact is not None and judged.impact not in impacts:
            yield src.problem(("priorities", priority_id, "impact"), unknown_impact(judged.impact, impacts),
                              "unknown-reference")
    missing = [(a, t) for a, t in actions.items() if a not in update.actions]
    if len(missing) == 1:
        (action_id, title), = missing
        named = f"'{action_id}' ({title})" if title else f"'{action_id}'"
        yield src.problem(("actions",), f"no status for action {named}: every action in "
                          "the plan needs one.", "missing-action", key=True)
    elif missing:
        yield src.problem(("actions",), f"no status for {len(missing)} actions: "
                          f"{', '.join(a for a, _ in missing)}. Every action in the plan needs one.",
                          "missing-action", key=True)


def unknown_status(value: str, status_ids: list[str], labels: dict[str, str] | None = None) -> str:
    """Editors often write the word they see on the site: point them to its id."""
    return _unknown_word(value, "status", labels or dict.fromkeys(status_ids, ""))


def unknown_impact(value: str, impacts: dict[str, str]) -> str:
    return _unknown_word(value, "impact", impacts, " (the impacts in plans/site.yaml)")


def _unknown_word(value: str, what: str, labels: dict[str, str], where: str = "") -> str:
    for word_id, label in labels.items():
        if label and value.strip().lower() == label.lower():
            return f"'{value}' is the label of {what} '{word_id}': write '{what}: {word_id}'"
    return f"{what} '{value}' is not one of {one_of(labels)}{where}{did_you_mean(value, list(labels))}"


def check_plan_folder(plan_id: str, name: str) -> Iterator[Problem]:
    if not ID_RE.match(plan_id):
        yield Problem(name, None, None, "", f"the folder name '{plan_id}' becomes a web address: "
                      "use only letters, numbers, '.', '-' and '_'.", "id-format")


def anchor(identifier: str) -> str:
    """The web-address form of an id: 'A1.2' -> 'a1-2'."""
    return re.sub(r"[^a-z0-9]+", "-", identifier.lower()).strip("-")


def _unique_at(src: Source, items: list[tuple[Loc, str]], what: str) -> Iterator[Problem]:
    """Ids must differ, also as web addresses ('A1.2' and 'a1-2' would share one)."""
    seen: dict[str, Loc] = {}
    for loc, value in items:
        key = anchor(value)
        if key in seen:
            line = src.locate(seen[key])[0]
            yield src.problem(loc, f"{what} '{value}' is already used on line {line}; each must "
                              "be different (ignoring case, dots and dashes).", "duplicate-id")
        else:
            seen[key] = loc


def _unique(src: Source, list_field: str, values: list[str], what: str,
            attr: str = "id") -> Iterator[Problem]:
    counts = Counter(values)
    first: dict[str, int] = {}
    for i, value in enumerate(values):
        if counts[value] < 2:
            continue
        if value not in first:
            first[value] = i
            continue
        line = src.locate((list_field, first[value]))[0]
        yield src.problem((list_field, i, attr), f"{what} '{value}' is already used on line {line}; "
                          "each must be different.", "duplicate-id")


def _icons_dir() -> Path:
    import material  # the theme ships its icon set

    return Path(material.__file__).parent / "templates" / ".icons"


def icon_path(name: str) -> Path:
    """The SVG file of a Material for MkDocs icon name."""
    root = _icons_dir()
    for prefix in ("fontawesome-regular-", "fontawesome-solid-", "fontawesome-brands-"):
        if name.startswith(prefix):
            return root / "fontawesome" / prefix.split("-")[1] / f"{name[len(prefix):]}.svg"
    set_name, _, icon = name.partition("-")
    return root / set_name / f"{icon}.svg"


def icon_exists(name: str) -> bool:
    return icon_path(name).is_file()


def _icon_names(name: str) -> list[str]:
    folder = icon_path(name).parent
    prefix = name[: len(name) - len(icon_path(name).stem)]
    return [prefix + p.stem for p in folder.glob("*.svg")] if folder.is_dir() else []


def check_engagement(engagement: Engagement, src: Source,
                     plan_sources: dict[str, Source]) -> tuple[str | None, list[Problem]]:
    """Resolve the plan an engagement's items refer to and check every reference.
    Returns the plan id (None when it cannot be resolved) and the problems."""
    problems: list[Problem] = list(check_file_id(src))
    problems += _unique_at(src, [(("items", i, "id"), item.id) for i, item in enumerate(engagement.items)],
                           "item id")
    if engagement.end and engagement.end < engagement.start:
        problems.append(src.problem(("end",), "the engagement ends before it starts.", "date-order"))
    if engagement.plan is not None:
        plan_id = engagement.plan
        if plan_id not in plan_sources:
            problems.append(src.problem(("plan",), f"there is no plan folder '{plan_id}'"
                                        f"{did_you_mean(plan_id, plan_sources)}", "unknown-reference"))
            return None, problems
    elif len(plan_sources) == 1:
        plan_id = next(iter(plan_sources))
    elif not plan_sources:  # no plan could be read: its own problem says why
        return None, problems
    else:
        problems.append(src.problem((), "there is more than one plan: add 'plan: <folder name>' "
                                    f"(one of {one_of(plan_sources)}).", "missing-field"))
        return None, problems
    plan_src = plan_sources[plan_id]
    ids = plan_ids(plan_src)
    if ids is None:
        return plan_id, problems
    priority_ids, action_ids = ids[0], list(ids[1])
    for i, item in enumerate(engagement.items):
        for field_name, known, what in (("priorities", priority_ids, "priority"),
                                        ("actions", action_ids, "action")):
            for k, ref in enumerate(getattr(item, field_name)):
                if ref not in known:
                    problems.append(src.problem(("items", i, field_name, k), f"there is no {what} "
                                                f"'{ref}' in {plan_src.name}{did_you_mean(ref, known)}",
                                                "unknown-reference"))
    return plan_id, problems


def check_file_id(src: Source) -> Iterator[Problem]:
    """A file whose name becomes a web address must have a usable name."""
    stem = Path(src.name).stem
    if not ID_RE.match(stem):
        yield Problem(src.name, None, None, "", f"the file name '{stem}' becomes a web address: use "
                      "only letters, numbers, '.', '-' and '_'.", "id-format")
