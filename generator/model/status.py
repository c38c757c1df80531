"""The status scale: what each word on a progress report means.

The default is the RAGB scale used in Written Statements of Action, plus "not
started". Areas that use other words, or a plain RAG scale, list their own.
"""
from __future__ import annotations

import re

from pydantic import Field

from .base import Colour, Id, Line, Record, Text, fault
from .rules import Ruled, rule

ICON_RE = r"^(material|fontawesome-(regular|solid|brands)|octicons|simple)-[a-z0-9-]+$"


class Status(Record, Ruled):
    id: Id = Field(description="What update files write, e.g. 'green'.")
    label: Line = Field(description="The word shown on the site, e.g. 'On track'.")
    meaning: Text = Field(description="One plain-English sentence saying what the status means.")
    colour: Colour = Field(description="Badge colour as '#rrggbb'. Text on it is black or "
                           "white, whichever contrasts more (at least 4.58:1 for any colour).")
    icon: str = Field(pattern=ICON_RE, description="A Material for MkDocs icon name, e.g. "
                      "'material-check-circle'. Shown beside the label, never instead of it.")
    under_way: bool = Field(False, description="Counts as under way (started) in headline figures.")
    completed: bool = Field(False, description="Counts as completed in headline figures.")
    delayed: bool = Field(False, description="Counts as delayed in headline figures.")

    @rule("A completed status is also under way: `completed: true` needs `under_way: true`.", "under_way",
          needs=("id", "completed", "under_way"), codes=("status-flags",))
    def _completed_is_under_way(self) -> list[dict]:
        if self.completed and not self.under_way:
            return [fault(("under_way",), "status-flags", "status '{id}' counts as completed, so "
                          "it is also under way: add 'under_way: true'.", {"id": self.id})]
        return []

    @property
    def css_class(self) -> str:
        return "status--" + re.sub(r"[^a-z0-9-]", "-", self.id.lower())


DEFAULT_STATUSES: tuple[Status, ...] = (
    Status(id="not-started", label="Not started", meaning="Work on this action has not begun yet.",
           colour="#505a5f", icon="material-circle-outline"),
    Status(id="red", label="Delayed", meaning="Work has started but is behind where it should be.",
           colour="#b10e1e", icon="material-alert-octagon", under_way=True, delayed=True),
    Status(id="amber", label="In progress", meaning="Work has started and is moving, with some risks to watch.",
           colour="#ffbf47", icon="material-progress-clock", under_way=True),
    Status(id="green", label="On track", meaning="Work is going as planned and should finish on time.",
           colour="#00703c", icon="material-check", under_way=True),
    Status(id="blue", label="Completed", meaning="The action is finished and in place.",
           colour="#1d70b8", icon="material-check-circle", under_way=True, completed=True),
)


def _channel(c: int) -> float:
    s = c / 255
    return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio between two '#rrggbb' colours."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_colour(background: str) -> str:
    """Black or white, whichever contrasts more with the badge colour."""
    return "#000000" if contrast(background, "#000000") >= contrast(background, "#ffffff") else "#ffffff"
