"""Read one YAML file safely and remember where every value was written.

Only libyaml's (or PyYAML's) safe *parser* is used: we build the data from its
events ourselves so that we can
- reject duplicate keys (PyYAML silently keeps the last one),
- reject anchors, aliases and explicit tags (alias bombs, python/object tags),
- keep every plain scalar as text, so `1.10` stays an id and `no` stays a word
  (YAML 1.1 would turn them into 1.1 and False); the data model converts text
  to dates, numbers and booleans where a field asks for them,
- record the line and column of every key and value for error messages.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..problems import Problem

try:  # libyaml is several times faster; the pure-Python parser is a fallback.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 40
NULLS = {"", "~", "null", "Null", "NULL"}

Loc = tuple[str | int, ...]


@dataclass
class Source:
    """The data of one YAML file plus a map from value paths to (line, column)."""

    path: Path
    name: str  # as shown in messages, relative to the project
    data: Any = None
    value_marks: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[Loc, tuple[int, int]] = field(default_factory=dict)

    def locate(self, loc: Loc, *, key: bool = False) -> tuple[int | None, int | None]:
        """Line and column for a path, or for its nearest written ancestor."""
        loc = tuple(loc)
        while True:
            marks = (self.key_marks, self.value_marks) if key else (self.value_marks, self.key_marks)
            for m in marks:
                if loc in m:
                    return m[loc]
            if not loc:
                return (1, 1) if self.data is not None else (None, None)
            loc = loc[:-1]

    def problem(self, loc: Loc, message: str, code: str, *, key: bool = False,
                severity: str = "error") -> Problem:
        line, col = self.locate(loc, key=key)
        return Problem(self.name, line, col, format_loc(loc), message, code, severity)  # type: ignore[arg-type]


def format_loc(loc: Loc) -> str:
    """('priorities', 0, 'actions', 2, 'due') -> 'priorities[0].actions[2].due'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


class _Fail(Exception):
    def __init__(self, problem: Problem):
        self.problem = problem


def _mark(m) -> tuple[int, int]:
    return (m.line + 1, m.column + 1)


def read_yaml(path: Path, name: str) -> tuple[Source, list[Problem]]:
    """Load one file. Returns the source and the problems found (empty if fine)."""
    source = Source(path=path, name=name)
    problems: list[Problem] = []

    def fail(line, col, message, code, loc: Loc = ()):
        return [Problem(name, line, col, format_loc(loc), message, code)]

    try:
        raw = path.read_bytes()
    except OSError as e:
        return source, fail(None, None, f"cannot read the file: {e.strerror}", "file-unreadable")
    if len(raw) > MAX_FILE_BYTES:
        return source, fail(None, None, f"the file is {len(raw):,} bytes; the limit is "
                            f"{MAX_FILE_BYTES:,}. Split it into smaller files.", "file-too-large")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        col = e.start - (raw.rfind(b"\n", 0, e.start) + 1) + 1
        return source, fail(line, col, "the file is not UTF-8 text; save it as UTF-8 "
                            "(in most editors: Save As, Encoding: UTF-8).", "not-utf8")
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        return source, fail(line, None, "the file contains a NUL character; it is not a text file.", "not-text")

    try:
        source.data = _Builder(source, problems).build(yaml.parse(text, Loader=_Loader))
    except _Fail as f:
        problems.append(f.problem)
    except yaml.MarkedYAMLError as e:
        problems.append(_syntax_problem(name, e, text))
    except yaml.YAMLError as e:  # pragma: no cover - libyaml reports marks for all we know of
        problems.append(Problem(name, None, None, "", f"not valid YAML: {e}", "yaml-syntax"))
    if problems:
        source.data = None
    return source, problems


def _syntax_problem(name: str, e: yaml.MarkedYAMLError, text: str) -> Problem:
    mark = e.problem_mark or e.context_mark
    if "quoted scalar" in (e.context or "") and e.context_mark:
        mark = e.context_mark  # where the quote opens, not the end of the file
    line, col = _mark(mark) if mark else (None, None)
    lines = text.splitlines()
    row = lines[mark.line] if mark and mark.line < len(lines) else ""
    at = row[mark.column] if mark and mark.column < len(row) else ""
    what = (e.problem or "").strip()
    context = (e.context or "").strip()
    hint = ""
    if at == "\t" or "\\t" in what:
        hint = " YAML does not allow tabs for indenting: use spaces."
    elif "quoted scalar" in context:
        hint = " A quotation mark is not closed: check that every \" or ' has its partner."
    elif "mapping values are not allowed" in what:
        hint = (" A colon followed by a space starts a new field: put the whole text in"
                " quotes, or use a '|' block.")
    elif " #" in row or (mark and mark.line and " #" in lines[mark.line - 1]):
        hint = " A '#' after a space starts a comment: put text or colours with '#' in quotes."
    elif "could not find expected ':'" in what or "simple key" in what:
        hint = " A line may be missing its 'field:' or be indented wrongly."
    message = f"not valid YAML: {what}" + (f" ({context})" if context else "") + "." + hint
    return Problem(name, line, col, "", message, "yaml-syntax")


class _Builder:
    def __init__(self, source: Source, problems: list[Problem]):
        self.s = source
        self.problems = problems

    def _fail(self, event, message, code, loc: Loc = ()):
        line, col = _mark(event.start_mark)
        raise _Fail(Problem(self.s.name, line, col, format_loc(loc), message, code))

    def build(self, events) -> Any:
        events = iter(events)
        data: Any = None
        documents = 0
        for event in events:
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    self._fail(event, "a file holds one document; remove the extra '---' "
                               "(or split it into two files).", "yaml-many-documents")
                data = self._node(next(events), events, (), 0)
        return data

    def _node(self, event, events, loc: Loc, depth: int) -> Any:
        if depth > MAX_DEPTH:
            self._fail(event, f"nested deeper than {MAX_DEPTH} levels; nothing in our "
                       "format needs that.", "yaml-too-deep", loc)
        if isinstance(event, yaml.AliasEvent):
            self._fail(event, f"aliases (*{event.anchor}) are not allowed: write the value "
                       "out in full.", "yaml-alias", loc)
        if getattr(event, "anchor", None):
            self._fail(event, f"anchors (&{event.anchor}) are not allowed: write each value "
                       "out in full.", "yaml-anchor", loc)
        if getattr(event, "tag", None) is not None and not (
            isinstance(event, yaml.ScalarEvent) and event.tag == "!"
        ):
            tag = event.tag.replace("tag:yaml.org,2002:", "!!")
            self._fail(event, f"tags such as '{tag}' are not allowed: remove it.", "yaml-tag", loc)
        self.s.value_marks[loc] = _mark(event.start_mark)

        if isinstance(event, yaml.ScalarEvent):
            if not event.style and event.value in NULLS:
                return None
            return event.value
        if isinstance(event, yaml.SequenceStartEvent):
            items: list[Any] = []
            for event in events:
                if isinstance(event, yaml.SequenceEndEvent):
                    return items
                items.append(self._node(event, events, loc + (len(items),), depth + 1))
        if isinstance(event, yaml.MappingStartEvent):
            mapping: dict[str, Any] = {}
            for event in events:
                if isinstance(event, yaml.MappingEndEvent):
                    return mapping
                if not isinstance(event, yaml.ScalarEvent) or getattr(event, "anchor", None) or (
                    getattr(event, "tag", None) not in (None, "!")
                ):
                    self._fail(event, "a field name must be plain text.", "yaml-complex-key", loc)
                key = event.value
                if not event.style and key in NULLS:
                    self._fail(event, "a field has no name before its ':'.", "yaml-empty-key", loc)
                key_loc = loc + (key,)
                if key in mapping:
                    first = self.s.key_marks[key_loc][0]
                    line, col = _mark(event.start_mark)
                    # Keep going: the rest of the file may hold more mistakes worth reporting.
                    self.problems.append(Problem(
                        self.s.name, line, col, format_loc(key_loc),
                        f"'{key}' is given twice here (first on line {first}); keep one. "
                        "Otherwise only the last would count, silently.", "duplicate-key"))
                self.s.key_marks[key_loc] = _mark(event.start_mark)
                mapping[key] = self._node(next(events), events, key_loc, depth + 1)
        raise AssertionError(f"unexpected YAML event {event!r}")  # pragma: no cover
