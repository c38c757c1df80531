"""Build a copy of the example site (or other plans) with the real CLI, and share
a build of the same inputs between every test of the session that only reads it."""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Callable

from conftest import ROOT
from once import made_once

CLI = [sys.executable, "-m", "generator"]


def site_copy(tmp_path: Path, plans: Path | None = None) -> Path:
    """The repository's site settings and pages, with the example plans or others."""
    root = tmp_path / "project"
    root.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", root)
    shutil.copytree(ROOT / "content", root / "content")
    shutil.copytree(ROOT / "site_overrides", root / "site_overrides")
    shutil.copytree(plans or ROOT / "plans", root / "plans")
    return root


def run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(CLI + args, cwd=cwd, capture_output=True, text=True,
                          env={**(os.environ if env is None else env), "PYTHONPATH": str(ROOT)})


def tree_digest(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        h.update(p.relative_to(folder).as_posix().encode())
        if p.is_file():
            h.update(p.read_bytes())
    return h.hexdigest()


def clean_env() -> dict[str, str]:
    """The environment without what a person building may set to change the site: a
    shared build must not depend on the test that ran before it."""
    return {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}


def build_example(tmp_path: Path, plans: Path | None = None) -> Path:
    """Build a site with `progress-pages build`; fail on any warning. Returns site/."""
    return built_project(tmp_path, plans) / "site"


Builds = tuple[tuple[str, ...], ...]


def built_project(tmp_path: Path, plans: Path | None = None, prepare: Callable[[Path], None] | None = None,
                  builds: Builds = (("build",),)) -> Path:
    """A project (after `prepare(root)`, if given), built with each of `builds` in turn
    with no warning."""
    root = site_copy(tmp_path, plans)
    if prepare:
        prepare(root)
    env = clean_env()
    for args in builds:
        result = run(list(args), root, env)
        assert result.returncode == 0, result.stderr
        assert "WARNING" not in result.stderr and "ERROR" not in result.stderr, result.stderr
    return root


def shared_project(tmp_path_factory, name: str, plans: Path | None = None,
                   prepare: Callable[[Path], None] | None = None, builds: Builds = (("build",),)) -> Path:
    """The project `name` (one name per distinct input) built once for the whole test
    session (tests/once.py). Tests only read it: one that changes it takes `copy_of` it."""
    return made_once(tmp_path_factory, name, lambda folder: built_project(folder, plans, prepare, builds))


def copy_of(project: Path, tmp_path: Path) -> Path:
    """A copy of a built project (inputs, site and what the build keeps) to change:
    as if it had been built there, without building it again."""
    root = tmp_path / "project"
    shutil.copytree(project, root, symlinks=True)
    return root


def build_with(engine: str, tmp_path: Path, plans: Path | None = None) -> Path:
    """`build_example`, with `engine` (conftest.ENGINES) turning the pages into the site.
    ProperDocs is the plugin's drop-in: its own command on the same mkdocs.yml."""
    if engine == "mkdocs":
        return build_example(tmp_path, plans)
    root = site_copy(tmp_path, plans)
    if engine == "properdocs":
        result = subprocess.run([sys.executable, "-m", "properdocs", "build", "--strict", "--quiet"], cwd=root,
                                capture_output=True, text=True, env={**clean_env(), "PYTHONPATH": str(ROOT)})
    else:
        result = run(["build", "--engine", engine], root, clean_env())
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr and "ERROR" not in result.stderr, result.stderr
    return root / "site"


GENERATOR_TAG = re.compile(rb'<meta name="generator" content="[^"]*">')


def differences(site: Path, other: Path) -> list[str]:
    """Files that two builds do not share byte for byte, each engine's name aside."""
    def files(folder: Path) -> dict[str, bytes]:
        return {p.relative_to(folder).as_posix(): GENERATOR_TAG.sub(b"", p.read_bytes())
                for p in folder.rglob("*") if p.is_file()}

    a, b = files(site), files(other)
    return sorted(p for p in a.keys() | b.keys() if a.get(p) != b.get(p))


def april_draft(root: Path, *edits: tuple[str, str]) -> None:
    """An April 2022 draft of the example, made as an editor makes one: January's update
    copied, its date, label and state changed and its agreement left out (a draft is not
    agreed yet, and `check` refuses an agreement dated before its meeting), then `edits`."""
    updates = root / "plans" / "wsoa-2020" / "updates"
    text = (updates / "2022-01.yaml").read_text(encoding="utf-8")
    text = "".join(line for line in text.splitlines(keepends=True)
                   if not line.startswith(("agreed_by:", "agreed_on:")))
    for old, new in (("date: 2022-01-18", "date: 2022-04-20"),
                     ("January 2022 monitoring meeting", "April 2022 monitoring meeting"),
                     ("state: published", "state: draft"), *edits):
        assert old in text, old
        text = text.replace(old, new)
    (updates / "2022-04.yaml").write_text(text, encoding="utf-8")


def pipeline_build(root: Path, *, preview: bool = False, site_dir: Path | None = None):
    """`progress-pages build` in `root`, through the pipeline in this process."""
    from generator import pipeline
    from generator.build.generated import GENERATED_DIR

    built = pipeline.build(pipeline.Options(plans_dir=root / "plans", root=root, generated_dir=root / GENERATED_DIR,
                                            preview=preview, config_file=root / "mkdocs.yml"), site_dir)
    assert built.target is not None, built.report.summary()
    return built
