"""A council starts its own site (issue 17's acceptance): the wheel built from this
checkout, `new` run from the installed wheel into an empty folder, then the new
repository's two README commands, with nothing of this repository on the way
(tests/new_area.py). Its browser checks are in tests/browser/test_new_area_in_browser.py."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

from conftest import ROOT
from generator.validate import load_project
from generator.validate.example_names import EXAMPLE_NAMES
from new_area import clean_environment, placeholders, run_tool
from sitebuild import tree_digest
from test_workflows import actionlint

_PROBLEM = re.compile(r"^(?P<file>[^\s:]+):(?P<line>\d+):(?P<column>\d+)?:? ?(?P<rest>.*)$")


def test_new_writes_a_repository_with_two_set_up_commands(started_area):
    assert len(started_area.commands) == 2, started_area.commands
    assert started_area.placeholders, "new wrote no placeholder: nothing says what to write"
    said = started_area.new.stdout
    assert "make check" in said or started_area.commands[0] in said or started_area.commands[1] in said, said


def test_check_lists_exactly_the_placeholders_one_by_one(started_area):
    first = started_area.first_check
    assert first.returncode != 0, first.stdout
    listed = [m for m in map(_PROBLEM.match, (first.stdout + first.stderr).splitlines()) if m]
    assert sorted((m["file"], int(m["line"])) for m in listed) == sorted(
        (p.file, p.line) for p in started_area.placeholders), first.stdout + first.stderr
    for match, placeholder in zip(sorted(listed, key=lambda m: (m["file"], int(m["line"]))),
                                  sorted(started_area.placeholders, key=lambda p: (p.file, p.line))):
        words = placeholder.text.split("TO DO:", 1)[-1].strip().strip("'\"")[:30]
        assert words in match["rest"], (match.group(), placeholder.text)


def test_filled_in_the_repository_checks_and_builds_its_site(started_area):
    assert started_area.check.returncode == 0, started_area.check.stdout + started_area.check.stderr
    assert started_area.build.returncode == 0, started_area.build.stdout + started_area.build.stderr
    home = (started_area.folder / "site" / "index.html").read_text(encoding="utf-8")
    assert "Northmoor" in re.search(r"<title>(.*?)</title>", home, re.DOTALL).group(1)


def test_nothing_of_this_repository_is_used(started_area):
    venv_python = started_area.folder / ".venv" / "bin" / "python"
    where = subprocess.run([str(venv_python), "-c", "import generator; print(generator.__file__)"],
                           capture_output=True, text=True, env=clean_environment(), cwd=started_area.folder)
    assert Path(where.stdout.strip()).is_relative_to(started_area.folder / ".venv"), where
    for path in started_area.folder.rglob("*"):
        if path.is_file() and ".venv" not in path.parts and path.suffix in (".yml", ".yaml", ".md", ".txt", ".json", ""):
            assert str(ROOT) not in path.read_text(encoding="utf-8", errors="replace"), path


def test_the_site_has_no_text_of_the_example_area(started_area):
    example, _ = load_project(ROOT / "plans")
    texts = set(EXAMPLE_NAMES) | {example.site.area.name}
    for entry in example.plans:
        texts |= {entry.plan.title, entry.plan.summary} | {p.title for p in entry.plan.priorities}
        texts |= {a.title for a in entry.plan.actions()}
    texts |= {m.name for m in example.measures}
    about = (ROOT / "content" / "about.md").read_text(encoding="utf-8")
    texts |= {line for line in about.splitlines() if "Example" in line}
    # The tool's own glossary explains every kind of plan by name ("Written Statement of
    # Action" is also the example's title): its words are the tool's, not the example's.
    tools_words = (ROOT / "generator" / "model" / "default_glossary.yaml").read_text(encoding="utf-8")
    texts = {t for t in texts if t and len(t) > 12 and t not in tools_words}
    site = started_area.folder / "site"
    found = []
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        found += [f"{page.relative_to(site)}: {t!r}" for t in texts if t in html]
    assert not found, "\n".join(sorted(found))


def test_new_into_a_folder_that_is_not_empty_touches_nothing(started_area, tmp_path):
    before = tree_digest(started_area.folder)
    again = run_tool(started_area.installed, ["new", str(started_area.folder), "--area", "Elsewhere",
                                              "--kind", "send-strategy"], tmp_path)
    assert again.returncode == 1, again.stdout
    assert "empty" in (again.stdout + again.stderr), again.stderr
    assert tree_digest(started_area.folder) == before


def test_the_repository_workflows_pass_actionlint(started_area):
    workflows = sorted((started_area.folder / ".github" / "workflows").glob("*.yml"))
    assert workflows
    result = subprocess.run([actionlint(), "-color=false", *map(str, workflows)], cwd=started_area.folder,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
