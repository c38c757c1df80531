"""The docs move with the code (as in Datasette): these fail when they drift."""
from conftest import ROOT
from generator.cli import main
from generator.model.docs import format_reference


def test_input_format_reference_is_current():
    written = (ROOT / "docs" / "input-format.md").read_text(encoding="utf-8")
    assert written == format_reference(), "run `make docs` to regenerate docs/input-format.md"


def test_every_command_is_in_the_readme_and_the_editors_guide():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    guide = (ROOT / "docs" / "editors-guide.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"progress-pages {name}" in readme, name
    for name in ("check", "serve"):
        assert f"progress-pages {name}" in guide, name


def test_readme_has_the_two_setup_commands_that_ci_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make site" in readme and "make test" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
