"""Things still to write. A new area's files start with placeholders, each saying what
to write in its place (`name: "TO DO: write your area's name here"`), so that `check`
can list what is left, one line each, and nothing is published half written.

In the YAML files a placeholder is a value that begins with the marker, so a sentence
that says "there is still a lot to do: ..." is not one. In mkdocs.yml and the
hand-written pages, which are not read as data, it is any line holding the marker in
capitals, as a page's own words ("what to do: ring us") seldom are."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Iterator

from ..load.yaml_source import Source, strings
from ..problems import Problem, relative
from .example_names import hand_written

CODE = "placeholder"
_VALUE = re.compile(r"\s*to ?do:", re.IGNORECASE)
_LINE = re.compile(r"\bTO ?DO:")
# A line's field in mkdocs.yml (`site_url: ...`), and the end of a line that closes
# the value or the comment the placeholder is written in.
_KEY = re.compile(r"^\s*(?:-\s+)?([A-Za-z_][\w-]*)\s*:")
_CLOSING = re.compile(r"""\s*(?:["']\s*(?:#.*)?|-->)\s*$""")


def in_sources(sources: Iterable[Source]) -> Iterator[Problem]:
    """An error for each value of the YAML files that is still a placeholder."""
    for source in sources:
        for loc, text in strings(source.data):
            found = _VALUE.match(text)
            if found:
                yield source.problem(loc, still_to_do(text[found.end():]), CODE)


def is_placeholder(value: object) -> bool:
    return isinstance(value, str) and _VALUE.match(value) is not None


def holds_any(source: Source | None) -> bool:
    return source is not None and any(is_placeholder(text) for _, text in strings(source.data))


def in_pages(config_file: Path, root: Path) -> Iterator[Problem]:
    """An error for each line of mkdocs.yml and of the hand-written pages that holds a placeholder."""
    for path in hand_written(config_file):
        is_config = path == config_file
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            found = _LINE.search(line)
            if found is None:
                continue
            key = _KEY.match(line) if is_config else None
            field = key.group(1) if key and key.end() <= found.start() else ""
            yield Problem(relative(path, root), number, found.start() + 1, field,
                          still_to_do(_CLOSING.sub("", line[found.end():])), CODE)


def still_to_do(text: str) -> str:
    """The message for a placeholder: what it says to write, as one tidy sentence."""
    said = " ".join(text.split()).rstrip(" ,;:")
    if not said:
        return "Still to do: write what belongs here."
    return f"Still to do: {said}{'' if said[-1] in '.!?' else '.'}"


def without_knock_ons(problems: list[Problem]) -> list[Problem]:
    """The problems less those at a placeholder's line or field: a placeholder is not the
    date, id or plain sentence its field wants, and saying so as well would bury the
    one thing to do (write the value) under its consequences."""
    marked = [p for p in problems if p.code == CODE]
    if not marked:
        return problems
    lines = {(p.file, p.line) for p in marked if p.line is not None}
    fields = {(p.file, p.field) for p in marked if p.field}

    def knock_on(p: Problem) -> bool:
        if (p.file, p.line) in lines:
            return True
        field = p.field
        while field:  # the placeholder's field, or a part of it
            if (p.file, field) in fields:
                return True
            field = field[:max(field.rfind("."), field.rfind("["), 0)]
        return False

    return [p for p in problems if p.code == CODE or not knock_on(p)]
