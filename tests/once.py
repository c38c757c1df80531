"""What a test session makes once and its tests only read (a built site, the tool's
wheel, a started area), made once even with pytest-xdist: the first worker to ask
makes it under a file lock while the others wait, then all read what it left (the
pattern of xdist's docs, "Making session-scoped fixtures execute only once")."""
from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path
from typing import Callable, TypeVar

from filelock import FileLock

T = TypeVar("T")


def made_once(tmp_path_factory, name: str, make: Callable[[Path], T]) -> T:
    """make(an empty folder) once per session (one `name` per distinct thing made);
    what it returns must pickle (paths, results of commands)."""
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # the run's folder, above each worker's own
    folder = base / f"once-{name}"
    made = folder.with_suffix(".made")
    with FileLock(f"{folder}.lock"):
        if not made.exists():
            shutil.rmtree(folder, ignore_errors=True)  # what a failed attempt left
            folder.mkdir()
            made.write_bytes(pickle.dumps(make(folder)))
    return pickle.loads(made.read_bytes())
