"""Headline figures against counts made by hand (tests/fixtures/areas/README.md)."""
from pathlib import Path

import pytest

from conftest import AREAS, ROOT
from generator.compute import figures, headline
from generator.validate import load_project


def load(plans: Path):
    project, report = load_project(plans)
    assert report.ok, report.summary()
    return project


def period_figures(plans: Path, period_id: str):
    project = load(plans)
    entry = project.plans[0]
    period = next(p for p in entry.periods if p.id == period_id)
    f = figures(entry, period, project.site)
    return (f.total, f.under_way, f.percent_under_way, f.completed, f.delayed, f.overdue)


@pytest.mark.parametrize("area, period, expected", [
    # total, under way, % under way, completed, delayed, overdue
    ("two-priorities", "2021-10", (41, 36, 87.8, 7, 4, 6)),
    ("two-priorities", "2022-01", (41, 41, 100.0, 12, 7, 5)),
    ("three-priorities", "2020-09", (14, 11, 78.6, 2, 2, 2)),
    ("three-priorities", "2020-12", (14, 13, 92.9, 5, 3, 3)),
    ("nine-priorities", "2021-01", (22, 22, 100.0, 5, 4, 2)),
    ("nine-priorities", "2021-02", (22, 22, 100.0, 9, 4, 2)),
    ("nine-priorities", "2021-03", (22, 22, 100.0, 11, 3, 2)),
])
def test_fixture_areas(area, period, expected):
    assert period_figures(AREAS / area / "plans", period) == expected


@pytest.mark.parametrize("period, expected", [
    ("2021-04", (22, 17, 77.3, 6, 1, 1)),
    ("2021-07", (22, 20, 90.9, 9, 2, 2)),
    ("2021-10", (22, 21, 95.5, 13, 3, 1)),
    ("2022-01", (22, 22, 100.0, 15, 1, 1)),
])
def test_example_site(period, expected):
    assert period_figures(ROOT / "plans", period) == expected


def test_headline_compares_the_latest_two_published_periods(make_project):
    root = make_project({"plans/wsoa/updates/2021-07.yaml": """\
        date: 2021-07-20
        label: July 2021 monitoring meeting
        state: draft
        actions:
          A1.1: {status: blue, note: Done.}
          A1.2: {status: blue, note: Done.}
        """})
    project = load(root / "plans")
    latest, previous = headline(project.plans[0], project.site)
    assert latest.period.id == "2021-04"  # the draft is not public
    assert previous is None


def test_due_by_end_of_month_is_not_overdue_within_that_month(make_project):
    root = make_project({"plans/wsoa/updates/2021-03.yaml": """\
        date: 2021-03-31
        label: March 2021 monitoring meeting
        state: published
        actions:
          A1.1: {status: green, note: Nearly there.}
          A1.2: {status: green, note: On the way.}
        """})
    project = load(root / "plans")
    entry = project.plans[0]
    march, april = entry.periods
    assert figures(entry, march, project.site).overdue == 0  # A1.1 due 2021-03 = 31 March
    assert figures(entry, april, project.site).overdue == 1
