"""A parse cache keyed by file content: a file whose bytes were read fine before
is not parsed again (parsing dominates the generator's time at scale).

Entries are JSON, so reading one can never run code, kept in one SQLite file
(Python's own sqlite3: creating thousands of small files cost more than parsing
them), in the user's cache folder, not in the project: nothing committed to the
repository (say, in a pull request) can plant an entry that makes the site differ
from its YAML.
The key covers the bytes, this loader's own source and PyYAML's version, so a
change to how files are read never meets an entry made the old way.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from functools import cache
from pathlib import Path
from typing import Any

import yaml


@cache
def _loader_version() -> bytes:
    here = Path(__file__).parent
    h = hashlib.sha256(yaml.__version__.encode())
    for name in ("cache.py", "yaml_source.py"):
        h.update((here / name).read_bytes())
    return h.digest()


def content_key(raw: bytes) -> str:
    return hashlib.sha256(_loader_version() + raw).hexdigest()


def default_folder() -> Path | None:
    """PROGRESS_PAGES_CACHE (empty or 'off' turns the cache off), else the
    user's cache folder."""
    setting = os.environ.get("PROGRESS_PAGES_CACHE")
    if setting is not None:
        return None if setting in ("", "off") else Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "progress-pages"


KEEP_DAYS = 30  # entries nobody used for this long are removed, so the cache never grows for ever


class KeyedFile:
    """One table of entries by key in a SQLite file, each with the day it was last
    used. A cache that cannot be read or written only means working again: errors
    are never raised."""

    def __init__(self, path: Path | None, table: str):
        self.path, self.table = path, table
        self.read_keys: set[str] = set()
        self._db: sqlite3.Connection | None = None

    def read(self, key: str) -> Any:
        try:
            db = self._connect()
            row = db.execute(f"SELECT data FROM {self.table} WHERE key = ?", (key,)).fetchone() if db else None
        except (sqlite3.Error, OSError):
            return None
        if row:
            self.read_keys.add(key)
        return row[0] if row else None

    def write(self, entries: dict[str, Any]) -> None:
        """Add the entries, mark those read as used today, forget those unused for KEEP_DAYS."""
        today = int(time.time() // 86400)  # bookkeeping only: nothing built depends on it
        try:
            db = self._connect()
            if db is not None:
                with db:
                    db.executemany(f"INSERT OR REPLACE INTO {self.table} (key, data, used) VALUES (?, ?, ?)",
                                   ((key, data, today) for key, data in entries.items()))
                    db.executemany(f"UPDATE {self.table} SET used = ? WHERE key = ?",
                                   ((today, key) for key in self.read_keys))
                    db.execute(f"DELETE FROM {self.table} WHERE used < ?", (today - KEEP_DAYS,))
                self.read_keys = set()
        except (sqlite3.Error, OSError):  # a full disk, a folder we may not write in: build without
            pass

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is None and self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=5)
            self._db.execute(f"CREATE TABLE IF NOT EXISTS {self.table} "
                             "(key TEXT PRIMARY KEY, data NOT NULL, used INTEGER NOT NULL DEFAULT 0)")
            columns = [row[1] for row in self._db.execute(f"PRAGMA table_info({self.table})")]
            if "used" not in columns:  # made by an earlier version
                self._db.execute(f"ALTER TABLE {self.table} ADD COLUMN used INTEGER NOT NULL DEFAULT 0")
        return self._db


class ParseCache:
    """Data of files already read, on disk and (for `serve`'s rebuilds) in memory.
    New entries are written by `save`, in one transaction."""

    def __init__(self, folder: Path | None, *, remember: bool = False):
        self.file = KeyedFile(folder / "parsed.sqlite3" if folder else None, "parsed")
        self.remember = remember  # keep data in memory too, for the next run in this process
        self.memory: dict[str, Any] = {}
        self.used: set[str] = set()
        self.pending: dict[str, str] = {}

    def start_run(self) -> None:
        """Keep in memory only the files of the latest run, so a long `serve` does not grow."""
        self.memory = {k: v for k, v in self.memory.items() if k in self.used}
        self.used = set()

    def get(self, key: str) -> tuple[bool, Any]:
        self.used.add(key)
        if key in self.memory:
            return True, self.memory[key]
        text = self.file.read(key)
        if text is None:
            return False, None
        try:
            data = json.loads(text)
        except ValueError:
            return False, None  # a damaged cache only means parsing again
        if self.remember:
            self.memory[key] = data
        return True, data

    def get_kept(self, key: str) -> tuple[bool, Any]:
        """What `keep` kept in memory (never on disk) for this run or the one before."""
        self.used.add(key)
        return (True, self.memory[key]) if key in self.memory else (False, None)

    def keep(self, key: str, data: Any) -> None:
        self.used.add(key)
        self.memory[key] = data

    def put(self, key: str, data: Any) -> None:
        self.used.add(key)
        if self.remember:
            self.memory[key] = data
        if self.file.path is not None:
            self.pending[key] = json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    def save(self) -> None:
        pending, self.pending = self.pending, {}
        self.file.write(pending)
