"""The tool is a package: a wheel built from this repository, installed on its own,
builds an area's site from its inputs alone (plans/, content/, mkdocs.yml), with
the tool's own theme files, templates, glossary and schemas coming from the wheel
(the `wheel` and `installed` fixtures are in conftest.py, shared with the new area's tests)."""
from __future__ import annotations

import shutil
import tomllib
import zipfile
from pathlib import Path

from conftest import ROOT
from new_area import run_installed


def test_the_wheel_holds_what_a_site_needs(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for folder, ends in [("generator/render/templates/", ".j2"), ("generator/schemas/", ".schema.json"),
                         ("generator/theme/", ".html"), ("generator/theme/assets/stylesheets/", ".css"),
                         ("generator/starter/templates/", "")]:
        present = {n.removeprefix(folder) for n in names if n.startswith(folder) and n.endswith(ends)}
        in_repository = {p.relative_to(ROOT / folder).as_posix() for p in (ROOT / folder).rglob(f"*{ends}")}
        assert present == in_repository and present, folder
    assert "generator/model/default_glossary.yaml" in names


def test_the_installed_tool_builds_an_area_from_its_inputs_alone(installed, tmp_path):
    area = tmp_path / "area"
    area.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", area)
    for folder in ("plans", "content"):
        shutil.copytree(ROOT / folder, area / folder)
    # An area that adds nothing to the theme has no overrides folder, and says none.
    # (The example's mkdocs.yml builds with strict: true: any warning fails the build.)
    config = area / "mkdocs.yml"
    config.write_text("\n".join(line for line in config.read_text().splitlines()
                                if not line.lstrip().startswith("custom_dir:")) + "\n")
    result = run_installed(installed, "import generator, sys; print(generator.__file__)\n"
                           "from generator.cli import main; sys.argv = ['progress-pages', 'build']\n"
                           "main()", area)
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.splitlines()[0]).is_relative_to(installed)
    home = (area / "site" / "index.html").read_text(encoding="utf-8")
    assert 'class="footer-links"' in home and "accessibility" in home.split('class="footer-links"')[1]
    assert 'type="application/atom+xml"' in home  # main.html's head
    for css in ("progress.css", "charts.css"):
        assert f"assets/stylesheets/{css}" in home
        assert (area / "site" / "assets" / "stylesheets" / css).read_bytes() == (
            ROOT / "generator" / "theme" / "assets" / "stylesheets" / css).read_bytes()


def test_the_installed_tool_says_its_version(installed, tmp_path):
    result = run_installed(installed, "import sys; from generator.cli import main\n"
                           "sys.argv = ['progress-pages', '--version']; main()", tmp_path)
    assert result.returncode == 0, result.stderr
    expected = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert result.stdout.split()[-1] == expected, result.stdout


def test_the_installed_tool_starts_a_new_area_with_its_own_files(installed, tmp_path):
    result = run_installed(installed, "import sys; from generator.cli import main\n"
                           "sys.argv = ['progress-pages', 'new', 'area', '--area', 'Somerset', "
                           "'--kind', 'priority-action-plan']; main()", tmp_path)
    assert result.returncode == 0, result.stderr
    area = tmp_path / "area"
    expected = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert f"local-offer-progress-pages=={expected}" in (area / "requirements.txt").read_text()
    for made in ("Makefile", "README.md", "mkdocs.yml", "plans/site.yaml", "content/about.md",
                 "plans/priority-action-plan/plan.yaml", "schemas/plan.schema.json"):
        assert (area / made).is_file(), made
    assert "Somerset" in (area / "plans" / "site.yaml").read_text()
