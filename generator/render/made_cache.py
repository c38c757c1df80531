"""Files that are slow to make (charts drawn by matplotlib, Excel workbooks), kept by
what they were made from, so a build makes again only those whose inputs changed.

At a national scale (200 charts, 125 workbooks) making them was most of the
generator's time; the pages themselves are quick to render. Kept beside the parse
cache, in the user's cache folder (see load/cache.py for why not in the project),
in a SQLite file of its own. The key covers the inputs, what kind of file it is and
the generator's version (`generator_version`), so a change to how a file is made
never meets one made the old way. Pages stay pure functions of the model: the same
inputs give the same bytes, with or without this cache.
"""
from __future__ import annotations

import hashlib
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Callable

from ..load.cache import KeyedFile


# The libraries whose versions shape what is made: templates, escaping, the
# sanitiser, charts, workbooks, the model and the theme's icons.
LIBRARIES = ("jinja2", "markupsafe", "nh3", "matplotlib", "xlsxwriter", "pydantic", "PyYAML",
             "mkdocs-material")


@cache
def generator_version() -> bytes:
    """Every file of the generator and the versions of the libraries it makes files
    with: any change to how pages, charts or workbooks are made makes them again."""
    package = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".j2", ".yaml", ".css", ".svg"}:
            h.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    for name in LIBRARIES:
        h.update(f"{name}=={metadata.version(name)}".encode())
    return h.digest()


class MadeCache:
    """Bytes made from inputs. New entries are written by `save`, in one transaction."""

    def __init__(self, folder: Path | None):
        self.file = KeyedFile(folder / "made.sqlite3" if folder else None, "made")
        self.pending: dict[str, bytes] = {}

    def get_or_make(self, kind: str, inputs: bytes, make: Callable[[], bytes]) -> bytes:
        key = hashlib.sha256(generator_version() + kind.encode() + b"\0" + inputs).hexdigest()
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


def made(cache: MadeCache | None, kind: str, inputs: bytes, make: Callable[[], bytes]) -> bytes:
    """`make()`, or what it made before from the same inputs (`kind` tells files apart)."""
    return make() if cache is None else cache.get_or_make(kind, inputs, make)
