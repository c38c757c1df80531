"""What both ways of reading a YAML file share: the safe parser, the limits, what is
read as no value, and where a value is (its Loc, as problems name it)."""
from __future__ import annotations

try:  # libyaml is several times faster; the pure-Python parser is a fallback.
    from yaml import CSafeLoader as Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as Loader  # type: ignore[assignment]

MAX_DEPTH = 40
NULLS = {"", "~", "null", "Null", "NULL"}

Loc = tuple[str | int, ...]


def format_loc(loc: Loc) -> str:
    """('priorities', 0, 'actions', 2, 'due') -> 'priorities[0].actions[2].due'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out
