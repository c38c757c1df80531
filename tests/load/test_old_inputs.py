"""Old files keep working: the example's inputs from before issue 15 changed the
format are still valid, so areas that publish with them need not change a line."""
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main
from generator.validate import load_project

ROOT = Path(__file__).resolve().parents[2]
OLD = ROOT / "tests" / "fixtures" / "before-issue-15" / "plans"


def test_the_inputs_from_before_issue_15_load_without_errors():
    project, report = load_project(OLD, ROOT)
    assert report.ok, report.summary()
    assert not report.warnings, report.summary()
    assert [len(e.plan.actions()) for e in project.plans] == [22]


def test_the_inputs_from_before_issue_15_pass_a_strict_check(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["check", "--strict", "--plans", str(OLD.relative_to(ROOT))])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == "All good: 1 plan(s), 22 actions, 4 update(s)."
