"""Glossary words marked in the history tables as on the rest of every page.

MkDocs marks them with Python-Markdown's abbr extension (see the plugin), but the
history tables are HTML fragments that MkDocs never reads (see fragments.py), so
their texts are marked here in the same way: the longest word first, whole words
only, as `<abbr title="...">`, which Material shows as a tooltip.
"""
from __future__ import annotations

import re
from functools import lru_cache

from markupsafe import Markup

from ..model.glossary import Term
from .markdown import escape


class Abbreviations:
    def __init__(self, glossary: tuple[Term, ...]) -> None:
        self.tags = {escape(t.term): f'<abbr title="{escape(t.tooltip)}">{escape(t.term)}</abbr>'
                     for t in glossary}
        words = sorted(self.tags, key=len, reverse=True)
        # Matched in the escaped text, so each word is escaped the same way. '(?<!#)'
        # keeps a word made of digits out of a character reference such as '&#40;';
        # the look-ahead at first letters makes the search several times faster.
        firsts = "".join(sorted({re.escape(w[0]) for w in words}))
        self.pattern = re.compile(rf"(?<!#)\b(?=[{firsts}])(?:{'|'.join(map(re.escape, words))})\b"
                                  ) if words else None

    def __call__(self, text: str) -> Markup:
        """One line of input text, escaped, with its glossary words marked."""
        escaped = escape(" ".join(text.split()))
        if self.pattern is None:
            return Markup(escaped)
        return Markup(self.pattern.sub(self._tag, escaped))

    def _tag(self, match: re.Match) -> str:
        return self.tags[match.group()]


@lru_cache(maxsize=4)  # one glossary per build: the same few objects at every page
def abbreviations(glossary: tuple[Term, ...]) -> Abbreviations:
    return Abbreviations(glossary)
