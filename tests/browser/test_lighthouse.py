"""Lighthouse (pinned in package.json, driving the suite's Chromium) on the mobile
preset for the pages a parent reads first: accessibility and best practices 100 on
each, and the performance scores printed (they depend on the machine, so they are
figures to read, not targets). It can fail: the same home page with the two
faults Lighthouse's rules catch beyond WCAG's (a dialog with no name, a picture
with no text) scores below 100 and names both."""
from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from browsertools import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, need, served
from conftest import ROOT

SCRIPT = ROOT / "tests" / "browser" / "lighthouse.mjs"
LIGHTHOUSE = ROOT / "node_modules" / "lighthouse"
# Home, a priority, a topic, a measure and the Easy Read page (issue 19).
PAGES = ["", "wsoa-2020/p3/", "topics/autism-adhd-assessment/", "measures/nd-assessment-wait/",
         "wsoa-2020/easy-read/"]
NAMED_DIALOG = 'role="dialog" aria-label="Search"'


def broken_home(site, folder):
    """The example's home page with a search dialog left unnamed and a picture with no
    text, as a theme upgrade or a hand-written page could bring."""
    shutil.copytree(site, folder)
    home = folder / "index.html"
    html = home.read_text(encoding="utf-8")
    assert NAMED_DIALOG in html
    html = html.replace(NAMED_DIALOG, 'role="dialog"').replace(
        "<h1", '<img src="assets/brand/logo.svg" width="48" height="48"><h1', 1)
    home.write_text(html, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def lighthouse(example_site, tmp_path_factory):
    """Every page's findings, from one Lighthouse run in one browser."""
    need(shutil.which("node") is not None, "Node.js (node)")
    need(LIGHTHOUSE.is_dir(), f"Lighthouse ({LIGHTHOUSE.relative_to(ROOT)})")
    need(CHROMIUM.is_file(), f"the browser ({CHROMIUM})")
    broken = broken_home(example_site, tmp_path_factory.mktemp("lighthouse") / "site")
    with served(example_site) as base, served(broken) as broken_base:
        urls = [base + page for page in PAGES] + [broken_base]
        result = subprocess.run(["node", str(SCRIPT), *urls], capture_output=True, text=True,
                                env={**os.environ, "CHROME_PATH": str(CHROMIUM),
                                     "CHROME_FLAGS": json.dumps(CHROMIUM_ARGS)}, timeout=600)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "lighthouse.json").write_text(json.dumps(found, indent=1), encoding="utf-8")
    by_page = {page: found[base + page] for page in PAGES}
    return by_page, found[broken_base]


def scores_table(by_page: dict) -> str:
    lines = ["Lighthouse, mobile preset (performance depends on this machine's speed):",
             f"  {'page':38} {'accessibility':>13} {'performance':>11} {'best practices':>14}"]
    for page, found in by_page.items():
        s = found["scores"]
        lines.append(f"  {'/' + page:38} {s['accessibility'] * 100:13.0f} {s['performance'] * 100:11.0f} "
                     f"{s['best-practices'] * 100:14.0f}")
    return "\n".join(lines)


def test_each_page_scores_100_for_accessibility(lighthouse, capsys):
    by_page, _ = lighthouse
    with capsys.disabled():
        print("\n" + scores_table(by_page))
    assert not [page for page, found in by_page.items() if found["error"]], by_page
    failed = {page: found["failed"]["accessibility"] for page, found in by_page.items()
              if found["scores"]["accessibility"] < 1}
    assert not failed, json.dumps(failed, indent=1)


def test_each_page_scores_100_for_best_practices(lighthouse):
    by_page, _ = lighthouse
    for page, found in by_page.items():
        # Best practices are the page's own (no console errors, no third party, doctype):
        # none depends on the machine, so they are held at 100 too.
        assert found["scores"]["best-practices"] == 1, (page, found["failed"]["best-practices"])


def test_lighthouse_can_fail(lighthouse):
    _, broken = lighthouse
    assert broken["scores"]["accessibility"] < 1
    failed = {audit["id"] for audit in broken["failed"]["accessibility"]}
    assert {"aria-dialog-name", "image-alt"} <= failed, failed
