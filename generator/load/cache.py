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


class ParseCache:
    """Data of files already read, on disk and (for `serve`'s rebuilds) in memory.
    New entries are written by `save`, in one transaction."""

    def __init__(self, folder: Path | None, *, remember: bool = False):
        self.path = folder / "parsed.sqlite3" if folder else None
        self.remember = remember  # keep data in memory too, for the next run in this process
        self.memory: dict[str, Any] = {}
        self.used: set[str] = set()
        self.pending: dict[str, str] = {}
        self._db: sqlite3.Connection | None = None

    def start_run(self) -> None:
        """Keep in memory only the files of the latest run, so a long `serve` does not grow."""
        self.memory = {k: v for k, v in self.memory.items() if k in self.used}
        self.used = set()

    def get(self, key: str) -> tuple[bool, Any]:
        self.used.add(key)
        if key in self.memory:
            return True, self.memory[key]
        try:
            db = self._connect()
            row = db.execute("SELECT data FROM parsed WHERE key = ?", (key,)).fetchone() if db else None
            if row is None:
                return False, None
            data = json.loads(row[0])
        except (sqlite3.Error, ValueError):
            return False, None  # a damaged cache only means parsing again
        if self.remember:
            self.memory[key] = data
        return True, data

    def put(self, key: str, data: Any) -> None:
        self.used.add(key)
        if self.remember:
            self.memory[key] = data
        if self.path is not None:
            self.pending[key] = json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    def save(self) -> None:
        pending, self.pending = self.pending, {}
        try:
            db = self._connect()
            if db is not None and pending:
                with db:
                    db.executemany("INSERT OR REPLACE INTO parsed (key, data) VALUES (?, ?)",
                                   pending.items())
        except sqlite3.Error:
            pass  # a cache that cannot be written only makes the next run slower

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is None and self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=5)
            self._db.execute("CREATE TABLE IF NOT EXISTS parsed (key TEXT PRIMARY KEY, data TEXT NOT NULL)")
        return self._db
