"""The tool is a package: a wheel built from this repository, installed on its own,
builds an area's site from its inputs alone (plans/, content/, mkdocs.yml), with
the tool's own theme files, templates, glossary and schemas coming from the wheel."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT


def _repository_files(destination: Path) -> Path:
    """The repository as git sees it (committed and new files, nothing ignored), so the
    build leaves nothing in the working tree and includes nothing built before."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True, text=True, check=True).stdout
    for name in filter(None, listed.split("\0")):
        if (ROOT / name).is_file():
            (destination / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, destination / name)
    return destination


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    source = _repository_files(tmp_path_factory.mktemp("source"))
    dist = tmp_path_factory.mktemp("dist")
    # No isolation: the test environment's setuptools builds it, with no download.
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-index",
                    "--no-build-isolation", "--wheel-dir", str(dist), str(source)],
                   check=True, capture_output=True)
    (built,) = dist.glob("*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("installed")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
                    "--target", str(target), str(wheel)], check=True, capture_output=True)
    return target


def run_installed(installed: Path, code: str, cwd: Path) -> subprocess.CompletedProcess:
    """Python with the wheel's files and the tool's dependencies only: this checkout
    (installed in editable mode in the test environment) must not be importable."""
    program = ("import sys\n"
               f"sys.path.insert(0, {str(installed)!r})\n"
               "sys.path[:] = [p for p in sys.path if '__editable__' not in p]\n"
               "sys.meta_path[:] = [f for f in sys.meta_path if '__editable__' not in getattr(f, '__module__', '')]\n"
               + code)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PROGRESS_PAGES_PREVIEW")}
    return subprocess.run([sys.executable, "-I", "-c", program], cwd=cwd, capture_output=True,
                          text=True, env=env)


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
