"""The fixture areas written from real published plans (tests/fixtures/areas/,
see its README), each built as its area would publish it and opened in real
Chromium: every page passes axe-core's WCAG 2.2 A and AA rules and the Nu HTML
Checker, asks nothing of another host, and shows every status badge in words."""
from __future__ import annotations

from pathlib import Path

import pytest

from browsertools import (axe_violations, badge_problems, chromium, describe_violations, open_details, served,
                          vnu_errors)
from conftest import AREAS
from generator.validate import load_project

REAL_AREAS = ["leicestershire-wsoa", "somerset-nine-priorities", "essex-wsoa", "priority-action-plan"]


@pytest.fixture(scope="module", params=REAL_AREAS)
def area(request, area_project) -> tuple[str, Path, list[str]]:
    plans = AREAS / request.param / "plans"
    project, _ = load_project(plans)
    labels = [s.label for s in project.site.statuses]
    return request.param, area_project(request.param) / "site", labels


def test_every_page_passes_axe_and_shows_badges_in_words(area):
    name, site, labels = area
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    assert "index.html" in pages
    failures = []
    with served(site) as base, chromium(base) as tab:
        for path in pages:
            tab.open(path)
            open_details(tab)
            failures += describe_violations(f"{name}/{path}", axe_violations(tab))
            failures += [f"{name}/{path}: {p}" for p in badge_problems(tab, labels)]
        outside = sorted({url for url in tab.requests if not tab.is_local(url)})
    assert not failures, "\n".join(failures)
    assert not outside, "requests left 127.0.0.1:\n" + "\n".join(outside)


def test_every_page_is_valid_html(area):
    name, site, _ = area
    errors = vnu_errors(sorted(site.rglob("*.html")), site)
    assert not errors, f"{name}: the Nu HTML Checker found errors:\n" + "\n".join(errors)
