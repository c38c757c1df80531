"""Problems are data, not exceptions: each carries where it happened and what to do.

`check` and `build` collect every problem before deciding what to do, so an
editor sees the whole list at once instead of fixing one mistake per run.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Literal

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    column: int | None
    field: str
    message: str
    code: str
    severity: Severity = "error"

    def sort_key(self) -> tuple:
        """By file, then position; a problem about a whole file comes first."""
        return (self.file, self.line or 0, self.column or 0, self.field, self.code, self.message)

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        prefix = {"warning": "warning: ", "info": "note: "}.get(self.severity, "")
        field_part = f" {self.field}:" if self.field else ""
        return f"{where}:{field_part} {prefix}{self.message}"


@dataclass
class Report:
    """Every problem found in one run, sorted by where it happened."""

    problems: list[Problem] = field(default_factory=list)

    def add(self, problem: Problem) -> None:
        self.problems.append(problem)

    def extend(self, problems: Iterable[Problem]) -> None:
        self.problems.extend(problems)

    @property
    def errors(self) -> list[Problem]:
        return sorted((p for p in self.problems if p.severity == "error"), key=Problem.sort_key)

    @property
    def warnings(self) -> list[Problem]:
        return sorted((p for p in self.problems if p.severity == "warning"), key=Problem.sort_key)

    @property
    def notes(self) -> list[Problem]:
        """Things worth saying that are not wrong, such as allowed public contacts."""
        return sorted((p for p in self.problems if p.severity == "info"), key=Problem.sort_key)

    @property
    def ok(self) -> bool:
        return not self.errors

    def flatten(self, *names: str) -> list[tuple]:
        """Compact tuples for tests, e.g. flatten("code", "file", "line")."""
        return [tuple(getattr(p, n) for n in names) for p in sorted(self.problems, key=Problem.sort_key)]

    def summary(self, verbose: bool = False) -> str:
        """Each error and warning, then the count. Notes (nothing wrong: e.g. a public
        helpline allowed) only when asked for, or every run would list them."""
        lines = [str(p) for p in self.errors + self.warnings + (self.notes if verbose else [])]
        lines.append(f"{counted(len(self.errors), 'error')}, {counted(len(self.warnings), 'warning')}")
        return "\n".join(lines)


def counted(n: int, word: str) -> str:
    """'1 warning', '2 warnings'."""
    return f"{n} {word if n == 1 else word + 's'}"


def excerpt(value: object, limit: int = 40) -> str:
    """A value as quoted in a message: short, on one line. Messages are printed in CI
    logs and pasted into pull requests, so they never carry more of a file than it
    takes to find the place."""
    text = " ".join(str(value).split())
    return f"'{text[:limit]}…'" if len(text) > limit else f"'{text}'"


def relative(path: Path, root: Path) -> str:
    """Paths in messages are relative to the project, as editors see them in git."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
