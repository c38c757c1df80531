"""`progress-pages changes`: load two versions of the inputs and summarise the
difference. Versions are git revisions (read with `git archive`, so the working
tree is never touched) or folders."""
from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from pathlib import Path

from .compute.changes import Changes, compare
from .model import Project
from .render.changed_pages import render_changed_pages
from .render.pages import render_changes
from .validate import load_project


class CompareFailed(Exception):
    pass


def compare_inputs(base: str, head: str | None, plans_dir: Path, link_base: str | None = None) -> str:
    """The summary; with `link_base` (a preview's address), followed by links to the
    preview and to each page the change shows on."""
    with tempfile.TemporaryDirectory(prefix="progress-pages-changes-") as tmp:
        new = _load(head, plans_dir, Path(tmp) / "head") if head else _load_folder(plans_dir, "the current files")
        changes = changes_since(base, plans_dir, new)
    summary = render_changes(changes)
    return summary if link_base is None else f"{summary.rstrip()}\n\n{render_changed_pages(changes, link_base)}"


def changes_since(base: str, plans_dir: Path, head: Project) -> Changes:
    """What `head` (the plans as loaded from plans_dir) changes from `base`, a git
    revision or a folder: for a preview's "What this change does" page."""
    with tempfile.TemporaryDirectory(prefix="progress-pages-changes-") as tmp:
        return compare(_load(base, plans_dir, Path(tmp) / "base"), head)


def _load(ref: str, plans_dir: Path, scratch: Path) -> Project:
    folder = Path(ref)
    if folder.is_dir():
        return _load_folder(folder / "plans" if (folder / "plans").is_dir() else folder, ref)
    root = _git(["rev-parse", "--show-toplevel"], Path.cwd()).decode().strip()
    relative = plans_dir.resolve().relative_to(Path(root).resolve()).as_posix()
    archive = _git(["archive", "--format=tar", ref, "--", relative], Path(root))
    scratch.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(scratch, filter="data")
    return _load_folder(scratch / relative, ref)


def _load_folder(plans: Path, name: str) -> Project:
    project, report = load_project(plans, plans.parent)
    if project is None:
        raise CompareFailed(f"the plans in {name} have problems, so they cannot be compared:\n"
                            + report.summary())
    return project


def _git(args: list[str], cwd: Path) -> bytes:
    try:
        return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True).stdout
    except FileNotFoundError as e:
        raise CompareFailed("git is not installed, so revisions cannot be read.") from e
    except subprocess.CalledProcessError as e:
        raise CompareFailed(f"git could not read that: {e.stderr.decode().strip()}") from e
