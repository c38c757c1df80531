"""Where a generated page's own content sits in the finished HTML, whatever built it.

The sanitiser must clean what came from the inputs and nothing of the theme's (its
scripts and forms are trusted like the code). MkDocs could hand the plugin that
content alone; an engine without our plugin cannot, so the Markdown carries two
comments around it, which every engine's Markdown keeps as they are. Input text is
escaped before it gets here, so it cannot write either comment itself.
"""
from __future__ import annotations

import re

from ..render import fragments
from ..render.sanitise import sanitise

START = "<!-- progress-pages:content -->"
END = "<!-- progress-pages:end-of-content -->"
_AFTER_START = re.compile(re.escape(START) + r"\s+")


class Unmarked(Exception):
    """A generated page whose content cannot be found: it would go out unsanitised."""


def marked(markdown: str) -> str:
    """The page's Markdown between the two comments, after its front matter if any."""
    head, body = "", markdown
    if markdown.startswith("---\n"):
        end = markdown.find("\n---\n", 4)
        if end != -1:
            head, body = markdown[:end + 5], markdown[end + 5:]
    return f"{head}{START}\n\n{body.rstrip()}\n\n{END}\n"


def tight(html: str) -> str:
    """The content as the engine rendered it, with no text between the first comment
    and the page's title: a search index would take that whitespace for a section
    before the title, and index the page under the title's anchor."""
    return _AFTER_START.sub(START, html, 1)


def sanitised(html: str) -> str:
    """The page with its content (not the theme around it) passed through the sanitiser,
    the history slots kept for their fragments, and the two comments gone."""
    start = html.find(START)
    end = html.find(END, start)
    if start == -1 or end == -1:
        raise Unmarked
    inside = html[start + len(START):end]
    return html[:start] + fragments.around_slots(inside, sanitise).strip("\n") + html[end + len(END):]
