"""A parse cache keyed by file content: a file whose bytes were read fine before
is not parsed again (parsing dominates the generator's time at scale).

Entries are JSON, so reading one can never run code, and they live in the user's
cache folder, not in the project: nothing committed to the repository (say, in a
pull request) can plant an entry that makes the site differ from its YAML.
The key covers the bytes, this loader's own source and PyYAML's version, so a
change to how files are read never meets an entry made the old way.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
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
    """Data of files already read, on disk and (for `serve`'s rebuilds) in memory."""

    def __init__(self, folder: Path | None, *, remember: bool = False):
        self.folder = folder / "parsed" if folder else None
        self.remember = remember  # keep data in memory too, for the next run in this process
        self.memory: dict[str, Any] = {}
        self.used: set[str] = set()

    def start_run(self) -> None:
        """Keep in memory only the files of the latest run, so a long `serve` does not grow."""
        self.memory = {k: v for k, v in self.memory.items() if k in self.used}
        self.used = set()

    def get(self, key: str) -> tuple[bool, Any]:
        self.used.add(key)
        if key in self.memory:
            return True, self.memory[key]
        if self.folder is None:
            return False, None
        try:
            data = json.loads((self.folder / key[:2] / f"{key}.json").read_bytes())
        except (OSError, ValueError):
            return False, None
        if self.remember:
            self.memory[key] = data
        return True, data

    def put(self, key: str, data: Any) -> None:
        self.used.add(key)
        if self.remember:
            self.memory[key] = data
        if self.folder is None:
            return
        target = self.folder / key[:2] / f"{key}.json"
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, target)
        except OSError:
            pass  # a cache that cannot be written only makes the next run slower
