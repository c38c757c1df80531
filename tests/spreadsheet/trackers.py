"""Shared by the spreadsheet tests: a copy of the example project to import into,
and the example tracker's maker."""
import importlib.util
import shutil

import pytest
from click.testing import CliRunner

from conftest import ROOT
from generator.cli import main
from generator.validate import load_project


def _maker():
    spec = importlib.util.spec_from_file_location("make_tracker", ROOT / "examples" / "make_tracker.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_tracker = _maker()


@pytest.fixture(scope="session")
def example():
    project, report = load_project(ROOT / "plans", ROOT)
    assert report.ok, report.summary()
    return project


@pytest.fixture
def area(tmp_path, monkeypatch):
    """A copy of the example project as the working folder; run(...) runs the command there."""
    shutil.copytree(ROOT / "plans", tmp_path / "plans")
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def snapshot(folder):
    """Every file under a folder with its bytes, to show that nothing was touched."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def loaded(root):
    project, report = load_project(root / "plans", root)
    assert report.ok, report.summary()
    return project
