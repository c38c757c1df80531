"""The plan's timeline: checked by the model, split at the build's day on the plan's
page, and published as open data."""
import datetime as dt
import io
import json

import pandas as pd

from conftest import PLAN, messages
from generator.model.docs import format_reference
from generator.model.timeline import MILESTONE_LABELS
from generator.render import datasets, open_data, render_pages
from generator.validate import load_project
from test_pages import text

TIMELINE = """\
timeline:
  - date: 2021-11
    until: 2022-05
    kind: reinspection-expected
    by: Ofsted and the CQC
    note: Inspectors usually come back 18 to 24 months after the report.
  - date: 2020-09-18
    kind: submitted
    by: Ofsted and the CQC
  - date: 2020-10
    kind: approved
  - date: 2021-07-20
    kind: monitoring-meeting
    by: DfE and NHS England
    link: https://www.example.gov.uk/send/letter_1.pdf
"""


def plan_page(make_project, today, timeline=TIMELINE):
    root = make_project({"plans/wsoa/plan.yaml": PLAN + timeline})
    project, report = load_project(root / "plans", root)
    assert report.ok, report.summary()
    return render_pages(project, today=today)


def sections(page: str) -> tuple[str, str]:
    """What the page says under 'What has happened' and under 'What happens next'."""
    shown = text(page)
    happened = shown.partition("## What has happened\n")[2].partition("\n## ")[0]
    coming = shown.partition("## What happens next\n")[2].partition("\n## ")[0]
    return happened, coming


def test_a_day_and_a_month_are_both_dates(problems):
    assert problems({"plans/wsoa/plan.yaml": PLAN + TIMELINE}) == []


def test_an_unknown_kind_suggests_the_right_one(make_project):
    found = messages(make_project, {"plans/wsoa/plan.yaml": PLAN + TIMELINE.replace(
        "kind: submitted", "kind: submited")})
    assert len(found) == 1
    assert "timeline[1].kind: 'submited' is not one of deadline, drafted, submitted" in found[0]
    assert "did you mean 'submitted'?" in found[0]


def test_an_impossible_date_and_a_span_that_ends_first_are_errors(make_project):
    found = messages(make_project, {"plans/wsoa/plan.yaml": PLAN + TIMELINE.replace(
        "2020-09-18", "2020-09-31").replace("until: 2022-05", "until: 2021-06")})
    assert len(found) == 2
    assert "timeline[0]: 'until' (June 2021) must be after 'date' (November 2021)" in found[0]
    assert "timeline[1].date: '2020-09-31' is not a real date" in found[1]


def test_the_input_format_lists_every_kind():
    docs = format_reference()
    for kind, label in MILESTONE_LABELS.items():
        assert f"`{kind}` ({label.lower()})" in docs


def test_past_and_next_are_split_at_the_build_day_in_date_order(make_project):
    happened, coming = sections(plan_page(make_project, dt.date(2021, 7, 20))["wsoa/index.md"])
    assert happened.split("\n1. ")[1:] == [
        "18 September 2020: the plan was sent to Ofsted and the CQC.",
        "October 2020: the plan was approved.",
        "20 July 2021: progress was checked at a meeting with DfE and NHS England. [Read more about this]()\n",  # the address is in <>
    ]
    assert coming.strip() == ("1. November 2021 to May 2022: a new inspection by Ofsted and the CQC is "
                              "expected. Inspectors usually come back 18 to 24 months after the report.")


def test_a_month_counts_as_past_only_once_it_is_over(make_project):
    happened, coming = sections(plan_page(make_project, dt.date(2020, 10, 15))["wsoa/index.md"])
    assert "October 2020: the plan is due to be approved." in coming
    assert "approved" not in happened
    happened, _ = sections(plan_page(make_project, dt.date(2020, 10, 31))["wsoa/index.md"])
    assert "October 2020: the plan was approved." in happened


def test_a_span_is_next_until_it_ends(make_project):
    happened, coming = sections(plan_page(make_project, dt.date(2022, 1, 31))["wsoa/index.md"])
    assert "a new inspection by Ofsted and the CQC is expected" in coming
    happened, coming = sections(plan_page(make_project, dt.date(2022, 6, 1))["wsoa/index.md"])
    assert "November 2021 to May 2022: a new inspection by Ofsted and the CQC was expected." in happened
    assert coming == ""


def test_the_timeline_is_an_ordered_list_with_a_safe_link(make_project):
    page = plan_page(make_project, dt.date(2021, 8, 1))["wsoa/index.md"]
    assert "\n1. 18 September 2020: the plan was sent to Ofsted and the CQC.\n" in page
    assert "[Read more about this](<https://www.example.gov.uk/send/letter_1.pdf>)" in page


def test_hostile_text_in_a_milestone_stays_text(make_project):
    hostile = TIMELINE.replace("Inspectors usually come back 18 to 24 months after the report.",
                               "'<img src=x onerror=alert(1)> [click](javascript:alert(1)) :x: {: .a }'").replace(
        "by: DfE and NHS England", "by: \"*DfE* <b>and</b> NHS\"")
    page = plan_page(make_project, dt.date(2021, 8, 1), hostile)["wsoa/index.md"]
    assert "<img" not in page and "<b>" not in page and "](javascript" not in page
    assert "*DfE*" not in page and ":x:" not in page and "{:" not in page
    happened, coming = sections(page)
    assert "a meeting with *DfE* <b>and</b> NHS." in happened
    assert "<img src=x onerror=alert(1)> [click](javascript:alert(1)) :x: {: .a }" in coming


def test_a_plan_without_a_timeline_has_neither_section_nor_files(make_project):
    root = make_project()
    project, _ = load_project(root / "plans", root)
    pages = render_pages(project, today=dt.date(2021, 8, 1))
    assert "What has happened" not in pages["wsoa/index.md"]
    assert "What happens next" not in pages["wsoa/index.md"]
    assert not [p for p in pages if "timeline" in p]
    assert "`kind_label`" not in pages["data/index.md"]


def test_the_open_data_holds_the_timeline_in_date_order_with_its_columns_documented(make_project):
    files = plan_page(make_project, dt.date(2021, 8, 1))
    table = pd.read_csv(io.BytesIO(files["data/wsoa-timeline.csv"]), dtype=str, keep_default_na=False)
    assert list(table.columns) == [c.name for c in datasets.TIMELINE.columns]
    assert list(zip(table["date"], table["until"], table["kind"], table["kind_label"])) == [
        ("2020-09-18", "", "submitted", "Plan sent to the inspectors"),
        ("2020-10", "", "approved", "Plan approved"),
        ("2021-07-20", "", "monitoring-meeting", "Monitoring meeting"),
        ("2021-11", "2022-05", "reinspection-expected", "New inspection expected"),
    ]
    rows = json.loads(files["data/wsoa-timeline.json"])
    assert [r["date"] for r in rows] == list(table["date"])
    assert rows[1]["by"] is None and rows[2]["link"] == "https://www.example.gov.uk/send/letter_1.pdf"
    page = files["data/index.md"]
    for column in datasets.TIMELINE.columns:
        assert f"| `{column.name}` |" in page
    assert "(data/wsoa-timeline.csv)" not in page and "](wsoa-timeline.csv)" in page


def test_a_text_like_a_formula_in_the_timeline_csv_gets_a_quote(make_project):
    files = plan_page(make_project, dt.date(2021, 8, 1), TIMELINE.replace("by: DfE and NHS England",
                                                                          "by: \"=1+1\""))
    assert ",'=1+1," in files["data/wsoa-timeline.csv"].decode()
