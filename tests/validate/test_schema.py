"""Every kind of mistake in a single file: its code, line and message."""
from conftest import PLAN, SITE, UPDATE, messages


def test_the_base_project_is_valid(problems):
    assert problems({}) == []


def test_missing_field_points_at_its_parent(problems, make_project):
    files = {"plans/wsoa/plan.yaml": PLAN.replace("        title: Agree the strategy with partners\n", "")}
    assert problems(files) == [("missing-field", "plans/wsoa/plan.yaml", 15, "priorities[0].actions[1].title")]
    assert "'title' is missing: add a line 'title: ...' here." in messages(make_project, files)[0]


def test_unknown_field_suggests_the_right_name(problems, make_project):
    files = {"plans/wsoa/plan.yaml": PLAN.replace("        due: 2021-03\n", "        due: 2021-03\n        leed: x\n")}
    assert problems(files) == [("unknown-field", "plans/wsoa/plan.yaml", 15, "priorities[0].actions[0].leed")]
    text = messages(make_project, files)[0]
    assert text.startswith("plans/wsoa/plan.yaml:15:9: priorities[0].actions[0].leed: unknown field 'leed'; did you mean 'lead'?")


def test_impossible_date(problems, make_project):
    files = {"plans/wsoa/updates/2021-04.yaml": UPDATE.replace("2021-04-20", "2021-04-31")}
    assert problems(files) == [("wrong-value", "plans/wsoa/updates/2021-04.yaml", 1, "date")]
    assert "'2021-04-31' is not a real date: write YYYY-MM-DD" in messages(make_project, files)[0]


def test_impossible_due_date(problems, make_project):
    files = {"plans/wsoa/plan.yaml": PLAN.replace("due: 2021-03\n", "due: 2022-13-45\n")}
    assert problems(files) == [("wrong-value", "plans/wsoa/plan.yaml", 14, "priorities[0].actions[0].due")]
    assert "or, for 'by the end of the month', YYYY-MM" in messages(make_project, files)[0]


def test_id_with_spaces_or_path_parts(problems):
    files = {"plans/wsoa/plan.yaml": PLAN.replace("id: A1.1", "id: ../A 1")}
    assert problems(files)[0] == ("wrong-value", "plans/wsoa/plan.yaml", 10, "priorities[0].actions[0].id")


def test_wrong_state_suggests(problems, make_project):
    files = {"plans/wsoa/updates/2021-04.yaml": UPDATE.replace("state: published", "state: publisehd")}
    assert problems(files) == [("wrong-value", "plans/wsoa/updates/2021-04.yaml", 3, "state")]
    assert "'publisehd' is not one of draft, published; did you mean 'published'?" in messages(make_project, files)[0]


def test_list_where_text_belongs(problems, make_project):
    files = {"plans/wsoa/plan.yaml": PLAN.replace("summary: What we will do.", "summary:\n  - one\n  - two")}
    assert problems(files) == [("wrong-value", "plans/wsoa/plan.yaml", 3, "summary")]
    assert "expected text here, not a list" in messages(make_project, files)[0]


def test_empty_value(problems):
    files = {"plans/wsoa/plan.yaml": PLAN.replace("title: Written Statement of Action", "title:")}
    assert problems(files) == [("empty-value", "plans/wsoa/plan.yaml", 1, "title")]


def test_link_must_be_a_web_address(problems, make_project):
    files = {"plans/site.yaml": SITE + "  report_url: javascript:alert(1)\n"}
    assert problems(files) == [("wrong-value", "plans/site.yaml", 12, "inspection.report_url")]
    assert "must start with https://" in messages(make_project, files)[0]


def test_colour_left_unquoted_becomes_a_comment(problems, make_project):
    scale = """\
statuses:
  - {id: todo, label: To do, meaning: Not started., icon: material-circle-outline, colour: "#505a5f"}
  - id: done
    label: Done
    meaning: Finished.
    icon: material-check
    colour: #00703c
"""
    files = {"plans/site.yaml": SITE + scale}
    assert problems(files) == [("empty-value", "plans/site.yaml", 18, "statuses[1].colour")]
    assert "must be in quotes" in messages(make_project, files)[0]


def test_empty_file(problems):
    assert problems({"plans/wsoa/updates/2021-04.yaml": "\n"}) == [
        ("file-empty", "plans/wsoa/updates/2021-04.yaml", None, "")]


def test_a_file_with_many_mistakes_lists_them_all(problems):
    broken = PLAN.replace("title: Written Statement of Action", "titel: x").replace(
        "due: 2021-06-30", "due: soon").replace("id: P1", "id: P 1")
    assert problems({"plans/wsoa/plan.yaml": broken}) == [
        ("unknown-field", "plans/wsoa/plan.yaml", 1, "titel"),  # and not also "title is missing"
        ("wrong-value", "plans/wsoa/plan.yaml", 4, "priorities[0].id"),
        ("wrong-value", "plans/wsoa/plan.yaml", 18, "priorities[0].actions[1].due"),
    ]


def test_agreement_needs_both_who_and_when(problems, make_project):
    files = {"plans/wsoa/updates/2021-04.yaml": UPDATE.replace(
        "state: published\n", "state: published\nagreed_by: Parent Carer Forum\n")}
    assert problems(files) == [("wrong-value", "plans/wsoa/updates/2021-04.yaml", 1, "")]
    assert "give both 'agreed_by' and 'agreed_on'" in messages(make_project, files)[0]
