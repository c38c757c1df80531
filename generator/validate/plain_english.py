"""Plain English: every text a reader sees should read at about age 14 or below
(Flesch-Kincaid grade 9, GOV.UK's aim), and every abbreviation should be in the
glossary so that the site can explain it. These are warnings; `check --strict`
makes them errors."""
from __future__ import annotations

import re
from typing import Any, Iterable, Iterator

import textstat

from ..load.yaml_source import Loc, Source
from ..model import Project
from ..problems import Problem

MAX_GRADE = 9.0
# Below this many words the formula swings wildly (a four-word title can score 15).
MIN_WORDS = 12
# The fields that readers see as sentences, in any input file ...
SENTENCES = {"summary", "title", "inspectors_found", "what_it_means", "aim", "tasks", "evidence", "note",
             "description", "meaning", "issue", "disproportionate_burden", "out_of_scope",
             "you_said", "we_did", "we_will"}
# ... as a quotation: faithful to its source, so not graded (its abbreviations still are);
# the plain explanation beside it is.
QUOTED = {"inspectors_said"}
# ... and as names (a role such as "Head of SEND (Council and ICB)" is no sentence to grade).
NAMES = {"label", "name", "role", "lead", "stands_for", "run_by", "tested_by", "theme", "group"}
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9&-]*")


def check_plain_english(project: Project, site: Source, others: Iterable[Source]) -> Iterator[Problem]:
    known = {t.term for t in project.glossary}
    prefixes = id_prefixes(project)
    for source in [site, *others]:
        for loc, text in prose(source.data):
            if SENTENCES & set(loc[-2:]):  # a sentence field, or an item of a list of them
                yield from _reading_level(source, loc, text)
            yield from _abbreviations(source, loc, text, known, prefixes)
    if project.site.accessibility is None:
        yield site.problem(("accessibility",), "there is no accessibility statement: the law asks "
                           "for one. Add 'accessibility:' (see docs/editors-guide.md).",
                           "statement-missing", severity="warning")


def prose(data: Any, loc: Loc = ()) -> Iterator[tuple[Loc, str]]:
    """Every (location, text) that a reader sees, from a file's data as written."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in SENTENCES | NAMES | QUOTED and isinstance(value, str):
                yield loc + (key,), value
            elif key in SENTENCES and isinstance(value, list):
                yield from ((loc + (key, i), v) for i, v in enumerate(value) if isinstance(v, str))
            else:
                yield from prose(value, loc + (key,))
    elif isinstance(data, list):
        for i, item in enumerate(data):
            yield from prose(item, loc + (i,))


def reading_grade(text: str) -> float | None:
    """Flesch-Kincaid grade of a whole text, or None when it is too short to tell."""
    if len(_WORD.findall(text)) < MIN_WORDS:
        return None
    return textstat.flesch_kincaid_grade(" ".join(text.split()))


def _reading_level(source: Source, loc: Loc, text: str) -> Iterator[Problem]:
    grade = reading_grade(text)
    if grade is not None and grade > MAX_GRADE:
        yield source.problem(loc, f"this reads at school grade {grade:.1f} (Flesch-Kincaid); aim for "
                             f"{MAX_GRADE:.0f} or below: use shorter sentences and everyday words.",
                             "reading-level", severity="warning")


def abbreviations(text: str, prefixes: frozenset[str] = frozenset()) -> list[str]:
    """Words in capitals ('SEND', 'EHCPs' as 'EHCP'), in order, once each. Not the plans'
    ids (`prefixes`, see id_prefixes: 'IPA1' when the plan has IPA1, IPA2), nor a word the
    text itself spells out: the reader has its meaning there."""
    found = []
    for word in _WORD.findall(text):
        stem = word[:-1] if word.endswith("s") else word
        if sum(c.isupper() for c in stem) >= 2 and not any(c.islower() for c in stem):
            if stem not in found and not _is_id(stem, prefixes) and not _spelled_out(stem, text):
                found.append(stem)
    return found


_ID = re.compile(r"([A-Z]+)\d+")


def id_prefixes(project: Project) -> frozenset[str]:
    """The letters the plans' and feedback's ids start with ('IPA' for IPA1.2, 'AI' for AI1):
    a text naming an action, or one since taken out, names no abbreviation."""
    ids = [i.id for e in project.plans for group in (e.plan.priorities, e.plan.actions(),
                                                      *(p.workstreams for p in e.plan.priorities)) for i in group]
    ids += [i.id for e in project.engagements for i in e.engagement.items]
    return frozenset(m.group(1) for i in ids if (m := re.match(r"([A-Za-z]+)\d", i)))


def _is_id(word: str, prefixes: frozenset[str]) -> bool:
    m = _ID.fullmatch(word)
    return m is not None and m.group(1) in prefixes


def _spelled_out(word: str, text: str) -> bool:
    """'Leicester, Leicestershire and Rutland (LLR)', or 'LLR (Leicester, Leicestershire and
    Rutland)': the words beside it in brackets, or just before '(LLR)', start with its letters
    in order (a word in capitals gives all of its letters: 'SEND Information, Advice and
    Support (SENDIAS)')."""
    letters = word.lower()
    if not letters.isalpha():
        return False
    w = re.escape(word)
    after = (m.group(1) for m in re.finditer(rf"\b{w}s?\s*\(([^()]+)\)", text))
    # Before '(LLR)': at most a few words more than it has letters ('and', 'of', ...).
    before = (" ".join(_WORD.findall(text[:m.start()])[-2 * len(letters) - 2:])
              for m in re.finditer(rf"\(\s*{w}s?\s*\)", text))
    return any(_starts_with_each(letters, phrase) for phrase in (*after, *before))


def _starts_with_each(letters: str, phrase: str) -> bool:
    starts = "".join(word.lower() if word.isupper() and len(word) > 1 else word[0].lower()
                     for word in _WORD.findall(phrase))
    rest = iter(starts)
    return all(letter in rest for letter in letters)


def _abbreviations(source: Source, loc: Loc, text: str, known: set[str],
                   prefixes: frozenset[str]) -> Iterator[Problem]:
    for word in abbreviations(text, prefixes):
        if word not in known:
            yield source.problem(loc, f"'{word}' is not in the glossary, so readers cannot look it "
                                 "up: write it out, or add it to plans/glossary.yaml.",
                                 "unknown-abbreviation", severity="warning")


