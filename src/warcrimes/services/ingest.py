"""The one ingest path: read a source with its format's reader, find each report's metadata, extract,
store; attach the media a message came with as evidence.

The CLI's `ingest` and an upload in the browser come through here, and `extract` (which stores
nothing) through services/extraction.py with the same readers and metadata rules, so a new format
(ingest/formats/__init__.py) or a new rule about metadata reaches every way in at once.
Every path a folder holds comes out as a FileOutcome: read, or named with the reason it was not.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from warcrimes.corroborate.fingerprints import BandHolders
from warcrimes.corroborate.refresh import HeldAccounts
from warcrimes.custody.evidence import vault_of
from warcrimes.custody.probe import media_type
from warcrimes.custody.vault import Vault
from warcrimes.domain.files import symlink_problem
from warcrimes.errors import BadInputError, WarcrimesError
from warcrimes.ingest.formats import REPORT_SUFFIXES, Format, Limits, SourceFile, format_of
from warcrimes.ingest.metadata import ReportMetadata, source_metadata
from warcrimes.ingest.survey import Found, survey
from warcrimes.services.ahead import Ahead, Pending
from warcrimes.services.drafts import Prepared, SourceIndex, judge
from warcrimes.services.extraction import internal_error
from warcrimes.services.reports import IngestOutcome, Media, add_reports
from warcrimes.store import Store

#: Reports stored per unit of work when a source holds many (a Telegram export): whole batches commit.
BATCH = 100
#: Called as a source is read: (source path, position and total in bytes, reports read so far).
ProgressHook = Callable[[Path, int, int, int], None]


@dataclass
class FileOutcome:
    """What happened to one path: stored (something new), duplicate (nothing new), failed (a one-line
    reason; what came before the problem is kept), skipped (not a report, with why) or sidecar."""

    path: Path
    status: str
    message: str
    reports: list[IngestOutcome] = field(default_factory=list)
    format: str | None = None
    missing_media: int = 0

    @property
    def outcome(self) -> IngestOutcome | None:
        return self.reports[0] if self.reports else None

    def count(self, what: str) -> int:
        """stored, duplicate, version or evidence: how many of the source's reports did that."""
        if what == "evidence":
            return sum(len(r.evidence) for r in self.reports)
        if what == "version":
            return sum(1 for r in self.reports if r.version is not None)
        if what == "duplicate":
            return sum(1 for r in self.reports if r.duplicate)
        return sum(1 for r in self.reports if not r.duplicate and r.version is None)


@dataclass
class IngestSummary:
    """The outcomes of a batch; `failed` decides the exit code."""

    files: list[FileOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    def reports(self, what: str) -> int:
        return sum(f.count(what) for f in self.files)

    @property
    def failed(self) -> bool:
        return any(f.status == "failed" for f in self.files)

    def line(self) -> str:
        """The summary line: reports stored and known, then files failed and passed over."""
        versions = self.reports("version")
        return (f"{self.reports('stored')} stored, {self.reports('duplicate')} already stored"
                + (f", {versions} new version(s)" if versions else "")
                + f", {self.count('failed')} failed, {self.count('skipped')} skipped "
                f"({len(self.files)} path(s) looked at)")


def ingest_file(store: Store, path: Path, options: ReportMetadata | None = None, *, actor: str,
                filename: str | None = None, progress: ProgressHook | None = None,
                follow_symlinks: bool = False) -> FileOutcome:
    """Read, extract and store every report of one file (or Telegram export folder) as `actor`; every
    refusal is a FileOutcome, never an exception. `filename` is the name to keep when `path` is not
    the file's own (an upload held in a temporary file)."""
    return ingest_found(store, Found(path), options, actor=actor, filename=filename, progress=progress,
                        follow_symlinks=follow_symlinks)


def ingest_found(store: Store, found: Found, options: ReportMetadata | None = None, *, actor: str,
                 filename: str | None = None, progress: ProgressHook | None = None,
                 follow_symlinks: bool = False) -> FileOutcome:
    path = found.path
    if found.role != "source":
        return FileOutcome(path, found.role, found.why)
    if path.is_symlink() and not follow_symlinks:
        return FileOutcome(path, "failed", symlink_problem(path))
    source = SourceFile(filename or str(path), path=path, follow_symlinks=follow_symlinks)
    try:
        fmt = format_of(source, any_text_name=not found.in_folder)
    except BadInputError as exc:
        if not found.in_folder or path.name.lower().endswith(REPORT_SUFFIXES):
            return FileOutcome(path, "failed", str(exc))
        return FileOutcome(path, "skipped", _not_a_report(path, str(exc)))
    outcome = FileOutcome(path, "duplicate", "", format=fmt.kind)
    try:
        base = source_metadata(path, options or ReportMetadata())
        _store_all(store, fmt, source, base, outcome, actor=actor, progress=progress)
    except Exception as exc:  # a refusal, the database, or a bug: this file only, the batch goes on
        kept = outcome.count("stored") + outcome.count("version")
        outcome.status = "failed"
        outcome.message = _failure(path, exc) + (f" ({kept} report(s) before the problem were stored)"
                                                 if kept else "")
        return outcome
    outcome.status = "stored" if outcome.count("stored") + outcome.count("version") else "duplicate"
    outcome.message = describe(outcome, fmt)
    return outcome


def _failure(path: Path, exc: Exception) -> str:
    """A rule's refusal as it says it; the database failing, or a bug of ours, for this file only."""
    if isinstance(exc, WarcrimesError):
        return str(exc)
    if isinstance(exc, SQLAlchemyError):  # the database went away or stayed locked: the batch goes on
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0][:200]
        return (f"{path}: the database did not store it ({reason}); run the same ingest again to finish")
    return internal_error(path, exc)


def _store_all(store: Store, fmt: Format, source: SourceFile, base: ReportMetadata, outcome: FileOutcome, *,
               actor: str, progress: ProgressHook | None) -> None:
    """Read the drafts and store them a batch at a time, the next batch extracting in a worker process while
    this one stores (services/ahead.py); a reader's error ends it after the batches before."""
    limits = Limits(max_file_bytes=store.settings.max_report_bytes)
    index = SourceIndex(store)
    total = _size(source)
    batch: list[Prepared] = []
    waiting: deque[tuple[Pending, Placing]] = deque()
    ahead = Ahead()
    media = _Media(vault_of(store))
    holders = BandHolders()  # fingerprint bands read in one batch, kept for the next
    accounts = HeldAccounts()  # likewise the accounts summarised
    position = 0
    storing = False  # a failure while storing ends the source there; a reader's failure keeps what was read
    try:
        for draft in fmt.read(source, limits):
            item = judge(index, draft, source, base)
            outcome.missing_media += item.missing_media
            if item.known is not None:
                outcome.reports.append(item.known)
            else:
                batch.append(item)
            if draft.original.span is not None:
                position = draft.original.span[1]
            if len(batch) >= BATCH:
                waiting.append((ahead.start(batch, more=True), media.place(batch)))
                batch = []
                storing = True
                while len(waiting) > (1 if ahead.workers > 0 else 0):  # the newest extracts meanwhile
                    _flush(store, *waiting.popleft(), outcome, actor, holders, accounts)
                storing = False
                if progress:
                    progress(outcome.path, position, total, len(outcome.reports))
    finally:
        try:
            if not storing:
                waiting.append((ahead.start(batch, more=False), media.place(batch)))
                while waiting:
                    _flush(store, *waiting.popleft(), outcome, actor, holders, accounts)
        finally:
            try:
                ahead.close()
            finally:
                media.close()
        if progress:
            progress(outcome.path, total, total, len(outcome.reports))


#: The media of each report of a batch, being copied into the vault (None: it has none).
Placing = list["Future[tuple[Media, ...]] | None"]


class _Media:
    """Copies each batch's media into the vault in a thread, begun as the batch is read: a copy waits on two
    fsyncs (10-25 ms a photo on this machine's disk, 0.5-1.3 s of wall clock a 1,000 bench messages), which
    the storing of the batch before now hides. A batch's rows are stored only once its media are placed."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._thread: ThreadPoolExecutor | None = None

    def place(self, batch: list[Prepared]) -> Placing:
        if not any(item.media for item in batch):
            return [None] * len(batch)
        if self._thread is None:
            self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="warcrimes-media")
        return [self._thread.submit(item.place, self.vault) if item.media else None for item in batch]

    def close(self) -> None:
        """Wait for the copy under way (nothing is left writing into the vault), dropping those not begun."""
        if self._thread is not None:
            self._thread.shutdown(wait=True, cancel_futures=True)
            self._thread = None


def _flush(store: Store, pending: Pending, placing: Placing, outcome: FileOutcome, actor: str,
           holders: BandHolders, accounts: HeldAccounts) -> None:
    """Store a batch once extracted and its media placed; an extraction that broke ends the source after what
    came before it."""
    ready, broke = pending.finish()
    if ready:  # `ready` is the batch up to the report whose extraction broke
        reports = [item.report(placed.result() if placed is not None else ())
                   for item, placed in zip(ready, placing, strict=False)]
        outcome.reports.extend(add_reports(store, reports, actor=actor, holders=holders,
                                               accounts=accounts))
    if broke is not None:
        raise broke


def _size(source: SourceFile) -> int:
    path = source.path
    if path is not None and path.is_dir():
        path = path / "result.json"
    try:
        return path.stat().st_size if path is not None else len(source.content or b"")
    except OSError:
        return 0


def _not_a_report(path: Path, why: str) -> str:
    """Why a file in a folder was passed over, naming a photo or video as what it is."""
    try:
        with path.open("rb") as handle:
            kind = media_type(path, handle.read(64))
    except OSError:
        return why.removeprefix(f"{path}: ")
    if kind.startswith(("image/", "video/", "audio/")):
        return f"is {kind.split('/')[0]} ({kind}), not a report; add it with `warcrimes evidence add`"
    return why.removeprefix(f"{path}: ")


def describe(outcome: FileOutcome, fmt: Format) -> str:
    """One line for a source: the report for a single file, counts for an export or archive."""
    if fmt.kind not in ("telegram", "warc", "wacz") and len(outcome.reports) == 1:
        only = outcome.reports[0]
        if only.duplicate:
            return f"already stored as report {only.report_id} (same bytes)"
        note = f"; {only.note()}" if only.not_extracted else ""
        return (f"report {only.report_id}: {only.accounts} incident account(s), {only.statistics} statistic(s)"
                f"{note}")
    parts = [f"{fmt.label}: {outcome.count('stored')} report(s) stored",
             f"{outcome.count('duplicate')} already stored"]
    if outcome.count("version"):
        parts.append(f"{outcome.count('version')} new version(s) of edited ones")
    if outcome.count("evidence"):
        parts.append(f"{outcome.count('evidence')} photo/video file(s) stored as evidence")
    if outcome.missing_media:
        parts.append(f"{outcome.missing_media} media file(s) not in the export (listed on each report)")
    unread = sum(1 for r in outcome.reports if r.not_extracted == "unsupported_language")
    if unread:
        languages = ", ".join(sorted({r.language or "?" for r in outcome.reports
                                      if r.not_extracted == "unsupported_language"}))
        parts.append(f"{unread} not extracted (language {languages} not supported yet)")
    accounts = sum(r.accounts for r in outcome.reports)
    statistics = sum(r.statistics for r in outcome.reports)
    return ", ".join(parts) + f"; {accounts} incident account(s), {statistics} statistic(s)"


def ingest_paths(store: Store, paths: Iterable[Path], options: ReportMetadata | None = None, *, actor: str,
                 on_file: Callable[[FileOutcome], None] | None = None,
                 on_start: Callable[[int], None] | None = None,
                 progress: ProgressHook | None = None, follow_symlinks: bool = False) -> IngestSummary:
    """Ingest every source under `paths`, naming every file not read; a crash leaves whole reports only,
    and a re-run finishes. `on_start` hears how many paths there are, `on_file` each outcome as it comes."""
    found = survey(paths, follow_symlinks=follow_symlinks)
    if on_start:
        on_start(len(found))
    summary = IngestSummary()
    for item in found:
        result = ingest_found(store, item, options, actor=actor, progress=progress, follow_symlinks=follow_symlinks)
        summary.files.append(result)
        if on_file:
            on_file(result)
    return summary

