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
from .environment import environment
from .markdown import escape


class Abbreviations:
    def __init__(self, glossary: tuple[Term, ...]) -> None:
        mark = environment("md").get_template("_tags.j2").module.abbr  # type: ignore[attr-defined]
        self.tags = {escape(word): str(mark(Markup(escape(word)), Markup(escape(t.tooltip))))
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
    explains its words; a link, a heading or a name keeps its words as they are, and the
    next use in running text is written out (unmarked). `spell_out` is off on the
    glossary page, whose table writes out every word beside it."""
    terms = {word: t for t in glossary for word in t.spellings}
    titles = [m.span() for m in _TITLE.finditer(page)]
    marked: set[str] = set()
    spelled: set[str] = set()
    out, last = [], 0
    for m in _MARK.finditer(page):
        term = terms.get(html.unescape(m.group(1)))
        out.append(page[last:m.start()])
        last = m.end()
        if term is None:  # not a glossary word (an <abbr> written by hand): left as it is
            out.append(m.group(0))
            continue
        if any(a < m.start() < b for a, b in titles):
            out.append(m.group(1))
            continue
        before = _text(page[max(0, m.start() - _REACH):m.start()])
        # Written out only in running text: a link, a heading or a name ("NHS Example
        # Integrated Care Board") keeps its words; the next plain use is written out.
        spell = (spell_out and term.stands_for and term.term not in spelled
                 and not _written_out(before, page, m, term.stands_for))
        if spell and _not_running_text(page, m):
            spell = False
        elif not spell:
            spelled.add(term.term)  # written out already, nothing to write out, or done
        mark = m.group(0) if term.term not in marked else m.group(1)
        if term.term not in marked and spell:
            mark = f'<abbr title="{html.escape(" ".join(term.meaning.split()))}">{m.group(1)}</abbr>'
        marked.add(term.term)
        if spell:
            spelled.add(term.term)
            long = _in_sentence(term.stands_for) if _MID_SENTENCE.search(before) else term.stands_for
            # Inside brackets already, "(Integrated Care Board, ICB)" reads better than two.
            out.append(f"{html.escape(long)}, {mark}" if before.endswith("(") else f"{html.escape(long)} ({mark})")
        else:
            out.append(mark)
    out.append(page[last:])
    return "".join(out)


def _not_running_text(page: str, mark: re.Match) -> bool:
    """Whether the mark is in a link, a heading or a name (a capitalised word follows)."""
    head = page[:mark.start()]
    for opening, closing in (("<a ", "</a>"), ("<h2", "</h2>"), ("<h3", "</h3>"), ("<h4", "</h4>")):
        if head.rfind(opening) > head.rfind(closing):
            return True
    return bool(_NAME_FOLLOWS.match(_text(page[mark.end():mark.end() + 80])))


_TITLE = re.compile(r"<h1\b.*?</h1>", re.DOTALL)
_NAME_FOLLOWS = re.compile(r" [A-Z][a-z]")
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
