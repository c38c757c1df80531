"""Write input text into Markdown so that it can only ever be text.

Python-Markdown passes raw HTML and `javascript:` links through, and Material's
extensions add more syntax (emoji `:x:`, attribute lists `{: }`, snippets, ...).
Rather than escape each construct, every character that could start one is
written as an HTML character reference, which Markdown leaves alone and the
browser shows as the character itself.
"""
from __future__ import annotations

import re
from typing import Callable

from markupsafe import Markup

# Characters with a meaning somewhere in Markdown or its extensions.
_SPECIAL = set("\\`*_{}[]()#+!|~^=:$<>&\"'")
# str.translate does the escaping in C: pages at scale hold hundreds of thousands of texts.
_ESCAPES = str.maketrans({c: f"&#{ord(c)};" for c in _SPECIAL})
_BULLET = re.compile(r"^\s*[-*]\s+")
_LIST_START = re.compile(r"^([-+]|\d+[.)])(\s|$)")


def _ref(ch: str) -> str:
    return f"&#{ord(ch)};"


def escape(text: str) -> str:
    """Text exactly as it is, every special character a character reference
    (a plain string, for callers that add markup of their own before wrapping it)."""
    return text.translate(_ESCAPES)


def inline(text: object) -> Markup:
    """One line of text: safe in a paragraph, a heading or a table cell."""
    out = " ".join(str(text).split()).translate(_ESCAPES)
    # At the start of a line, '- ' or '1. ' would start a list.
    if _LIST_START.match(out):
        out = _ref(out[0]) + out[1:]
    return Markup(out)


Line = Callable[[object], Markup]  # how one line of text is escaped: `inline`, or `paste.inline`


def block(text: object, line: Line = inline) -> Markup:
    """Running text: paragraphs separated by blank lines stay paragraphs, and a
    paragraph whose every line starts with '- ' becomes a bulleted list."""
    paragraphs = re.split(r"\n\s*\n", str(text).strip())
    rendered = []
    for para in paragraphs:
        lines = [ln for ln in para.splitlines() if ln.strip()]
        if lines and all(_BULLET.match(ln) for ln in lines):
            rendered.append("\n".join(f"- {line(_BULLET.sub('', ln))}" for ln in lines))
        elif lines:
            rendered.append(line(" ".join(lines)))
    return Markup("\n\n".join(rendered))


def quote(text: object, line: Line = inline) -> Markup:
    """Running text as a quotation (a Markdown blockquote), escaped as `block` is."""
    return Markup("\n".join(f"> {row}" if row else ">" for row in block(text, line).split("\n")))


def url(value: str) -> Markup:
    """A link target. Addresses are validated (http(s) only, no spaces, quotes or
    angle brackets), and the angle-bracket form keeps ( ) and _ from being read as syntax."""
    if any(c in value for c in " <>\"'\n"):
        raise ValueError(f"unsafe link target {value!r}")
    return Markup(f"<{value}>")


def finalize(value: object, line: Line = inline) -> object:
    """Jinja finalize hook: anything not already Markdown is escaped as inline text."""
    if value is None:
        return ""
    if isinstance(value, (Markup, int, float)):
        return value
    return line(value)
