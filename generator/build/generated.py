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


def write_pages(folder: Path, pages: Iterable[tuple[str, str | bytes]],
                memo: dict | None = None) -> tuple[list[str], list[str]]:
    """Make `folder` hold exactly `pages`, pairs of a path and its text (or bytes, for
    charts and downloads), taken one at a time; returns every path, and the paths
    written (changed or new).

    `memo` (kept by `serve`) remembers each page's text and file time as written:
    a page that is the very same text object, in a file nobody touched since, is
    known to be unchanged without reading the file. The caller has made the folder
    its own (`own_folder`) before anything in it was read."""
    folder.mkdir(parents=True, exist_ok=True)
    changed, every = [], []
    for path, text in pages:
        every.append(path)
        target = folder / path
        known = memo.get(path) if memo is not None else None
        if known is not None and known[0] is text and _mtime(target) == known[1]:
            continue
        data = text.encode("utf-8") if isinstance(text, str) else text
        try:
            if target.stat().st_size == len(data) and target.read_bytes() == data:
                if memo is not None:
                    memo[path] = (text, _mtime(target))
                continue
        except FileNotFoundError:
            target.parent.mkdir(parents=True, exist_ok=True)
        _write(target, data)
        changed.append(path)
        if memo is not None:
            memo[path] = (text, _mtime(target))
    if memo is not None:
        for gone in set(memo) - set(every):
            del memo[gone]
    _remove_others(folder, set(every))
    return every, changed


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


def _mtime(path: Path) -> int | None:
    try:
        return path.stat().st_mtime_ns
    except FileNotFoundError:
        return None


def own_folder(folder: Path) -> None:
    """The folder is ours and git-ignored, but a pull request can still add a link
    there (`git add -f`): through it, pages would be written to, and published from,
    anywhere. Links are removed (never followed); the pages are made again. Called
    before anything in the folder is written."""
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

