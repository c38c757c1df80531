"""Pages, open data, the feed and the committee report of a plan whose meetings report
on some actions, where one action has no report yet and a meeting is known only by
its month."""
import io
import re

import feedparser
import pandas as pd
import pytest

from conftest import MEASURES, PLAN, SITE, UPDATE, write
from generator.compute import committee
from generator.render import fragments, render_pages
from generator.render.committee import committee_markdown
from generator.validate import load_project

SOME = PLAN.replace("priorities:\n", "updates_cover: some-actions\npriorities:\n", 1)
A1_2 = "  A1.2:\n    status: amber\n    note: Partners are reading it.\n"


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = write(tmp_path_factory.mktemp("unreported"), {
        "plans/site.yaml": SITE, "plans/measures.yaml": MEASURES, "plans/wsoa/plan.yaml": SOME,
        "plans/wsoa/updates/2021-04.yaml": UPDATE.replace(A1_2, ""),  # A1.1 only
        # The board's minutes give the month only, and no status at all.
        "plans/wsoa/updates/2021-05.yaml": UPDATE.replace("2021-04-20", "2021-05")
        .replace("April", "May").split("actions:")[0]})
    project, report = load_project(root / "plans", root)
    assert report.ok, report.problems
    return project


@pytest.fixture(scope="module")
def pages(project):
    return render_pages(project)


def test_the_headline_says_how_many_are_not_reported_yet(pages):
    home = " ".join(pages["index.md"].split())
    assert "1 of 2 actions is under way (50%)" in home
    assert ("1 of the 2 actions has no report from a meeting yet, so it has no status. It is not "
            "counted as under way, completed or delayed. Each percentage is out of all 2 actions.") in home
    # The home page's first lines: how far, with the action no meeting has reported on.
    assert "0 of 2 actions done, 1 with no report yet." in home


def test_the_status_chart_and_its_table_show_not_reported_yet(pages):
    home = pages["index.md"]
    assert '<th scope="col">Completed</th><th scope="col">Not reported yet</th>' in home
    assert ('<tr><th scope="row">May 2021 monitoring meeting</th><td>0</td><td>0</td><td>0</td>'
            '<td>1</td><td>0</td><td>1</td></tr>') in home
    svg = pages["wsoa/actions-by-status.svg"]
    svg = svg if isinstance(svg, str) else svg.decode()
    assert "<text" in svg and ">Not reported yet<" in svg.replace("\n", "")  # in the key
    assert "Completed 0, not reported yet 1." in svg  # the chart's description


def test_the_priority_page_says_no_report_yet(pages):
    page = pages["wsoa/p1.md"]
    section = page[page.index("{ #action-a1-2 }"):]
    assert section.startswith("{ #action-a1-2 }\n\nNo report yet, due 30 June 2021.\n")
    table = fragments.split(page)[1]["a1-2"]
    rows = re.findall(r'<td data-label="Status">(.*?)</td><td data-label="What happened">(.*?)</td>', table)
    assert rows == [("No report yet", "No report on this action yet.")] * 2


def test_a_month_only_meeting_is_shown_by_its_month(pages):
    assert "[May 2021 monitoring meeting](updates/2021-05.md) (May 2021)" in pages["wsoa/index.md"]
    feed = feedparser.parse(pages["feed.xml"])
    assert [e.updated[:10] for e in feed.entries][0] == "2021-05-01"  # a valid Atom date: the month's first day


def test_open_data_leaves_the_status_empty_and_says_not_reported_yet(pages):
    table = pd.read_csv(io.BytesIO(pages["data/wsoa-actions.csv"]), dtype=str, keep_default_na=False)
    a12 = table[table.action_id == "A1.2"]
    assert list(zip(a12.update_date, a12.status, a12.status_label, a12.not_reported_yet)) == [
        ("2021-05", "", "", "True"), ("2021-04-20", "", "", "True")]
    a11 = table[table.action_id == "A1.1"]
    assert list(a11.not_reported_yet) == ["False", "False"]


def test_the_committee_report_says_not_reported_yet(project):
    entry = project.plans[0]
    text = " ".join(committee_markdown(project.site, committee.committee(project, entry, entry.periods[-1])).split())
    assert "Progress at the meeting in May 2021" in text
    assert "| Not reported yet | 1 | 1 |" in text
    assert "1 of the 2 actions has no report from a meeting yet" in text


def test_the_what_changed_page_counts_not_reported_yet(pages):
    page = pages["wsoa/updates/2021-05.md"]
    assert "This is the May 2021 monitoring meeting (May 2021)" in page
    assert "| Not reported yet (no status) | 1 | 1 |" in page
