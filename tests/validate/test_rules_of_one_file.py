"""Rules about a single file are the model's: the records refuse a file that breaks
them wherever they are read (not only by `check`), and the docs state them."""
from pathlib import Path

import pytest
from pydantic import ValidationError

from conftest import ENGAGEMENT, SITE, UPDATE, messages
from generator.model import Engagement, Plan, Site
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
    "on or after the update's `date`",
    "A completed status is also under way",
    "no two actions in the whole plan, may have the same id",
    "Each status's id and label must differ",
    "Each partner's id must differ",
    "Each item's id must differ",
    "not before `start`",
    "Each measure's id must differ",
])
def test_the_docs_state_each_rule(rule):
    assert rule in (ROOT / "docs" / "input-format.md").read_text(encoding="utf-8")
