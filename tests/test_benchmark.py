"""The benchmark's inputs are valid, and the benchmark runs and prints its table.
(Its figures are never asserted: speed is for the benchmark to show, not tests.)"""
import os
import re
import subprocess
import sys
from dataclasses import replace

from benchmarks.engines import available
from benchmarks.synthetic import SIZES, generate, make_inputs
from conftest import ROOT
from generator.validate import load_project


def test_synthetic_inputs_are_valid_and_the_same_every_time(tmp_path):
    shape = replace(SIZES["L"], plans=3, periods=6)  # L's shape, fewer plans and updates
    for size, folder in ((SIZES["M"], "m"), (shape, "l"), (shape, "l-again")):
        plans = generate(size, tmp_path / folder)
        project, report = load_project(plans)
        assert project is not None and not report.problems, report.summary()
        assert sum(len(e.plan.actions()) for e in project.plans) == size.total_actions
        assert all(len(e.periods) == size.periods for e in project.plans)
        assert all(project.rows(m) for m in project.measures)
        items = sum(len(e.engagement.items) for e in project.engagements)
        assert items == size.feedback_items and len(project.engagements) == -(-items // size.items_per_engagement)
    first, again = tmp_path / "l" / "plans", tmp_path / "l-again" / "plans"
    assert [p.read_bytes() for p in sorted(first.rglob("*.*"))] == [
        p.read_bytes() for p in sorted(again.rglob("*.*"))]
    assert len(list(first.glob("measures/*.csv"))) == shape.measures
    assert (make_inputs("S", tmp_path / "s") / "wsoa-2020" / "plan.yaml").read_bytes() == (
        ROOT / "plans" / "wsoa-2020" / "plan.yaml").read_bytes()


def test_benchmark_prints_its_table_for_the_example():
    done = subprocess.run([sys.executable, "-m", "benchmarks.run", "S"], cwd=ROOT, text=True,
                          capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    for row in ("| load + validate |", "| generate Markdown |", "| MkDocs build |",
                "| total, caches empty (first build on a machine) |",
                "| whole build, caches filled (any later build) |",
                "| peak memory |", "| pages written (HTML) |", "| bytes of site |",
                "| generator's share |", "| PyYAML C loader alone |",
                "| rebuild after one edit (generator) |", "| engine | S |", "| MkDocs |"):
        assert row in done.stdout
    for engine in available():  # a row each, the others where the 'engines' extra is installed
        assert f"| {engine} |" in done.stdout
    # One note edited: its page, its plan's open data (CSV, JSON, XLSX) and the page of
    # each topic its action is about, of all the example's generated files (pages,
    # charts, downloads: some 80).
    rewritten = re.search(r"\| generated files rewritten \| (\d+) of (\d+) \|", done.stdout)
    assert rewritten is not None and int(rewritten[2]) > 60, done.stdout
    assert int(rewritten[1]) == 4 + len(_edited_actions_topics()), done.stdout


def _edited_actions_topics() -> tuple[str, ...]:
    """The topics of the action whose note the benchmark edits: the first note of the
    example's latest published update (benchmarks/measure.py, _edit_one_note)."""
    project, _ = load_project(ROOT / "plans", ROOT)
    entry = project.plans[-1]
    latest = [p for p in entry.periods if p.update.state == "published"][-1]
    edited = next(a for a, u in latest.update.actions.items() if u.note)
    return next(a for a in entry.plan.actions() if a.id == edited).topics
