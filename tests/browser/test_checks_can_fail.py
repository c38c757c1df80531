"""The browser checks can fail: a site with a low-contrast badge and a colour-only
badge, built for real, is caught by the same checks the example site passes."""
from __future__ import annotations

import pytest

from browsertools import axe_violations, badge_problems, chromium, describe_violations, served
from generator.build.theme import THEME_DIR
from generator.model import DEFAULT_STATUSES
from sitebuild import run, site_copy

LABELS = [s.label for s in DEFAULT_STATUSES]


@pytest.fixture(scope="module")
def bad_site(tmp_path_factory):
    root = site_copy(tmp_path_factory.mktemp("bad-badges"))
    # Someone restyles "In progress" in white on its amber (1.7:1), in the area's own
    # copy of the tool's stylesheet, which replaces the packaged one ...
    css = root / "site_overrides" / "assets" / "stylesheets" / "progress.css"
    css.parent.mkdir(parents=True)
    css.write_text((THEME_DIR / "assets" / "stylesheets" / "progress.css").read_text()
                   + "\n.md-typeset span.status.status--amber { color: #ffffff; }\n")
    # ... and someone writes a traffic-light dot with no words.
    (root / "content" / "rag.md").write_text(
        "# Traffic lights\n\nAction A1.1: <span class=\"status status--red\" "
        "title=\"Delayed\"></span>\n")
    result = run(["build"], root)
    assert result.returncode == 0, result.stderr
    with served(root / "site") as base, chromium(base) as tab:
        yield tab


def test_a_low_contrast_badge_fails_axe(bad_site):
    bad_site.open("wsoa-2020/p1/index.html")
    # Its amber badges are in the actions' histories: open, as the example site's check sees them.
    bad_site.page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    violations = axe_violations(bad_site)
    contrast = [v for v in violations if v["id"] == "color-contrast"]
    assert contrast, "axe did not report the white-on-amber badge"
    targets = [" ".join(n["target"]) for n in contrast[0]["nodes"]]
    assert any("status--amber" in t for t in targets), targets
    report = "\n".join(describe_violations("wsoa-2020/p1/index.html", violations))
    assert "color-contrast (serious)" in report and "Expected contrast ratio of 4.5:1" in report


def test_a_colour_only_badge_fails_the_badge_check(bad_site):
    bad_site.open("rag/index.html")
    problems = badge_problems(bad_site, LABELS)
    assert any('shows "", not one of the status labels' in p for p in problems), problems
    assert any("has no icon" in p for p in problems), problems
