"""Python's cycle collector, paused while the generator builds its objects.

Loading L makes over a million small objects (dicts, models, strings), none in
reference cycles, and the collector would walk them all again and again as they
accumulate: a quarter of the load time. Reference counting still frees everything
as usual; the collector runs again as soon as the work is done, and what was made
while it was paused is frozen (gc.freeze): it lives as long as the build, and walking
it again would slow the rendering and MkDocs' work that follow.

Only loading is paused: rendering (matplotlib, xlsxwriter) and MkDocs make garbage
in reference cycles, which the collector must free as they go, or memory grows by
hundreds of megabytes at scale.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def collector_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
