"""What a folder holds, file by file: a source to read, a sidecar of one, or passed over with a reason.

Nothing in a folder is skipped silently: `warcrimes ingest DIR` names every file it does not read
and why. A Telegram Desktop export folder (one holding result.json) is one source; its media files
belong to its messages and are not walked as files of their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from warcrimes.ingest.formats.sniff import TELEGRAM_FILE
from warcrimes.ingest.metadata import SIDECAR_SUFFIX

#: Names a folder walk passes over: documentation beside the reports, not reports.
DOCUMENTATION = ("README", "LICENSE", "NOTICE", "COPYING")


@dataclass(frozen=True)
class Found:
    """One path and what to do with it: `role` is source, sidecar or skipped; `why` says it in words."""

    path: Path
    role: str = "source"
    why: str = ""
    #: Named inside a folder (not on the command line): text under an odd name is passed over, not refused.
    in_folder: bool = False


def survey(paths: Iterable[Path]) -> list[Found]:
    """Every path named, and every file under the folders named, in a stable order."""
    found: list[Found] = []
    for path in paths:
        if path.is_dir() and not (path / TELEGRAM_FILE).is_file():
            found.extend(_walk(path))
        else:
            found.append(Found(path))
    return found


def _walk(folder: Path) -> Iterator[Found]:
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        yield Found(folder, "skipped", f"cannot be listed ({exc.strerror or exc})", True)
        return
    names = {entry.name for entry in entries}
    for entry in entries:
        if entry.name.startswith("."):
            kind = "folder" if entry.is_dir() else "file"
            yield Found(entry, "skipped", f"hidden {kind} (its name starts with a dot)", True)
        elif entry.is_dir():
            if (entry / TELEGRAM_FILE).is_file():
                yield Found(entry, in_folder=True)
            else:
                yield from _walk(entry)
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
