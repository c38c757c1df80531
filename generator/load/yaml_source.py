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
from .slips import MAY_CUT, cut_by_comment, explain, merged_blocks

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


def format_loc(loc: Loc) -> str:
    """('priorities', 0, 'actions', 2, 'due') -> 'priorities[0].actions[2].due'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


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


class _Fail(Exception):
    def __init__(self, problem: Problem):
        self.problem = problem


def _mark(m) -> tuple[int, int]:
    return (m.line + 1, m.column + 1)


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
            source.data, source.marked = _fast_build(text), False
            if escapes and _holds_unshowable(source.data):
                raise _Unusual
        except (_Unusual, yaml.YAMLError):
            pass  # read it again on the full path, which says what and where
        else:
            if store is not None:
                store.put("parsed", key, source.data)
            source.key = key
            if warnings is not None:
                warnings += _cut_texts(text, raw, name)
            return source, problems
    try:
        source.data = _Builder(source, problems, text).build(yaml.parse(text, Loader=_Loader))
    except _Fail as f:
        problems.append(f.problem)
    except yaml.MarkedYAMLError as e:
        problems.append(_syntax_problem(name, e, text))
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
    for event in yaml.parse(text, Loader=_Loader):
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


class _Unusual(Exception):
    """The fast path met something to refuse or explain: the full path takes over."""


def _fast_build(text: str) -> Any:
    """The data of a file in which nothing needs refusing, or _Unusual. It accepts
    exactly what _Builder accepts, and gives the same data, without any marks."""
    parser = _Loader(text)
    try:
        get = parser.get_event
        data = None
        documents = 0
        while True:
            event = get()
            kind = type(event)
            if kind is yaml.StreamEndEvent:
                return data
            if kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise _Unusual
                data = _fast_node(get(), get, 0)
    finally:
        parser.dispose()


def _fast_node(event, get, depth: int) -> Any:
    kind = type(event)
    if depth > MAX_DEPTH or kind is yaml.AliasEvent or event.anchor is not None:
        raise _Unusual
    if kind is yaml.ScalarEvent:
        if event.tag is not None and event.tag != "!":
            raise _Unusual
        return None if not event.style and event.value in NULLS else event.value
    if event.tag is not None:
        raise _Unusual
    # Scalars inside collections are handled in line: most values are scalars, and
    # a call per value would be most of the time spent here.
    scalar = yaml.ScalarEvent
    if kind is yaml.MappingStartEvent:
        mapping: dict[str, Any] = {}
        while True:
            event = get()
            kind = type(event)
            if kind is yaml.MappingEndEvent:
                return mapping
            if kind is not scalar or event.anchor is not None or event.tag not in (None, "!"):
                raise _Unusual
            key = event.value
            if key in mapping or (not event.style and key in NULLS):
                raise _Unusual
            event = get()
            if type(event) is scalar and event.anchor is None and event.tag is None and depth < MAX_DEPTH:
                mapping[key] = None if not event.style and event.value in NULLS else event.value
            else:
                mapping[key] = _fast_node(event, get, depth + 1)
    if kind is yaml.SequenceStartEvent:
        items: list[Any] = []
        while True:
            event = get()
            kind = type(event)
            if kind is yaml.SequenceEndEvent:
                return items
            if kind is scalar and event.anchor is None and event.tag is None and depth < MAX_DEPTH:
                items.append(None if not event.style and event.value in NULLS else event.value)
            else:
                items.append(_fast_node(event, get, depth + 1))
    raise _Unusual


def _syntax_problem(name: str, e: yaml.MarkedYAMLError, text: str) -> Problem:
    mark = e.problem_mark or e.context_mark
    lines = text.splitlines()
    if mark is not None:
        slip = explain(lines, mark.line, mark.column, e.problem or "", e.context or "",
                       e.context_mark.line if e.context_mark else None)
        if slip is not None:
            return Problem(name, slip.line, slip.column, "", slip.message, "yaml-syntax")
    if "quoted scalar" in (e.context or "") and e.context_mark:
        mark = e.context_mark  # where the quote opens, not the end of the file
    line, col = _mark(mark) if mark else (None, None)
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
    def __init__(self, source: Source, problems: list[Problem], text: str):
        self.s = source
        self.problems = problems
        self.text = text

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
                    slip = merged_blocks(self.text.splitlines(), first - 1, line - 1)
                    if slip is not None:  # one slip, however many fields it doubles
                        if not any(p.code == slip.code and p.line == slip.line for p in self.problems):
                            self.problems.append(Problem(self.s.name, slip.line, slip.column, "",
                                                         slip.message, slip.code))
                    else:
                        self.problems.append(Problem(
                            self.s.name, line, col, format_loc(key_loc),
                            f"'{key}' is given twice here (first on line {first}); keep one. "
                            "Otherwise only the last would count, silently.", "duplicate-key"))
                self.s.key_marks[key_loc] = _mark(event.start_mark)
                mapping[key] = self._node(next(events), events, key_loc, depth + 1)
        raise AssertionError(f"unexpected YAML event {event!r}")  # pragma: no cover
