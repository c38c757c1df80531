"""A plan's Easy Read summary (plan.yaml's `easy_read`): a few points, each one short
sentence beside a picture, for readers with a learning disability and anyone who
wants the plan in the simplest words. The rules follow the UK government's and
Mencap's Easy Read guidance: one idea per sentence, at most 15 words, no
abbreviations, a picture for every point.

The pictures are icons that ship with the theme (Material's bundled icons), chosen
by a plain name here and drawn into the page when it is built: nothing is fetched.
"""
from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator
from pydantic_core import PydanticCustomError

from .base import Line, Record

# A plain name for each picture, and the theme's icon that draws it.
PICTURES = {
    "family": "material-account-group",
    "child": "material-human-child",
    "school": "material-school",
    "doctor": "material-doctor",
    "waiting": "material-clock-outline",
    "plan": "material-clipboard-check-outline",
    "talking": "material-chat-outline",
    "listening": "material-account-voice",
    "help": "material-hand-heart",
    "phone": "material-phone",
    "website": "material-monitor",
    "done": "material-check-circle-outline",
    "calendar": "material-calendar-month",
    "information": "material-book-open-variant",
    "home": "material-home-outline",
}
Picture = Literal["family", "child", "school", "doctor", "waiting", "plan", "talking", "listening",
                  "help", "phone", "website", "done", "calendar", "information", "home"]
MAX_WORDS = 15
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_SENTENCE_END = re.compile(r"[.!?](?=\s+\S)")


class EasyReadPoint(Record):
    text: Line = Field(description=(
        f"One short sentence, at most {MAX_WORDS} words, with no abbreviations, e.g. "
        "'Some children wait too long to see a doctor.'"))
    picture: Picture = Field(description="The picture shown beside the sentence: one of "
                             + ", ".join(f"`{p}`" for p in PICTURES) + ".")

    @field_validator("text")
    @classmethod
    def _easy_to_read(cls, text: str) -> str:
        words = _WORD.findall(text)
        if _SENTENCE_END.search(text):
            raise PydanticCustomError("easy_read_sentences", "an Easy Read point is one sentence: "
                                      "split it into two points.")
        if len(words) > MAX_WORDS:
            raise PydanticCustomError("easy_read_length", "this sentence has {n} words; an Easy Read "
                                      "sentence has at most {most}: use fewer, shorter words.",
                                      {"n": len(words), "most": MAX_WORDS})
        short = [w for w in words if sum(c.isupper() for c in w) >= 2]
        if short:
            raise PydanticCustomError("easy_read_abbreviation", "Easy Read has no abbreviations: "
                                      "write '{word}' out in full, in plain words.", {"word": short[0]})
        return text
