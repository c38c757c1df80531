"""docs/input-format.md, written from the data model so that it cannot drift.

Run `make docs` (python -m generator.model.docs > docs/input-format.md) after
changing a model; a test fails while the file is out of date.
"""
from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel

from .. import layout
from . import CSV_FILES, INPUT_FILES, base, glossary, measure
from .rules import rules_of

INTRO = f"""\
# Input format

All inputs live in `{layout.PLANS}/`: YAML files, and a CSV file of figures for each measure.
This page is generated from the data model (`generator/model/`): run `make docs`
after changing it.

Rules for every file:

- Dates are written `YYYY-MM-DD`. Due dates may also be `YYYY-MM`, meaning "by the
  end of that month", and the dates of figures `YYYY-MM`, meaning "for that month".
- Ids: {base.ID_RULE}.
  They must be unique, and every id that a file refers to must exist.
- A field the format does not know is an error, so a typo never vanishes silently.
- The same field twice, anchors and aliases (`&`, `*`) and tags (`!!`) are errors.
- Plain values are read as text: `1.10` stays `1.10` and `no` stays `no`.
- Every text is shown exactly as written: Markdown or HTML in it appears as plain
  text. The longer texts of a plan (`summary`, `inspectors_found`, `what_it_means`)
  may hold paragraphs, separated by a blank line, and a paragraph whose lines all
  start with `- ` becomes a bulleted list. Other texts are shown as one paragraph.
- ` #` starts a comment in YAML: a text holding it must be in quotes.
"""

_VALIDATOR_KINDS = {
    base._id: "id",
    base._one_line: "one line of text",
    base._url: "web address (https://...)",
    base._colour: 'colour, in quotes ("#rrggbb")',
    base._due: "due date (YYYY-MM-DD or YYYY-MM)",
    base._when: "date (YYYY-MM-DD or YYYY-MM)",
    measure._figure: "number, 0 or more",
    glossary._term: "word (letters, numbers, spaces, `. & ' / -`)",
}


def _kind(annotation: Any, metadata: list[Any]) -> str:
    for item in metadata:
        func = getattr(item, "func", None)
        if func in _VALIDATOR_KINDS:
            return _VALIDATOR_KINDS[func]
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        inner, *meta = typing.get_args(annotation)
        return _kind(inner, list(meta))
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return " or ".join(_kind(a, metadata) for a in args)
    if origin is list:
        return f"list of {_kind(typing.get_args(annotation)[0], [])}"
    if origin is dict:
        key, value = typing.get_args(annotation)
        return f"map from {_kind(key, [])} to {_kind(value, [])}"
    if origin is typing.Literal:
        return "one of " + ", ".join(f"`{a}`" for a in typing.get_args(annotation))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return f"[{annotation.__name__}](#{annotation.__name__.lower()})"
    names = {"str": "text", "date": "date (YYYY-MM-DD)", "bool": "true or false", "int": "number",
             "float": "number"}
    return names.get(getattr(annotation, "__name__", ""), str(annotation))


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for a in typing.get_args(annotation) for m in _models_in(a)]


def _table(model: type[BaseModel]) -> list[str]:
    lines = ["| Field | Required | Kind | What to write |", "| --- | --- | --- | --- |"]
    rules = rules_of(model)
    for name, info in model.model_fields.items():
        required = "yes" if info.is_required() else "no"
        said = [info.description or ""] + [f"Rule: {r.sentence}" for r in rules if r.field == name]
        description = " ".join(filter(None, said)).replace("|", "\\|")
        lines.append(f"| `{name}` | {required} | {_kind(info.annotation, info.metadata)} | {description} |")
    whole = [r.sentence for r in rules if r.field not in model.model_fields]
    return lines + (["", *(f"- Rule: {sentence}" for sentence in whole)] if whole else [])


CSV_INTRO = f"""\
## CSV files

Figures over time are CSV files, which any spreadsheet can save ("CSV UTF-8").
Row 1 names the columns; each row after it holds the figures for one date, oldest
first. An empty cell means there is no figure for that date: the chart leaves a gap.
Problems name the row as a spreadsheet numbers it (the column names are row 1).
"""


def _columns(model: type[BaseModel]) -> list[str]:
    lines = ["| Column | Required | Kind | What to write |", "| --- | --- | --- | --- |"]
    for name, info in model.model_fields.items():
        column = f"`{name}`"
        kind = _kind(info.annotation, info.metadata)
        if typing.get_origin(info.annotation) is dict:  # a column per key
            column = info.title or name
            kind = _kind(typing.get_args(info.annotation)[1], [])
        required = "yes" if info.is_required() or column != f"`{name}`" else "no"
        description = (info.description or "").replace("|", "\\|")
        lines.append(f"| {column} | {required} | {kind} | {description} |")
    return lines


def reference(intro: str, files: dict[str, type[BaseModel]]) -> str:
    """A Markdown reference: a table per file, then one per model they use."""
    out = [intro]
    seen: set[type[BaseModel]] = set()
    for path, model in files.items():
        out += [f"## `{path}`", "", *_table(model), ""]
        queue = [m for f in model.model_fields.values() for m in _models_in(f.annotation)]
        while queue:
            sub = queue.pop(0)
            if sub in seen:
                continue
            seen.add(sub)
            doc = (sub.__doc__ or "").strip().split("\n\n")[0]
            out += [f"### {sub.__name__}", ""] + ([doc, ""] if doc else []) + [*_table(sub), ""]
            queue += [m for f in sub.model_fields.values() for m in _models_in(f.annotation)]
    return "\n".join(out).rstrip() + "\n"


def format_reference() -> str:
    out = [reference(INTRO, INPUT_FILES), CSV_INTRO]
    for path, model in CSV_FILES.items():
        doc = (model.__doc__ or "").strip()
        out += [f"### `{path}`", "", " ".join(doc.split()), "", *_columns(model), ""]
    return "\n".join(out).rstrip() + "\n"


if __name__ == "__main__":
    print(format_reference(), end="")
