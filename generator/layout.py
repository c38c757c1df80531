"""Where an area's input files live: the one description of the folder `plans/`, which
the loader reads, the docs and the JSON Schemas name, the editor settings map to their
schemas and the starter writes for a new area."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

PLANS = "plans"
SITE = "site.yaml"
MEASURES = "measures.yaml"
GLOSSARY = "glossary.yaml"
TOPICS = "topics.yaml"
PLAN = "plan.yaml"
UPDATES = "updates"  # in a plan's folder
FEEDBACK = "feedback"  # one file per engagement
MEASURE_TABLES = "measures"  # one CSV file of figures per measure
# Folders under plans/ that are not plans.
RESERVED = {MEASURE_TABLES, FEEDBACK}
# Named after the month of the meeting, or its day when a month has two meetings.
UPDATE_STEM_RE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
UPDATE_FILE_RE = re.compile(r"^\d{4}-\d{2}(-\d{2})?\.yaml$")


@dataclass(frozen=True)
class InputFile:
    kind: str  # the model's name, lower case: its schema is <kind>.schema.json
    path: str  # as the docs write it
    glob: str  # as editors match it

    @property
    def schema(self) -> str:
        return f"{self.kind}.schema.json"


def plan_file(plan_id: str) -> str:
    return f"{PLANS}/{plan_id}/{PLAN}"


INPUT_FILES = (
    InputFile("site", f"{PLANS}/{SITE}", f"{PLANS}/{SITE}"),
    InputFile("measures", f"{PLANS}/{MEASURES}", f"{PLANS}/{MEASURES}"),
    InputFile("glossary", f"{PLANS}/{GLOSSARY}", f"{PLANS}/{GLOSSARY}"),
    InputFile("topics", f"{PLANS}/{TOPICS}", f"{PLANS}/{TOPICS}"),
    InputFile("plan", plan_file("<plan-id>"), plan_file("*")),
    InputFile("update", f"{PLANS}/<plan-id>/{UPDATES}/<YYYY-MM>.yaml", f"{PLANS}/*/{UPDATES}/*.yaml"),
    InputFile("engagement", f"{PLANS}/{FEEDBACK}/<engagement-id>.yaml", f"{PLANS}/{FEEDBACK}/*.yaml"),
)
CSV_FILES = (
    InputFile("measurerow", f"{PLANS}/{MEASURE_TABLES}/<measure-id>.csv", f"{PLANS}/{MEASURE_TABLES}/*.csv"),
)


def editor_settings() -> str:
    """.vscode/settings.json: each YAML input file mapped to its schema (VS Code's YAML extension)."""
    schemas = {f"./schemas/{f.schema}": f.glob for f in INPUT_FILES}
    return json.dumps({"yaml.schemas": schemas}, indent=2) + "\n"
