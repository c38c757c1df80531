"""The parent's-path checks can fail: on a site whose stylesheet pushes everything
down and whose hand-written page holds a wide table, each check of
test_parent_path.py reports the fault."""
from __future__ import annotations

import pytest

from browsertools import (NARROWEST, PHONE, PHONE_HEIGHT, below_the_fold, chromium, page_height, served,
                          too_wide)
from generator.build.theme import THEME_DIR
from sitebuild import run, site_copy
from test_parent_path import HOME_FIRST_SCREEN, MOST_SCREENS, PRIORITY


@pytest.fixture(scope="module")
def bad_site(tmp_path_factory):
    root = site_copy(tmp_path_factory.mktemp("bad-parent-path"))
    # Someone gives the page title a tall margin, in the area's copy of the stylesheet ...
    css = root / "site_overrides" / "assets" / "stylesheets" / "progress.css"
    css.parent.mkdir(parents=True)
    css.write_text((THEME_DIR / "assets" / "stylesheets" / "progress.css").read_text()
                   + "\n.md-typeset h1 { margin-bottom: 1000px !important; }\n")
    # ... and writes a page with a table wider than any phone.
    (root / "content" / "wide.md").write_text(
        "# A wide table\n\n<table style=\"width: 900px\"><tr><td>Far too wide</td></tr></table>\n")
    result = run(["build"], root)
    assert result.returncode == 0, result.stderr
    with served(root / "site") as base, chromium(base) as tab:
        yield tab


def test_priorities_pushed_below_the_fold_fail_the_first_screen_check(bad_site):
    bad_site.open("index.html", width=PHONE, height=PHONE_HEIGHT)
    missed = below_the_fold(bad_site, HOME_FIRST_SCREEN)
    assert "article li > a[href*='wsoa-2020/p']: below the first screen" in missed, missed


def test_a_taller_priority_page_fails_the_five_screens_check(bad_site):
    bad_site.open(PRIORITY, width=PHONE, height=PHONE_HEIGHT)
    assert page_height(bad_site) > MOST_SCREENS * PHONE_HEIGHT


def test_a_wide_table_fails_the_320_px_check(bad_site):
    bad_site.open("wide/index.html", width=NARROWEST, height=PHONE_HEIGHT)
    found = too_wide(bad_site)
    # Material puts it in a box that scrolls sideways, which no keyboard can reach.
    assert any(line.startswith("table 900 px wide: Far too wide") for line in found), found
