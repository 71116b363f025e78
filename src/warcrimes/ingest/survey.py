"""What a folder holds, file by file: a source to read, a sidecar of one, or passed over with a reason.

Nothing in a folder is skipped silently: `warcrimes ingest DIR` names every file it does not read
and why. A Telegram Desktop export folder (one holding result.json) is one source; its media files
belong to its messages and are not walked as files of their own.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from warcrimes.domain.files import symlink_problem
from warcrimes.ingest.formats.sniff import TELEGRAM_FILE
from warcrimes.ingest.metadata import SIDECAR_SUFFIX

#: Names a folder walk passes over: documentation beside the reports, not reports.
DOCUMENTATION = ("README", "LICENSE", "NOTICE", "COPYING")


@dataclass(frozen=True)
class Found:
    """One path and what to do with it: `role` is source, sidecar, skipped or failed (a path that must
    not be read, such as a link out of the folder); `why` says it in words."""

    path: Path
    role: str = "source"
    why: str = ""
    #: Named inside a folder (not on the command line): text under an odd name is passed over, not refused.
    in_folder: bool = False


def survey(paths: Iterable[Path], *, follow_symlinks: bool = False) -> list[Found]:
    """Every path named, and every file under the folders named, in a stable order. A walk follows
    a symbolic link only when asked, and then never out of the folder named."""
    found: list[Found] = []
    for path in paths:
        walked = (path.is_dir() and (follow_symlinks or not path.is_symlink())
                  and not (path / TELEGRAM_FILE).is_file())
        if walked:
            inside = list(_walk(path, _Walk(path, path.resolve(), follow_symlinks)))
            found.extend(inside or [Found(path, "failed", f"{path}: is a folder with no report files in it")])
        else:
            found.append(Found(path))
    return found


@dataclass(frozen=True)
class _Walk:
    root: Path
    real_root: Path
    follow_symlinks: bool
    #: Folders entered, by their real path: a followed link back up the tree is not walked twice.
    entered: set[Path] = field(default_factory=set)

    def link_problem(self, path: Path) -> str | None:
        """Why a symbolic link met in the walk is not followed, or None when it may be."""
        if not self.follow_symlinks:
            return symlink_problem(path)
        try:
            inside = path.resolve().is_relative_to(self.real_root)
        except OSError:
            inside = False
        if inside:
            return None
        return f"{path}: is a symbolic link pointing outside {self.root} (to {os.readlink(path)}); not followed"


def _walk(folder: Path, walk: _Walk) -> Iterator[Found]:
    real = folder.resolve()
    if real in walk.entered:
        return
    walk.entered.add(real)
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        yield Found(folder, "skipped", f"cannot be listed ({exc.strerror or exc})", True)
        return
    names = {entry.name for entry in entries}
    for entry in entries:
        problem = walk.link_problem(entry) if entry.is_symlink() else None
        if problem:
            yield Found(entry, "failed", problem, True)
        elif entry.name.startswith("."):
            kind = "folder" if entry.is_dir() else "file"
            yield Found(entry, "skipped", f"hidden {kind} (its name starts with a dot)", True)
        elif entry.is_dir():
            if (entry / TELEGRAM_FILE).is_file():
                yield Found(entry, in_folder=True)
            else:
                yield from _walk(entry, walk)
        elif not entry.is_file():
            yield Found(entry, "skipped", "not a regular file (a pipe, socket or device)", True)
        elif entry.name.endswith(SIDECAR_SUFFIX):
            yield _sidecar(entry, names)
        elif entry.name.upper().startswith(DOCUMENTATION):
            yield Found(entry, "skipped", "documentation beside the reports, not a report", True)
        else:
            yield Found(entry, in_folder=True)


def _sidecar(path: Path, names: set[str]) -> Found:
    stem = path.name.removesuffix(SIDECAR_SUFFIX)
    reports = sorted(n for n in names if n != path.name and Path(n).stem == stem and not n.startswith("."))
    if reports:
        return Found(path, "sidecar", f"metadata of {', '.join(reports)}", True)
    return Found(path, "skipped", f"a metadata sidecar without its report (no {stem}.* beside it)", True)
