"""Read one YAML file safely and remember where every value was written.

Only libyaml's (or PyYAML's) safe *parser* is used: we build the data from its
events ourselves so that we can
- reject duplicate keys (PyYAML silently keeps the last one),
- reject anchors, aliases and explicit tags (alias bombs, python/object tags),
- keep every plain scalar as text, so `1.10` stays an id and `no` stays a word
  (YAML 1.1 would turn them into 1.1 and False); the data model converts text
  to dates, numbers and booleans where a field asks for them,
- record the line and column of every key and value for error messages.

Most files are fine, and their marks are never looked at, so a file is first read
on a fast path that keeps no marks and stops at anything unusual; only then is it
read again on the full path, which reports exactly what is wrong and where. Marks
of a file read on the fast path are found again when a later check asks for them.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import yaml

from ..problems import Problem
from ..store import MISSING, Store
from .characters import UNSHOWABLE_IN_VALUE, unshowable_in_text, unshowable_problem
from .slips import MAY_CUT, cut_by_comment
from .yaml_basics import Loader, Loc, format_loc
from .yaml_fast import Unusual, fast_build
from .yaml_full import Builder, Fail, syntax_problem

MAX_FILE_BYTES = 5 * 1024 * 1024


@dataclass
class Source:
    """The data of one YAML file plus a map from value paths to (line, column)."""

    path: Path
    name: str  # as shown in messages, relative to the project
    data: Any = None
    value_marks: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    # False when read on the fast path or from the store: marks are found on demand.
    marked: bool = True
    key: str | None = None  # a hash of the file's bytes, when it was read without problems

    def locate(self, loc: Loc, *, key: bool = False) -> tuple[int | None, int | None]:
        """Line and column for a path, or for its nearest written ancestor."""
        if not self.marked:
            self._mark_again()
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

    def _mark_again(self) -> None:
        """Read the file again on the full path; if it changed meanwhile (its data
        differs), positions are left out rather than guessed."""
        self.marked = True
        again, problems = read_yaml(self.path, self.name, marks=True)
        if not problems and again.data == self.data:
            self.value_marks, self.key_marks = again.value_marks, again.key_marks


def strings(data: Any, loc: Loc = ()) -> Iterator[tuple[Loc, str]]:
    """Every text value of a file's data, with its path."""
    if isinstance(data, str):
        yield loc, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from strings(value, loc + (key,))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from strings(value, loc + (i,))


def read_yaml(path: Path, name: str, *, store: Store | None = None,
              marks: bool = False, warnings: list[Problem] | None = None) -> tuple[Source, list[Problem]]:
    """Load one file. Returns the source and the problems found (empty if fine).

    With a store, a file whose bytes were read fine before is not parsed again.
    `marks=True` records every position at once instead of on demand. Given a list,
    `warnings` receives what is worth saying about a file that reads fine (a text
    that a '#' cuts short)."""
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
    key = hashlib.sha256(raw).hexdigest()
    if store is not None and not marks:
        data = store.get("parsed", key)
        if data is not MISSING:
            source.data, source.marked, source.key = data, False, key
            if warnings is not None:
                warnings += store.get_or_make("cut texts", f"{name}\0{key}", lambda: _cut_texts(
                    raw.decode("utf-8-sig"), raw, name), on_disk=False)
            return source, problems
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
    found = unshowable_in_text(text, name)
    if found:
        return source, found

    # An escape in double quotes ("\e", "\u202e") writes a character the text does not show.
    escapes = "\\" in text
    if not marks:
        try:
            source.data, source.marked = fast_build(text), False
            if escapes and _holds_unshowable(source.data):
                raise Unusual
        except (Unusual, yaml.YAMLError):
            pass  # read it again on the full path, which says what and where
        else:
            if store is not None:
                store.put("parsed", key, source.data)
            source.key = key
            if warnings is not None:
                warnings += _cut_texts(text, raw, name)
            return source, problems
    try:
        source.data = Builder(source, problems, text).build(yaml.parse(text, Loader=Loader))
    except Fail as f:
        problems.append(f.problem)
    except yaml.MarkedYAMLError as e:
        problems.append(syntax_problem(name, e, text))
    except yaml.YAMLError as e:  # pragma: no cover - libyaml reports marks for all we know of
        problems.append(Problem(name, None, None, "", f"not valid YAML: {e}", "yaml-syntax"))
    if escapes and not problems:
        problems += [unshowable_problem(name, *source.value_marks.get(loc, (None, None)), format_loc(loc), char)
                     for loc, char in _unshowable_values(source.data)]
    if problems:
        source.data = None
        return source, problems
    source.key = key
    if warnings is not None:
        warnings += _cut_texts(text, raw, name)
    return source, problems


def _cut_texts(text: str, raw: bytes, name: str) -> list[Problem]:
    """Warnings for plain texts that a ' #' cuts short (YAML drops the rest as a comment)."""
    if not MAY_CUT.search(raw):
        return []
    lines = text.splitlines()
    found = []
    key_row = 0
    for event in yaml.parse(text, Loader=Loader):
        if not isinstance(event, yaml.ScalarEvent) or event.style or not event.value:
            continue
        start, end = event.start_mark, event.end_mark
        if end.line < len(lines) and lines[end.line][end.column:end.column + 1] == ":":
            key_row = start.line  # a field's name: its value comes next
            continue
        slip = cut_by_comment(lines, key_row, end.line, end.column) if end.line < len(lines) else None
        if slip is not None:
            found.append(Problem(name, slip.line, slip.column, "", slip.message, slip.code, "warning"))
    return found


def _unshowable_values(data: Any, loc: Loc = ()):
    if isinstance(data, str):
        m = UNSHOWABLE_IN_VALUE.search(data)
        if m:
            yield loc, m[0]
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _unshowable_values(key, loc + (key,))
            yield from _unshowable_values(value, loc + (key,))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _unshowable_values(value, loc + (i,))


def _holds_unshowable(data: Any) -> bool:
    return next(_unshowable_values(data), None) is not None
