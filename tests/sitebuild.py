"""Build a copy of the example site (or other plans) with the real CLI."""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

CLI = [sys.executable, "-m", "generator"]


def site_copy(tmp_path: Path, plans: Path | None = None) -> Path:
    """The repository's site settings and pages, with the example plans or others."""
    root = tmp_path / "project"
    root.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", root)
    shutil.copytree(ROOT / "content", root / "content")
    shutil.copytree(ROOT / "site_overrides", root / "site_overrides")
    shutil.copytree(plans or ROOT / "plans", root / "plans")
    return root


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(CLI + args, cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def tree_digest(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        h.update(p.relative_to(folder).as_posix().encode())
        if p.is_file():
            h.update(p.read_bytes())
    return h.hexdigest()


def build_example(tmp_path: Path, plans: Path | None = None) -> Path:
    """Build a site with `progress-pages build`; fail on any warning. Returns site/."""
    root = site_copy(tmp_path, plans)
    result = run(["build"], root)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr and "ERROR" not in result.stderr, result.stderr
    return root / "site"


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
