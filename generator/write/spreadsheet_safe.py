"""Texts in the CSV files we write that no spreadsheet runs as a formula (OWASP's
rule against CSV injection), and the way back for `progress-pages import`.

A CSV file has no cell types: Excel, LibreOffice and Google Sheets run a cell that
starts with = + - or @ (and some a tab or a carriage return before one), so that
'=HYPERLINK(...)' in a note would become a link in a family's spreadsheet. A ' in
front makes the spreadsheet show the text as it is. A text that already starts
with ' gets one more, so that `unescaped` always gives back exactly what was written.
Numbers are not texts: -5 in a column of figures stays a number.
"""
from __future__ import annotations

QUOTE = "'"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# For the open data page, beside the meaning of the columns.
RULE = ("In the CSV files, a text that starts with = + - or @ has a ' in front of it, so that "
        "a spreadsheet does not treat it as a formula.")


def escaped(value: object) -> object:
    """A cell as a CSV file should hold it."""
    if isinstance(value, str) and value.startswith((*FORMULA_STARTS, QUOTE)):
        return QUOTE + value
    return value


def unescaped(value: object) -> object:
    """A cell of a CSV file as it was before `escaped`; any other value as it is."""
    if isinstance(value, str) and value.startswith(QUOTE) and value[1:].startswith((*FORMULA_STARTS, QUOTE)):
        return value[1:]
    return value
