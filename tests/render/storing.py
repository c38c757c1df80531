"""The example's pages rendered as a build makes them, with a store or without."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import ROOT
from generator.compute.view import shown
from generator.load.project import read_inputs
from generator.render import render_pages
from generator.store import Store
from generator.validate import check_inputs


def pages_of(root: Path, store: Path | Store | None = None, *, preview: bool = False, today=None) -> dict:
    """With `store` a folder, a store opened on it for this build only, as each build does."""
    checked = check_inputs(*read_inputs(root / "plans", root), root / "plans")
    project = checked.project
    assert project is not None, checked.report.summary()
    kept = Store(store) if isinstance(store, Path) else store
    day = today or project.plans[0].periods[-1].update.date.last_day
    pages = render_pages(shown(project, preview), day, None, store=kept, plan_keys=checked.plan_keys)
    if kept is not None:
        kept.save()
    return pages


@pytest.fixture
def example(tmp_path):
    shutil.copytree(ROOT / "plans", tmp_path / "plans")
    return tmp_path
