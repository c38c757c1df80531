"""`plans/feedback/<engagement-id>.yaml`: what families told us ("you said") and
what was done about it ("we did" / "we will"): one file per engagement."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from .base import Due, Id, Line, Record, Text, When, listed, unique
from .rules import rule

Channel = Literal["survey", "forum-meeting", "young-peoples-group", "workshop",
                  "peer-challenge", "drop-in", "letter", "other"]

CHANNEL_LABELS = {
    "survey": "Survey",
    "forum-meeting": "Parent Carer Forum meeting",
    "young-peoples-group": "Young people's group",
    "workshop": "Workshop",
    "peer-challenge": "Peer challenge",
    "drop-in": "Drop-in session",
    "letter": "Letter or written feedback",
    "other": "Other",
}

Voice = Literal["children-and-young-people", "parents-and-carers", "parent-carer-forum",
                "inspectors", "advisers", "peer-review", "practitioners", "other"]


@dataclass(frozen=True)
class VoiceWords:
    name: str  # on the engagement's page
    who: str  # within a sentence
    said: str  # in front of what they said
    # Families hear "You said, we did"; the others read as a report.
    did: str = "What we did"
    will: str = "What we will do"


FAMILY_WORDS = {"did": "We did", "will": "We will"}
VOICES = {
    "children-and-young-people": VoiceWords("Children and young people", "children and young people",
                                            "Children and young people said", **FAMILY_WORDS),
    "parents-and-carers": VoiceWords("Parents and carers", "parents and carers", "You said", **FAMILY_WORDS),
    "parent-carer-forum": VoiceWords("The Parent Carer Forum", "the Parent Carer Forum",
                                     "The Parent Carer Forum said", **FAMILY_WORDS),
    "inspectors": VoiceWords("The inspectors (Ofsted and CQC)", "the inspectors", "The inspectors said"),
    "advisers": VoiceWords("Advisers from the DfE or NHS England", "DfE and NHS England advisers",
                           "The DfE and NHS England advisers said"),
    "peer-review": VoiceWords("A peer review by leaders from other areas", "the peer review",
                              "The peer review said"),
    "practitioners": VoiceWords("Staff in schools and services", "staff", "Staff said"),
    "other": VoiceWords("Others", "others", "They said"),
}

# "You said, we did" is what families told us; the others are counted apart.
FAMILY_VOICES = ("children-and-young-people", "parents-and-carers", "parent-carer-forum")

# For files written before `voice` existed.
DEFAULT_VOICE = "parents-and-carers"
CHANNEL_VOICES = {"peer-challenge": "peer-review", "young-peoples-group": "children-and-young-people",
                  "forum-meeting": "parent-carer-forum"}

ResponseStatus = Literal["done", "doing", "planned"]

RESPONSE_LABELS = {"done": "Done", "doing": "Doing now", "planned": "Planned"}


class Participants(Record):
    group: Line = Field(description="Who took part, e.g. 'Parents and carers of children with EHC plans'.")
    people: int | None = Field(None, ge=1, description="How many people took part, if known.")


class PublicContact(Record):
    """A public service contact that may appear in an item's text, such as a helpline."""

    text: Line = Field(description="The contact exactly as written in the item, e.g. '0300 123 4567'.")
    reason: Line = Field(description="Why it may be published, e.g. 'SENDIAS helpline, published on the Local Offer'.")


class FeedbackItem(Record):
    id: Id = Field(description="Unique in this file, e.g. 'S1'. Used in web addresses.")
    theme: Line | None = Field(None, description=(
        "A short theme used to group items, e.g. 'Communication'. Items without one are listed "
        "together after the themes."))
    you_said: Text = Field(description="What families told us, summed up without names or personal details.")
    we_did: Text | None = Field(None, description="What we did about it (needed when status is done).")
    we_will: Text | None = Field(None, description="What we will do (needed when status is doing or planned).")
    status: ResponseStatus = Field(description="done, doing or planned.")
    response_date: dt.date | None = Field(None, description=(
        "When it was done, or the date promised (needed when status is planned)."))
    priorities: list[Id] = Field(default=[], description="Ids of the priorities this item relates to.")
    actions: list[Id] = Field(default=[], description="Ids of the actions this item relates to.")
    topics: list[Id] = Field(default=[], description=(
        "Ids of the topics this item is about, from the default list or plans/topics.yaml, e.g. "
        "[autism-adhd-assessment]. Each topic's page lists it."))
    public_contacts: list[PublicContact] = Field(default=[], description=(
        "Public service contacts allowed in this item's text, each with a reason."))

    @model_validator(mode="after")
    @rule("An item that is done says what was done ('we_did'); one that is doing or planned says what "
          "will be done ('we_will'); a planned one gives the 'response_date' promised.", "status",
          validator=True)
    def _response_matches_status(self) -> "FeedbackItem":
        if self.status == "done" and not self.we_did:
            raise PydanticCustomError("response_missing", "an item that is done needs 'we_did': "
                                      "say what was done")
        if self.status in ("doing", "planned") and not (self.we_will or self.we_did):
            raise PydanticCustomError("response_missing", "an item that is {status} needs "
                                      "'we_will': say what will be done", {"status": self.status})
        if self.status == "planned" and self.response_date is None:
            raise PydanticCustomError("response_missing", "a planned item needs 'response_date': "
                                      "the date we promised")
        return self


class Engagement(Record):
    title: Line = Field(description="e.g. 'Parent carer survey on EHC plans'.")
    channel: Channel = Field(description="How we listened: " + listed(CHANNEL_LABELS) + ".")
    voice: Voice | None = Field(None, description=(
        "Whose voice it is. Only families' voices (" + listed(FAMILY_VOICES, "and") + ") are "
        "\"you said, we did\" and its counts; the others (inspectors: Ofsted and CQC; advisers: "
        "from the DfE or NHS England; peer-review; practitioners: staff; other: named by the "
        "participants' group) are shown and counted apart. If left out, it follows the channel: "
        + "; ".join(f"{c} is {v}" for c, v in CHANNEL_VOICES.items())
        + f"; any other channel is {DEFAULT_VOICE}."))
    participants: Participants = Field(description="Who took part.")
    start: When = Field(description="When the engagement started (or its only date): a day, or a "
                        "month (YYYY-MM) when the source gives only the month.")
    end: When | None = Field(None, description="When it ended, if it ran over several days: a day or "
                             "a month.")
    plan: Id | None = Field(None, description="The plan folder the items refer to; needed only "
                            "when there is more than one plan.")
    state: Literal["draft", "published"] = Field(
        description="'draft' while being agreed (never on the public site); 'published' once agreed.")
    summary: Text | None = Field(None, description="What the engagement was about, in plain English.")
    items: list[FeedbackItem] = Field(min_length=1, description=(
        "What people said and what we did."))

    @field_validator("end")
    @classmethod
    @rule("The engagement ends on or after the day (or in the month) it starts.", "end", validator=True)
    def _ends_after_it_starts(cls, end: Due | None, info: ValidationInfo) -> Due | None:
        start = info.data.get("start")
        # A month and a day in it may be either way round: only a sure mistake is one.
        if end is not None and start is not None and end.last_day < start.first_day:
            raise PydanticCustomError("date_order", "the engagement ends before it starts.")
        return end

    @field_validator("items")
    @classmethod
    @rule("No two items have the same id (ignoring case, dots and dashes).", "items", validator=True)
    def _item_ids_differ(cls, items: list[FeedbackItem]) -> list[FeedbackItem]:
        return unique(items, "item id")

    @property
    def speaker(self) -> Voice:
        return self.voice or CHANNEL_VOICES.get(self.channel, DEFAULT_VOICE)

    @property
    def from_families(self) -> bool:
        return self.speaker in FAMILY_VOICES

    @property
    def words(self) -> VoiceWords:
        """How the site names whose voice it is; 'other' by the participants' group."""
        if self.speaker == "other":
            group = self.participants.group
            return VoiceWords(group, group, f"{group} said")
        return VOICES[self.speaker]
