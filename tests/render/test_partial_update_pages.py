"""Pages and open data of a plan whose meetings report on some actions, with two
meetings in one month."""
import io
import re

import pandas as pd
import pytest

from conftest import PLAN, UPDATE
from generator.render import fragments, render_pages
from generator.validate import load_project

SOME = PLAN.replace("priorities:\n", "updates_cover: some-actions\npriorities:\n", 1)
A1_2 = "  A1.2:\n    status: amber\n    note: Partners are reading it.\n"


def meeting(day: str, label: str) -> str:
    return (UPDATE.replace("2021-04-20", day).replace("April 2021 monitoring meeting", label)
            .replace(A1_2, ""))


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    from conftest import MEASURES, SITE, write
    root = write(tmp_path_factory.mktemp("partial"), {
        "plans/site.yaml": SITE, "plans/measures.yaml": MEASURES, "plans/wsoa/plan.yaml": SOME,
        "plans/wsoa/updates/2021-04.yaml": UPDATE,
        "plans/wsoa/updates/2021-05.yaml": meeting("2021-05-04", "Early May board"),
        "plans/wsoa/updates/2021-05-25.yaml": meeting("2021-05-25", "Late May board")})
    project, report = load_project(root / "plans", root)
    assert report.ok, report.problems
    return render_pages(project)


def test_history_says_no_new_report_and_shows_the_carried_status(pages):
    table = fragments.split(pages["wsoa/p1.md"])[1]["a1-2"]
    cell = r'<td data-label="{}">(.*?)</td>'
    rows = re.findall("".join(cell.format(c) for c in ("Update", "Status", "What happened")), table)
    assert [re.sub(r"</?abbr[^>]*>", "", label) for label, _, _ in rows] == ["Late May board", "Early May board",
                                               "April 2021 monitoring meeting"]
    for _, status, note in rows[:2]:
        assert status.endswith("In progress</span>")  # April's status, carried forward
        assert re.sub(r"</?abbr[^>]*>", "", note) == "No new report at this meeting. The status is from the April 2021 monitoring meeting."
    assert rows[2][2] == "Partners are reading it."


def test_two_meetings_in_a_month_have_a_page_each_named_by_day(pages):
    assert "# What changed in May 2021" in pages["wsoa/updates/2021-05.md"]
    assert "# What changed in 25 May 2021" in pages["wsoa/updates/2021-05-25.md"]


def test_open_data_marks_carried_rows(pages):
    table = pd.read_csv(io.BytesIO(pages["data/wsoa-actions.csv"]), dtype=str, keep_default_na=False)
    a12 = table[table.action_id == "A1.2"]
    assert list(zip(a12.update_date, a12.status, a12.carried_forward)) == [
        ("2021-05-25", "amber", "True"), ("2021-05-04", "amber", "True"), ("2021-04-20", "amber", "False")]
