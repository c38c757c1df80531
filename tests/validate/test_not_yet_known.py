"""Facts a published report may not give: a lead not named yet, a due date not set
yet, an inspection known only by its month, a report date not known. Written in
words they pass every check; left out, `check` warns."""
import pytest
from click.testing import CliRunner

from conftest import PLAN, SITE
from generator.cli import main
from generator.compute import figures, not_yet_known
from generator.render import render_pages
from generator.validate import load_project

P = "plans/wsoa/plan.yaml"


def load(make_project, files):
    root = make_project(files)
    project, report = load_project(root / "plans", root)
    assert report.ok, report.summary()
    return project, report


@pytest.mark.parametrize("written", ["tbc", "TBC", "To be confirmed", "not set yet", "unknown"])
def test_a_due_date_not_set_yet_is_accepted_shown_and_never_overdue(make_project, written):
    project, report = load(make_project, {P: PLAN.replace("due: 2021-03", f"due: {written}")})
    assert report.warnings == []
    entry = project.plans[0]
    action = entry.plan.actions()[0]
    assert str(action.due) == "date not set yet" and action.due.iso == "tbc"
    # The update (20 April 2021) is after A1.1's real due date (March 2021), so with
    # the date it would be overdue; not set, it is not.
    assert figures(entry, entry.periods[-1], project.site).overdue == 0
    assert not_yet_known(entry).dates == 1
    pages = render_pages(project)
    assert "- Due: date not set yet\n" in pages["wsoa/p1.md"]
    assert "1 action has no due date set yet." in pages["wsoa/index.md"]


def test_with_its_real_date_the_same_action_is_overdue(make_project):
    project, _ = load(make_project, {})
    entry = project.plans[0]
    assert figures(entry, entry.periods[-1], project.site).overdue == 1
    assert "no due date set yet" not in render_pages(project)["wsoa/index.md"]


@pytest.mark.parametrize("written", ["not yet named", "Not named yet", "TBC", "to be confirmed"])
def test_a_lead_not_named_yet_is_accepted_and_shown_as_such(make_project, written):
    project, report = load(make_project, {P: PLAN.replace("lead: Head of Commissioning", f"lead: {written}")
                                          .replace("lead: Director of Children's Services", f"lead: {written}")})
    assert report.warnings == []
    entry = project.plans[0]
    assert entry.plan.actions()[0].lead == "not named yet"
    assert entry.plan.priorities[0].lead == "not named yet"
    assert not_yet_known(entry).leads == 1
    pages = render_pages(project)
    assert "Nobody has been named to lead it yet." in pages["wsoa/p1.md"]
    assert "- Lead: not named yet\n" in pages["wsoa/p1.md"]
    assert "1 action has no lead named yet." in pages["wsoa/index.md"]


@pytest.mark.parametrize("removed, field, message", [
    ("        lead: Head of Commissioning\n", "priorities[0].actions[0].id", "action A1.1 has no 'lead'"),
    ("        due: 2021-03\n", "priorities[0].actions[0].id", "action A1.1 has no 'due' date"),
    ("    lead: Director of Children's Services\n", "priorities[0].id", "priority P1 has no 'lead'"),
])
def test_a_lead_or_due_date_left_out_is_a_warning(make_project, removed, field, message):
    assert removed in PLAN
    project, report = load(make_project, {P: PLAN.replace(removed, "")})
    assert [(w.code, w.field) for w in report.warnings] == [("left-out", field)]
    assert message in report.warnings[0].message
    assert "not yet named" in report.warnings[0].message or "'due: tbc'" in report.warnings[0].message


def test_check_strict_fails_on_a_field_left_out_and_passes_on_words(make_project, monkeypatch):
    runner = CliRunner()
    root = make_project({P: PLAN.replace("        due: 2021-03\n", "")})
    monkeypatch.chdir(root)
    assert runner.invoke(main, ["check", "--strict"]).exit_code == 1
    make_project({P: PLAN.replace("due: 2021-03", "due: tbc").replace("lead: Head of Commissioning",
                                                                        "lead: not yet named")})
    result = runner.invoke(main, ["check", "--strict"])
    assert "left-out" not in result.output and "has no 'due'" not in result.output


@pytest.mark.parametrize("start, end, published, said", [
    ("2020-03", "2020-03", "2020-05", "in March 2020"),
    ("2020-02-03", "2020-02-07", "2020-05-15", "from 3 February 2020 to 7 February 2020"),
    ("2020-03", "2020-03", None, "in March 2020"),
])
def test_the_inspection_may_be_known_only_by_its_month(make_project, start, end, published, said):
    site = SITE.replace("visit_start: 2020-02-03", f"visit_start: {start}").replace(
        "visit_end: 2020-02-07", f"visit_end: {end}")
    site = site.replace("report_published: 2020-05-15", f"report_published: {published}") if published else \
        site.replace("  report_published: 2020-05-15\n", "")
    project, _ = load(make_project, {"plans/site.yaml": site})
    home = render_pages(project)["index.md"]
    assert said in home
    assert ("The report was published" in home) == (published is not None)
    if published and len(published) == 7:
        assert "published in May 2020" in home


def test_a_month_visit_that_ends_before_it_starts_is_still_an_error(problems):
    site = SITE.replace("visit_start: 2020-02-03", "visit_start: 2020-03").replace(
        "visit_end: 2020-02-07", "visit_end: 2020-02")
    assert problems({"plans/site.yaml": site}) == [("date-order", "plans/site.yaml", 10, "inspection.visit_end")]


def test_the_json_schema_accepts_the_words_for_not_known(make_project):
    import json

    import jsonschema
    import yaml

    from conftest import ROOT
    schema = json.loads((ROOT / "schemas/plan.schema.json").read_text())
    written = PLAN.replace("due: 2021-03", "due: TBC").replace("lead: Head of Commissioning", "lead: not yet named")
    plan = yaml.load(written, Loader=yaml.BaseLoader)  # every value as text, as editors write it
    jsonschema.validate(plan, schema)
    plan["priorities"][0]["actions"][0]["due"] = "soon"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(plan, schema)


@pytest.mark.parametrize("field, said, hint", [
    ("lead: Head of Commissioning", "'lead' has no value", "'not yet named'"),
    ("due: 2021-03", "there is no date after the colon", "'tbc'")])
def test_a_lead_or_due_written_with_no_value_says_what_to_write(make_project, field, said, hint):
    from conftest import messages
    name = field.split(":")[0]
    found = messages(make_project, {P: PLAN.replace(field, f"{name}:")})
    assert len(found) == 1 and said in found[0] and hint in found[0], found
