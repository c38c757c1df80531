"""Change a set of files on purpose: say what would change (a unified diff) before
anything is overwritten, and write so that no file is ever left half-written."""
from __future__ import annotations

import difflib
import os
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator


@dataclass(frozen=True)
class Change:
    path: Path
    name: str  # as shown to the editor, relative to the project
    text: str
    old: str | None  # None when the file does not exist yet

    @property
    def kind(self) -> str:
        if self.old is None:
            return "new"
        return "unchanged" if self.old == self.text else "changed"

    def diff(self) -> str:
        return "".join(difflib.unified_diff(
            (self.old or "").splitlines(keepends=True), self.text.splitlines(keepends=True),
            fromfile=f"a/{self.name}" if self.old is not None else "/dev/null",
            tofile=f"b/{self.name}"))


def changes(files: dict[Path, str], name=lambda p: p.as_posix()) -> list[Change]:
    """What writing `files` would do to each of them."""
    return [Change(path, name(path), text,
                   path.read_text(encoding="utf-8") if path.is_file() else None)
            for path, text in files.items()]


@contextmanager
def replacing(targets: list[Path]) -> Iterator[list[Path]]:
    """Temporary paths beside the targets. When the block succeeds they are renamed
    over the targets (an atomic step for each file); when it fails, they are removed
    and the targets are left as they were. A fault (a full disk) names the target,
    never the temporary file, nor nothing as a failed write does."""
    temps: list[Path] = []
    try:
        for target in targets:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            os.close(fd)
            temps.append(Path(temp))
        yield temps
        for temp, target in zip(temps, targets):
            os.replace(temp, target)
    except OSError as e:
        e.filename = _named(e.filename, targets)
        raise
    finally:
        for temp in temps:
            temp.unlink(missing_ok=True)


def _named(filename: str | None, targets: list[Path]) -> str | None:
    if filename is None:  # a failed write: one of the targets
        return str(targets[0] if len(targets) == 1 else os.path.commonpath(targets))
    temp = Path(filename)
    for target in targets:
        if temp.parent == target.parent and temp.name.startswith(f".{target.name}.") and temp.suffix == ".tmp":
            return str(target)
    return filename


def write_atomically(files: dict[Path, str]) -> None:
    with replacing(list(files)) as temps:
        for temp, text in zip(temps, files.values()):
            temp.write_text(text, encoding="utf-8", newline="\n")
