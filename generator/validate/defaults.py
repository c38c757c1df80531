"""Lists that ship with the tool and that an area changes in its own file (the
glossary, the topics): the default's entries, then the area's, an area's entry
replacing the default's with the same key."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..load.yaml_source import Source, read_yaml
from ..problems import Problem
from .schema import validate_source


def with_defaults(default: Path, name: str, area: Source | None, model, entries: Callable,
                  key: Callable) -> tuple[list, list[Problem]]:
    """`entries` gives a valid file's list, `key` what an area's entry replaces a default's by.
    The default's entries keep their order; the area's new ones follow."""
    found, problems = _checked(read_yaml(default, name), model, entries)
    merged = {key(e): e for e in found}
    if area is not None and area.data is not None:
        own, more = _checked((area, []), model, entries)
        problems += more
        merged.update((key(e), e) for e in own)
    return list(merged.values()), problems


def _checked(loaded: tuple[Source, list[Problem]], model, entries: Callable) -> tuple[list, list[Problem]]:
    source, problems = loaded
    if problems:
        return [], problems
    valid, problems = validate_source(source, model)
    return (entries(valid) if valid else []), problems
