"""HTML fragments that MkDocs never needs to read.

At scale the status histories are most of the site (L: 200,000 rows), and MkDocs
reads every page's HTML several times (Markdown's HTML blocks, its own anchor
check, the search index), which made a large build take minutes. So a generated
page holds its Markdown, with a slot where each history table goes, followed by
the tables as ready HTML (their texts escaped like all input text, and the HTML
passed through the sanitiser here, as MkDocs' HTML is in the plugin). The plugin
hands MkDocs only the Markdown and fills the slots in the finished page.
Histories stay out of the search index, as they would anyway (see priority.md.j2).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .sanitise import sanitise

MARK = "\n<!-- progress-pages: the HTML below is placed into the slots above, after MkDocs -->\n"
_SLOT = re.compile(r"<!-- progress-pages:slot ([a-z0-9-]+) -->\n?")
_KEPT_PREFIX = "progress-pages-slot-"
_KEPT = re.compile(f'<span id="{_KEPT_PREFIX}([a-z0-9-]+)"></span>\n?')


def slot(key: str) -> str:
    return f"<!-- progress-pages:slot {key} -->"


def attach(markdown: str, fragments: dict[str, str]) -> str:
    if not fragments:
        return markdown
    return markdown + MARK + "".join(f"{slot(k)}\n{sanitise(html)}" for k, html in fragments.items())


def split(text: str) -> tuple[str, dict[str, str]]:
    """The Markdown for MkDocs, and the fragments by slot."""
    markdown, found, rest = text.partition(MARK)
    if not found:
        return text, {}
    parts = _SLOT.split(rest)[1:]
    return markdown, dict(zip(parts[::2], parts[1::2]))


def fill(html: str, fragments: dict[str, str]) -> str:
    # A slot with no fragment can only come from input text that got past escaping.
    return _SLOT.sub(lambda m: fragments.get(m.group(1), ""), html) if fragments else html


def around_slots(html: str, clean: Callable[[str], str]) -> str:
    """`clean` (the sanitiser) applied to the whole page with its slots kept. A slot
    is a comment, which it would remove, and may sit inside an element (an action's
    <details>, which holds its history): so each slot goes through as an empty
    element it keeps, and is put back after. Input text is escaped before it gets
    here, so it can make no element of its own."""
    kept = _SLOT.sub(lambda m: f'<span id="{_KEPT_PREFIX}{m.group(1)}"></span>', html)
    return _KEPT.sub(lambda m: slot(m.group(1)) + "\n", clean(kept))


def assemble(text: str) -> str:
    """The page as a reader gets it, with every fragment in its slot."""
    markdown, fragments = split(text)
    return fill(markdown, fragments)
