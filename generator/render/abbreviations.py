"""Glossary words marked in the history tables as on the rest of every page, and
then, on the finished page, spelled out and marked at their first use only.

MkDocs marks them with Python-Markdown's abbr extension (see the plugin), but the
history tables are HTML fragments that MkDocs never reads (see fragments.py), so
their texts are marked here in the same way: the longest word first, whole words
only, as `<abbr title="...">`, which Material shows as a tooltip. A page that marks
"Local Offer" 23 times is hard to read (every mark is underlined and a screen reader
may announce each), so `first_use_only` keeps the first mark of each word and, for
an abbreviation, writes out what it stands for there, as GOV.UK's style asks.
"""
from __future__ import annotations

import html
import re
from functools import lru_cache

from markupsafe import Markup

from ..model.glossary import Term
from .markdown import escape


class Abbreviations:
    def __init__(self, glossary: tuple[Term, ...]) -> None:
        self.tags = {escape(word): f'<abbr title="{escape(t.tooltip)}">{escape(word)}</abbr>'
                     for t in glossary for word in t.spellings}
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


_MARK = re.compile(r'<abbr title="[^"]*">([^<]*)</abbr>')
_TAG = re.compile(r"<[^>]*>")


def first_use_only(page: str, glossary: tuple[Term, ...], spell_out: bool = True) -> str:
    """A finished page with each glossary word marked at its first use only. There an
    abbreviation is written out, 'Written Statement of Action (<abbr>WSOA</abbr>)', and
    its mark explains what it means; unless the text writes it out already, just
    before or after it. The page's title (h1) is no first use: the text under it
    explains its words. `spell_out` is off on the glossary page, whose table writes
    out every word beside it."""
    terms = {word: t for t in glossary for word in t.spellings}
    titles = [m.span() for m in _TITLE.finditer(page)]
    seen: set[str] = set()
    out, last = [], 0
    for m in _MARK.finditer(page):
        term = terms.get(html.unescape(m.group(1)))
        out.append(page[last:m.start()])
        last = m.end()
        if term is None:  # not a glossary word (an <abbr> written by hand): left as it is
            out.append(m.group(0))
        elif term.term in seen or any(a < m.start() < b for a, b in titles):
            out.append(m.group(1))
        else:
            seen.add(term.term)
            before = _text(page[max(0, m.start() - _REACH):m.start()])
            if spell_out and term.stands_for and not _written_out(before, page, m, term.stands_for):
                meaning = html.escape(" ".join(term.meaning.split()))
                long = _in_sentence(term.stands_for) if _MID_SENTENCE.search(before) else term.stands_for
                mark = f'<abbr title="{meaning}">{m.group(1)}</abbr>'
                # Inside brackets already, "(Integrated Care Board, ICB)" reads better than two.
                out.append(f"{html.escape(long)}, {mark}" if before.endswith("(") else f"{html.escape(long)} ({mark})")
            else:
                out.append(m.group(0))
    out.append(page[last:])
    return "".join(out)


_TITLE = re.compile(r"<h1\b.*?</h1>", re.DOTALL)
_REACH = 400  # characters before a mark to look at: room for character references and tags
_MID_SENTENCE = re.compile(r"[\w,;:]\s+$")
_SENTENCE_CASE = re.compile(r"^[A-Z][a-z]+[ ,]+[a-z]")


def _written_out(before: str, page: str, mark: re.Match, long: str) -> bool:
    """Whether the text around the mark already says 'Long words (ABBR)' or 'ABBR (long words)'."""
    after = _text(page[mark.end():mark.end() + _REACH]).lower()
    return before.lower().endswith(f"{long} (".lower()) or after.startswith(f" ({long}".lower())


def _in_sentence(long: str) -> str:
    """'Attention deficit hyperactivity disorder' in small letters in the middle of a
    sentence; a name ('National Health Service') as it is."""
    return long[0].lower() + long[1:] if _SENTENCE_CASE.match(long) else long


def _text(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(_TAG.sub("", fragment)))
