"""A plan agreed but with no published update yet (none at all, or only a draft):
the site builds complete and `report` works, both saying no progress is reported yet."""
import re
from pathlib import Path

import pytest

from htmltools import pages
from sitebuild import run, site_copy

NO_PROGRESS = ("No progress has been reported yet. The first update comes after "
               "the plan's first monitoring meeting.")
UPDATES = Path("plans/wsoa-2020/updates")


def without_updates(tmp_path: Path, draft: str | None = None) -> Path:
    """The example with every update file removed, or all but `draft`, left as a draft."""
    root = site_copy(tmp_path)
    for path in (root / UPDATES).glob("*.yaml"):
        if path.stem != draft:
            path.unlink()
    if draft:
        path = root / UPDATES / f"{draft}.yaml"
        path.write_text(path.read_text().replace("state: published", "state: draft"))
    return root


@pytest.fixture(scope="module", params=[None, "2022-01"], ids=["no-update", "one-draft"])
def project(request, tmp_path_factory):
    return without_updates(tmp_path_factory.mktemp("no-progress"), request.param)


def test_the_site_builds_complete_and_says_so(project):
    result = run(["build"], project)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr and "ERROR" not in result.stderr, result.stderr
    site = pages(project / "site")
    for page in ["index.html", "wsoa-2020/index.html", "wsoa-2020/p1/index.html"]:
        assert NO_PROGRESS in site[page].text, page
    assert not any(p.startswith("wsoa-2020/updates/") for p in site)  # no "What changed" page
    for name, page in site.items():
        assert not re.search(r"\b0 of 0\b|\bnan\b|\bNone\b|No update yet", page.text), name
    feed = (project / "site" / "feed.xml").read_text()
    assert "<entry>" not in feed
    assert "<updated>2020-10-07T12:00:00+00:00</updated>" in feed  # the plan's publication


def test_the_report_says_no_progress_is_reported_yet(project):
    result = run(["report"], project)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Written Statement of Action: progress report\n\n"
                                    f"Example County. {NO_PROGRESS}\n\n## Priorities\n")
    assert "| P3: Waiting times for autism and ADHD assessment, and information for families |" in result.stdout


def test_a_draft_is_said_in_one_line_with_how_to_publish_it(tmp_path):
    result = run(["report"], without_updates(tmp_path, "2022-01"))
    assert result.stderr == (
        "The only update, plans/wsoa-2020/updates/2022-01.yaml, is a draft: it is left out of the "
        "public site and this report until it says `state: published`. To see a draft in the report, "
        "marked as one, run `progress-pages report --period 2022-01`; `progress-pages build --preview` "
        "shows drafts on the site.\n")


def test_no_draft_no_word_about_drafts(tmp_path):
    assert run(["report"], without_updates(tmp_path)).stderr == ""


def test_the_draft_itself_can_be_reported_as_a_draft(tmp_path):
    result = run(["report", "--period", "2022-01"], without_updates(tmp_path, "2022-01"))
    assert result.returncode == 0, result.stderr
    assert "**Draft:** this update is not agreed yet" in result.stdout


def test_a_period_asked_for_in_a_plan_with_no_update(tmp_path):
    result = run(["report", "--period", "2022-01"], without_updates(tmp_path))
    assert result.returncode == 1
    assert result.stderr == ("No update 2022-01 in plan wsoa-2020: it has no update yet. Each update "
                             "is a file plans/wsoa-2020/updates/YYYY-MM.yaml.\n")
