"""Checks across files, run only on files that are valid on their own: every reference
resolves, update files agree with their plan, icons exist in the theme. Rules of one file
alone (ids unique, dates in order) are the model's."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from ..load.yaml_source import Loc, Source
from ..model import Engagement, Update
from ..model.status import ICON_RE
from ..icons import icon_path
from ..model.base import ID_RULE, anchor, is_id
from ..problems import Problem
from ..hints import did_you_mean, one_of

def check_icons(src: Source) -> Iterator[Problem]:
    """Each status's (and impact's) icon is one the theme has. Read as written, so that an icon is checked
    even when another part of site.yaml is wrong (a form that is not an icon name at all is
    the model's error)."""
    data = src.data if isinstance(src.data, dict) else {}
    for scale in ("statuses", "impacts"):
        words = data.get(scale)
        for i, word in enumerate(words if isinstance(words, list) else []):
            icon = word.get("icon") if isinstance(word, dict) else None
            if isinstance(icon, str) and re.match(ICON_RE, icon) and not icon_exists(icon):
                yield src.problem((scale, i, "icon"), f"there is no icon called '{icon}'"
                                  f"{did_you_mean(icon, _icon_names(icon))} (browse "
                                  "https://squidfunk.github.io/mkdocs-material/reference/icons-emojis/)",
                                  "unknown-icon")


def check_current_plan(site: Site, src: Source, plan_ids: list[str]) -> Iterator[Problem]:
    if site.current_plan is not None and plan_ids and site.current_plan not in plan_ids:
        yield src.problem(("current_plan",), f"there is no plan folder '{site.current_plan}'"
                          f"{did_you_mean(site.current_plan, plan_ids)} (plan folders: "
                          f"{one_of(plan_ids)}).", "unknown-reference")


def unknown_measure_file(name: str, measure_id: str, measure_ids) -> Problem:
    return Problem(name, None, None, "", f"there is no measure '{measure_id}' in plans/measures.yaml"
                   f"{did_you_mean(measure_id, measure_ids)}: each file in plans/measures/ is named "
                   "after the id of a measure.", "unknown-reference")


def plan_actions(src: Source) -> list[tuple[Loc, dict]]:
    """Action entries as written, even when other parts of the plan are wrong, so
    reference checks still run and every problem is reported in one go."""
    data = src.data if isinstance(src.data, dict) else {}
    actions = []
    for i, p in enumerate(data.get("priorities") or [] if isinstance(data.get("priorities"), list) else []):
        if not isinstance(p, dict):
            continue
        raw = p.get("actions")
        for j, a in enumerate(raw if isinstance(raw, list) else []):
            if isinstance(a, dict) and isinstance(a.get("id"), str):
                actions.append((("priorities", i, "actions", j), a))
    return actions


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
        if not isinstance(p, dict) or not is_id(p.get("id")):
            return None
        priorities.append(p["id"])
        if not isinstance(p.get("actions"), list) or not p["actions"]:
            return None
        for a in p["actions"]:
            if not isinstance(a, dict) or not is_id(a.get("id")):
                return None
            actions[a["id"]] = a.get("title") if isinstance(a.get("title"), str) else None
    return priorities, actions


def check_plan(src: Source, measure_ids: set[str] | None,
               partner_ids: frozenset[str] | None = None,
               impacts: dict[str, str] | None = None) -> Iterator[Problem]:
    """`impacts` maps impact ids to labels (None when site.yaml's impact scale is broken)."""
    actions = plan_actions(src)
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


def covers_some_actions(plan_src: Source) -> bool:
    """Whether the plan says its updates report on some actions only (read as written,
    so that update files are checked even when another part of the plan is wrong)."""
    return isinstance(plan_src.data, dict) and plan_src.data.get("updates_cover") == "some-actions"


def check_update(update: Update, src: Source, plan_src: Source, scale: dict[str, str] | None,
                 ids: tuple[list[str], dict[str, str | None]] | None,
                 some_actions: bool = False,
                 impacts: dict[str, str] | None = None) -> Iterator[Problem]:
    """`scale` maps status ids to labels (None when site.yaml's scale is itself broken),
    `impacts` the same for impacts;
    `ids` is `plan_ids(plan_src)`, worked out once for all of a plan's update files.
    `some_actions`: the plan's updates cover some actions, so any may be left out (its
    status carries forward, or it has none yet); otherwise every action must be in."""
    if (mismatch := period_mismatch(update, src)) is not None:
        yield mismatch
    actions = ids[1] if ids else {}
    for action_id, entry in update.actions.items():
        if ids is not None and action_id not in actions:
            yield src.problem(("actions", action_id), unknown_action(action_id, plan_src.name, [
                a for a in actions if a not in update.actions]), "unknown-reference", key=True)
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
    missing = [] if some_actions else [(a, t) for a, t in actions.items() if a not in update.actions]
    if len(missing) == 1:
        (action_id, title), = missing
        named = f"'{action_id}' ({title})" if title else f"'{action_id}'"
        yield src.problem(("actions",), f"no status for action {named}: every action in "
                          "the plan needs one.", "missing-action", key=True)
    elif missing:
        yield src.problem(("actions",), f"no status for {len(missing)} actions: "
                          f"{', '.join(a for a, _ in missing)}. Every action in the plan needs one.",
                          "missing-action", key=True)


def period_mismatch(update: Update, src: Source) -> Problem | None:
    """The update's date, when it is not the day or month its file is named after."""
    period = Path(src.name).stem
    day = update.date.iso
    if len(period) > len("YYYY-MM") and update.date.month_only:
        return src.problem(("date",), f"the date {day} is a month, but this file is named after the "
                           f"day {period}: give the day (YYYY-MM-DD), or name the file {period[:7]}.yaml.",
                           "period-mismatch")
    if len(period) > len("YYYY-MM") and day != period:
        return src.problem(("date",), f"the date {day} is not {period}, the day this file is named "
                           "after; fix the date or rename the file.", "period-mismatch")
    if day[:7] != period[:7]:
        return src.problem(("date",), f"the date {day} is not in {period}, the month this file is "
                           "named after; fix the date or rename the file.", "period-mismatch")
    return None


def unknown_action(action_id: str, plan_name: str, unreported: list[str]) -> str:
    """An update naming an action the plan does not have: a typo of an action the update
    leaves out, or (when the update has every action) one taken out of the plan."""
    hint = did_you_mean(action_id, unreported)
    if hint:
        return f"there is no action '{action_id}' in {plan_name}{hint}"
    return (f"there is no action '{action_id}' in {plan_name}: if it was taken out of the plan, "
            "take it out of this update too (its status and note).")


def unknown_status(value: str, status_ids: list[str], labels: dict[str, str] | None = None) -> str:
    """Editors often write the word they see on the site: point them to its id."""
    return _unknown_word(value, "status", labels or dict.fromkeys(status_ids, ""))


def unknown_impact(value: str, impacts: dict[str, str]) -> str:
    return _unknown_word(value, "impact", impacts, " (the impacts in plans/site.yaml)")


def _unknown_word(value: str, what: str, labels: dict[str, str], where: str = "") -> str:
    for word_id, label in labels.items():
        if label and value.strip().lower() == label.lower():
            return f"'{value}' is the label of {what} '{word_id}': write '{what}: {word_id}'"
        if value.strip().lower() == word_id.lower():
            return f"{what} words are written in small letters: write '{what}: {word_id}'"
    return f"{what} '{value}' is not one of {one_of(labels)}{where}{did_you_mean(value, list(labels))}"


def check_plan_folder(plan_id: str, name: str) -> Iterator[Problem]:
    if not is_id(plan_id):
        yield Problem(name, None, None, "", f"the folder name '{plan_id}' becomes a web address: "
                      f"{ID_RULE}.", "id-format")


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
    problems: list[Problem] = []
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
        names = [f"'plan: {p}'" for p in plan_sources]
        problems.append(src.problem((), f"there are {len(names)} plans, so this file must say which one "
                                    f"it is about: add a line {', or '.join(names)}.", "missing-field"))
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
    if not is_id(stem):
        yield Problem(src.name, None, None, "", f"the file name '{stem}' becomes a web address: "
                      f"{ID_RULE}.", "id-format")
