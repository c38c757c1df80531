"""Only files inside the plans folder are read.

Inputs arrive through pull requests, and git stores symbolic links: a link named
like an input file could otherwise make the build read (and publish) a file of
the machine it runs on. So every file and folder found under `plans/` is looked
at before it is read: a link is followed only when it ends inside `plans/`, and
only regular files are read (never a pipe, which would block, or a device). The
refusal names the path it was found at, never the target or its contents.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

OUTSIDE = ("is a link to something outside the plans folder, so it is not read: only "
           "files inside plans/ are. Put the file itself here instead of the link.")


class Inside:
    """Answers "may this path be read?" for paths under one plans folder."""

    def __init__(self, plans_dir: Path):
        self.real = os.path.realpath(plans_dir)

    def refusal(self, path: Path | str, *, folder: bool = False) -> str | None:
        """Why `path` must not be read (as a file, or as a folder to look in), or
        None when it may. Links are resolved only when there is one: at scale a
        realpath for each of thousands of files would cost more than reading them."""
        try:
            st = os.lstat(path)
        except OSError as e:
            return f"cannot be read: {e.strerror}."
        if stat.S_ISLNK(st.st_mode):
            real = os.path.realpath(path)
            if real != self.real and not real.startswith(self.real + os.sep):
                return OUTSIDE
            try:
                st = os.stat(real)
            except OSError:
                return "is a link to a file that does not exist: remove the link."
        if folder:
            return None if stat.S_ISDIR(st.st_mode) else "is not a folder."
        if stat.S_ISREG(st.st_mode):
            return None
        if stat.S_ISDIR(st.st_mode):
            return "is a folder, but a file is expected here."
        return "is not a regular file (it is a pipe, a socket or a device), so it is not read."

    def exists(self, path: Path) -> bool:
        """True for anything at `path`, even a broken link (which is then refused,
        rather than taken for a missing file)."""
        return os.path.lexists(path)


def outside_project(plans_dir: Path, root: Path) -> bool:
    """A plans folder that is itself a link to somewhere outside the project."""
    real, project = os.path.realpath(plans_dir), os.path.realpath(root)
    return real != project and not real.startswith(project + os.sep)


def links_out(paths: list[str], root: Path, skip: Path | None = None) -> list[str]:
    """Of `paths` written inside the project at `root` (its hand-written pages and
    theme overrides, which MkDocs reads following links), those that a link takes
    outside it, relative to `root`. Files of installed themes are outside by
    address and are not ours to check; `skip` is a folder of our own making."""
    lexical, real = os.path.abspath(root), os.path.realpath(root)
    skipped = os.path.abspath(skip) + os.sep if skip is not None else None
    found = []
    for path in paths:
        path = os.path.abspath(path)
        if not path.startswith(lexical + os.sep) or (skipped and path.startswith(skipped)):
            continue
        target = os.path.realpath(path)
        if not target.startswith(real + os.sep):
            found.append(os.path.relpath(path, lexical).replace(os.sep, "/"))
    return found
