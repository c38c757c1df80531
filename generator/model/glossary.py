"""The glossary: SEND words and abbreviations, explained once.

A default glossary ships with the tool (default_glossary.yaml beside this file);
an area adds its own words, or changes a default one, in `plans/glossary.yaml`.
Every page shows each word's meaning when a reader points at it or focuses it,
and the glossary page lists them all.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, Field, WithJsonSchema, field_validator

from .base import Line, Record, Text, _matching, unique
from .rules import rule

DEFAULT_GLOSSARY = Path(__file__).with_name("default_glossary.yaml")

TERM_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 .&'/-]{0,59}$")
_term = _matching(TERM_RE, "term_format", "'{value}' is not a usable glossary word: use letters, "
                  "numbers, spaces and . & ' / - only, at most 60 characters, e.g. 'SENCO' or "
                  "'EHC plan'", lambda v: " ".join(v.split()))
TermText = Annotated[str, AfterValidator(_term), WithJsonSchema(
    {"type": "string", "pattern": TERM_RE.pattern})]


class Term(Record):
    """One word or abbreviation and what it means."""

    term: TermText = Field(description="The word as it is written in the text, e.g. 'SENCO'. "
                           "Abbreviations are matched exactly, capital letters included.")
    stands_for: Line | None = Field(None, description="For an abbreviation, what the letters stand "
                                    "for, e.g. 'Special educational needs co-ordinator'.")
    meaning: Text = Field(description="What it means, in one or two plain sentences.")

    @property
    def spellings(self) -> tuple[str, ...]:
        """The word as written, and a word in small letters also with a capital, as
        at the start of a sentence or a table's heading ('Under way')."""
        first = self.term[0]
        return (self.term,) if not first.islower() else (self.term, first.upper() + self.term[1:])

    @property
    def tooltip(self) -> str:
        """What a reader sees when pointing at the word on any page."""
        return self.stands_for or " ".join(self.meaning.split())


class Glossary(Record):
    terms: list[Term] = Field(default=[], description="The words, in any order (the glossary "
                              "page sorts them).")

    @field_validator("terms")
    @classmethod
    @rule("No word is listed twice.", "terms", validator=True)
    def _words_differ(cls, terms: list[Term]) -> list[Term]:
        return unique(terms, "glossary word", field="term", exact=True)
