"""Measure pages, as pure functions of the model: the sentence says what the table
says, odd figures still render, and actions and measures link to each other."""
import html
import re
import xml.etree.ElementTree as ET

import pytest

from conftest import MEASURES, ROOT
from generator.render import navigation, render_pages
from generator.validate import load_project

SVG = "{http://www.w3.org/2000/svg}"
FIGURE = r"(\d[\d,]*(?:\.\d+)?)"


def number(text: str) -> float:
    return float(text.replace(",", "").removesuffix("%"))


def tables(markdown: str) -> list[list[list[str]]]:
    """Every raw HTML table in a page, as rows of cell texts."""
    found = []
    for table in re.findall(r"<table>(.*?)</table>", markdown, re.S):
        rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)
        found.append([[html.unescape(c) for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", r)] for r in rows])
    return found


def sentence(markdown: str) -> str:
    return html.unescape(markdown.split("## Latest figure\n\n")[1].split("\n")[0])


@pytest.fixture(scope="module")
def example():
    project, report = load_project(ROOT / "plans")
    assert report.ok, report.summary()
    return project, render_pages(project)


def test_the_sentence_gives_the_same_figures_as_the_table(example):
    project, pages = example
    checked = 0
    for measure in project.measures:
        page = pages[f"measures/{measure.id}/index.md"]
        said = sentence(page)
        (header, *rows), = tables(page)
        by_date = {row[0]: dict(zip(header, row)) for row in rows}
        area = header[1]
        latest = re.match(re.escape(measure.name) + f": {FIGURE}[^;]*? in (\\w+ \\d{{4}})", said)
        value, when = latest.groups()
        assert number(value) == number(by_date[when][area]), (measure.id, said)
        assert when == [r[0] for r in rows if r[1] != "no figure"][-1]
        start = re.search(f"from {FIGURE}[^(;]* at the start \\((\\w+ \\d{{4}})\\)", said)
        if start and start[2] in by_date:
            assert number(start[1]) == number(by_date[start[2]][area])
        for name in measure.comparators:
            compared = re.search(re.escape(name) + f": {FIGURE}", said)
            column = next(h for h in header if h.startswith(name))
            assert number(compared[1]) == number(by_date[when][column]), (measure.id, name)
        about = html.unescape(page.split("## About this measure")[1])
        assert f"At the start: {start[1]}" in about if start else True
        target = re.search(f"the target is {FIGURE}", said)
        assert (target is None) == (measure.target is None)
        if target:
            assert f"Target: {target[1]}" in about
        checked += 1
    assert checked >= 5


def test_the_example_has_at_least_five_measures_with_two_years_of_quarterly_figures(example):
    project, _ = example
    long_enough = []
    for measure in project.measures:
        dates = [r.date.last_day for r in project.rows(measure) if r.value is not None]
        gaps = [(b - a).days for a, b in zip(dates, dates[1:])]
        if len(dates) >= 9 and (dates[-1] - dates[0]).days >= 730 and max(gaps) <= 92:
            long_enough.append(measure.id)
    assert len(long_enough) >= 5, long_enough
    assert any(m.comparators for m in project.measures)


ODD = MEASURES + """\
  - id: one-point
    name: Only one figure
    description: x
    unit: number
    better: lower
    baseline: {value: 7, date: 2021-03}
    source: x
  - id: gaps
    name: Figures with gaps
    description: x
    unit: days
    better: lower
    baseline: {value: 1, date: 2020-03}
    source: x
    comparators: [Region]
  - id: none-yet
    name: No figures yet
    description: x
    unit: months
    better: lower
    baseline: {value: 3, date: 2020-03}
    source: x
"""
ODD_FIGURES = {
    "plans/measures.yaml": ODD,
    "plans/measures/ehcp-20-weeks.csv": "date,value,England\n2020-06,41,\n2020-09,44,\n",
    "plans/measures/one-point.csv": "date,value\n2021-03,7\n",
    "plans/measures/gaps.csv": "date,value,Region\n2020-03,1,4\n2020-06,,5\n2020-09,3,\n2020-12,,\n",
}


@pytest.fixture
def odd(make_project):
    root = make_project(ODD_FIGURES)
    project, report = load_project(root / "plans", root)
    assert report.ok, report.summary()
    return project, render_pages(project)


def chart(pages, measure_id: str) -> ET.Element:
    return ET.fromstring(pages[f"measures/{measure_id}/{measure_id}.svg"])


def test_one_point_gaps_and_a_missing_comparator_still_render(odd):
    _, pages = odd
    assert sentence(pages["measures/one-point/index.md"]) == (
        "Only one figure: 7 in March 2021, the figure at the start.")
    assert sentence(pages["measures/gaps/index.md"]) == (
        "Figures with gaps: 3 days in September 2020, up from 1 day at the start (March 2020), which "
        "is worse; Region: 5 days in June 2020.")
    assert sentence(pages["measures/ehcp-20-weeks/index.md"]) == (
        "EHC plans issued within 20 weeks: 44% in September 2020, up from 41% at the start (June 2020), "
        "which is better; the target is 80% by December 2022; England: no figure yet.")
    (header, *rows), = tables(pages["measures/gaps/index.md"])
    assert header == ["Date", "Testshire (days)", "Region (days)"]
    assert rows[1] == ["June 2020", "no figure", "5"] and rows[3] == ["December 2020", "no figure", "no figure"]
    for measure_id in ("one-point", "gaps", "ehcp-20-weeks"):
        svg = chart(pages, measure_id)
        assert svg.find(f"{SVG}desc").text == sentence(pages[f"measures/{measure_id}/index.md"])


def test_a_measure_without_figures_has_a_page_but_no_chart(odd):
    _, pages = odd
    page = pages["measures/none-yet/index.md"]
    assert sentence(page) == "There are no figures yet for No figures yet. It was 3 months at the start (March 2020)."
    assert "<img" not in page and "measures/none-yet/none-yet.svg" not in pages
    assert "Download the data" not in page


def test_actions_link_to_their_measures_and_measures_back_to_their_actions(example):
    project, pages = example
    p2 = pages["wsoa-2020/p2.md"]
    assert "- How we measure it: [Health advice returned within 6 weeks](../measures/health-advice-6-weeks/index.md); " \
           "[EHC plans issued within 20 weeks](../measures/ehcp-20-weeks/index.md)" in p2
    page = html.unescape(pages["measures/ehcp-20-weeks/index.md"])
    for ref in ("A2.4", "A2.6"):
        assert f"[{ref}: " in page and f"](../../wsoa-2020/p2.md#action-{ref.lower().replace('.', '-')})" in page
    used = {m for e in project.plans for a in e.plan.actions() for m in a.measures}
    for measure in project.measures:
        listed = "No action lists this measure yet." not in pages[f"measures/{measure.id}/index.md"]
        assert listed == (measure.id in used)


def test_measures_are_in_the_navigation_with_the_open_data_page(example):
    project, _ = example
    nav = {item.title: item for item in navigation(project)}
    section = nav["How we measure progress"]
    assert [c.path for c in section.children] == ["measures/index.md"] + [
        f"measures/{m.id}/index.md" for m in project.measures]
    assert nav["Open data"].path == "data/index.md"


def test_the_home_page_has_the_chart_of_actions_by_status_with_its_table(example):
    project, pages = example
    home = pages["index.md"]
    assert '<img src="wsoa-2020/actions-by-status.svg"' in home
    (header, *rows), = tables(home)
    assert header == ["Update", "Not started", "Delayed", "In progress", "On track", "Completed"]
    assert rows[-1] == ["January 2022 monitoring meeting", "0", "1", "4", "2", "15"]
    assert all(sum(int(n) for n in row[1:]) == 22 for row in rows)
    desc = ET.fromstring(pages["wsoa-2020/actions-by-status.svg"]).find(f"{SVG}desc").text
    assert desc.endswith("January 2022 monitoring meeting: Not started 0, Delayed 1, In progress 4, "
                         "On track 2, Completed 15.")
