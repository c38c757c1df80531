"""The editors' slips in tests/corpus/slips.py get exactly their messages (errors and
warnings), the same when files come from the store; and each names its line."""
from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "corpus"))
from cases import place  # noqa: E402
from slips import SLIPS, Slip  # noqa: E402
from test_corpus import BASE  # noqa: E402
from conftest import checked_with_store  # noqa: E402
from generator.validate import load_project  # noqa: E402


EXPECTED = Path(__file__).parent / "corpus" / "slips_expected.txt"


def expected() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in EXPECTED.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            current = out.setdefault(line[3:], [])
        elif line.strip() and not line.startswith("# "):
            current.append(line)
    return out


def messages(s: Slip, store: Path | None = None) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "project"
        place(root, {**BASE, **s.files})
        _, report = checked_with_store(root, store) if store else load_project(root / "plans", root)
    return [str(p) for p in report.errors + report.warnings]


@pytest.mark.parametrize("s", SLIPS, ids=[s.name for s in SLIPS])
def test_slip_gets_exactly_its_message(s, tmp_path):
    want = expected()[s.name]
    assert messages(s) == want
    assert [messages(s, tmp_path / "store") for _ in range(2)] == [want] * 2


def test_there_are_enough_slips_and_each_says_where():
    assert len(SLIPS) >= 40
    assert sorted(expected()) == sorted(s.name for s in SLIPS)
    for name, said in expected().items():
        assert said, name
        for message in said:
            assert re.match(r"^plans/\S+(:\d+)?", message), message
