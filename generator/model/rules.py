"""Rules of one file that a field's type cannot state alone (a status against the list
of issues, a workstream named by an action of the same priority), declared on the model
class they belong to with the plain sentence that the docs and the schemas print.

`@rule(sentence, field=...)` on a method of a `Ruled` record makes it a check: it gets
the record and returns faults (base.fault). With `written=True` it gets the record's
data as written instead, so that it still runs when other parts of the record are
wrong: `check` reports every problem of a file in one run. On a pydantic validator,
`@rule(..., validator=True)` only states the sentence: the validator is the check.
"""
from __future__ import annotations

import typing
from dataclasses import dataclass
from functools import cache
from typing import Any, Callable

from pydantic import BaseModel, TypeAdapter, ValidationError, model_validator
from pydantic_core import PydanticCustomError
from pydantic_core.core_schema import ErrorType


@dataclass(frozen=True)
class Rule:
    sentence: str
    field: str | None  # the field the rule is about, where its problem points
    needs: tuple[str, ...]  # the fields it reads, which must be valid for it to run
    written: bool
    validator: bool
    codes: tuple[str, ...]
    check: Callable


_RULES: dict[str, list[Rule]] = {}  # by the owner class's module and name


def rule(sentence: str, field: str | None = None, *, needs: tuple[str, ...] = (), written: bool = False,
         validator: bool = False, codes: tuple[str, ...] = ()) -> Callable:
    def mark(func: Callable) -> Callable:
        owner = f"{func.__module__}.{func.__qualname__.rpartition('.')[0]}"
        _RULES.setdefault(owner, []).append(Rule(" ".join(sentence.split()), field,
                                                 needs or ((field,) if field else ()), written,
                                                 validator, codes, func))
        return func

    return mark


def rules_of(model: type) -> list[Rule]:
    return [r for cls in reversed(model.__mro__) for r in _RULES.get(f"{cls.__module__}.{cls.__qualname__}", [])]


def rule_codes() -> set[str]:
    """The problem codes that the rules' faults carry as their kind."""
    return {code for rules in _RULES.values() for r in rules for code in r.codes}


_KNOWN = set(typing.get_args(ErrorType))


def _again(err: dict) -> dict:
    """A pydantic error as it was raised, to raise it again beside the rules' faults."""
    again = {"loc": err["loc"], "input": err.get("input")}
    if err["type"] in _KNOWN:
        return {**again, "type": err["type"], **({"ctx": err["ctx"]} if "ctx" in err else {})}
    return {**again, "type": PydanticCustomError(err["type"], err["msg"], err.get("ctx"))}


@cache
def _adapter(model: type[BaseModel], name: str) -> TypeAdapter:
    info = model.model_fields[name]
    return TypeAdapter(typing.Annotated[info.annotation, info])


def _partly(model: type[BaseModel], data: dict, broken: set) -> BaseModel:
    """The record with its valid fields checked, to run the rules that need only those;
    a broken field holds what was written (a rule may ask only whether it is there)."""
    values = {}
    for name in model.model_fields:
        if name in data:
            values[name] = data[name] if name in broken else _adapter(model, name).validate_python(data[name])
    return model.model_construct(**values)


class Ruled(BaseModel):
    """A record with rules: every broken rule is reported with the fields' own errors."""

    @model_validator(mode="wrap")
    @classmethod
    def _rules(cls, data: Any, handler):
        rules = [r for r in rules_of(cls) if not r.validator]
        faults = [f for r in rules if r.written and isinstance(data, dict) for f in r.check(data)]
        try:
            made = handler(data)
        except ValidationError as e:
            errors = e.errors(include_url=False)
            broken = {err["loc"][0] for err in errors if err["loc"]}
            if isinstance(data, dict) and not any(not err["loc"] for err in errors):
                later = [r for r in rules if not r.written and not broken & set(r.needs)]
                if later:
                    try:
                        partly = _partly(cls, data, broken)
                    except ValidationError:
                        later = []
                    faults += [f for r in later for f in r.check(partly)]
            if not faults:
                raise
            raise ValidationError.from_exception_data(e.title, [_again(err) for err in errors] + faults) from None
        faults += [f for r in rules if not r.written for f in r.check(made)]
        if faults:
            raise ValidationError.from_exception_data(cls.__name__, faults)
        return made
