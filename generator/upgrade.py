"""Move an area's repository (made by `progress-pages new`) to this version of the tool:
the pin in requirements.txt, and the files the tool owns (Makefile, workflows, editor
settings, schemas) as this version writes them. The area's own words (plans/, content/,
mkdocs.yml, README, the pull request template) are never touched.

Every change is shown as a diff, and the repository is in git: the team reviews the
upgrade in a pull request like any other change."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .load.yaml_source import read_yaml
from .model.site import FORMAT
from .starter import tool_files
from .validate.format_version import DISTRIBUTION, newer_format
from .write import Change, changes

# The pin line, however it is written: `local-offer-progress-pages==0.1.0`, `>=`, `~=`,
# or with `_` for `-` (pip treats them alike).
_PIN = re.compile(r"^\s*local[-_.]offer[-_.]progress[-_.]pages\b.*$", re.IGNORECASE | re.MULTILINE)
# Files whose lines the area may add to: the tool's lines are ensured, the area's kept.
_LINES_KEPT = ("requirements.txt", ".gitignore")


class NotAnArea(Exception):
    """The folder is not an area's repository this version can upgrade: why, in a sentence."""


@dataclass(frozen=True)
class Upgrade:
    changes: list[Change]  # the tool's files as this version writes them
    format_said: str  # what happened to the input format, in a sentence


def plan_upgrade(root: Path, version: str) -> Upgrade:
    """What upgrading the repository at `root` to `version` changes (nothing is written)."""
    requirements = root / "requirements.txt"
    if not requirements.is_file() or not _PIN.search(requirements.read_text(encoding="utf-8")):
        raise NotAnArea(f"{root.resolve()} has no requirements.txt naming {DISTRIBUTION}: upgrade "
                        "works in an area's repository made by `progress-pages new`. Run it in "
                        "that repository's folder.")
    site = root / "plans" / "site.yaml"
    if not site.is_file():
        raise NotAnArea(f"{root.resolve()} has no plans/site.yaml: run upgrade in the area's "
                        "repository's folder.")
    source, problems = read_yaml(site, "plans/site.yaml")
    if problems:
        raise NotAnArea("plans/site.yaml cannot be read, so its format is unknown: "
                        + "; ".join(str(p) for p in problems))
    newer = newer_format(source)
    if newer is not None:
        raise NotAnArea(str(newer))
    wanted = {}
    for name, text in tool_files(version).items():
        path = root / name
        if name in _LINES_KEPT and path.is_file():
            text = _merged(path.read_text(encoding="utf-8"), text, name == "requirements.txt")
        wanted[path] = text
    found = [c for c in changes(wanted, name=lambda p: p.relative_to(root).as_posix())
             if c.kind != "unchanged"]
    return Upgrade(found, f"The plans' format is {FORMAT}, the newest this version reads: "
                          "nothing in plans/ needs to change.")


def _merged(area: str, tool: str, pin: bool) -> str:
    """The area's file with the tool's lines added where missing; the pin replaced."""
    lines = area.splitlines()
    if pin:
        new_pin = _PIN.search(tool).group().strip()
        if _PIN.search(area):
            return _PIN.sub(new_pin, area, count=1)
    present = {line.strip() for line in lines}
    missing = [line for line in tool.splitlines()
               if line.strip() and not line.lstrip().startswith("#") and line.strip() not in present]
    return "\n".join(lines + missing) + "\n" if missing else area
