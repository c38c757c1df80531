"""Characters that must not reach a page or a download, found where they are written.

Control characters (ESC starts a terminal's escape sequences; most others show as
boxes or nothing) and the bidirectional controls that open an embedding, override
or isolate (U+202A-U+202E, U+2066-U+2069): an unclosed right-to-left override turns
round every word after it, ours included, and reorders the cells of a table. Tab
and line breaks are text; the marks U+200E/U+200F reach no further than a
character, so right-to-left writing keeps what it needs.
"""
from __future__ import annotations

import re
import unicodedata

from ..problems import Problem

# NUL is left to the loaders' own check, which says the file is not text at all.
UNSHOWABLE = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# In a value, a carriage return too: in a file it ends a line (Windows writes CR LF),
# but in a text (written "\r" in double quotes) it splits a CSV row.
UNSHOWABLE_IN_VALUE = re.compile(UNSHOWABLE.pattern[:-1] + "\r]")
MAX_REPORTED = 10  # a file full of them is one mistake, not a thousand


# unicodedata has no names for control characters, only these common aliases do.
_ALIASES = {0x07: "BELL", 0x08: "BACKSPACE", 0x0B: "LINE TABULATION", 0x0C: "FORM FEED", 0x0D: "CARRIAGE RETURN",
            0x1B: "ESCAPE", 0x7F: "DELETE", 0x85: "NEXT LINE"}


def _name(char: str) -> str:
    code = f"U+{ord(char):04X}"
    name = unicodedata.name(char, "") or _ALIASES.get(ord(char), "")
    return f"{code} {name}" if name else code


def unshowable_problem(file: str, line: int | None, column: int | None, field: str, char: str) -> Problem:
    if "\u202a" <= char <= "\u202e" or "\u2066" <= char <= "\u2069":
        message = (f"this text holds an invisible character that turns round the direction of the "
                   f"text after it ({_name(char)}): delete it. It often comes with text copied from "
                   "elsewhere; if you cannot see it, type the text again.")
        code = "bidi-control"
    else:
        message = (f"this text holds a control character ({_name(char)}), which cannot be shown on "
                   "a page and can act when a download is opened: delete it. If you cannot see it, "
                   "type the text again.")
        code = "control-character"
    # A field can be a key holding the character: never print it, even there.
    return Problem(file, line, column, UNSHOWABLE_IN_VALUE.sub("?", field), message, code)


def unshowable_in_text(text: str, file: str) -> list[Problem]:
    """Where a file's own text holds such characters (its line and column)."""
    problems = []
    for m in UNSHOWABLE.finditer(text):
        if len(problems) == MAX_REPORTED:
            break
        line_start = text.rfind("\n", 0, m.start()) + 1
        problems.append(unshowable_problem(file, text.count("\n", 0, m.start()) + 1,
                                           m.start() - line_start + 1, "", m[0]))
    return problems
