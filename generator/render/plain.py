"""Input text in the `progress-pages changes` summary, which is read in a terminal,
pasted into a document, or posted as a pull request comment (where GitHub renders
Markdown and some HTML). The site's character references (render/markdown.py) would
show there as `&#40;`; so text stays as written, with a backslash before only the
characters that could make it a tag, a link, a table cell or formatting, and before
an `&` that would start a character reference.
"""
from __future__ import annotations

import re

from markupsafe import Markup

# `_` inside a word never starts emphasis on GitHub, so 'due_note' keeps its look.
_SPECIAL = re.compile(r"[\\`*\[\]<>|~]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])|&(?=#?\w+;)")
# At the start of a line: a heading, a quotation, a list or a rule.
_LINE_START = re.compile(r"^([#>+=-]|\d+[.)])")


def inline(text: object) -> Markup:
    """One line of text, safe anywhere in a line of the summary."""
    out = _SPECIAL.sub(lambda m: "\\" + m[0], " ".join(str(text).split()))
    return Markup(_LINE_START.sub(lambda m: m[0][:-1] + "\\" + m[0][-1], out))


def finalize(value: object) -> object:
    """Jinja finalize hook, as markdown.finalize but with these escapes."""
    if value is None:
        return ""
    if isinstance(value, (Markup, int, float)):
        return value
    return inline(value)
