"""Faults of the machine: a full disk (ENOSPC, EDQUOT), a place we may not write in
(EACCES, EPERM, EROFS), a site path that is not a folder. Each ends in one plain line
on stderr, exit 1, the previous site byte-identical and nothing temporary left.

Real faults where the machine allows (a small tmpfs, mounted as root); the others
are injected at the narrowest call."""
from __future__ import annotations

import errno
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.build import publish
from generator.cli import main
from sitebuild import copy_of, run, site_copy, tree_digest

UNCHANGED = "The site was not changed."


@pytest.fixture(scope="module")
def built(example_project, tmp_path_factory):
    """One project with a built site, shared: a failed build changes nothing in it."""
    return copy_of(example_project, tmp_path_factory.mktemp("faults"))


@pytest.fixture
def project(built, monkeypatch):
    monkeypatch.chdir(built)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)  # a person's date would change the site
    before = tree_digest(built / "site")
    yield built
    assert tree_digest(built / "site") == before
    assert leftovers(built) == []


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if "-building-" in p.name or p.suffix == ".tmp")


def said(result, *words: str) -> str:
    """The one line the command said, with no traceback."""
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    line = result.stderr.splitlines()[-1]
    assert [said for said in result.stderr.splitlines() if not said.startswith("plans/")] == [line]
    for word in words:
        assert word in line, line
    return line


def build(*args: str):
    return CliRunner().invoke(main, ["build", *args])


# A site path that is not a folder: refused before anything is read or built.

def test_a_plain_file_called_site_is_refused_not_moved_aside(project, tmp_path):
    plain = tmp_path / "site"
    plain.write_text("mine")
    assert said(build("-d", str(plain))) == (
        f"Cannot build the site: {plain} is a file, not a folder: move it away or choose "
        f"another --site-dir. {UNCHANGED}")
    assert plain.read_text() == "mine" and sorted(tmp_path.iterdir()) == [plain]


@pytest.mark.parametrize("points_to", ["folder outside", "file", "nothing"])
def test_a_symbolic_link_is_never_written_through(project, tmp_path, points_to):
    elsewhere = tmp_path / "elsewhere"
    if points_to == "folder outside":
        shutil.copytree(project / "site", elsewhere)
    elif points_to == "file":
        elsewhere.write_text("mine")
    before = tree_digest(tmp_path)
    link = tmp_path / "site"
    link.symlink_to(elsewhere)
    said(build("-d", str(link)), f"{link} is a symbolic link, not a folder: move it away", UNCHANGED)
    assert link.is_symlink() and os.readlink(link) == str(elsewhere)
    link.unlink()
    assert tree_digest(tmp_path) == before


def test_a_special_file_is_refused(project, tmp_path):
    os.mkfifo(tmp_path / "site")
    said(build("-d", str(tmp_path / "site")), "is a special file, not a folder", UNCHANGED)


def test_a_folder_on_the_way_that_is_a_file_is_named(project, tmp_path):
    (tmp_path / "public").write_text("mine")
    said(build("-d", str(tmp_path / "public" / "site")),
         f"{tmp_path / 'public'} is a file, not a folder: move it away or choose another --site-dir.")


# A place we may not write in. Root may write anywhere, so permissions are injected.

@pytest.mark.parametrize("code", [errno.EACCES, errno.EPERM])
def test_a_parent_we_may_not_write_in(project, monkeypatch, code):
    mkdir = os.mkdir

    def refused(path, *args, **kwargs):
        if os.path.basename(path).startswith(".site-building-"):
            raise OSError(code, os.strerror(code), path)
        return mkdir(path, *args, **kwargs)

    monkeypatch.setattr(os, "mkdir", refused)
    line = said(build(), "Cannot build the site: we are not allowed to write there (while writing ",
                "Choose a folder you can write in, or ask for access to this one. " + UNCHANGED)
    assert ".site-building-" in line  # the folder we tried to make, in the site's folder


def test_an_old_site_we_could_not_remove_is_not_swapped_out(project, monkeypatch):
    """Swapped out, it would be left behind as a .site-building- folder."""
    locked = str(project / "site" / "assets")
    access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: path != locked and access(path, mode))
    said(build(), "we are not allowed to write there (while writing site/assets)", UNCHANGED)


# A full disk, injected at each moment: MkDocs writing a page, the generator writing
# .generated/, the final swap.

def test_quota_used_up_while_mkdocs_writes_a_page(project, monkeypatch):
    from mkdocs import utils
    write_file = utils.write_file

    def over_quota(content, output_path):
        if output_path.endswith("wsoa-2020/p1/index.html"):
            os.makedirs(os.path.dirname(output_path), exist_ok=True)
            with open(output_path, "wb") as f:
                f.write(content[:100])
            raise OSError(errno.EDQUOT, os.strerror(errno.EDQUOT))  # a write names no file
        write_file(content, output_path)

    monkeypatch.setattr(utils, "write_file", over_quota)
    said(build(), "Cannot build the site: your share of the disk (quota) is used up (while writing site)",
         "Free some space and try again. " + UNCHANGED)


class _FullDisk:
    def __init__(self, f):
        self.f = f

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.f.close()

    def write(self, data):
        self.f.write(data[:10])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_disk_full_while_the_generator_writes_its_pages(project, monkeypatch):
    from generator.build import generated
    page = project / ".generated" / "wsoa-2020" / "p1.md"
    page.unlink()  # so that it is written again
    fdopen = os.fdopen
    monkeypatch.setattr(generated.os, "fdopen", lambda fd, mode: _FullDisk(fdopen(fd, mode)))
    said(build(), "Cannot build the site: the disk is full (while writing .generated/", UNCHANGED)
    assert leftovers(project / ".generated") == []


@pytest.mark.parametrize("exchange", ["renameat2", "two renames"])
def test_disk_full_at_the_final_swap(project, monkeypatch, exchange):
    def full(a, b):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(a), None, str(b))

    if exchange == "renameat2":
        monkeypatch.setattr(publish, "_exchange", full)
    else:  # the first rename (the old site aside) works, the second does not
        monkeypatch.setattr(publish, "_exchange", lambda a, b: False)
        rename = Path.rename
        monkeypatch.setattr(Path, "rename", lambda a, b: full(a, b) if Path(b) == project / "site"
                            and "-building-" in a.name and not a.name.endswith("-old") else rename(a, b))
    said(build(), "Cannot build the site: the disk is full (while writing site). Free some space", UNCHANGED)


# Real faults on a small tmpfs, as root.

@pytest.fixture
def small_disk(tmp_path):
    """Mount a tmpfs of `size` KB at a folder; unmounted afterwards."""
    mounted = []

    def mount(size_kb: int, *options: str) -> Path:
        folder = tmp_path / f"disk{len(mounted)}"
        folder.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join([f"size={size_kb}k", *options]),
                               "tmpfs", str(folder)], capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip()}): the injected faults still run")
        mounted.append(folder)
        return folder

    yield mount
    for folder in mounted:
        subprocess.run(["umount", str(folder)], check=True)


def _on_disk(built: Path, disk: Path, with_generated: bool) -> Path:
    """The project on the small disk, with a small previous site."""
    for name in ("content", "plans", "site_overrides", "mkdocs.yml") + ((".generated",) if with_generated else ()):
        (shutil.copytree if (built / name).is_dir() else shutil.copy)(built / name, disk / name)
    shutil.copytree(built / "site" / "about", disk / "site" / "about")
    return disk


def _filled(disk: Path, free_kb: int) -> None:
    stat = os.statvfs(disk)
    (disk / "filler").write_bytes(b"\0" * (stat.f_bavail * stat.f_frsize - free_kb * 1024))


def _used_kb(folder: Path) -> int:
    return sum(-(-p.stat().st_size // 4096) * 4 for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize("moment", ["mkdocs writes the site", "the generator writes .generated"])
def test_a_really_full_disk(built, small_disk, monkeypatch, moment):
    monkeypatch.setenv("PROGRESS_PAGES_CACHE", "off")
    disk = _on_disk(built, small_disk(12 * 1024), with_generated=moment == "mkdocs writes the site")
    # Enough for the generated pages (then the site's assets and some pages), or not.
    _filled(disk, _used_kb(built / "site" / "assets") + 300 if moment == "mkdocs writes the site" else 200)
    before = tree_digest(disk / "site")
    result = run(["build"], disk)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    line = result.stderr.splitlines()[-1]
    where = "site/" if moment == "mkdocs writes the site" else ".generated/"
    assert line.startswith(f"Cannot build the site: the disk is full (while writing {where}"), line
    assert line.endswith("Free some space and try again. " + UNCHANGED)
    assert "ERROR" not in result.stderr
    assert tree_digest(disk / "site") == before
    assert leftovers(disk) == []


def test_a_read_only_disk(project, small_disk):
    disk = small_disk(1024)
    shutil.copytree(project / "site" / "about", disk / "site")
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
    before = tree_digest(disk)
    said(build("-d", str(disk / "site")), f"Cannot build the site: that disk is read-only (while writing {disk}",
         "Choose a folder on another disk. " + UNCHANGED)
    assert tree_digest(disk) == before


def test_caches_that_cannot_be_written_do_not_stop_the_build(built, tmp_path, monkeypatch):
    """They only save time: a build without them gives the same site."""
    (tmp_path / "not-a-folder").write_text("")
    monkeypatch.setenv("PROGRESS_PAGES_CACHE", str(tmp_path / "not-a-folder" / "cache"))
    project = site_copy(tmp_path)
    assert run(["build"], project).returncode == 0
    assert tree_digest(project / "site") == tree_digest(built / "site")


# The other commands that write files: the whole output or none of it.

def _full(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_export_on_a_full_disk_leaves_no_part_of_the_pack(project, tmp_path, monkeypatch):
    import importlib
    export = importlib.import_module("generator.spreadsheet.export")  # the module, not its function
    monkeypatch.setattr(export, "write_csv", _full)  # after the workbook was written
    result = CliRunner().invoke(main, ["export", "-o", str(tmp_path / "pack")])
    said(result, "Cannot export the committee pack: the disk is full (while writing "
                f"{tmp_path / 'pack'}). Free some space and try again. Nothing was written.")
    assert list((tmp_path / "pack").iterdir()) == []


def test_report_on_a_full_disk_leaves_no_file(project, tmp_path, monkeypatch):
    monkeypatch.setattr(Path, "write_text", _full)
    result = CliRunner().invoke(main, ["report", "-o", str(tmp_path / "report.md")])
    said(result, f"Cannot write the report: the disk is full (while writing {tmp_path / 'report.md'}).")
    assert list(tmp_path.iterdir()) == []
