"""'Did you mean ...?' suggestions."""
from __future__ import annotations

import difflib
from typing import Iterable


def closest(value: str, choices: Iterable[str]) -> str | None:
    lowered = {c.lower(): c for c in choices}
    match = difflib.get_close_matches(str(value).lower(), lowered, n=1, cutoff=0.6)
    return lowered[match[0]] if match else None


def did_you_mean(value: str, choices: Iterable[str]) -> str:
    match = closest(value, choices)
    return f"; did you mean '{match}'?" if match else ""


def one_of(choices: Iterable[str]) -> str:
    return ", ".join(choices)
