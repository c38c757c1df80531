"""The editor's guide is followed to the letter by people who are not developers, so
every command it gives must exist, every file it names must be there, whatever its
commands write must stay out of git, and it must read as plainly as the site itself."""
from __future__ import annotations

import re
import shlex
import subprocess
from dataclasses import dataclass
from pathlib import Path

import click
import pytest

from conftest import ROOT
from generator.cli import main
from generator.validate.plain_english import MAX_GRADE, reading_grade

GUIDE = ROOT / "docs" / "editors-guide.md"
NEW_AREA = ROOT / "docs" / "new-area.md"
STARTER = ROOT / "generator" / "starter" / "templates"
STARTER_README = STARTER / "README.md.j2"
# The guide is read by this repository's editors and by every area's team, whose
# repository has the starter's Makefile: its `make` commands must work in both.
MAKEFILES = {GUIDE: [ROOT / "Makefile", STARTER / "Makefile"],
             NEW_AREA: [STARTER / "Makefile"], STARTER_README: [STARTER / "Makefile"]}
# Files the guide tells the editor to create (they are not in the example).
CREATED = {"plans/deny-list.txt", "plans/wsoa/"}  # the second by the import it shows

_FENCE = re.compile(r"^\s*```")
_ITEM = re.compile(r"^\s*(?:[-*]|\d+\.)\s+(.*)")
_SPAN = re.compile(r"`([^`]+)`")
# A command as typed: at the start of the line, perhaps after a setting (NAME=value).
_COMMAND = re.compile(r"^(?:\w+=\S+\s+)*(?:\.venv[/\\](?:bin|Scripts)[/\\])?progress-pages\s+([a-z][\w-]*)(.*)")
_MAKE = re.compile(r"^make\s+([\w./-]+)")
_PATH = re.compile(r"(?<![\w./<-])((?:plans|docs|examples|content|\.github)/[\w./<>*-]*)")


@dataclass(frozen=True)
class Said:
    line: int
    text: str


def blocks(markdown: str) -> tuple[list[Said], list[Said], list[Said]]:
    """(lines inside code blocks, paragraphs and list items of prose, the other lines:
    headings, tables and quotations), each with the line it starts on."""
    code, prose, other, current, fenced = [], [], [], [], False

    def end() -> None:
        if current:
            prose.append(Said(current[0][0], " ".join(t for _, t in current)))
            current.clear()
    for number, line in enumerate(markdown.splitlines(), 1):
        if _FENCE.match(line):
            end()
            fenced = not fenced
        elif fenced:
            code.append(Said(number, line))
        elif not line.strip() or line.lstrip()[0] in "#|>":
            end()
            other.append(Said(number, line))
        elif item := _ITEM.match(line):
            end()
            current.append((number, item.group(1)))
        else:
            current.append((number, line.strip()))
    end()
    return code, prose, other


def commands(markdown: str) -> list[Said]:
    """Every command the text gives: each line of a code block, and each `inline` one."""
    code, prose, other = blocks(markdown)
    spans = [Said(p.line, s) for p in prose + other for s in _SPAN.findall(p.text)]
    return [Said(s.line, s.text.split("  #")[0].strip()) for s in code + spans]


def readable(text: str) -> str:
    """The text as a reader sees it: links by their words, no Markdown marks."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<https?://[^>]*>", "the link", text)
    return text.replace("**", "").replace("`", "")


def wrong_commands(markdown: str, makefiles: list[Path]) -> list[str]:
    targets = [_targets(m) for m in makefiles]
    wrong = []
    for said in commands(markdown):
        if found := _COMMAND.match(said.text):
            wrong += [f"line {said.line}: {said.text}: {why}" for why in _progress_pages(*found.groups())]
        elif made := _MAKE.match(said.text):
            wrong += [f"line {said.line}: {said.text}: no target '{made.group(1)}' in {m.relative_to(ROOT)}"
                      for m, known in zip(makefiles, targets) if made.group(1) not in known]
    return wrong


def _progress_pages(name: str, rest: str) -> list[str]:
    command = main.commands.get(name)
    if command is None:
        return [f"progress-pages has no command '{name}' (it has {', '.join(sorted(main.commands))})"]
    options = {o: p for p in command.params if isinstance(p, click.Option) for o in p.opts + p.secondary_opts}
    words = shlex.split(rest.replace("\\", "/"))
    wrong = []
    for i, word in enumerate(words):
        if not word.startswith("-") or word == "--help":
            continue
        option, _, value = word.partition("=")
        param = options.get(option)
        if param is None:
            wrong.append(f"'{name}' has no option '{option}'")
            continue
        if not value and not param.is_flag and i + 1 < len(words):
            value = words[i + 1]
        if isinstance(param.type, click.Choice) and value not in param.type.choices:
            wrong.append(f"'{option}' cannot be '{value}' (it can be {', '.join(param.type.choices)})")
    return wrong


def _targets(makefile: Path) -> set[str]:
    return {m.group(1) for m in re.finditer(r"^([\w./-]+)\s*:(?!=)", makefile.read_text(encoding="utf-8"), re.M)}


def missing_paths(markdown: str) -> list[str]:
    missing = []
    code, prose, other = blocks(markdown)
    for said in prose + other + [s for s in code if _COMMAND.match(s.text)]:
        for path in _PATH.findall(said.text):
            path = path.rstrip(".")
            pattern = re.sub(r"<[^>]*>|YYYY-MM(-DD)?", "*", path)
            if path not in CREATED and not list(ROOT.glob(pattern.rstrip("/") or ".")):
                missing.append(f"line {said.line}: {path}")
    return missing


def outputs(markdown: str) -> list[str]:
    """The files and folders that the text's commands write."""
    written = set()
    for said in commands(markdown):
        if found := _COMMAND.match(said.text):
            name, words = found.group(1), shlex.split(found.group(2).replace("\\", "/"))
            given = dict(zip(words, words[1:]))
            if name == "build":
                written.add(given.get("--site-dir", given.get("-d", "site")))
            elif name == "export":
                written.add(given.get("--output-dir", given.get("-o", "export")))
            elif name in ("report", "changes") and ("-o" in given or "--output" in given):
                written.add(given.get("-o", given.get("--output")))
        elif made := _MAKE.match(said.text):
            written.add({"site": "site", "preview": "preview"}.get(made.group(1), ".venv"))
    return sorted(written)


def not_ignored(gitignore: Path, paths: list[str], folder: Path) -> list[str]:
    """The paths that git, given this .gitignore, would add with `git add .`."""
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    (folder / ".gitignore").write_text(gitignore.read_text(encoding="utf-8"), encoding="utf-8")
    wrong = []
    for path in paths:
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        inside = path if Path(path).suffix else path + "/index.html"
        (folder / inside).parent.mkdir(parents=True, exist_ok=True)
        (folder / inside).touch()
        if subprocess.run(["git", "-C", str(folder), "check-ignore", "-q", inside]).returncode != 0:
            wrong.append(path)
    return wrong


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("doc", [GUIDE, NEW_AREA, STARTER_README], ids=lambda p: p.name)
def test_every_command_exists(doc):
    assert wrong_commands(_read(doc), MAKEFILES[doc]) == []


def test_the_guide_gives_commands_for_windows_beside_mac_and_linux():
    for doc in (GUIDE, NEW_AREA, STARTER_README):
        given = [c.text for c in commands(_read(doc))]
        assert any(c.startswith("py -m venv .venv") for c in given), doc.name
        assert any(c.startswith(".venv\\Scripts\\progress-pages check") for c in given), doc.name
        assert any(c.startswith("make check") or c.startswith(".venv/bin/progress-pages check")
                   for c in given), doc.name


def test_a_wrong_command_option_target_or_choice_is_caught():
    text = """Run `progress-pages chek`, then:

```
.venv/bin/progress-pages check --strikt
.venv\\Scripts\\progress-pages new area --kind wsoa
make sight
.venv/bin/progress-pages build --preview --site-dir preview
```
"""
    wrong = wrong_commands(text, [ROOT / "Makefile"])
    assert [w.split(":")[0] for w in wrong] == ["line 4", "line 5", "line 6", "line 1"]
    assert "no command 'chek'" in wrong[3] and "no option '--strikt'" in wrong[0]
    assert "'--kind' cannot be 'wsoa'" in wrong[1] and "no target 'sight'" in wrong[2]


def test_every_file_the_guide_names_exists():
    assert missing_paths(_read(GUIDE)) == []
    assert missing_paths("Open `plans/wsoa-2020/update/2022-04.yaml` and plans/<plan-id>/plan.yaml.") == [
        "line 1: plans/wsoa-2020/update/2022-04.yaml"]


def test_what_the_guides_commands_write_is_ignored_by_git(tmp_path):
    written = outputs(_read(GUIDE))
    assert {"preview", "site", "export"} <= set(written)
    assert not_ignored(ROOT / ".gitignore", written, tmp_path / "repository") == []
    starter = outputs(_read(NEW_AREA) + _read(STARTER_README))
    assert {"preview", "site", ".venv"} <= set(starter)
    assert not_ignored(STARTER / "gitignore", starter, tmp_path / "area") == []
    assert not_ignored(STARTER / "gitignore", ["drafts"], tmp_path / "other") == ["drafts"]


def test_the_guide_reads_at_grade_9_or_below():
    hard = [f"line {p.line}: grade {reading_grade(readable(p.text)):.1f}: {p.text[:70]}"
            for p in blocks(_read(GUIDE))[1] if (reading_grade(readable(p.text)) or 0) > MAX_GRADE]
    assert hard == []


def test_the_reading_check_reads_prose_and_leaves_out_code_tables_and_headings():
    text = """# A heading of many long and complicated polysyllabic administrative words here

Notwithstanding considerable organisational complexity, multidisciplinary commissioning
arrangements necessitate comprehensive interagency coordination between institutions.

| Notwithstanding considerable organisational complexity, multidisciplinary commissioning |

```
Notwithstanding considerable organisational complexity, multidisciplinary commissioning arrangements
```
"""
    code, prose, _ = blocks(text)
    assert [p.line for p in prose] == [3] and reading_grade(prose[0].text) > MAX_GRADE
    assert [c.line for c in code] == [9]
