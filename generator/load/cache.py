"""One table of entries by key in a SQLite file: what render/made_cache.py keeps its
charts and workbooks in until the render stage moves onto the store (generator/store.py),
which holds everything else the generator makes once and uses again."""
from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any


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
