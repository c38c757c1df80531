"""How figures and file sizes are written on the site: one place, so that a sentence,
its table and its chart always show a figure the same way."""
from __future__ import annotations

import math
import re

from ..model.measure import Unit

# A time unit's singular, for "1 week" rather than "1 weeks".
_SINGULAR = {"days": "day", "weeks": "week", "months": "month"}


def number(value: float) -> str:
    """62 -> '62', 62.5 -> '62.5', 7400 -> '7,400' (at most 2 decimal places)."""
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def figure(value: float, unit: Unit) -> str:
    """A figure with its unit, as in a sentence: '62%', '38 weeks', '1 week', '7,400'."""
    if unit == "percent":
        return f"{number(value)}%"
    if unit == "number":
        return number(value)
    return f"{number(value)} {_SINGULAR[unit] if value == 1 else unit}"


def cell(value: float, unit: Unit) -> str:
    """A figure in a table whose column heading gives the unit: '62%', '38', '7,400'."""
    return f"{number(value)}%" if unit == "percent" else number(value)


def column_unit(unit: Unit) -> str:
    """What a table's column heading adds: ' (weeks)', or nothing."""
    return f" ({unit})" if unit in _SINGULAR else ""


def file_size(size: int) -> str:
    """GOV.UK style, rounded up so that a small file is never '0 KB'."""
    if size < 1024 * 1024:
        return f"{max(1, math.ceil(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def on(when) -> str:
    """'on 15 May 2020', or 'in May 2020' for a date known only to the month."""
    return f"in {when}" if when.month_only else f"on {when}"


def visit_dates(inspection) -> str:
    """When the inspectors visited, as precisely as the report says."""
    start, end = inspection.visit_start, inspection.visit_end
    if start == end:
        return on(start)
    return f"from {start} to {end}"


def not_yet_known_sentence(unset) -> str:
    """'2 actions have no due date set yet, and 1 has no lead named yet.'"""
    def actions(n: int) -> str:
        return f"{n} action has" if n == 1 else f"{n} actions have"

    dates = "no due date set yet" if unset.dates else ""
    leads = "no lead named yet" if unset.leads else ""
    if unset.dates and unset.leads:
        second = "1 has" if unset.leads == 1 else f"{unset.leads} have"
        return f"{actions(unset.dates)} {dates}, and {second} {leads}."
    return f"{actions(unset.dates or unset.leads)} {dates or leads}."


# A sentence ends at . ! or ? before a space and a capital, a digit or a quote:
# "e.g. a letter" goes on.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'“‘(])")


def whole_sentences(text: str, most: int = 120) -> str:
    """The text's first sentences, as many as fit in `most` characters and always the
    first one whole: a summary never stops mid-sentence ("They did not...")."""
    first, *rest = _SENTENCE_END.split(" ".join(text.split()))
    for sentence in rest:
        if len(first) + 1 + len(sentence) > most:
            break
        first += " " + sentence
    return first
