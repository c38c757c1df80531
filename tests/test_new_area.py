"""`progress-pages new`: a new area's repository, written as a council would start it.
Once its TO DO placeholders are filled in, it passes `check --strict` and builds, with
the area's own name and none of the example's."""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT
from generator.cli import main
from generator.starter import KIND_CHOICES
from generator.validate import load_project
from generator.validate.example_names import EXAMPLE_NAMES
from new_area import PLACEHOLDER, filled
from sitebuild import run, tree_digest

AREA = "Bath and North East Somerset"
AREA_OWNED = {"plans/site.yaml", "mkdocs.yml", "content/about.md", "README.md"}


def new(*args: str):
    return CliRunner().invoke(main, ["new", *args])


def written(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(folder.rglob("*")) if p.is_file() and ".git" not in p.parts}


@pytest.fixture(scope="module")
def areas(tmp_path_factory):
    """kind -> (the files as new wrote them, the folder once filled in, check, build)."""
    made = {}

    def make(kind: str):
        if kind not in made:
            folder = tmp_path_factory.mktemp(kind) / "area"
            result = new(str(folder), "--area", AREA, "--kind", kind)
            assert result.exit_code == 0, result.output
            files = written(folder)
            for name, text in files.items():
                (folder / name).write_text(filled(text), encoding="utf-8")
            made[kind] = (files, folder, run(["check", "--strict"], folder), run(["build"], folder))
        return made[kind]
    return make


@pytest.mark.parametrize("kind", list(KIND_CHOICES))
def test_each_kind_once_filled_in_passes_check_strict_and_builds(kind, areas):
    files, folder, check, build = areas(kind)
    assert check.returncode == 0, check.stdout + check.stderr
    assert build.returncode == 0, build.stderr
    assert "WARNING" not in build.stderr and "ERROR" not in build.stderr, build.stderr
    home = (folder / "site" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"<title>[^<]*Bath and North East Somerset[^<]*</title>", home), home[:500]
    assert f"plans/{kind}/plan.yaml" in files  # the plan's folder is named after its kind
    site_text = " ".join(p.read_text(encoding="utf-8", errors="replace")
                         for p in (folder / "site").rglob("*.html"))
    for name in EXAMPLE_NAMES + ("Marshfield",):
        assert name not in site_text
        # The schemas too: their descriptions show in the area's editor as it types.
        assert not [f for f, text in files.items() if name in text], name


@pytest.mark.parametrize("kind", list(KIND_CHOICES))
def test_placeholders_are_in_the_area_s_inputs_only(kind, areas):
    files = areas(kind)[0]
    counts = {name: len(PLACEHOLDER.findall(text)) for name, text in files.items()}
    plan = f"plans/{kind}/plan.yaml"
    assert counts[plan] > 0 and counts["plans/site.yaml"] > 0 and counts["mkdocs.yml"] == 1
    assert {n for n, c in counts.items() if c} == {plan, "plans/site.yaml", "mkdocs.yml"}
    # No marker outside a placeholder value, but in comments that explain them.
    for name, text in files.items():
        said = sum(line.count("TO DO:") for line in text.splitlines() if not line.lstrip().startswith("#"))
        assert said == counts[name], name


FINDINGS = {  # what the inspectors' findings are called in each kind of plan
    "priority-action-plan": ["area-for-priority-action", "area-for-improvement"],
    "improvement-plan": ["area-for-improvement"],
    "written-statement-of-action": ["area-of-weakness"],
    "accelerated-progress-plan": ["area-of-weakness"],
    "send-strategy": [None], "send-reform-plan": [None], "other": [None],
}


@pytest.mark.parametrize("kind", list(KIND_CHOICES))
def test_each_kind_s_skeleton_has_what_that_kind_of_plan_holds(kind, areas):
    folder = areas(kind)[1]
    project, report = load_project(folder / "plans", folder)
    assert report.ok, report.summary()
    (entry,) = project.plans
    assert entry.id == kind and entry.plan.kind == kind and not entry.periods
    assert [p.finding for p in entry.plan.priorities] == FINDINGS[kind]
    assert len(entry.plan.actions()) == 1
    steps = {m.kind for m in entry.plan.timeline}
    if kind == "priority-action-plan":  # approved before it is published; inspectors come back
        assert {"submitted", "approved", "monitoring-inspection"} <= steps
        assert all(p.partners == ["council", "icb"] for p in entry.plan.priorities)
    if FINDINGS[kind] == [None]:
        assert all(p.aim and not p.inspectors_found for p in entry.plan.priorities)


def test_the_site_url_given_is_written_and_leaves_no_placeholder(tmp_path):
    result = new(str(tmp_path / "x"), "--area", "Somerset", "--kind", "send-strategy",
                 "--site-url", "https://send.somerset.gov.uk/")
    assert result.exit_code == 0, result.output
    config = (tmp_path / "x" / "mkdocs.yml").read_text(encoding="utf-8")
    assert 'site_url: "https://send.somerset.gov.uk/"' in config and "TO DO:" not in config
    assert "custom_dir" not in config.split("#")[0]


def test_the_tool_s_files_pin_this_version_and_carry_its_schemas(areas):
    from importlib.metadata import version

    files = areas("priority-action-plan")[0]
    pins = [line for line in files["requirements.txt"].splitlines() if line and not line.startswith("#")]
    assert pins == [f"local-offer-progress-pages=={version('local-offer-progress-pages')}"]
    for schema in (ROOT / "generator" / "schemas").glob("*.json"):
        assert files[f"schemas/{schema.name}"] == schema.read_text(encoding="utf-8")
    for target in ("site:", "check:", "serve:", "preview:"):
        assert target in files["Makefile"]
    assert "progress-pages check --strict" in files["Makefile"]
    for ignored in ("/site/", "/preview/", "/.venv/", "/.generated/", "/export/"):
        assert ignored in files[".gitignore"].splitlines()


def test_a_folder_that_holds_files_is_refused_and_left_as_it_was(tmp_path):
    folder = tmp_path / "mine"
    (folder / "plans").mkdir(parents=True)
    (folder / "plans" / "site.yaml").write_text("area: {name: Ours}\n", encoding="utf-8")
    (folder / "notes.txt").write_text("keep me\n", encoding="utf-8")
    before = tree_digest(folder)
    result = new(str(folder), "--area", "Somerset", "--kind", "priority-action-plan")
    assert result.exit_code == 1
    assert "is not empty" in result.output and "Nothing was written." in result.output
    assert tree_digest(folder) == before


def test_a_folder_holding_only_git_is_used(tmp_path):
    folder = tmp_path / "repo"
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    git_before = tree_digest(folder / ".git")
    result = new(str(folder), "--area", "Somerset", "--kind", "improvement-plan")
    assert result.exit_code == 0, result.output
    assert (folder / "plans" / "improvement-plan" / "plan.yaml").is_file()
    assert tree_digest(folder / ".git") == git_before
    assert "make check" in result.output and "make site" in result.output


def test_missing_options_without_a_terminal_are_named(tmp_path):
    result = new(str(tmp_path / "x"))
    assert result.exit_code == 1
    assert "--area and --kind" in result.output
    result = new(str(tmp_path / "x"), "--kind", "send-strategy")
    assert result.exit_code == 1 and "--area" in result.output and "--kind" not in result.output.split("e.g.")[0]
    assert not (tmp_path / "x").exists()


def test_at_a_terminal_new_asks_for_the_area_and_the_kind_by_number(tmp_path, monkeypatch):
    import generator.cli.new_area

    monkeypatch.setattr(generator.cli.new_area, "_can_ask", lambda: True)
    number = list(KIND_CHOICES).index("send-strategy") + 1
    result = CliRunner().invoke(main, ["new", str(tmp_path / "x")], input=f"Somerset\n{number}\n")
    assert result.exit_code == 0, result.output
    assert f"  {number}. SEND strategy" in result.output and "  1. Priority action plan" in result.output
    plan = (tmp_path / "x" / "plans" / "send-strategy" / "plan.yaml").read_text(encoding="utf-8")
    assert "kind: send-strategy" in plan and "finding:" not in plan
    assert 'name: "Somerset"' in (tmp_path / "x" / "plans" / "site.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("url", ["http://send.somerset.gov.uk/", "javascript:alert(1)",
                                 "https://send somerset.gov.uk/", "https://"])
def test_a_site_address_that_is_not_https_is_refused(url, tmp_path):
    result = new(str(tmp_path / "x"), "--area", "Somerset", "--kind", "send-strategy", "--site-url", url)
    assert result.exit_code == 1 and "https://" in result.output
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize("area", ["", "  ", "Somer\nset", 'Somer"set'])
def test_an_area_name_that_is_empty_or_more_than_a_line_is_refused(area, tmp_path):
    result = new(str(tmp_path / "x"), "--area", area, "--kind", "send-strategy")
    assert result.exit_code == 1 and "area's name" in result.output
    assert not (tmp_path / "x").exists()
