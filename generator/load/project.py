"""Find the input files under `plans/` and read each one (nothing is checked
against the model here: that is the validate stage's job)."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..layout import (FEEDBACK, GLOSSARY, MEASURE_TABLES, MEASURES, PLAN, RESERVED, SITE, TOPICS, UPDATE_FILE_RE,
                      UPDATE_STEM_RE, UPDATES)
from ..problems import Problem, relative
from ..store import Store
from .csv_table import Table, read_csv_table
from .inside import OUTSIDE, Inside, outside_project
from .yaml_source import Source, read_yaml

# Endings a file gets when saved by an editor that does not know YAML (or that hides endings).
WRONG_ENDINGS = {".yml", ".txt", ".yaml.txt", ".yml.txt", ".YAML", ".Yaml"}


@dataclass
class PlanFiles:
    id: str
    plan: Source | None
    updates: list[Source] = field(default_factory=list)


@dataclass
class Inputs:
    """Every input file, read but not yet checked."""

    root: Path
    site: Source | None = None
    measures: Source | None = None
    measure_tables: list[Table] = field(default_factory=list)  # plans/measures/<id>.csv
    glossary: Source | None = None
    topics: Source | None = None
    plans: list[PlanFiles] = field(default_factory=list)
    feedback: list[Source] = field(default_factory=list)


def read_inputs(plans_dir: Path, root: Path, store: Store | None = None) -> tuple[Inputs, list[Problem]]:
    """`store`: files whose bytes were read before are not parsed again."""
    inputs = Inputs(root=root)
    problems: list[Problem] = []
    if outside_project(plans_dir, root):  # named as given: never where it leads
        problems.append(Problem(Path(os.path.relpath(os.path.abspath(plans_dir), os.path.abspath(root)))
                                .as_posix(), None, None, "", "the plans folder is a link to a folder outside "
                                "the project, so it is not read: make plans/ a folder of the project.",
                                "not-inside"))
        return inputs, problems
    # Resolved once: resolving each of thousands of files costs more than reading them.
    plans_dir, real_root = plans_dir.resolve(), root.resolve()

    prefix = str(real_root) + os.sep

    def name(path: Path) -> str:
        text = str(path)  # string work: pathlib's would cost more than parsing at scale
        if text.startswith(prefix):
            return text[len(prefix):].replace(os.sep, "/")
        return relative(path, root)

    def complain(path: Path, message: str, code: str) -> None:
        # name(), not relative(): that would resolve a link and name its target.
        problems.append(Problem(name(path), None, None, "", message, code))

    inside = Inside(plans_dir)

    def readable(path: Path, *, folder: bool = False) -> bool:
        """Whether to read `path`; when something is there that must not be read,
        the editor is told why."""
        if not inside.exists(path):
            return False
        why = inside.refusal(path, folder=folder)
        if why is not None:
            complain(path, f"this {'folder' if folder else 'file'} {why}", "not-inside")
        return why is None

    def read(path: Path) -> Source:
        source, found = read_yaml(path, name(path), store=store, warnings=problems)
        problems.extend(found)
        return source

    if not plans_dir.is_dir():
        complain(plans_dir, "the plans folder does not exist.", "no-plans-folder")
        return inputs, problems
    site = plans_dir / SITE
    if readable(site):
        inputs.site = read(site)
    elif not inside.exists(site):
        complain(site, "site.yaml is missing: every site needs one (see docs/input-format.md).",
                 "missing-file")
    if readable(plans_dir / MEASURES):
        inputs.measures = read(plans_dir / MEASURES)
    if readable(plans_dir / MEASURE_TABLES, folder=True):
        inputs.measure_tables = _read_measure_tables(plans_dir / "measures", root, problems, complain,
                                                     readable, store)
    if readable(plans_dir / GLOSSARY):
        inputs.glossary = read(plans_dir / GLOSSARY)
    if readable(plans_dir / TOPICS):
        inputs.topics = read(plans_dir / TOPICS)

    feedback = plans_dir / FEEDBACK
    if readable(feedback, folder=True):
        for entry in sorted(feedback.iterdir()):
            if entry.name.startswith(".") or entry.suffix == ".md":
                continue
            if entry.suffix == ".yaml" and not entry.is_dir():
                if readable(entry):
                    inputs.feedback.append(read(entry))
            else:
                complain(entry, "the feedback folder holds one .yaml file per engagement.",
                         "unexpected-file")

    for entry in sorted(plans_dir.iterdir()):
        if entry.name.startswith(".") or entry.name in RESERVED:
            continue
        if entry.suffix == ".yml":
            complain(entry, f"use the ending .yaml, not .yml (rename it to {entry.stem}.yaml).",
                     "wrong-extension")
        elif entry.is_dir():  # a link to a file is never read here, so never refused
            if readable(entry, folder=True):
                inputs.plans.append(_read_plan(entry, read, complain, readable))
    if not inputs.plans and not problems:
        complain(plans_dir, "no plans found: add a folder with a plan.yaml, e.g. "
                 "plans/wsoa/plan.yaml.", "no-plans")
    return inputs, problems


def _read_plan(folder: Path, read, complain, readable) -> PlanFiles:
    plan_file = folder / PLAN
    there = os.path.lexists(plan_file)
    files = PlanFiles(id=folder.name, plan=read(plan_file) if readable(plan_file) else None)
    misnamed = [e for e in sorted(folder.iterdir()) if _ending_slip(e.name, "plan") and e.is_file()]
    if not there and not misnamed:
        complain(plan_file, "this plan folder has no plan.yaml.", "missing-file")
    for entry in sorted(folder.iterdir()):
        if entry.name in {PLAN, UPDATES} or entry.name.startswith(".") or entry.suffix == ".md":
            continue
        if entry in misnamed:
            complain(entry, f"rename this file plan.yaml: the plan is read only from a file with that "
                     "name (its ending may be hidden on your computer).", "wrong-extension")
            continue
        complain(entry, "unexpected file or folder in a plan folder: it holds plan.yaml and an "
                 "updates/ folder only.", "unexpected-file")
    updates = folder / UPDATES
    if readable(updates, folder=True):
        # os.scandir knows which entries are files without asking the disk again.
        for entry in sorted(os.scandir(updates), key=lambda e: e.name):
            if entry.name.startswith(".") or entry.name.endswith(".md"):
                continue
            if UPDATE_FILE_RE.match(entry.name) and not entry.is_dir():
                if readable(updates / entry.name):
                    files.updates.append(read(updates / entry.name))
            elif _ending_slip(entry.name, UPDATE_STEM_RE):
                stem = entry.name.split(".")[0]
                complain(updates / entry.name, f"rename this file {stem}.yaml: update files end in .yaml "
                         "(the ending may be hidden on your computer).", "wrong-extension")
            else:
                complain(updates / entry.name, "update files are named after the month of the meeting, "
                         "YYYY-MM.yaml (e.g. 2022-01.yaml), or after its day, YYYY-MM-DD.yaml (e.g. "
                         "2022-01-14.yaml), when a month has two meetings.", "bad-update-name")
    return files


def _ending_slip(name: str, stem: str | re.Pattern) -> bool:
    """Whether `name` is `stem` with an ending other than .yaml (plan.yml, 2021-04.txt)."""
    base, dot, ending = name.partition(".")
    matches = stem.match(base) if isinstance(stem, re.Pattern) else base == stem
    return bool(matches) and dot == "." and "." + ending in WRONG_ENDINGS


def _read_measure_tables(folder: Path, root: Path, problems: list[Problem], complain, readable,
                         store: Store | None) -> list[Table]:
    tables = []
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith(".") or entry.suffix == ".md":
            continue
        if entry.suffix == ".csv" and not entry.is_dir():
            if not readable(entry):
                continue
            table, found = read_csv_table(entry, f"{relative(folder, root)}/{entry.name}", store)
            problems.extend(found)
            tables.append(table)
        else:
            complain(entry, "the measures folder holds one file per measure, named after its id "
                     "and ending in .csv (e.g. ehcp-20-weeks.csv).", "unexpected-file")
    return tables
