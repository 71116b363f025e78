"""Opening a file someone named: a regular file only, checked by type before a byte is read.

A FIFO would block the reader forever, /dev/zero never ends, a socket or a device is not a
document, and a symbolic link may lead anywhere on the machine (a link to /etc/shadow must not be
stored and served as a report). The file is opened without blocking and without following a final
symbolic link, and `fstat` on the open descriptor decides: no race between the check and the read.
"""

from __future__ import annotations

import errno
import fcntl
import os
import stat
from pathlib import Path
from typing import BinaryIO

from warcrimes.errors import BadInputError

_KINDS = (
    (stat.S_ISDIR, "is a folder, not a file"),
    (stat.S_ISFIFO, "is a named pipe (FIFO), not a file; reading it could wait forever"),
    (stat.S_ISCHR, "is a character device, not a file"),
    (stat.S_ISBLK, "is a block device, not a file"),
    (stat.S_ISSOCK, "is a socket, not a file"),
)
FOLLOW_HINT = "pass --follow-symlinks to read what it points to"


def kind_problem(mode: int) -> str | None:
    """Why a file of this mode cannot be read as a document, or None for a regular file."""
    for test, problem in _KINDS:
        if test(mode):
            return problem
    return None if stat.S_ISREG(mode) else "is not a regular file"


def symlink_problem(path: Path) -> str:
    try:
        target = os.readlink(path)
    except OSError:
        target = "?"
    return f"{path}: is a symbolic link (to {target}); {FOLLOW_HINT}"


def open_regular(path: Path, *, follow_symlinks: bool = False, max_bytes: int | None = None,
                 limit_name: str = "", allow_empty: bool = True) -> BinaryIO:
    """An open binary handle on `path` if it is a regular file within the size bound; BadInputError
    naming the file and what it is otherwise (folder, FIFO, device, socket, link, too large, empty)."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    if not follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP and not follow_symlinks and path.is_symlink():
            raise BadInputError(symlink_problem(path)) from exc
        if exc.errno == errno.ENOENT:
            raise BadInputError(f"{path}: does not exist") from exc
        problem = _problem_by_name(path, follow_symlinks)  # a socket cannot even be opened (ENXIO)
        if problem:
            raise BadInputError(f"{path}: {problem}") from exc
        raise BadInputError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    try:
        info = os.fstat(fd)
        problem = kind_problem(info.st_mode)
        if problem:
            raise BadInputError(f"{path}: {problem}")
        if max_bytes is not None and info.st_size > max_bytes:
            raise BadInputError(f"{path}: {megabytes(info.st_size)} is larger than the {megabytes(max_bytes)} "
                                f"limit{' (' + limit_name + ' raises it)' if limit_name else ''}")
        if not allow_empty and info.st_size == 0:
            raise BadInputError(f"{path}: is empty (0 bytes)")
        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
        return os.fdopen(fd, "rb", buffering=0)
    except BaseException:
        os.close(fd)
        raise


def _problem_by_name(path: Path, follow_symlinks: bool) -> str | None:
    try:
        return kind_problem(os.stat(path, follow_symlinks=follow_symlinks).st_mode)
    except OSError:
        return None


def megabytes(size: int) -> str:
    """A size for a message: bytes while small, else MB with one decimal."""
    return f"{size} bytes" if size < 100_000 else f"{size / 1_048_576:.1f} MB"
