"""Write a new area's files into a folder that holds nothing yet (a `.git` alone is
allowed, so `git init x && progress-pages new x` works): all of them, or none."""
from __future__ import annotations

import shutil
from pathlib import Path

from ..write import write_atomically

# What `git init` leaves: a folder (or, for a worktree, a file) that new never writes to.
_ALLOWED = {".git"}


class FolderNotEmpty(Exception):
    """The folder holds files already: nothing was written."""


def not_empty_because(folder: Path) -> str | None:
    """Why new must not write into this folder, in a plain sentence; None when it may."""
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        return f"{folder} is a file, not a folder."
    if not folder.exists():
        return None
    held = sorted(p.name for p in folder.iterdir() if p.name not in _ALLOWED)
    if held:
        shown = ", ".join(held[:3]) + (f" and {len(held) - 3} more" if len(held) > 3 else "")
        return (f"{folder} is not empty (it holds {shown}): a new area's site starts in an empty "
                "folder, so that nothing of yours is overwritten.")
    return None


def write_new_area(folder: Path, files: dict[str, str]) -> None:
    """Write `files` (relative path -> text) into `folder`, which must be missing or
    empty. On any failure (a full disk) nothing is left behind: the folder is as it was."""
    reason = not_empty_because(folder)
    if reason:
        raise FolderNotEmpty(reason)
    created = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomically({folder / name: text for name, text in files.items()})
    except OSError:
        if created:
            shutil.rmtree(folder, ignore_errors=True)
        else:  # it held nothing but .git, so all else in it is ours
            for entry in folder.iterdir():
                if entry.name not in _ALLOWED:
                    shutil.rmtree(entry, ignore_errors=True) if entry.is_dir() else entry.unlink(missing_ok=True)
        raise
