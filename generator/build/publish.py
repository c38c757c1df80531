"""Swap a freshly built site into place so that, whatever happens (an error, a
crash, SIGKILL), the published folder holds either the old site or the new one,
whole, and never half of either.

On Linux, renameat2(RENAME_EXCHANGE) swaps two folders in one atomic step. Where
that is missing (another OS, an old kernel, a file system without it), two
renames are used: the only moment without a site is between them.
"""
from __future__ import annotations

import ctypes
import errno
import os
import shutil
import stat
import tempfile
from pathlib import Path

from ..faults import NotAFolder

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
STAGING = "-building-"


def publishable(target: Path) -> Path:
    """`target` as an absolute path, once it is known that a site can be swapped in
    there: checked before anything is built. Only the folders above it are resolved:
    the site itself must be a real folder (or nothing yet), never a link, which would
    have us replace what it points to or move the link aside; and every folder of the
    old site must be ours to remove, or it would be left behind once swapped out."""
    target = Path(os.path.abspath(target))
    target = target.parent.resolve() / target.name
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        return target
    if not stat.S_ISDIR(mode):
        raise NotAFolder(target, mode)
    for folder, _, _ in os.walk(target):
        if not os.access(folder, os.W_OK | os.X_OK):
            if os.statvfs(folder).f_flag & os.ST_RDONLY:  # the disk, not the folder, says no
                raise OSError(errno.EROFS, os.strerror(errno.EROFS), folder)
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), folder)
    return target


def staging_folder(target: Path) -> Path:
    """A private folder beside the target (the same file system, so renames work),
    named with our process id so a later build can tell it was abandoned."""
    remove_abandoned(target)
    return Path(tempfile.mkdtemp(prefix=f".{target.name}{STAGING}{os.getpid()}-", dir=target.parent))


def remove_abandoned(target: Path) -> None:
    """Staging folders left by builds that were killed: their process is gone."""
    for folder in target.parent.glob(f".{target.name}{STAGING}*"):
        pid = folder.name.removeprefix(f".{target.name}{STAGING}").split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _exchange(a: Path, b: Path) -> bool:
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def publish(staging: Path, target: Path) -> None:
    """Put the built site at `target`; the previous one is removed afterwards."""
    staging.chmod(0o755)  # mkdtemp made it private
    if not target.exists():
        staging.rename(target)
        return
    if _exchange(staging, target):
        shutil.rmtree(staging, ignore_errors=True)  # now holds the old site
        return
    old = target.with_name(f".{target.name}{STAGING}{os.getpid()}-old")
    target.rename(old)
    try:
        staging.rename(target)
    except OSError:
        old.rename(target)
        raise
    shutil.rmtree(old, ignore_errors=True)
