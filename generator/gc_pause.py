"""Python's cycle collector, paused while the generator builds its objects.

Loading L makes over a million small objects (dicts, models, strings), none in
reference cycles, and the collector would walk them all again and again as they
accumulate: a quarter of the load time. Reference counting still frees everything
as usual; the collector runs again as soon as the work is done.
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
        if enabled:
            gc.enable()
