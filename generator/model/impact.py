"""The impact scale: how much a priority has changed for families, judged apart from
how its actions are going. Real reports say both: actions can all be on track while
families see no difference yet, and inspectors look for the difference."""
from __future__ import annotations

from pydantic import Field

from .base import Id, Line, Record, Text, When
from .status import ICON_RE


class Impact(Record):
    id: Id = Field(description="What update files write, e.g. 'some-improvement'.")
    label: Line = Field(description="The words shown on the site, e.g. 'Some improvement'.")
    meaning: Text = Field(description="One plain-English sentence saying what the words mean.")
    icon: str | None = Field(None, pattern=ICON_RE, description=(
        "A Material for MkDocs icon name, e.g. 'material-trending-up'. Shown beside the words, "
        "never instead of them."))


DEFAULT_IMPACTS: tuple[Impact, ...] = (
    Impact(id="no-change", label="No change yet", icon="material-minus-circle-outline",
           meaning="Families have not seen a difference from this work yet."),
    Impact(id="some-improvement", label="Some improvement", icon="material-trending-up",
           meaning="Some families can see a difference, and the evidence is starting to show it."),
    Impact(id="clear-improvement", label="Clear improvement", icon="material-check-decagram",
           meaning="Most families can see a clear difference, and the evidence shows it."),
)


class Target(Record):
    """What the plan must show, such as a re-inspection's test: 'significant progress
    in about 80% of the areas'."""

    impact: Line = Field(description=(
        "An impact id from site.yaml, e.g. 'clear-improvement'. A priority counts when its "
        "latest judgement is this one or any later in the list."))
    share: int = Field(ge=1, le=100, description="The percentage of priorities that must get there, e.g. 80.")
    says: Line | None = Field(None, description=(
        "Who set the target and why, in a plain sentence, e.g. 'When the inspectors come back, "
        "they expect to see clear improvement in about 80% of the areas.'"))
    by: When | None = Field(None, description="When it must be reached, e.g. the month the inspectors "
                            "are expected back.")
