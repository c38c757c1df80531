"""Dates as editors write them elsewhere, read so that a message can say the form
the files need: '01/04/2022' -> '2022-04-01'. Council papers are British, so a date
with slashes or dots is day first; a date that is not in the calendar either way
gets no suggestion (a guess would be worse than none)."""
from __future__ import annotations

import calendar
import re
from datetime import date

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
# Word turns '-' into a long dash; Excel and some keyboards write others.
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})

_DAY_FIRST = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
_YEAR_FIRST = re.compile(r"^(\d{4})[/.\-](\d{1,2})(?:[/.\-](\d{1,2}))?$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.\-](\d{4})$")
_IN_WORDS = re.compile(r"^(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?([A-Za-z]+)\.?,?\s+(\d{4})$")
_WORDS_DAY = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
# Excel's own date formats once a figures file is opened in it: 'Mar-21', '01-Mar-21'.
_EXCEL = re.compile(r"^(?:(\d{1,2})-)?([A-Za-z]{3,9})-(\d{2}|\d{4})$")


def iso_form(written: object) -> str | None:
    """'2022-04-01' (or '2022-04' for a month) for a date written another way, or None."""
    text = " ".join(str(written).split()).translate(_DASHES).strip()
    parts = None
    if m := _YEAR_FIRST.match(text):
        parts = (m[1], m[2], m[3])
    elif m := _DAY_FIRST.match(text):
        year = m[3] if len(m[3]) == 4 else f"20{m[3]}"
        parts = (year, m[2], m[1])
    elif m := _MONTH_YEAR.match(text):
        parts = (m[2], m[1], None)
    elif (m := _IN_WORDS.match(text)) and m[2].lower() in _MONTHS:
        parts = (m[3], str(_MONTHS[m[2].lower()]), m[1])
    elif (m := _WORDS_DAY.match(text)) and m[1].lower() in _MONTHS:
        parts = (m[3], str(_MONTHS[m[1].lower()]), m[2])
    elif (m := _EXCEL.match(text)) and m[2].lower() in _MONTHS:
        parts = (m[3] if len(m[3]) == 4 else f"20{m[3]}", str(_MONTHS[m[2].lower()]), m[1])
    if parts is None:
        return None
    year, month, day = int(parts[0]), int(parts[1]), parts[2]
    try:
        if day is None:
            date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return date(year, month, int(day)).isoformat()
    except ValueError:
        return None
