"""The YAML the import writes: read back by our own loader to the same model, and
laid out as an editor would write it."""
import datetime as dt

import pytest

from conftest import ROOT
from generator.load import read_yaml
from generator.model import ActionUpdate, Plan, Update
from generator.validate import load_project
from generator.validate.schema import validate_source
from generator.write import to_yaml


def read_back(tmp_path, text, model):
    path = tmp_path / "file.yaml"
    path.write_text(text, encoding="utf-8")
    source, problems = read_yaml(path, "file.yaml")
    assert problems == []
    instance, problems = validate_source(source, model)
    assert problems == []
    return instance


def test_every_example_file_reads_back_equal(tmp_path):
    project, report = load_project(ROOT / "plans")
    assert report.ok
    entry = project.plans[0]
    assert read_back(tmp_path, to_yaml(entry.plan), Plan) == entry.plan
    for period in entry.periods:
        assert read_back(tmp_path, to_yaml(period.update), Update) == period.update


AWKWARD = [
    "Update: good news", "Week 3 #good", "- starts like a list", "null", "~", "yes", "no",
    "1.10", "2021-04-20", "'single' and \"double\" quotes", "# not a comment", "& not an anchor",
    "* not an alias", "!!str not a tag", "[not a list]", "{not: a map}", "50% of plans", "@home",
    "Ends with a colon:", "Two paragraphs.\n\nThe second one.", "- one\n- two", "Tabs\tinside",
    "Unicode – dashes, “quotes” and é", "Line with trailing space \nand more",
]


@pytest.mark.parametrize("note", AWKWARD)
def test_awkward_texts_survive(tmp_path, note):
    update = Update(date=dt.date(2022, 1, 18), label="January 2022 meeting", state="draft",
                    actions={"1.10": ActionUpdate(status="green", note=note)})
    text = to_yaml(update)
    assert read_back(tmp_path, text, Update) == update


def test_layout_is_that_of_the_example_files_without_anchors():
    same = ["The same words"]
    plan = Plan.model_validate({
        "title": "Plan", "summary": "First line.\nSecond line.",
        "priorities": [{"id": "P1", "title": "T", "inspectors_found": "F", "what_it_means": "M",
                        "lead": "L", "actions": [
                            {"due": "2021-03", "lead": "Lead", "title": "One", "id": "A1", "evidence": same,
                             "measures": ["m-1", "m-2"]},
                            {"due": "2021-03-31", "lead": "Lead", "title": "Two", "id": "A2", "evidence": same},
                        ]}]})
    assert to_yaml(plan) == """\
# yaml-language-server: $schema=../../schemas/plan.schema.json
title: Plan
summary: |
  First line.
  Second line.
priorities:
  - id: P1
    title: T
    inspectors_found: F
    what_it_means: M
    lead: L
    actions:
      - id: A1
        title: One
        lead: Lead
        evidence:
          - The same words
        measures: [m-1, m-2]
        due: 2021-03

      - id: A2
        title: Two
        lead: Lead
        evidence:
          - The same words
        due: 2021-03-31
"""
