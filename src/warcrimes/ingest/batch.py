"""Ingesting files and folders: each report is one transaction, one bad file never stops the others."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from warcrimes.config import current_actor
from warcrimes.domain.hashing import content_hash
from warcrimes.domain.records import Extraction, NewReport
from warcrimes.errors import BadInputError, UnsupportedLanguageError, WarcrimesError
from warcrimes.extract import extract
from warcrimes.extract.engine.language import detect_language
from warcrimes.ingest.metadata import ReportMetadata, from_mapping, read_sidecar, sidecar_path
from warcrimes.ingest.reading import LoadedFile, is_report_file, read_report_file
from warcrimes.store import IngestOutcome, Store

#: Files a folder walk passes over: documentation beside the reports, not reports.
SKIPPED_NAMES = ("README", "LICENSE", "NOTICE")


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


def collect(paths: Iterable[Path]) -> list[Path]:
    """Report files named directly or found in folders (sorted; sidecars and READMEs passed over)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and is_report_file(p)
                                and not p.name.upper().startswith(SKIPPED_NAMES)
                                and not any(part.startswith(".") for part in p.relative_to(path).parts)))
        else:
            found.append(path)
    return found


def metadata_for(loaded: LoadedFile, options: ReportMetadata) -> ReportMetadata:
    """Sidecar first, then what an HTML page declares, options over both; a date is required."""
    meta = read_sidecar(loaded.path)
    if loaded.media_type == "text/html":
        from warcrimes.ingest.html import page_metadata

        meta = meta.over(from_mapping(page_metadata(loaded.original.decode("utf-8", "replace")),
                                      str(loaded.path)))
    meta = options.over(meta)
    if meta.published is None:
        raise BadInputError(f"{loaded.path}: has no publication date; add {sidecar_path(loaded.path).name} "
                            "with {\"published\": \"YYYY-MM-DD\"} or pass --published")
    return meta


def ingest_file(store: Store, path: Path, options: ReportMetadata | None = None,
                actor: str | None = None) -> FileOutcome:
    """Read, extract and store one report; every refusal is a FileOutcome, never an exception.

    `actor` (default: WARCRIMES_ACTOR or the login) is who the custody entries name.
    """
    try:
        loaded = read_report_file(path, store.settings.max_report_bytes)
        meta = metadata_for(loaded, options or ReportMetadata())
        assert meta.published is not None
        digest = content_hash(loaded.original)
        if store.find_report(digest) is not None:
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
                        filename=path.name, publisher=meta.publisher, url=meta.url)
        outcome = store.add_report(new, extraction, actor=actor or current_actor())
    except WarcrimesError as exc:
        return FileOutcome(path, "failed", str(exc))
    if outcome.duplicate:
        return FileOutcome(path, "duplicate", f"already stored as report {outcome.report_id} (same bytes)",
                           outcome)
    return FileOutcome(path, "stored", f"report {outcome.report_id}: {outcome.accounts} incident account(s), "
                       f"{outcome.statistics} statistic(s){note}", outcome)


def ingest_paths(store: Store, paths: Iterable[Path], options: ReportMetadata | None = None,
                 on_file: Callable[[FileOutcome], None] | None = None) -> IngestSummary:
    """Ingest every report under `paths`; a crash leaves whole reports only, and a re-run finishes."""
    summary = IngestSummary()
    for path in collect(paths):
        result = ingest_file(store, path, options)
        summary.files.append(result)
        if on_file:
            on_file(result)
    return summary
