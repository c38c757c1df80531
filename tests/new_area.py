"""An area's repository started as a council would start it: a wheel built from this
checkout, `progress-pages new` run from the installed wheel, then the new
repository's own two README commands on a machine with nothing else of ours: they
make its virtual environment from its requirements.txt (the wheel found as a
package index would offer it) and check and build the site."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from conftest import ROOT

# A placeholder as `new` writes it (generator/validate/placeholders.py reads it): a
# quoted YAML string that begins with the marker and ends with an example.
PLACEHOLDER = re.compile(r'"TO DO: (?:[^"\\]|\\.)*"')
DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def repository_files(destination: Path) -> Path:
    """The repository as git sees it (committed and new files, nothing ignored), so the
    build leaves nothing in the working tree and includes nothing built before."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True, text=True, check=True).stdout
    for name in filter(None, listed.split("\0")):
        if (ROOT / name).is_file():
            (destination / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, destination / name)
    return destination


def build_wheel(source: Path, dist: Path) -> Path:
    # No isolation: the test environment's setuptools builds it, with no download.
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-index",
                    "--no-build-isolation", "--wheel-dir", str(dist), str(repository_files(source))],
                   check=True, capture_output=True)
    (built,) = dist.glob("*.whl")
    return built


def install_alone(wheel: Path, target: Path) -> Path:
    """The wheel's files only, in a folder of their own (its dependencies come from the
    test environment: see run_installed)."""
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
                    "--target", str(target), str(wheel)], check=True, capture_output=True)
    return target


def run_installed(installed: Path, code: str, cwd: Path) -> subprocess.CompletedProcess:
    """Python with the wheel's files and the tool's dependencies only: this checkout
    (installed in editable mode in the test environment) must not be importable."""
    program = ("import sys\n"
               f"sys.path.insert(0, {str(installed)!r})\n"
               "sys.path[:] = [p for p in sys.path if '__editable__' not in p]\n"
               "sys.meta_path[:] = [f for f in sys.meta_path if '__editable__' not in getattr(f, '__module__', '')]\n"
               + code)
    return subprocess.run([sys.executable, "-I", "-c", program], cwd=cwd, capture_output=True,
                          text=True, env=clean_environment())


def run_tool(installed: Path, args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return run_installed(installed, "from generator.cli import main\n"
                         f"sys.argv = ['progress-pages', *{args!r}]\nmain()", cwd)


def clean_environment(find_links: Path | None = None) -> dict[str, str]:
    """The environment of a person's shell: no Python of this checkout on PATH or
    PYTHONPATH; with find_links, pip also finds the wheel there (as on an index)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    ours = (ROOT / ".venv" / "bin").as_posix()
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p.rstrip("/") != ours)
    if find_links is not None:
        env["PIP_FIND_LINKS"] = " ".join(filter(None, [env.get("PIP_FIND_LINKS", ""), find_links.as_posix()]))
    return env


def readme_commands(readme: str) -> list[str]:
    """The commands of the README's first shell block, comments left out."""
    block = re.search(r"```(?:sh|shell|bash)\n(.*?)```", readme, re.DOTALL)
    assert block, "the README has no shell block of set-up commands"
    return [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.split("#")[0].strip()]


@dataclass(frozen=True)
class Placeholder:
    file: str  # relative to the area's folder
    line: int
    text: str  # the whole line


def placeholders(folder: Path) -> list[Placeholder]:
    """Every placeholder `new` wrote, found by its marker."""
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and ".venv" not in p.parts
                       and p.suffix in (".yaml", ".yml", ".md")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if PLACEHOLDER.search(line):
                found.append(Placeholder(path.relative_to(folder).as_posix(), number, line))
    return found


def filled(text: str) -> str:
    """Each placeholder replaced as an editor would: the words between the quotes become
    the value they ask for, here the example the placeholder gives."""
    def value(found: re.Match) -> str:
        asked = json.loads(found.group())
        assert "e.g. " in asked, f"no example in {asked!r}"
        example = asked.rsplit("e.g. ", 1)[1]
        if re.search(r"\b(day|date|month)\b", asked.split("e.g.")[0]):
            assert DATE.match(example), f"{asked!r} asks for a date but gives {example!r}"
        return json.dumps(example)
    return PLACEHOLDER.sub(value, text)


def fill_placeholders(folder: Path) -> None:
    for name in {p.file for p in placeholders(folder)}:
        path = folder / name
        path.write_text(filled(path.read_text(encoding="utf-8")), encoding="utf-8")


@dataclass(frozen=True)
class StartedArea:
    folder: Path  # the area's repository
    wheel: Path
    installed: Path  # the wheel's files alone
    new: subprocess.CompletedProcess
    commands: list[str]  # its README's set-up commands
    placeholders: list[Placeholder]  # as `new` wrote them
    first_check: subprocess.CompletedProcess  # before any was filled
    check: subprocess.CompletedProcess  # once all were
    build: subprocess.CompletedProcess


def start_area(base: Path, wheel: Path, installed: Path, area: str, kind: str) -> StartedArea:
    folder = base / "area"
    new = run_tool(installed, ["new", folder.name, "--area", area, "--kind", kind], base)
    assert new.returncode == 0, new.stdout + new.stderr
    commands = readme_commands((folder / "README.md").read_text(encoding="utf-8"))
    checking = [c for c in commands if "check" in c]
    building = [c for c in commands if c not in checking]
    assert len(checking) == len(building) == 1, commands
    found = placeholders(folder)

    def run(command: str) -> subprocess.CompletedProcess:
        return subprocess.run(command, shell=True, cwd=folder, capture_output=True, text=True,
                              env=clean_environment(find_links=wheel.parent))

    first_check = run(checking[0])
    fill_placeholders(folder)
    check = run(checking[0])
    return StartedArea(folder, wheel, installed, new, commands, found, first_check, check,
                       run(building[0]) if check.returncode == 0 else check)
