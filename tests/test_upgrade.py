"""`progress-pages upgrade`: an area's repository, made by `new` with an older version
and then edited by its team, moves to this version: the pin and the tool's own files
change (each shown as a diff), the area's words do not."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.starter import tool_files
from generator.validate.format_version import installed_version


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def area(tmp_path, monkeypatch) -> Path:
    """A repository as a team has it some months after `new` with version 0.0.9."""
    folder = tmp_path / "somerset-send"
    result = CliRunner().invoke(main, ["new", str(folder), "--area", "Somerset", "--kind", "priority-action-plan"])
    assert result.exit_code == 0, result.output
    (folder / "requirements.txt").write_text(
        "# The tool, pinned.\nlocal-offer-progress-pages==0.0.9\nmkdocs-redirects==1.2.1  # our own addition\n")
    (folder / ".gitignore").write_text((folder / ".gitignore").read_text() + "/our-notes/\n")
    makefile = folder / "Makefile"
    makefile.write_text(makefile.read_text().replace("progress-pages", "progress-pages-old", 1))
    workflow = next(name for name in tool_files(installed_version()) if name.startswith(".github/workflows/"))
    (folder / workflow).unlink()
    monkeypatch.chdir(folder)
    return folder


def _upgrade(*args: str):
    return CliRunner().invoke(main, ["upgrade", *args])


def test_upgrade_pins_this_version_and_restores_the_tools_files(area):
    own = {name: data for name, data in _files(area).items()
           if name.startswith(("plans/", "content/")) or name in ("mkdocs.yml", "README.md")}
    result = _upgrade()
    assert result.exit_code == 0, result.output
    version = installed_version()
    requirements = (area / "requirements.txt").read_text()
    assert f"local-offer-progress-pages=={version}" in requirements and "0.0.9" not in requirements
    assert "mkdocs-redirects==1.2.1  # our own addition" in requirements  # the team's line kept
    assert "-local-offer-progress-pages==0.0.9" in result.output  # shown as a diff
    assert "/our-notes/" in (area / ".gitignore").read_text()
    for name, text in tool_files(version).items():
        if name not in ("requirements.txt", ".gitignore"):
            assert (area / name).read_text() == text, name
    assert "progress-pages-old" in result.output and "changed: Makefile" in result.output
    assert {n: d for n, d in _files(area).items() if n in own} == own  # the area's words untouched
    again = _upgrade()
    assert again.exit_code == 0 and "nothing to change" in again.output, again.output


def test_a_dry_run_shows_the_diff_and_writes_nothing(area):
    before = _files(area)
    result = _upgrade("--dry-run")
    assert result.exit_code == 0, result.output
    assert "+local-offer-progress-pages==" in result.output and "nothing was written" in result.output
    assert _files(area) == before


def test_a_folder_that_is_not_an_area_is_refused_untouched(tmp_path, monkeypatch):
    (tmp_path / "notes.txt").write_text("Not an area.\n")
    monkeypatch.chdir(tmp_path)
    result = _upgrade()
    assert result.exit_code == 1
    assert "requirements.txt" in result.output and "Nothing was changed" in result.output
    assert _files(tmp_path) == {"notes.txt": b"Not an area.\n"}


def test_files_written_for_a_newer_format_are_refused(area):
    site = area / "plans" / "site.yaml"
    site.write_text("format: 99\n" + "\n".join(line for line in site.read_text().splitlines()
                                               if not line.startswith("format:")) + "\n")
    before = _files(area)
    result = _upgrade()
    assert result.exit_code == 1
    assert "format 99" in result.output and "Nothing was changed" in result.output
    assert _files(area) == before
