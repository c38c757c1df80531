"""What is slow to make (a chart, a workbook), made once per input with a store."""
from __future__ import annotations

from typing import Callable

from ..store import Store


def made(store: Store | None, kind: str, key: bytes, make: Callable[[], bytes]) -> bytes:
    """`make()`, or what it made before from the same key (`kind` tells files apart)."""
    return make() if store is None else store.get_or_make(kind, key, make)
