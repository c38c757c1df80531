"""Faults of the machine rather than of the inputs: a full disk, a folder we may not
write in, a path that should be a folder and is not.

Domain code lets the OSError rise, naming the file as the person knows it (site/...,
not the staging folder); each command turns it into one plain line with a way out
(`plain`), so that nobody meets a traceback for a full disk.
"""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_FREE_SPACE = "Free some space and try again."
_ELSEWHERE = "Choose a folder you can write in, or ask for access to this one."
FAULTS = {
    errno.ENOSPC: ("the disk is full", _FREE_SPACE),
    errno.EDQUOT: ("your share of the disk (quota) is used up", _FREE_SPACE),
    errno.EACCES: ("we are not allowed to write there", _ELSEWHERE),
    errno.EPERM: ("we are not allowed to write there", _ELSEWHERE),
    errno.EROFS: ("that disk is read-only", "Choose a folder on another disk."),
}


class NotAFolder(NotADirectoryError):
    """Where a folder must be, something else is: never written through or moved aside."""

    def __init__(self, path: Path, mode: int):
        kind = ("a symbolic link" if stat.S_ISLNK(mode) else "a file" if stat.S_ISREG(mode)
                else "a special file")
        super().__init__(errno.ENOTDIR, f"{shown(path)} is {kind}, not a folder", str(path))


def plain(error: OSError, option: str) -> str | None:
    """The fault in plain words and what to do, or None for an error that is not one
    of these faults (a bug, say: its traceback is worth more than a sentence).
    `option` is the command's option that chooses where to write."""
    written = error.filename2 or error.filename  # a copy or a rename names its source first
    where = f" (while writing {shown(Path(written))})" if written else ""
    if isinstance(error, NotAFolder):
        return f"{error.strerror}: move it away or choose another {option}."
    if error.errno in (errno.ENOTDIR, errno.EEXIST) and error.filename:
        blocking = _not_a_folder(Path(error.filename))
        if blocking is not None:
            return f"{shown(blocking)} is a file, not a folder: move it away or choose another {option}."
    if error.errno not in FAULTS:
        return None
    fault, way_out = FAULTS[error.errno]
    return f"{fault}{where}. {way_out}"


def shown(path: Path) -> str:
    """As the person typed it: relative to where they are when inside it."""
    relative = os.path.relpath(path)
    return path.as_posix() if relative.startswith("..") else relative


def _not_a_folder(path: Path) -> Path | None:
    """The first of `path`'s folders that is something else."""
    for folder in reversed([path, *path.parents]):
        if os.path.lexists(folder) and not folder.is_dir():
            return folder
    return None
