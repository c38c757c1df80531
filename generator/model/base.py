"""Shared building blocks of the data model: strict records and the small types
(ids, texts, dates, colours, links) that every input file uses."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    ValidationError,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from .dates_written import iso_form
from .rules import rules_of


class Record(BaseModel):
    """Unknown fields are errors: a typo must never vanish silently."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema, handler):
        """The record's rules, in the descriptions an editor shows: of their field, or the record's."""
        schema = handler(core_schema)
        target = handler.resolve_ref_schema(schema)
        for r in rules_of(cls):
            at = target.get("properties", {}).get(r.field, target) if r.field else target
            at["description"] = " ".join(filter(None, [at.get("description"), f"Rule: {r.sentence}"]))
        return schema


# The one id rule, for every file, folder and tracker cell that holds an id.
ID_RE = re.compile(r"^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")
ID_RULE = ("start with a letter or number and use only letters, numbers, '.', '-' and '_' (no spaces), "
           "at most 40 characters")


def is_id(value: object) -> bool:
    return isinstance(value, str) and ID_RE.match(value) is not None


@lru_cache(maxsize=16384)  # the same ids recur in every update file: validate each once
def _id(value: str) -> str:
    if not is_id(value):
        raise PydanticCustomError(
            "id_format",
            "'{value}' is not a usable id: " + ID_RULE + ", e.g. 'A1.2'",
            {"value": value[:60]},
        )
    return value


Id = Annotated[str, AfterValidator(_id), WithJsonSchema(
    {"type": "string", "pattern": ID_RE.pattern, "description": "An id: letters, numbers, '.', '-', '_'."})]


def _one_line(value: str) -> str:
    return " ".join(value.split())


# A title or label: one line of text (extra spaces and line breaks are tidied).
Line = Annotated[str, Field(min_length=1, max_length=300), AfterValidator(_one_line)]
# Running text: may hold paragraphs separated by a blank line.
Text = Annotated[str, Field(min_length=1, max_length=5000)]


def listed(words, last: str = "or") -> str:
    """'a, b or c', for descriptions that name every allowed value."""
    *rest, final = words
    return f"{', '.join(rest)} {last} {final}" if rest else final


def month_name(d: date) -> str:
    return f"{calendar.month_name[d.month]} {d.year}"


@dataclass(frozen=True, order=True)
class Due:
    """A due date: a day (2021-03-31) or a whole month (2021-03, due by its last day),
    or not set yet (`tbc`): real plans often give none, and nothing is invented. A
    date not set sorts last and is never in the past, so it is never overdue."""

    last_day: date
    month_only: bool = False

    def __str__(self) -> str:
        if not self.known:
            return "date not set yet"
        if self.month_only:
            return month_name(self.last_day)
        return f"{self.last_day.day} {month_name(self.last_day)}"

    @property
    def known(self) -> bool:
        return self.last_day != date.max

    @property
    def first_day(self) -> date:
        """The earliest day it may mean: the 1st, for a whole month."""
        return self.last_day.replace(day=1) if self.month_only else self.last_day

    @property
    def iso(self) -> str:
        if not self.known:
            return NOT_SET_WORD
        return self.last_day.isoformat()[:7] if self.month_only else self.last_day.isoformat()


NOT_SET_WORD = "tbc"
NOT_SET = Due(date.max)
# What editors write for a date that is not set yet, ignoring case.
NOT_SET_WORDS = {"tbc", "to be confirmed", "not set", "not set yet", "not known", "unknown"}


def says_not_set(value: object) -> bool:
    """Whether a date as written (in YAML, or a tracker's cell) says it is not set yet."""
    return isinstance(value, str) and " ".join(value.split()).lower() in NOT_SET_WORDS


_DUE_RE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


def _day_or_month(value: Any, month_means: str, unset: bool = False) -> Due:
    if isinstance(value, Due):
        return value
    if isinstance(value, date):
        return Due(value)
    if unset and says_not_set(value):
        return NOT_SET
    if value is None:  # 'due:' with nothing after it
        raise PydanticCustomError("due_format", "there is no date after the colon: write YYYY-MM-DD "
                                  "(e.g. 2021-03-31) or YYYY-MM{unset}",
                                  {"unset": f", or '{NOT_SET_WORD}' if it is not set yet" if unset else ""})
    m = _DUE_RE.match(str(value).strip()) if value is not None else None
    if m:
        year, month, day = int(m[1]), int(m[2]), m[3]
        try:
            if day is None:
                return Due(date(year, month, calendar.monthrange(year, month)[1]), True)
            return Due(date(year, month, int(day)))
        except (ValueError, calendar.IllegalMonthError):
            pass
    meant = iso_form(value)
    if meant is not None:
        raise PydanticCustomError("due_format", "'{value}' is a date written another way: write it as "
                                  "{meant} ({form})", {"value": str(value)[:40], "meant": meant,
                                                       "form": _FORMS[len(meant)]})
    raise PydanticCustomError(
        "due_format",
        "'{value}' is not a real date: write YYYY-MM-DD (e.g. 2021-03-31) or, for "
        "{month_means}, YYYY-MM (e.g. 2021-03){unset}",
        {"value": str(value)[:40], "month_means": month_means,
         "unset": f", or '{NOT_SET_WORD}' if it is not set yet" if unset else ""},
    )


_FORMS = {10: "year, month, day", 7: "year, month"}


def _due(value: Any) -> Any:
    return _day_or_month(value, "'by the end of the month'", unset=True)


def _when(value: Any) -> Any:
    return _day_or_month(value, "a whole month")


_DAY_OR_MONTH = r"\d{4}-\d{2}(-\d{2})?"


def _day_or_month_type(check, description: str, pattern: str = f"^{_DAY_OR_MONTH}$") -> Any:
    return Annotated[
        Any,
        BeforeValidator(check),
        PlainSerializer(lambda d: d.iso, return_type=str),
        WithJsonSchema({"type": "string", "pattern": pattern, "description": description}),
    ]


DueDate = _day_or_month_type(
    _due, "YYYY-MM-DD, or YYYY-MM for the end of that month, or 'tbc' when it is not set yet.",
    # JSON Schema's patterns are JavaScript's, which have no (?i): each case written out.
    f"^({_DAY_OR_MONTH}|{'|'.join(sorted({f(w) for w in NOT_SET_WORDS for f in (str, str.capitalize, str.upper)}))})$")
# A date known to the day or only to the month, as the source gives it (a figure's,
# an inspection visit's): shown as '3 February 2020' or 'February 2020'.
When = _day_or_month_type(_when, "YYYY-MM-DD, or YYYY-MM for a whole month.")


def check_span(start: Due | None, until: Due | None, start_name: str) -> None:
    """A time span (a partner's, a milestone's) must end after it starts."""
    if start is not None and until is not None and until <= start:
        raise PydanticCustomError("span_backwards", "'until' ({until}) must be after '{name}' ({start})",
                                  {"until": str(until), "name": start_name, "start": str(start)})


def anchor(identifier: str) -> str:
    """The web-address form of an id: 'A1.2' -> 'a1-2'."""
    return re.sub(r"[^a-z0-9]+", "-", identifier.lower()).strip("-")


def fault(loc: tuple, code: str, message: str, ctx: dict | None = None, value: Any = None) -> dict:
    """A rule broken at a field inside the record being checked, e.g. at a flag left out
    (pydantic adds the record's own place in the file)."""
    return {"type": PydanticCustomError(code, message, ctx), "loc": loc, "input": value}


def raise_faults(faults: list[dict]) -> None:
    """Report every broken rule of a record at once, each at its own field."""
    if faults:
        raise ValidationError.from_exception_data("rules", faults)


def duplicates(items: list[tuple[tuple, str]], what: str, exact: bool = False) -> list[dict]:
    """Each value of a list must differ: ids also as web addresses ('A1.2' and 'a1-2'
    would share one), other values (labels, words) exactly. `items` pairs each value with
    where it is, from the list's own field; a fault at each repeat, its context saying
    where the first one is (`check` gives that line)."""
    seen: dict[str, tuple] = {}
    faults = []
    ignoring = "" if exact else " (ignoring case, dots and dashes)"
    for loc, value in items:
        key = value if exact else anchor(value)
        if key not in seen:
            seen[key] = loc
            continue
        faults.append(fault(loc, "duplicate_id", "{what} '{value}' is already used above; each must be "
                            "different{ignoring}.", {"what": what, "value": value[:60], "ignoring": ignoring,
                                                      "first": seen[key], "at": loc}, value))
    return faults


def check_unique(items: list[tuple[tuple, str]], what: str, exact: bool = False) -> None:
    raise_faults(duplicates(items, what, exact))


def unique(records: list, what: str, *, field: str = "id", exact: bool = False) -> list:
    """The list, once no two of its records have the same `field` (those without one aside)."""
    check_unique([((i, field), getattr(r, field)) for i, r in enumerate(records) if getattr(r, field)], what, exact)
    return records


def _matching(regex: re.Pattern, code: str, message: str, tidy=lambda v: v):
    """A validator that accepts text matching `regex` and otherwise explains the form."""

    def check(value: str) -> str:
        if not regex.match(value):
            raise PydanticCustomError(code, message, {"value": value[:80]})
        return tidy(value)

    return check


URL_RE = re.compile(r"^https?://[^\s<>\"']+$")
_url = _matching(URL_RE, "url_format", "'{value}' is not a web address: it must start with "
                 "https:// (or http://) and contain no spaces")
Url = Annotated[str, AfterValidator(_url), WithJsonSchema(
    {"type": "string", "format": "uri", "pattern": URL_RE.pattern})]

COLOUR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
_colour = _matching(COLOUR_RE, "colour_format", "'{value}' is not a colour: write it as # and six "
                    "hex digits, e.g. '#00703c' (in quotes, since # starts a comment in YAML)",
                    str.lower)
Colour = Annotated[str, AfterValidator(_colour), WithJsonSchema(
    {"type": "string", "pattern": COLOUR_RE.pattern})]

# A lead (of an action or a priority) not named yet: real plans often have none.
NOT_NAMED = "not named yet"
NOT_NAMED_WORDS = {"tbc", "to be confirmed", "not named", "not named yet", "not yet named",
                   "to be named", "unknown"}


def _lead(value: str) -> str:
    return NOT_NAMED if value.lower() in NOT_NAMED_WORDS else value


Lead = Annotated[str, Field(min_length=1, max_length=300), AfterValidator(_one_line), AfterValidator(_lead)]

__all__ = ["Record", "Id", "Line", "Text", "Due", "DueDate", "When", "Url", "Colour", "month_name",
           "Lead", "NOT_NAMED", "NOT_SET", "check_span",
           "check_unique", "duplicates", "fault", "raise_faults", "anchor"]
