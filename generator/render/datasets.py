"""What the open data publishes and where: each dataset's title, what its rows are
and what every column means (the data page and each workbook's "Columns" sheet say
the same), and each file's path in the site."""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Measure, PlanEntry
from ..model.base import listed
from ..model.feedback import CHANNEL_LABELS, FAMILY_VOICES, VOICES
from ..model.plan_kind import KIND_NAMES
from ..model.timeline import MILESTONE_LABELS
from ..model.base import anchor
from ..write.spreadsheet_safe import RULE as CSV_TEXTS  # noqa: F401 (data.md.j2)


@dataclass(frozen=True)
class Column:
    name: str
    meaning: str


@dataclass(frozen=True)
class Dataset:
    """A table published as files, with what its rows and columns mean."""

    title: str
    rows: str
    columns: tuple[Column, ...]
    more_columns: str = ""  # columns that depend on the data, such as comparators


# Columns that several files share, said once so that they say the same.
PLAN_ID = Column("plan_id", "The plan's id, as in the web address (its folder's name), e.g. wsoa-2020.")
UPDATE_DATE = Column("update_date", "The date of the progress meeting or report, YYYY-MM-DD, or YYYY-MM "
                                    "when the report gives only the month.")
UPDATE_LABEL = Column("update_label", "The name of the update, e.g. 'January 2022 monitoring meeting'.")

PLAN = Dataset(
    title="Actions and their status at each update",
    rows="One row for each action at each published update, newest update first. An action "
         "with no published update yet has one row, with the update columns empty.",
    columns=(
        PLAN_ID,
        Column("plan_title", "The plan's title."),
        Column("plan_kind", "What kind of plan it is: " + ", ".join(KIND_NAMES) + " (empty if the "
                            "plan does not say)."),
        Column("priority_id", "The priority the action belongs to, e.g. P1."),
        Column("priority_title", "The priority's title."),
        Column("action_id", "The action's id, e.g. A1.2."),
        Column("action_title", "What will be done."),
        Column("lead", "Who is responsible for the action: a role or an organisation."),
        Column("due", "When the action is due: YYYY-MM-DD, or YYYY-MM for the end of that month, "
                      "or tbc when the date is not set yet."),
        Column("measures", "The ids of the measures that show whether the action works, "
                           "separated by '; '."),
        Column("workstream", "The id of the workstream (a group of the priority's actions) the action "
                             "is part of, e.g. W2.1 (empty if none)."),
        Column("workstream_title", "The workstream's name (empty if none)."),
        Column("also_supports", "The ids of other priorities the action also helps, separated by '; '. "
                                "The action is counted only in its own priority."),
        Column("enablers", "The ids of the plan's enablers (what the whole plan depends on) that the "
                           "action helps, separated by '; '."),
        UPDATE_DATE,
        UPDATE_LABEL,
        Column("status", "The status id at that update, e.g. green (empty if not reported yet)."),
        Column("status_label", "The status as the site shows it, e.g. 'On track' (empty if not "
                               "reported yet)."),
        Column("past_due_date", "True if the action was past its due date at that update and not "
                                "completed, otherwise False."),
        Column("carried_forward", "True if that meeting did not report on the action (some plans' "
                                  "meetings report on some actions only): the status is then the one "
                                  "from the latest earlier update that did. Otherwise False."),
        Column("not_reported_yet", "True if no meeting had reported on the action by that update "
                                   "(some plans' meetings report on some actions only): it has no "
                                   "status yet, and none is made up. Otherwise False."),
        Column("note", "What happened since the update before, in plain English."),
    ),
)

TIMELINE = Dataset(
    title="The plan's timeline",
    rows="One row for each step in the plan's life, such as the day it was sent to the inspectors "
         "or a monitoring visit, in date order.",
    columns=(
        PLAN_ID,
        Column("date", "When it happened or is expected: YYYY-MM-DD, or YYYY-MM for a whole month."),
        Column("until", "For a time span, such as a new inspection expected within some months: "
                        "when it ends (may be empty)."),
        Column("kind", "What it is: " + ", ".join(MILESTONE_LABELS) + "."),
        Column("kind_label", "The kind as the site shows it, e.g. 'Plan approved'."),
        Column("by", "Who did it, or who the plan went to (may be empty)."),
        Column("note", "More about it (may be empty)."),
        Column("link", "A page or document about it (may be empty)."),
    ),
)

IMPACTS = Dataset(
    title="What has changed for families, by priority",
    rows="One row for each priority at each published update that said how much it has changed "
         "for families: priority by priority, newest update first. Judged apart from the actions' statuses.",
    columns=(
        PLAN_ID,
        Column("priority_id", "The priority's id, e.g. P1."),
        Column("priority_title", "The priority's title."),
        UPDATE_DATE,
        UPDATE_LABEL,
        Column("impact", "How much has changed, as an id, e.g. some-improvement (empty if the "
                         "update did not judge it)."),
        Column("impact_label", "The same in the words the site shows, e.g. 'Some improvement'."),
        Column("narrative", "What has changed for families, in plain English (may be empty)."),
    ),
)

MEASURES = Dataset(
    title="Measures",
    rows="One row for each measure: what it counts, where it started and its target.",
    columns=(
        Column("measure_id", "The measure's id, e.g. ehcp-20-weeks; its figures are in "
                             "measures/<measure_id>.csv."),
        Column("name", "The measure's name."),
        Column("description", "What is counted, in plain English."),
        Column("unit", "percent (out of 100), number, days, weeks or months."),
        Column("better", "higher or lower: which way is an improvement."),
        Column("baseline_value", "The figure when the plan started."),
        Column("baseline_date", "The date of that figure: YYYY-MM-DD, or YYYY-MM for a whole month."),
        Column("target_value", "The figure we aim for (empty if there is no target)."),
        Column("target_date", "When we aim to reach it."),
        Column("source", "Where the figures come from."),
        Column("source_url", "A page where the source is published (may be empty)."),
        Column("comparators", "The places the measure is compared with, separated by '; '."),
    ),
)

MEASURE_VALUES = Dataset(
    title="The figures for one measure",
    rows="One row for each date, oldest first. An empty cell means there is no figure.",
    columns=(
        Column("date", "The date the figures are for: YYYY-MM-DD, or YYYY-MM for a whole month."),
        Column("value", "The local area's figure, in the measure's unit (62 means 62% for a "
                         "percentage)."),
    ),
    more_columns="Then one column for each comparator, named after it (such as England): "
                 "its figure for the same date.",
)


FEEDBACK = Dataset(
    title="What people told us, and what we did",
    rows="One row for each thing families, inspectors or reviews told us, with what we did or will "
         "do about it.",
    columns=(
        Column("engagement_id", "The survey, meeting, letter or visit it came from, as in the web address."),
        Column("engagement_title", "Its title."),
        Column("channel", "How we listened: " + listed(CHANNEL_LABELS) + "."),
        Column("voice", "Whose voice it is: " + listed(VOICES) + ". The site counts families' voices ("
                        + listed(FAMILY_VOICES, "and") + ") apart from the others."),
        Column("start", "When it started (or its only date): YYYY-MM-DD, or YYYY-MM for a whole month."),
        Column("end", "When it ended, if it ran over several days: YYYY-MM-DD, or YYYY-MM."),
        Column("participants", "Who took part."),
        Column("people", "How many people took part, if known."),
        Column("plan_id", "The plan the item relates to."),
        Column("item_id", "The item's id, unique within its engagement."),
        Column("theme", "A short theme that groups items (may be empty)."),
        Column("you_said", "What they told us."),
        Column("we_did", "What we did about it."),
        Column("we_will", "What we will do."),
        Column("status", "done, doing or planned."),
        Column("response_date", "When it was done, or the date we promised, YYYY-MM-DD."),
        Column("priorities", "The ids of the priorities it relates to, separated by '; '."),
        Column("actions", "The ids of the actions it relates to, separated by '; '."),
    ),
)


def plan_path(entry: PlanEntry, ending: str) -> str:
    return f"data/{entry.id}-actions.{ending}"


def timeline_path(entry: PlanEntry, ending: str) -> str:
    return f"data/{entry.id}-timeline.{ending}"


def impacts_path(entry: PlanEntry, ending: str) -> str:
    return f"data/{entry.id}-priorities.{ending}"


def measure_path(measure: Measure, ending: str) -> str:
    return f"data/measures/{anchor(measure.id)}.{ending}"


def measures_path(ending: str) -> str:
    return f"data/measures.{ending}"


def feedback_path(ending: str) -> str:
    return f"data/you-said-we-did.{ending}"
