"""The full path of reading YAML: every key and value with its line and column, and each
thing refused (a duplicate key, an anchor, a tag, a syntax slip) said in plain words."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import yaml

from ..problems import Problem
from .slips import explain, merged_blocks
from .yaml_basics import MAX_DEPTH, NULLS, Loc, format_loc

if TYPE_CHECKING:
    from .yaml_source import Source


class Fail(Exception):
    def __init__(self, problem: Problem):
        self.problem = problem


def mark_of(m) -> tuple[int, int]:
    return (m.line + 1, m.column + 1)


def syntax_problem(name: str, e: yaml.MarkedYAMLError, text: str) -> Problem:
    mark = e.problem_mark or e.context_mark
    lines = text.splitlines()
    if mark is not None:
        slip = explain(lines, mark.line, mark.column, e.problem or "", e.context or "",
                       e.context_mark.line if e.context_mark else None)
        if slip is not None:
            return Problem(name, slip.line, slip.column, "", slip.message, "yaml-syntax")
    if "quoted scalar" in (e.context or "") and e.context_mark:
        mark = e.context_mark  # where the quote opens, not the end of the file
    line, col = mark_of(mark) if mark else (None, None)
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


class Builder:
    def __init__(self, source: Source, problems: list[Problem], text: str):
        self.s = source
        self.problems = problems
        self.text = text

    def _fail(self, event, message, code, loc: Loc = ()):
        line, col = mark_of(event.start_mark)
        raise Fail(Problem(self.s.name, line, col, format_loc(loc), message, code))

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
        self.s.value_marks[loc] = mark_of(event.start_mark)

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
                    line, col = mark_of(event.start_mark)
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
                self.s.key_marks[key_loc] = mark_of(event.start_mark)
                mapping[key] = self._node(next(events), events, key_loc, depth + 1)
        raise AssertionError(f"unexpected YAML event {event!r}")  # pragma: no cover
