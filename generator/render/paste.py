"""Write input text into Markdown that people paste into documents (the committee
report goes into officers' papers in Word): it must read as the text itself, and
still be only text if someone renders it as Markdown.

The site's pages write every special character as a character reference
(`markdown.escape`), which a browser shows as the character but a pasted document
shows as `&#58;`. Here, only the characters that could start markup get a
backslash, which CommonMark, GitHub and pandoc read as "this character, as it is"
(the PDF reads it so too: `committee_pdf`). Full stops, brackets, colons,
apostrophes and ampersands in running text cannot start markup, so they are left
alone and a paste shows them as written.
"""
from __future__ import annotations

import re

from markupsafe import Markup

# Markup wherever they stand: code, emphasis, links and images (`[`), raw HTML and
# autolinks (`<`), table cells (`|`), strikethrough (`~`), and the escape itself.
ACTIVE = "\\`*[]<|~"
_ACTIVE = str.maketrans({c: "\\" + c for c in ACTIVE})
# `&amp;` or `&#60;` in the text would be read as the character it names; `_` is emphasis
# only at a word's edge, so 'due_note' keeps its look in a terminal.
_IN_CONTEXT = re.compile(r"&(?=#?\w+;)|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")
# At the start of a line: a heading, a quotation, a list, a rule or a heading's underline.
_LINE_START = re.compile(r"^(?:([#>+=-])|(\d+)([.)]))")
# Every character `escape` may put a backslash before, for a renderer to read so.
ESCAPED = ACTIVE + "_&#>+=-.)"


def escape(text: str) -> str:
    """One line of text as it is, markup-active characters backslash-escaped."""
    out = _IN_CONTEXT.sub(lambda m: "\\" + m[0], " ".join(text.split()).translate(_ACTIVE))
    return _LINE_START.sub(lambda m: "\\" + m[1] if m[1] else m[2] + "\\" + m[3], out)


def inline(text: object) -> Markup:
    """One line of text: safe in a paragraph, a list item or a table cell."""
    return Markup(escape(str(text)))
