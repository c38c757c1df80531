"""The dates MkDocs writes (the sitemap's) come from the data, never the clock, unless
the person building sets SOURCE_DATE_EPOCH themselves (README, "Reproducible builds").
MkDocs reads it from the environment, so it is set there while the engine runs, and
only then: a command run after a build (a test's, a script's, the next `serve`
rebuild) never inherits an older project's date."""
from __future__ import annotations

import os
from contextlib import contextmanager
from datetime import date

from ..compute.clock import as_of

_EPOCH = "SOURCE_DATE_EPOCH"
_ours: str | None = None  # the value this process set


def today() -> date:
    """The day "still to do" on the feedback page counts from: the person's
    SOURCE_DATE_EPOCH, else the clock's day."""
    unset()
    return as_of()


def set_for_engine(epoch: int) -> None:
    global _ours
    unset()
    if _EPOCH not in os.environ:  # the person's own date wins
        _ours = os.environ[_EPOCH] = str(epoch)


def unset() -> None:
    """Take away the date this process set, if it is still the one set."""
    global _ours
    if _ours is not None and os.environ.get(_EPOCH) == _ours:
        del os.environ[_EPOCH]
    _ours = None


@contextmanager
def while_engine_runs(epoch: int):
    set_for_engine(epoch)
    try:
        yield
    finally:
        unset()
