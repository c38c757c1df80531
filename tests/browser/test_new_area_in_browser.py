"""The site of an area's repository started with `progress-pages new` (its placeholders
filled in, built with its own README commands: tests/new_area.py), opened in real
Chromium: every page passes axe-core's WCAG 2.2 A and AA rules and the Nu HTML
Checker, asks nothing of another host, and shows every status badge in words."""
from __future__ import annotations

from browsertools import (axe_violations, badge_problems, chromium, describe_violations, open_details, served,
                          vnu_errors)
from generator.model import DEFAULT_STATUSES


def test_every_page_passes_axe_and_asks_nothing_of_another_host(started_area):
    assert started_area.build.returncode == 0, started_area.build.stderr
    site = started_area.folder / "site"
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    assert "index.html" in pages
    labels = [s.label for s in DEFAULT_STATUSES]
    failures = []
    with served(site) as base, chromium(base) as tab:
        for path in pages:
            tab.open(path)
            open_details(tab)
            failures += describe_violations(path, axe_violations(tab))
            failures += [f"{path}: {p}" for p in badge_problems(tab, labels)]
        outside = sorted({url for url in tab.requests if not tab.is_local(url)})
    assert not failures, "\n".join(failures)
    assert not outside, "requests left 127.0.0.1:\n" + "\n".join(outside)


def test_every_page_is_valid_html(started_area):
    site = started_area.folder / "site"
    errors = vnu_errors(sorted(site.rglob("*.html")), site)
    assert not errors, "the Nu HTML Checker found errors:\n" + "\n".join(errors)
