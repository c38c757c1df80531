"""`plans/measures.yaml` and `plans/measures/<measure-id>.csv`: how we will know the
plan is working, and the figures over time."""
from __future__ import annotations

import math
import re
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, ValidationInfo, WithJsonSchema, field_validator, model_validator
from pydantic_core import PydanticCustomError

from .base import Id, Line, Record, Text, Url, When, duplicates, fault, raise_faults, unique
from .rules import rule

# Digits with an optional decimal part; thousands may be grouped with commas (12,400),
# as spreadsheets write them.
NUMBER_RE = re.compile(r"^(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$")


def _figure(value: Any, info: ValidationInfo) -> Any:
    """A figure is never negative: the measures are counts, shares and waiting times.
    Validated with the context {"percent": True}, it is at most 100."""
    if value is None or isinstance(value, bool):
        return value  # the model's own checks say what is missing or wrong
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = str(value).strip()
        bare = text.removesuffix("%").strip()
        if text.endswith("%") and NUMBER_RE.match(bare):
            raise PydanticCustomError("figure_format", "'{value}' is not a number: write it "
                                      "without the % sign, as {bare}", {"value": text, "bare": bare})
        if not NUMBER_RE.match(text.removeprefix("-")):
            raise PydanticCustomError("figure_format", "'{value}' is not a number: write digits "
                                      "only, such as 62 or 62.5", {"value": text[:40]})
        number = float(text.replace(",", ""))
    if number < 0 or not math.isfinite(number):
        raise PydanticCustomError("figure_format", "'{value}' is below zero: figures are counts, "
                                  "shares or times, never negative", {"value": str(value)[:40]})
    if number > 100 and (info.context or {}).get("percent"):
        raise PydanticCustomError("figure_format", "'{value}' is more than 100, but this measure "
                                  "is a percentage", {"value": str(value)[:40]})
    return number


def plain(value: float) -> str:
    """A figure as an editor would write it: 62, not 62.0."""
    return str(value).removesuffix(".0")


Figure = Annotated[float, BeforeValidator(_figure), WithJsonSchema(
    {"type": "number", "minimum": 0, "description": "A number, such as 62 or 62.5 (no % sign)."})]

Unit = Literal["percent", "number", "days", "weeks", "months"]


class Point(Record):
    """A figure on a date: where a measure started, or where it should get to."""

    value: Figure = Field(description="The figure, e.g. 41 (for 41%) or 18 (for 18 weeks).")
    date: When = Field(description="When: YYYY-MM-DD, or YYYY-MM for a whole month.")


class Measure(Record):
    id: Id = Field(description="Unique, e.g. 'ehcp-20-weeks'. Actions list it under 'measures'; "
                   "its figures are in plans/measures/<id>.csv.")
    name: Line = Field(description="e.g. 'EHC plans issued within 20 weeks'.")
    description: Text = Field(description="What is counted, in plain English.")
    unit: Unit = Field(description="What the figures are: 'percent' (a share out of 100, shown as "
                       "62%; its baseline and target are at most 100), 'number' (a count), or a time "
                       "in 'days', 'weeks' or 'months'.")
    better: Literal["higher", "lower"] = Field(
        description="Which way is an improvement: 'higher' (more is better) or 'lower' (less is "
        "better, such as a waiting time).")
    baseline: Point = Field(description="The figure when the plan started, and its date.")
    target: Point | None = Field(None, description="The figure we aim for, and by when (after the "
                                 "baseline's date). Leave out if there is no target.")
    source: Line = Field(description="Where the figures come from, e.g. 'Council EHC plan records'.")
    source_url: Url | None = Field(None, description="A page where the source is published.")
    comparators: list[Line] = Field(default=[], description=(
        "Other places to compare with, e.g. 'England' or 'East Midlands'. Each needs a column "
        "of exactly that name in the measure's CSV file (its cells may be empty). Each must "
        "differ from the others (ignoring case, dots and dashes), and none may be called 'date' "
        "or 'value' (the file's own columns)."))

    topics: list[Id] = Field(default=[], description=(
        "Ids of the topics this measure is about, from the default list or plans/topics.yaml, e.g. "
        "[autism-adhd-assessment]. Each topic's page lists it."))

    @model_validator(mode="after")
    @rule("Comparators differ and are not named 'date' or 'value'; a percentage is at most 100; the "
          "target's date is after the baseline's.", validator=True)
    def _figures_make_sense(self) -> "Measure":
        faults = duplicates([(("comparators", j), c) for j, c in enumerate(self.comparators)], "comparator")
        faults += [fault(("comparators", j), "comparator_name", "'{name}' is already a column of the "
                         "measure's CSV file: name the comparator after a place, such as 'England'.",
                         {"name": name}) for j, name in enumerate(self.comparators) if name in ("date", "value")]
        if self.unit == "percent":
            faults += [fault((name, "value"), "over_100", "'{value}' is more than 100, but this measure is "
                             "a percentage.", {"value": plain(point.value)})
                       for name, point in (("baseline", self.baseline), ("target", self.target))
                       if point is not None and point.value > 100]
        if self.target and self.target.date.last_day <= self.baseline.date.last_day:
            faults.append(fault(("target", "date"), "date_order", "the target date is not after the "
                                "baseline date."))
        raise_faults(sorted(faults, key=lambda f: [str(part) for part in f["loc"]]))
        return self


class Measures(Record):
    measures: list[Measure] = Field(default=[], description=(
        "Every measure the plans refer to."))

    @field_validator("measures")
    @classmethod
    @rule("No two measures have the same id (ignoring case, dots and dashes).", "measures", validator=True)
    def _ids_differ(cls, measures: list[Measure]) -> list[Measure]:
        return unique(measures, "measure id")


class MeasureRow(Record):
    """The figures of one measure, in a file named after its id, such as
    `plans/measures/ehcp-20-weeks.csv`. A measure without a file has no figures yet."""

    date: When = Field(description="The date the figures are for: YYYY-MM-DD, or YYYY-MM for a "
                       "whole month (such as a monthly or quarterly figure).")
    value: Figure | None = Field(description="The local area's figure, in the measure's unit "
                                 "(62 for 62%). Leave the cell empty if there is none.")
    comparators: dict[str, Figure | None] = Field(
        default={}, title="one column for each comparator",
        description="Headed with the comparator's name exactly as in measures.yaml, e.g. "
        "'England': the figure for that place on the same date.")
