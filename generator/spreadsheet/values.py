"""Cell values as our format wants them: text, lists, dates. Each reader returns
the value, or raises Unreadable with the reason in plain English."""
from __future__ import annotations

import calendar
import datetime as dt
import math
import re

from ..model.base import Due

BULLET = re.compile(r"^\s*[-•*·–]\s*")
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2,4})$")
_SEPT = re.compile(r"\bsept\b", re.IGNORECASE)  # common in UK trackers; strptime knows 'Sep'


class Unreadable(ValueError):
    """The cell's value cannot be used; the message says why and what to write."""


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or (
        isinstance(value, str) and not value.strip())


def text(value: object) -> str:
    """Any cell as text: a whole number typed as 1 or 1.0 reads '1', line breaks are kept."""
    if is_blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time() else value
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def items(value: object) -> list[str]:
    """A list cell: one item per bullet ('-', '•', '*') or, without bullets, per line.
    A line that does not start with a bullet continues the item above it."""
    lines = text(value).split("\n")
    if not any(BULLET.match(line) for line in lines if line.strip()):
        return [line.strip() for line in lines if line.strip()]
    out: list[str] = []
    for line in lines:
        if BULLET.match(line) or not out:
            out.append(BULLET.sub("", line, count=1))
        else:
            out[-1] += "\n" + line
    return [item.strip() for item in out if item.strip()]


def when(value: object, formats: list[str]) -> Due:
    """A date cell: an Excel date, or text in one of the formats. A format without a
    day gives a whole month (due by its last day)."""
    if isinstance(value, dt.datetime):
        return Due(value.date())
    if isinstance(value, dt.date):
        return Due(value)
    written = _SEPT.sub("Sep", " ".join(text(value).split()))
    out_of_range = False
    for fmt in formats:
        try:
            parsed = dt.datetime.strptime(written, fmt).date()
        except ValueError as e:
            out_of_range = out_of_range or "out of range" in str(e)
            continue
        if "%d" in fmt:
            return Due(parsed)
        return Due(parsed.replace(day=calendar.monthrange(parsed.year, parsed.month)[1]), True)
    us = _US_DATE.match(written)
    if us and int(us[2]) > 12 >= int(us[1]):
        raise Unreadable(f"'{written}' has the month first: UK dates put the day first, "
                         f"{us[2]}/{us[1]}/{us[3]}")
    if out_of_range:
        raise Unreadable(f"'{text(value)}' is not a real date: that day is not in the calendar")
    day = next((f for f in formats if "%d" in f), None)
    month = next((f for f in formats if "%d" not in f), None)
    examples = [f"a day as {dt.date(2021, 3, 31).strftime(day)}" if day else "",
                f"a month as {dt.date(2021, 3, 31).strftime(month)}" if month else ""]
    raise Unreadable(f"'{text(value)}' is not a date in a form the mapping knows: write "
                     + " or ".join(e for e in examples if e))


def uk_date(value: Due) -> str:
    """How the committee pack writes dates: 31/03/2021, or March 2021 for a whole month."""
    if not value.known:
        return value.iso  # 'tbc', which import reads back
    return str(value) if value.month_only else value.last_day.strftime("%d/%m/%Y")
