"""The one ingest path: read a file with its format's reader, find its metadata, extract, store.

The CLI's `ingest` and `extract`, and an upload in the browser, all come through here, so a
new format (ingest/readers.py) or a new rule about metadata reaches every way in at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from warcrimes.domain.hashing import content_hash
from warcrimes.domain.records import Extraction, NewReport
from warcrimes.errors import UnsupportedLanguageError, WarcrimesError
from warcrimes.extract import extract
from warcrimes.extract.engine.language import detect_language
from warcrimes.ingest.metadata import ReportMetadata, metadata_for
from warcrimes.ingest.readers import collect, load_report
from warcrimes.services.reports import IngestOutcome, add_report
from warcrimes.store import Store, reads


@dataclass(frozen=True)
class FileOutcome:
    """What happened to one file: stored, already there, or refused with a one-line reason."""

    path: Path
    status: str  # stored | duplicate | failed
    message: str
    outcome: IngestOutcome | None = None


@dataclass
class IngestSummary:
    """The outcomes of a batch; `failed` decides the exit code."""

    files: list[FileOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    @property
    def failed(self) -> bool:
        return any(f.status == "failed" for f in self.files)


def extract_file(path: Path, published: dt.date | None, max_bytes: int, *,
                 follow_symlinks: bool = False) -> Extraction:
    """What extraction reads in one file, storing nothing (`warcrimes extract`)."""
    loaded = load_report(path, max_bytes, follow_symlinks=follow_symlinks)
    meta = metadata_for(loaded, ReportMetadata(published=published))
    assert meta.published is not None
    return extract(loaded.text, meta.published)


def internal_error(path: Path, exc: Exception) -> str:
    """The one line for a file that broke the program rather than a rule: the file stays unstored
    (its transaction rolled back) and the other files of the batch are still processed."""
    detail = " ".join(str(exc).split())[:200]
    return (f"{path}: internal error ({type(exc).__name__}: {detail}); nothing of it was stored; this is a bug "
            "in warcrimes, please report it")


def _already_stored(store: Store, digest: str) -> bool:
    with store.transaction() as session:
        return reads.report_by_hash(session, digest) is not None


def ingest_file(store: Store, path: Path, options: ReportMetadata | None = None, *, actor: str,
                filename: str | None = None, follow_symlinks: bool = False) -> FileOutcome:
    """Read, extract and store one report as `actor`; every refusal is a FileOutcome, never an exception.
    `filename` is the name to keep when `path` is not the file's own (an upload held in a temporary file)."""
    try:
        loaded = load_report(path, store.settings.max_report_bytes, follow_symlinks=follow_symlinks)
        meta = metadata_for(loaded, options or ReportMetadata())
        assert meta.published is not None
        digest = content_hash(loaded.original)
        if _already_stored(store, digest):  # spare the extraction; add_report checks again to be sure
            return FileOutcome(path, "duplicate", f"already stored as {digest} (same bytes)")
        language = meta.language or detect_language(loaded.text)
        note = ""
        extraction: Extraction | None
        try:
            extraction = extract(loaded.text, meta.published, language)
        except UnsupportedLanguageError as exc:
            extraction, note = None, f"; not extracted: {exc}"
        new = NewReport(content_hash=digest, original=loaded.original, text=loaded.text,
                        media_type=loaded.media_type, published=meta.published, language=language,
                        filename=filename or path.name, publisher=meta.publisher, url=meta.url)
        outcome = add_report(store, new, extraction, actor=actor)
    except WarcrimesError as exc:
        return FileOutcome(path, "failed", str(exc))
    except SQLAlchemyError as exc:  # the database went away or stayed locked: this file only, the batch goes on
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0][:200]
        return FileOutcome(path, "failed", f"the database did not store it ({reason}); nothing of it was "
                           "kept: run the same ingest again to finish")
    except Exception as exc:  # a bug of ours on this file: say so, and let the batch go on to the next
        return FileOutcome(path, "failed", internal_error(path, exc))
    if outcome.duplicate:
        return FileOutcome(path, "duplicate", f"already stored as report {outcome.report_id} (same bytes)",
                           outcome)
    return FileOutcome(path, "stored", f"report {outcome.report_id}: {outcome.accounts} incident account(s), "
                       f"{outcome.statistics} statistic(s){note}", outcome)


def ingest_paths(store: Store, paths: Iterable[Path], options: ReportMetadata | None = None, *, actor: str,
                 on_file: Callable[[FileOutcome], None] | None = None,
                 on_start: Callable[[int], None] | None = None, follow_symlinks: bool = False) -> IngestSummary:
    """Ingest every report under `paths`; a crash leaves whole reports only, and a re-run finishes.

    `on_start` hears how many files there are, `on_file` each outcome as it comes (progress, output).
    Symbolic links are read only with `follow_symlinks`, and a folder's never lead out of it.
    """
    files = collect(paths, follow_symlinks=follow_symlinks)
    if on_start:
        on_start(len(files))
    summary = IngestSummary()
    for found in files:
        if found.problem:
            result = FileOutcome(found.path, "failed", found.problem)
        else:
            result = ingest_file(store, found.path, options, actor=actor, follow_symlinks=follow_symlinks)
        summary.files.append(result)
        if on_file:
            on_file(result)
    return summary
