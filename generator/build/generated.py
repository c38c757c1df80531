"""The generated pages as files on disk, in a folder of their own (never content/).

A file is written only when its bytes change, so after an edit the pages it did
not affect keep their bytes and their modification times: MkDocs' `--dirty`
rebuilds and any tool that watches files see only the real changes. Each write
goes to a temporary file first and is renamed into place, so a reader never sees
half a page.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

GENERATED_DIR = ".generated"


def write_pages(folder: Path, pages: dict[str, str]) -> list[str]:
    """Make `folder` hold exactly `pages`; returns the paths written (changed or new)."""
    folder.mkdir(parents=True, exist_ok=True)
    changed = []
    for path, text in pages.items():
        target = folder / path
        data = text.encode("utf-8")
        try:
            if target.stat().st_size == len(data) and target.read_bytes() == data:
                continue
        except FileNotFoundError:
            target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)  # mkstemp made it private
        os.replace(tmp, target)
        changed.append(path)
    _remove_others(folder, set(pages))
    return changed


def _remove_others(folder: Path, keep: set[str]) -> None:
    """Pages of a priority or plan that no longer exists must not linger."""
    for dirpath, dirnames, filenames in os.walk(folder, topdown=False):
        for name in filenames:
            path = Path(dirpath, name)
            if path.relative_to(folder).as_posix() not in keep:
                path.unlink()
        if Path(dirpath) != folder and not os.listdir(dirpath):
            os.rmdir(dirpath)
