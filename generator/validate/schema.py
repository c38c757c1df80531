"""Check one loaded file against its model and turn pydantic's errors into
plain-English problems that point at the line the editor has to change."""
from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from ..load.slips import shape, spaces
from ..load.yaml_source import Loc, Source, format_loc
from ..model.dates_written import iso_form
from ..model.rules import rule_codes
from ..problems import Problem, excerpt
from ..hints import did_you_mean, one_of

M = typing.TypeVar("M", bound=BaseModel)


def validate_source(source: Source, model: type[M]) -> tuple[M | None, list[Problem]]:
    if source.data is None:
        return None, [Problem(source.name, None, None, "", "the file is empty: it needs the "
                              "fields described in docs/input-format.md.", "file-empty")]
    try:
        return model.model_validate(source.data), []
    except ValidationError as e:
        return None, _merge_typos([_problem(source, model, err) for err in e.errors(include_url=False)])


def _merge_typos(problems: list[Problem]) -> list[Problem]:
    """A misspelt field shows up twice: as unknown ('lable') and as missing ('label').
    Say it once, on the misspelt line, where the fix is."""
    unknown = {p.field: p for p in problems if p.code == "unknown-field"}
    keep = []
    for p in problems:
        if p.code == "missing-field":
            parent, _, name = p.field.rpartition(".")
            typo = next((u for f, u in unknown.items() if f.rpartition(".")[0] == parent
                         and f"did you mean '{name}'?" in u.message), None)
            if typo is not None:
                continue
        keep.append(p)
    return keep


def _problem(source: Source, model: type[BaseModel], err: dict[str, Any]) -> Problem:
    loc: Loc = tuple(err["loc"])
    kind, value = err["type"], err.get("input")
    on_key = False
    if "[key]" in loc:  # a mapping key (such as an action id) is itself wrong
        loc = loc[: loc.index("[key]")]
        on_key = True
    name = str(loc[-1]) if loc else "file"
    shown = excerpt(value)

    if kind == "missing":
        message = f"'{name}' is missing: add a line '{name}: ...' here."
        line, col = source.locate(loc[:-1], key=True)
        return Problem(source.name, line, col, format_loc(loc), message, "missing-field")
    if kind == "extra_forbidden":
        out_of_line = _out_of_line(source, loc)
        if out_of_line is not None:
            return source.problem(loc, out_of_line, "yaml-indent", key=True)
        allowed = _fields_at(model, loc[:-1])
        message = f"unknown field '{name}'{did_you_mean(name, allowed)}"
        if allowed:
            message += f" (allowed here: {one_of(allowed)})"
        return source.problem(loc, message, "unknown-field", key=True)

    code = "wrong-value"
    ctx = err.get("ctx") or {}
    if kind in {"id_format", "due_format", "url_format", "colour_format"}:
        message = err["msg"]
    elif kind in RULES:
        message, code = err["msg"], RULES[kind]
    elif kind == "duplicate_id":
        # The model knows where the first one is in the list; the file knows its line.
        first = loc[: len(loc) - len(ctx["at"])] + tuple(ctx["first"])
        message = (f"{ctx['what']} '{ctx['value']}' is already used on line {source.locate(first)[0]}; "
                   f"each must be different{ctx['ignoring']}.")
        code = "duplicate-id"
    elif value is None and kind.endswith("_type"):
        message = f"'{name}' has no value: write it after the colon"
        if name == "colour":
            message += " (a colour must be in quotes, e.g. '#00703c', since # starts a comment)"
        elif name == "lead":
            message += ", or write 'not yet named' if nobody is named yet"
        elif name == "due":
            message += ", or write 'tbc' if the date is not set yet"
        code = "empty-value"
    elif kind in {"date_from_datetime_parsing", "date_parsing", "date_type", "date_from_datetime_inexact"}:
        meant = iso_form(value) if value is not None else None
        if meant is not None and len(meant) == len("YYYY-MM-DD"):
            message = f"{shown} is a date written another way: write it as {meant} (year, month, day)"
        elif meant is not None:
            message = f"{shown} has no day: write the day too, e.g. {meant}-01 (year, month, day)"
        else:
            message = f"{shown} is not a real date: write YYYY-MM-DD, e.g. 2022-01-31"
    elif kind == "literal_error":
        allowed = [a.strip(" '") for a in str(ctx.get("expected", "")).replace(" or ", ",").split(",")]
        allowed = [a for a in allowed if a]
        message = f"{shown} is not one of {one_of(allowed)}{did_you_mean(str(value), allowed)}"
    elif kind == "string_type":
        message = f"expected text here, not {_kind_of(value)}"
    elif kind in {"list_type"}:
        message = f"expected a list here (lines starting with '- '), not {_kind_of(value)}"
        if isinstance(value, str) and len(value) <= 40:  # a list written as one line
            message += f": write the items in square brackets, {name}: [{value}]"
    elif kind in {"dict_type", "model_type", "model_attributes_type"}:
        # A whole file that is something else (a link's target, say) is barely quoted.
        message = f"expected fields here ('name: value' lines), not {_kind_of(value, 40 if loc else 12)}"
    elif kind == "bool_parsing" or kind == "bool_type":
        message = f"{shown} is not yes or no: write true or false"
    elif kind in {"int_parsing", "int_type", "float_parsing", "float_type"}:
        message = f"{shown} is not a number"
    elif kind in {"greater_than_equal", "greater_than", "less_than_equal", "less_than"}:
        limit = next(iter(ctx.values()), "")
        word = {"greater_than_equal": "at least", "greater_than": "more than",
                "less_than_equal": "at most", "less_than": "less than"}[kind]
        message = f"{shown} is too {'small' if 'greater' in kind else 'large'}: it must be {word} {limit}"
    elif kind == "too_short":
        message = f"'{name}' needs at least {ctx.get('min_length', 1)} item(s)"
    elif kind == "too_long":
        message = (f"'{name}' has {ctx.get('actual_length')} items; the limit is {ctx.get('max_length')}: "
                   "leave some out")
    elif kind == "string_too_short":
        message = f"'{name}' is empty: write the text after the colon"
        code = "empty-value"
    elif kind == "string_too_long":
        message = (f"'{name}' is too long ({len(value)} characters; the limit is "
                   f"{ctx.get('max_length')}). Shorten it or move detail elsewhere")
    elif kind == "string_pattern_mismatch":
        message = f"{shown} does not have the expected form"
        if name == "icon":
            message += ": use an icon name such as 'material-check-circle'"
        elif name == "email":
            message += ": write an email address such as 'send@example.gov.uk'"
        else:
            message += f" ({ctx.get('pattern')})"
    else:
        message = err["msg"]
    return source.problem(loc, message, code, key=on_key)


# Rules of one file that the model states, with the problem code `check` gives them.
RULES = {"date_order": "date-order", **{code: code for code in rule_codes()}}


def _out_of_line(source: Source, loc: Loc) -> str | None:
    """An unknown field whose name (or id shape) is written elsewhere in the file, and only
    at another indent: it is a sibling of those, indented wrongly."""
    line, col = source.locate(loc, key=True)
    if line is None or col is None:
        return None
    others = [(at, mark) for at, mark in source.key_marks.items()
              if at != loc and at and shape(str(at[-1])) == shape(str(loc[-1]))]
    if not others or col in {mark[1] for _, mark in others}:
        return None
    at, (other_line, other_col) = min(others, key=lambda o: abs(o[1][0] - line))
    return (f"line {line} {spaces(col - 1)}, so '{loc[-1]}' is read as a field of its own; "
            f"`{at[-1]}:` on line {other_line} is indented {other_col - 1}: line it up with it.")


def _kind_of(value: Any, limit: int = 40) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a group of fields"
    return excerpt(value, limit)


def _fields_at(model: type[BaseModel], loc: Loc) -> list[str]:
    """The field names the model allows at a path, for 'did you mean' hints."""
    current: Any = model
    for part in loc:
        current = _unwrap(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            if not isinstance(part, str) or part not in current.model_fields:
                return []
            current = current.model_fields[part].annotation
        elif typing.get_origin(current) in (list, tuple):
            current = typing.get_args(current)[0]
        elif typing.get_origin(current) is dict:
            current = typing.get_args(current)[1]
        else:
            return []
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _unwrap(tp: Any) -> Any:
    """Strip Optional[...] and Annotated[...] down to the type that holds fields."""
    while True:
        origin = typing.get_origin(tp)
        if origin is typing.Annotated:
            tp = typing.get_args(tp)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(tp) if a is not type(None)]
            tp = args[0] if len(args) == 1 else tp
            if len(args) != 1:
                return tp
        else:
            return tp
