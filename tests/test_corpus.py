"""Every bad input in tests/corpus/ gets exactly the problems listed for it, and
none ends in a traceback; the figures are printed for the record."""
from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "corpus"))
from cases import CASES, Case, place  # noqa: E402
from conftest import ENGAGEMENT, MEASURES, PLAN, SITE, UPDATE, checked_with_store  # noqa: E402
from generator.validate import load_project  # noqa: E402

BASE = {"plans/site.yaml": SITE, "plans/measures.yaml": MEASURES, "plans/wsoa/plan.yaml": PLAN,
        "plans/wsoa/updates/2021-04.yaml": UPDATE, "plans/feedback/survey.yaml": ENGAGEMENT}
EXPECTED = Path(__file__).parent / "corpus" / "expected.txt"


def run_case(c: Case, store: Path | None = None) -> tuple[list[str], float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "project"  # so that '../outside' is outside it, but still temporary
        place(root, {**BASE, **c.files})
        tracemalloc.start()
        start = time.perf_counter()
        project, report = checked_with_store(root, store) if store else load_project(root / "plans", root)
        seconds = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert project is None
    return [str(p) for p in report.errors], seconds, peak


def expected() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in EXPECTED.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            current = out.setdefault(line[3:], [])
        elif line.strip():
            current.append(line)
    return out


@pytest.mark.parametrize("c", CASES, ids=[c.name for c in CASES])
def test_bad_input_gets_exactly_its_problems(c, tmp_path):
    problems, seconds, peak = run_case(c)
    assert problems == expected()[c.name]
    assert not _quoted_at_length(problems, c.files)
    # The store changes nothing an editor is told: neither the run that fills it nor
    # the one that reads its files from it (positions are found again).
    store = tmp_path / "store"
    assert [run_case(c, store)[0] for _ in range(2)] == [problems, problems]


def _quoted_at_length(problems: list[str], files: dict, limit: int = 40) -> list[str]:
    """Runs of more than `limit` characters of a case's own file that a message repeats:
    messages show where a mistake is, never a file's contents."""
    said = "\n".join(problems)
    found = []
    for content in files.values():
        if isinstance(content, bytes):
            content = content.decode("utf-8", "replace")
        if isinstance(content, str):
            text = " ".join(content.split())
            found += [text[i:i + limit + 1] for i in range(0, max(len(text) - limit, 0), 7)
                      if text[i:i + limit + 1] in said]
    return found


def test_the_check_for_quoting_can_fail():
    files = {"a.yaml": "title: " + "a long line of text that must not be repeated in full " * 2}
    assert _quoted_at_length([f"a.yaml:1: not {files['a.yaml']}"], files)
    assert not _quoted_at_length(["a.yaml:1: not 'title: a long line of…'"], files)


def test_every_case_has_an_expectation_and_there_are_enough():
    assert sorted(expected()) == sorted(c.name for c in CASES)
    assert len(CASES) >= 60


def test_the_alias_bomb_is_refused_fast_and_small():
    c = next(c for c in CASES if c.name == "alias-bomb")
    _, seconds, peak = run_case(c)
    print(f"\nalias bomb: refused in {seconds * 1000:.1f} ms, peak {peak / 1024:.0f} KiB")
    assert peak < 20 * 1024 * 1024  # a bomb expanded would need gigabytes
