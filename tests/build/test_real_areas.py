"""Real cases: areas written from the seeds' committee reports (and one from the
current framework's rules), facts as the reports give them (tests/fixtures/areas/README.md).
Each loads, builds, and its committee report states the figures its home page does."""
from __future__ import annotations

import re
from html import unescape

import pytest

from conftest import ROOT
from generator.compute.figures import headline
from generator.compute.impact import target_progress
from generator.render.paths import FEEDBACK
from generator.validate import load_project
from sitebuild import run

AREAS = ROOT / "tests" / "fixtures" / "areas"
REAL = ["leicestershire-wsoa", "somerset-nine-priorities", "essex-wsoa", "priority-action-plan"]


def _text(html: str) -> str:
    """A page's words as a reader hears them, one space between each."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    body = re.sub(r"</?abbr\b[^>]*>", "", body)  # inline: its word runs on into the text beside it
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", body)).split())


@pytest.fixture(scope="module")
def built(area_project):
    """Each area's project folder, built once for the session (with no warning)."""
    return area_project


@pytest.mark.parametrize("area", REAL)
def test_each_real_area_loads_with_no_errors(area):
    project, report = load_project(AREAS / area / "plans", ROOT, plain_english=True)
    assert report.ok, report.summary()
    # An accessibility statement is about the area's website, which no report describes.
    assert [p.code for p in report.warnings] == ["statement-missing"], report.summary()


def test_leicestershire_home_page_says_what_the_march_2022_report_says(built):
    home = _text((built("leicestershire-wsoa") / "site" / "index.html").read_text(encoding="utf-8"))
    assert "All 41 actions are now under way, up from 87.8% in October 2021." in home
    assert re.search(r"\b7 actions are delayed\b", home)


@pytest.mark.parametrize("area", REAL)
def test_the_committee_report_states_the_home_pages_figures(area, built):
    root = built(area)
    home = _text((root / "site" / "index.html").read_text(encoding="utf-8"))
    result = run(["report"], root)
    assert result.returncode == 0, result.stderr
    report = " ".join(result.stdout.replace("*", "").split())
    project, _ = load_project(root / "plans", root)
    latest, previous = headline(project.plans[0], project.site)
    if latest is None:  # no update published yet: both say so, and give no figures
        said = "No progress has been reported yet"
        assert said in home and said in report
        assert not re.search(r"\b\d+ actions? (is|are) (under way|delayed|completed)\b", home)
        return
    if not latest.total:  # an update, but no actions published yet: both say so
        said = "No actions have been published for this plan yet."
        assert said in home and said in report
        assert not re.search(r"\b\d+ actions? (is|are) (under way|delayed|completed)\b", home + report)
        return
    figures = [f"{latest.delayed} action" if latest.delayed else "No actions are delayed",
               f"{latest.completed} action" if latest.completed else "No actions are completed yet",
               f"{latest.under_way} of {latest.total} actions" if latest.under_way < latest.total
               else f"All {latest.total} actions are now under way"]
    for figure in figures:
        assert figure in home and figure in report, figure
    # The headline's own sentences, word for word ("87.8%" holds a dot, not an end).
    sentences = [s for s in re.split(r"(?<=\.) ", home) if re.match(r"(All )?\d+ (of \d+ )?actions? (is|are) (now )?(under way|delayed)[^.]*(\.\d+[^.]*)*\.$", s)]
    assert sentences and all(s in report for s in sentences), sentences


def test_a_report_with_no_actions_shows_none_and_invents_nothing(built):
    site = built("somerset-nine-priorities") / "site" / "wsoa"
    titled = _text((site / "ipa1" / "index.html").read_text(encoding="utf-8"))
    named_only = _text((site / "ipa5" / "index.html").read_text(encoding="utf-8"))
    for page in (titled, named_only):
        assert "No actions have been published for this priority yet." in page
        assert "What this means for families" not in page and "does not say" not in page
    assert "In the inspectors' own words" in titled
    assert "What the inspectors found" not in named_only
    plan = _text((site / "index.html").read_text(encoding="utf-8"))
    # The Actions column says so in words, not "0".
    assert re.search(r"IPA5: Improvement priority area 5 not named yet None yet", plan)


def test_statuses_given_alone_have_no_empty_notes(built):
    page = (built("leicestershire-wsoa") / "site" / "wsoa" / "p1" / "index.html").read_text(encoding="utf-8")
    assert "What happened" not in page and "Latest note" not in page
    assert "None" not in _text(page)


def test_points_without_a_theme_are_numbered(built):
    site = built("essex-wsoa") / "site"
    letter = site / FEEDBACK / "2020-04-inspectors-letter" / "index.html"
    text = _text(letter.read_text(encoding="utf-8"))
    assert all(f"Point {n}" in text for n in range(1, 7)) and "None" not in text


def test_somersets_80_percent_rule_is_on_its_home_page_and_in_its_report(built):
    root = built("somerset-nine-priorities")
    project, _ = load_project(root / "plans", root)
    entry = project.plans[0]
    t = target_progress(entry, project.site)
    assert t is not None and t.target.share == 80 and t.total == len(entry.plan.priorities) == 9
    home = _text((root / "site" / "index.html").read_text(encoding="utf-8"))
    result = run(["report"], root)
    assert result.returncode == 0, result.stderr
    report = " ".join(result.stdout.replace("*", "").split())
    said = [f"{t.reached} of 9 priorities ({t.percent_reached:g}%) show significant progress.",
            f"The target is 80% ({t.needed} of 9) by June 2022."]
    for sentence in said:
        assert sentence in home and sentence in report, sentence
    # The board's narrative for a priority, on that priority's page, apart from its actions.
    narrative = entry.periods[-1].update.priorities["IPA4"].narrative
    page = _text((root / "site" / "wsoa" / "ipa4" / "index.html").read_text(encoding="utf-8"))
    assert "What has changed for families" in page and narrative in page
