"""The CI workflows are linted with actionlint, so a typo fails here, not on GitHub."""
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def actionlint() -> str:
    found = Path(sys.executable).parent / "actionlint"
    return str(found) if found.exists() else shutil.which("actionlint")


def test_every_workflow_passes_actionlint():
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
    assert {w.name for w in workflows} >= {"pull-request.yml", "publish.yml"}
    result = subprocess.run([actionlint(), "-color=false", *map(str, workflows)], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_does_catch_mistakes(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n"
                   "      - run: echo ${{ github.evnt.name }}\n")
    result = subprocess.run([actionlint(), "-color=false", str(bad)], capture_output=True, text=True)
    assert result.returncode != 0 and "evnt" in result.stdout
