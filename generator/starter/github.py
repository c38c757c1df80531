"""The GitHub files of an area's own repository (`progress-pages new`): its two
workflows, its pull request template and the README's section on the one-time
GitHub settings. The files are kept in the folder github/ beside this module.

The workflows belong to the tool (`upgrade` writes the newer version's copy over
them); the pull request template belongs to the area, which may change its sign-off
list. This repository's own workflows are the same as the area's but for the job that
runs the tool's tests (tests/test_new_area_workflows.py keeps them in step)."""
from pathlib import Path

FILES = Path(__file__).with_name("github")


def workflow_files() -> dict[str, str]:
    """Each workflow by its path in the area's repository."""
    return {f".github/workflows/{path.name}": path.read_text(encoding="utf-8")
            for path in sorted((FILES / "workflows").glob("*.yml"))}


def pull_request_template() -> dict[str, str]:
    """The Parent Carer Forum's sign-off list, offered on every pull request."""
    return {".github/pull_request_template.md":
            (FILES / "pull_request_template.md").read_text(encoding="utf-8")}


def github_setup_text() -> str:
    """The README's section "One-time GitHub settings" (Markdown, from its `##` heading)."""
    return (FILES / "setup.md").read_text(encoding="utf-8")
