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
from typing import Iterable

GENERATED_DIR = ".generated"


def write_pages(folder: Path, pages: Iterable[tuple[str, str | bytes]]) -> tuple[list[str], list[str]]:
    """Make `folder` hold exactly `pages`, pairs of a path and its text (or bytes, for
    charts and downloads), taken one at a time; returns every path, and the paths
    written (changed or new). A file of another size is known to differ without
    reading it; only one of the same size is read to compare. The caller has made the
    folder its own (`own_folder`) before anything in it was read."""
    folder.mkdir(parents=True, exist_ok=True)
    changed, every = [], []
    for path, text in pages:
        every.append(path)
        target = folder / path
        data = text.encode("utf-8") if isinstance(text, str) else text
        try:
            if os.stat(target).st_size == len(data) and _read(target) == data:
                continue
        except FileNotFoundError:
            target.parent.mkdir(parents=True, exist_ok=True)
        _write(target, data)
        changed.append(path)
    _remove_others(folder, set(every))
    return every, changed


def _read(target: Path) -> bytes:
    with open(target, "rb") as f:
        return f.read()


def _write(target: Path, data: bytes) -> None:
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)  # mkstemp made it private
        os.replace(tmp, target)
    except OSError as e:
        if tmp is not None:
            os.unlink(tmp)  # a full disk must not leave half a page behind
        e.filename = str(target)  # not the temporary file's name, and a write gives none
        raise


def own_folder(folder: Path) -> None:
    """The folder is ours and git-ignored, but a pull request can still add a link
    there (`git add -f`): through it, pages would be written to, and published from,
    anywhere. Links are removed (never followed); the pages are made again. Called
    before anything in the folder is read or written."""
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        folder.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in [*dirnames, *filenames]:
            path = os.path.join(dirpath, name)
            if os.path.islink(path):
                os.unlink(path)
        dirnames[:] = [d for d in dirnames if os.path.isdir(os.path.join(dirpath, d))]


def _remove_others(folder: Path, keep: set[str]) -> None:
    """Pages of a priority or plan that no longer exists must not linger."""
    top = str(folder)
    for dirpath, _, filenames in os.walk(top, topdown=False):
        # String work, not pathlib: this walks every generated file on every rebuild.
        base = "" if dirpath == top else dirpath[len(top) + 1:].replace(os.sep, "/") + "/"
        for name in filenames:
            if base + name not in keep:
                os.unlink(os.path.join(dirpath, name))
        if dirpath != top and not os.listdir(dirpath):
            os.rmdir(dirpath)

