"""Files that are slow to make (charts drawn by matplotlib, Excel workbooks), kept by
what they were made from, so a build makes again only those whose inputs changed.

At a national scale (200 charts, 125 workbooks) making them was most of the
generator's time; the pages themselves are quick to render. Kept beside the parse
cache, in the user's cache folder (see load/cache.py for why not in the project),
in a SQLite file of its own. The key covers the inputs, the source of the module
that makes the file and its library's version, so a change to how a file is made
never meets one made the old way. Pages stay pure functions of the model: the same
inputs give the same bytes, with or without this cache.
"""
from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path
from typing import Callable

from ..load.cache import KeyedFile


@cache
def _maker_version(module_file: str, library_version: str) -> bytes:
    return hashlib.sha256(Path(module_file).read_bytes() + library_version.encode()).digest()


class MadeCache:
    """Bytes made from inputs. New entries are written by `save`, in one transaction."""

    def __init__(self, folder: Path | None):
        self.file = KeyedFile(folder / "made.sqlite3" if folder else None, "made")
        self.pending: dict[str, bytes] = {}

    def get_or_make(self, maker: tuple[str, str], inputs: bytes, make: Callable[[], bytes]) -> bytes:
        """`maker` is (the making module's __file__, its library's version)."""
        key = hashlib.sha256(_maker_version(*maker) + inputs).hexdigest()
        found = self.pending.get(key)
        if found is None:
            kept = self.file.read(key)
            found = bytes(kept) if isinstance(kept, bytes) else None
        if found is None:
            found = self.pending[key] = make()
        return found

    def save(self) -> None:
        pending, self.pending = self.pending, {}
        self.file.write(pending)


def made(cache: MadeCache | None, maker: tuple[str, str], inputs: bytes, make: Callable[[], bytes]) -> bytes:
    """`make()`, or what it made before from the same inputs."""
    return make() if cache is None else cache.get_or_make(maker, inputs, make)
