"""A new area starts from a copy of the example, and its mkdocs.yml and hand-written
pages can go on naming the example's area long after site.yaml names its own: the
plans' checks never read those files, so this one does."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from ..problems import Problem, relative

# The shipped example's area and partners, as plans/site.yaml writes them. Kept here,
# not read from the example's plans/, which an area's own copy no longer holds.
EXAMPLE_AREA = "Example County"
EXAMPLE_NAMES = (EXAMPLE_AREA, "Example County Council", "NHS Example Integrated Care Board",
                 "Example Community Health NHS Trust", "Example Parent Carer Forum")
_NAMED = re.compile("|".join(re.escape(n) for n in sorted(EXAMPLE_NAMES, key=len, reverse=True)),
                    re.IGNORECASE)
_DOCS_DIR = re.compile(r"^docs_dir:\s*['\"]?([^'\"#\n]*?)['\"]?\s*(?:#.*)?$", re.MULTILINE)


def example_names(config_file: Path, area: str, root: Path) -> Iterator[Problem]:
    """A warning for each line of mkdocs.yml and of the hand-written pages that names
    the example's area or partners, when site.yaml names another area."""
    if area.casefold() == EXAMPLE_AREA.casefold():
        return
    for path in hand_written(config_file):
        for number, line in enumerate(_text(path).splitlines(), 1):
            names = list(dict.fromkeys(m.group() for m in _NAMED.finditer(line)))
            if names:
                yield Problem(relative(path, root), number, _NAMED.search(line).start() + 1, "",
                              f"{' and '.join(repr(n) for n in names)} {'is' if len(names) == 1 else 'are'} "
                              f"the example's, but site.yaml names {area}: write {area}'s own words here.",
                              "example-name", severity="warning")


def hand_written(config_file: Path) -> list[Path]:
    """mkdocs.yml and the pages in its docs_dir, which an area writes by hand."""
    if not config_file.is_file():
        return []
    found = _DOCS_DIR.search(_text(config_file))
    docs = config_file.parent / (found.group(1) if found else "docs")  # MkDocs' default
    return [config_file, *sorted(p for p in docs.rglob("*.md") if p.is_file() and not p.is_symlink())]


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")
