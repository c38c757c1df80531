"""One content-addressed store for everything the generator may make once and use again:
parsed files, charts, workbooks, a plan's pages. `get_or_make(kind, key, make)` gives
what `make()` gave before for the same kind and key, else calls it.

The key is what the thing is made from (file bytes, a plan's inputs); the store adds
the generator's own version, so a change to the code never meets an entry made the
old way. Pages stay pure functions of the model: the same inputs give the same
bytes, with or without the store.

On disk (a folder, normally the user's cache folder: never the project, so nothing
committed in a pull request can plant an entry), entries are bytes or JSON, so reading
one can never run code; they live in one SQLite file (creating thousands of small
files cost more than parsing them). With `remember` (`serve`, which rebuilds in one
process) entries are also kept in memory, and any value may be kept there; entries
the latest build did not use are forgotten, so a long `serve` does not grow.
A store that cannot be read or written only means working again: it never raises.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
import zlib
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any, Callable, TypeVar

T = TypeVar("T")

FILE = "store.sqlite3"
KEEP_DAYS = 30  # entries nobody used for this long are removed, so the file never grows for ever
# Entries wait in memory to be written in one transaction, but never more than this
# many bytes of them: at national scale a build's pages would weigh hundreds of MB.
PENDING_BYTES = 16 * 2**20
# The libraries whose versions shape what is made: parsing, templates, escaping,
# the sanitiser, charts, workbooks, the model and the theme's icons.
LIBRARIES = ("PyYAML", "jinja2", "markupsafe", "nh3", "matplotlib", "xlsxwriter", "pydantic",
             "mkdocs-material")


def default_folder() -> Path | None:
    """PROGRESS_PAGES_CACHE (empty or 'off' keeps nothing on disk), else the user's
    cache folder."""
    setting = os.environ.get("PROGRESS_PAGES_CACHE")
    if setting is not None:
        return None if setting in ("", "off") else Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "progress-pages"


@cache
def generator_version() -> bytes:
    """Every file of the generator and the versions of the libraries it works with."""
    package = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".j2", ".yaml", ".css", ".svg", ".html"}:
            h.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    for name in LIBRARIES:
        h.update(f"{name}=={metadata.version(name)}".encode())
    return h.digest()


def key_of(*parts: str | bytes) -> str:
    """A key from several parts (each length-prefixed, so parts never run together)."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "big") + data)
    return h.hexdigest()


class Store:
    def __init__(self, folder: Path | None, *, remember: bool = False):
        self.path = folder / FILE if folder is not None else None
        self.remember = remember
        self.memory: dict[str, Any] = {}
        self.used: set[str] = set()
        # Marked as used on the day `marked_on` already: `serve` saves after every rebuild.
        self.marked: set[str] = set()
        self.marked_on: int | None = None
        self.pending: dict[str, bytes] = {}
        self.pending_bytes = 0
        self._db: sqlite3.Connection | None = None
        self._broken = False

    def get_or_make(self, kind: str, key: str | bytes, make: Callable[[], T], *,
                    on_disk: bool = True) -> T:
        """`on_disk=False`: a value worth keeping only while `serve` runs (checks of a
        plan, a file's personal-data findings), never looked up nor written on disk."""
        found = self.get(kind, key, on_disk=on_disk)
        if found is not MISSING:
            return found
        made = make()
        self.put(kind, key, made, on_disk=on_disk)
        return made

    def get(self, kind: str, key: str | bytes, *, on_disk: bool = True) -> Any:
        """What was put for this kind and key, else MISSING."""
        if not (self.remember or (on_disk and self.path is not None)):
            return MISSING
        full = key_of(generator_version(), kind, key)
        self.used.add(full)
        if full in self.memory:
            return self.memory[full]
        found = self._read(full) if on_disk else MISSING
        if found is not MISSING and self.remember:
            self.memory[full] = found
        return found

    def put(self, kind: str, key: str | bytes, value: Any, *, on_disk: bool = True) -> None:
        """For what is worth keeping only when made without problems (a file parsed)."""
        if not (self.remember or (on_disk and self.path is not None)):
            return
        full = key_of(generator_version(), kind, key)
        self.used.add(full)
        if self.remember:
            self.memory[full] = value
        if on_disk:
            self._queue(full, value)

    def start_build(self) -> None:
        """Forget, in memory, what the build before did not use."""
        self.memory = {k: v for k, v in self.memory.items() if k in self.used}
        self.used = set()

    def save(self) -> None:
        """Write what waits, mark what was read as used today, forget what nobody used
        for KEEP_DAYS."""
        self._flush(tidy=True)

    def _read(self, full: str) -> Any:
        if full in self.pending:
            return _decode(self.pending[full])
        db = self._connect()
        if db is None:
            return MISSING
        try:
            row = db.execute("SELECT data FROM entries WHERE key = ?", (full,)).fetchone()
        except (sqlite3.Error, OSError):
            return MISSING
        return _decode(row[0]) if row else MISSING

    def _queue(self, full: str, value: Any) -> None:
        if self.path is None:
            return
        data = _encode(value)
        if data is None:  # not bytes nor JSON: kept in memory only
            return
        self.pending[full] = data
        self.pending_bytes += len(data)
        if self.pending_bytes > PENDING_BYTES:
            self._flush(tidy=False)

    def _flush(self, *, tidy: bool) -> None:
        pending, self.pending, self.pending_bytes = self.pending, {}, 0
        db = self._connect()
        if db is None:
            return
        today = int(time.time() // 86400)  # bookkeeping only: nothing built depends on it
        try:
            with db:
                db.executemany("INSERT OR REPLACE INTO entries (key, data, used) VALUES (?, ?, ?)",
                               ((key, data, today) for key, data in pending.items()))
                if tidy:
                    if self.marked_on != today:
                        self.marked, self.marked_on = set(), today
                    db.executemany("UPDATE entries SET used = ? WHERE key = ? AND used < ?",
                                   ((today, key, today) for key in self.used - self.marked))
                    self.marked |= self.used
                    db.execute("DELETE FROM entries WHERE used < ?", (today - KEEP_DAYS,))
        except (sqlite3.Error, OSError):  # a full disk, a folder we may not write in: build without
            pass

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is None and self.path is not None and not self._broken:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._db = sqlite3.connect(self.path, timeout=5)
                self._db.execute("CREATE TABLE IF NOT EXISTS entries "
                                 "(key TEXT PRIMARY KEY, data BLOB NOT NULL, used INTEGER NOT NULL)")
            except (sqlite3.Error, OSError):
                self._broken, self._db = True, None
        return self._db


MISSING = object()
# The first byte says how the rest is written; large entries are compressed.
_BYTES, _JSON, _ZBYTES, _ZJSON = b"b", b"j", b"B", b"J"
_COMPRESS_OVER = 4096


def _encode(value: Any) -> bytes | None:
    if isinstance(value, (bytes, bytearray)):
        tag, data = _BYTES, bytes(value)
    else:
        try:
            data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
        except (TypeError, ValueError):
            return None
        tag = _JSON
    if len(data) > _COMPRESS_OVER:
        tag, data = tag.upper(), zlib.compress(data, 1)
    return tag + data


def _decode(stored: bytes) -> Any:
    try:
        tag, data = stored[:1], stored[1:]
        if tag in (_ZBYTES, _ZJSON):
            data = zlib.decompress(data)
        if tag in (_BYTES, _ZBYTES):
            return bytes(data)
        if tag in (_JSON, _ZJSON):
            return json.loads(data)
    except (ValueError, zlib.error, TypeError):
        pass
    return MISSING  # damaged or made by another version: made again
