"""Rules about a single file are the model's: the records refuse a file that breaks
them wherever they are read (not only by `check`), and the docs state them."""
import json
import typing
from pathlib import Path

import pytest
from pydantic import BaseModel, ValidationError

from conftest import ENGAGEMENT, SITE, UPDATE, messages
from generator.model import INPUT_FILES, Engagement, Plan, Site
from generator.model.rules import rules_of
from generator.model.status import Status

ROOT = Path(__file__).resolve().parents[2]
F = "plans/feedback/survey.yaml"


def _locations(model, data) -> list[tuple]:
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data)
    return [e["loc"] for e in caught.value.errors()]


def test_a_completed_status_that_is_not_under_way_is_refused_by_the_model():
    done = {"id": "done", "label": "Done", "meaning": "Finished.", "colour": "#00703c",
            "icon": "material-check", "completed": True}
    assert _locations(Status, done) == [("under_way",)]


def test_ids_repeated_anywhere_in_a_plan_are_refused_by_the_model():
    action = {"id": "A1.1", "title": "Write it", "lead": "Head of SEND", "due": "2021-03"}
    priority = {"id": "P1", "title": "Plans", "inspectors_found": "Late.", "what_it_means": "Waits.",
                "actions": [action]}
    second = {**priority, "id": "p1", "actions": [{**action, "id": "a1-1"}]}
    data = {"title": "WSOA", "summary": "What we will do.", "priorities": [priority, second]}
    assert _locations(Plan, data) == [("priorities", 1, "id"), ("priorities", 1, "actions", 0, "id")]


def test_an_engagement_that_ends_before_it_starts(make_project):
    files = {F: ENGAGEMENT.replace("start: 2021-03-01", "start: 2021-03-01\nend: 2021-02-27")}
    assert messages(make_project, files) == [f"{F}:5:6: end: the engagement ends before it starts."]


def test_two_partners_with_one_id(make_project):
    site = SITE.replace("    - name: Testshire Council\n      role: Local council\n",
                        "    - {id: council, name: Testshire Council, role: Local council}\n"
                        "    - {id: Council, name: Other, role: Local council}\n")
    assert site != SITE
    found = messages(make_project, {"plans/site.yaml": site})
    assert len(found) == 1 and "partner id 'Council' is already used on line 4" in found[0]
    assert found[0].startswith("plans/site.yaml:") and "area.partners[1].id" in found[0]


U = "plans/wsoa/updates/2021-04.yaml"
AGREED = "state: published\nagreed_by: SEND Partnership Board\nagreed_on: {}"


@pytest.mark.parametrize("date, agreed", [("2021-04-20", "2021-04-19"), ("2021-04", "2021-03-31")])
def test_an_update_agreed_before_its_meeting_is_refused(make_project, date, agreed):
    files = {U: UPDATE.replace("date: 2021-04-20", f"date: {date}")
             .replace("state: published", AGREED.format(agreed))}
    found = messages(make_project, files)
    assert len(found) == 1 and found[0].startswith(f"{U}:5:") and "agreed_on" in found[0]
    assert f"{agreed} is before the update's date" in found[0]


@pytest.mark.parametrize("date, agreed", [("2021-04-20", "2021-04-20"), ("2021-04", "2021-04-01")])
def test_an_update_agreed_on_or_after_a_day_it_may_have_met_is_accepted(make_project, date, agreed):
    files = {U: UPDATE.replace("date: 2021-04-20", f"date: {date}")
             .replace("state: published", AGREED.format(agreed))}
    assert messages(make_project, files) == []


@pytest.mark.parametrize("rule", [
    "an update is agreed on or after its date",
    "A completed status is also under way",
    "no two actions or workstreams in the whole plan, may have the same id",
    "Each status's id and label differ",
    "No two partners have the same id",
    "No two items have the same id",
    "The engagement ends on or after the day",
    "No two measures have the same id",
    "A site with known issues is not fully compliant",
    "An action's `workstream` is one of its own priority's workstreams",
])
def test_the_docs_state_each_rule(rule):
    assert rule in (ROOT / "docs" / "input-format.md").read_text(encoding="utf-8")


def test_every_rule_of_the_model_is_stated_in_the_docs_and_the_schemas():
    docs = (ROOT / "docs" / "input-format.md").read_text(encoding="utf-8")
    schemas = "".join(json.dumps(json.loads(p.read_text(encoding="utf-8")), ensure_ascii=False)
                      for p in (ROOT / "schemas").glob("*.schema.json"))
    sentences = [r.sentence for model in _models() for r in rules_of(model)]
    assert sentences
    for sentence in sentences:
        assert sentence in docs, sentence
        assert json.dumps(sentence, ensure_ascii=False)[1:-1] in schemas, sentence


def _models() -> set:
    """Every record an input file is made of."""
    seen, queue = set(), list(INPUT_FILES.values())
    while queue:
        model = queue.pop()
        if model in seen:
            continue
        seen.add(model)
        queue += [m for f in model.model_fields.values() for m in _records_in(f.annotation)]
    return seen


def _records_in(annotation) -> list:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for a in typing.get_args(annotation) for m in _records_in(a)]


def test_a_status_breaking_its_rule_and_a_field_is_told_both():
    done = {"id": "done", "label": "Done", "meaning": "Finished.", "colour": "green",
            "icon": "material-check", "completed": True}
    assert sorted(_locations(Status, done)) == [("colour",), ("under_way",)]
