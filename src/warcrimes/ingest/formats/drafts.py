"""What every format reader gives back: report drafts, each with its text, metadata and original bytes.

A reader is a pure function `read(source, limits) -> Iterator[ReportDraft]`: it reads one file (or
one Telegram export folder), never the database or the network, and raises BadInputError with a
one-line message naming the file when it cannot go on. Drafts already yielded stay good, so a
caller can keep them when a later part of the file is broken.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from warcrimes.domain.files import megabytes, open_regular
from warcrimes.errors import BadInputError
from warcrimes.ingest.reading import read_original


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds that keep a hostile or wrong file from exhausting memory or time."""

    max_file_bytes: int = 256 * 1024 * 1024
    max_text_chars: int = 20_000_000
    max_zip_entries: int = 5_000
    max_zip_uncompressed: int = 512 * 1024 * 1024
    #: Office files and web archives compress text ~3-20x; a zip bomb 1,000x or more.
    max_zip_ratio: int = 200
    max_pdf_pages: int = 5_000
    #: OCR costs 2-10 s a page: a scan longer than this keeps its first pages read, the rest named.
    max_ocr_pages: int = 200
    #: Per page; Tesseract is killed after it (a page of dense small print takes ~20 s on one core).
    ocr_timeout_seconds: float = 120.0
    #: For the whole file: a hostile scan of many dense pages cannot hold an import for hours.
    ocr_total_seconds: float = 1_800.0
    #: A page is rendered at 300 dpi, less when that would pass this many pixels (a poster-sized page).
    max_ocr_pixels: int = 40_000_000
    #: One Telegram message as JSON (counted in characters); real ones are kilobytes.
    max_message_bytes: int = 16 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Original:
    """The bytes a report was read from, byte for byte.

    `content` is the whole file (PDF, DOCX) or the one part of it that is this report (a WARC
    record, a Telegram message's JSON object); `span` then gives its byte offsets in `source`.
    """

    content: bytes
    media_type: str
    source: str
    span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class MediaFile:
    """A file attached to a report (a Telegram photo or video), to be stored as evidence.

    `path` is None when the bytes are not there; `missing` then says why (the export left the
    file out, or its path points outside the export folder).
    """

    name: str
    kind: str
    media_type: str | None
    path: Path | None
    missing: str | None = None


@dataclass(frozen=True)
class ReportDraft:
    """One report as a reader found it, before it is stored.

    `identity` is stable across re-imports of the same source: the content hash of a file or
    record, or "telegram:<chat id>:<message id>:<edit version>" for a Telegram message, so a
    later import adds only what is new (an edited message is a new version). `published` is when
    the source says it was published, `created` a document's own creation date, `captured` when a
    web archive saved the page. `text` is the main
    text extraction reads; it is empty only for a Telegram post that is media alone. `notes` say
    what the reader had to leave out ("page 3 has no text layer").
    """

    identity: str
    format: str
    text: str
    original: Original
    title: str | None = None
    published: dt.datetime | None = None
    created: dt.datetime | None = None
    captured: dt.datetime | None = None
    author: str | None = None
    publisher: str | None = None
    url: str | None = None
    channel: str | None = None
    channel_id: int | None = None
    message_id: int | None = None
    version: int = 0
    edited: dt.datetime | None = None
    forwarded_from: str | None = None
    forwarded_from_id: str | None = None
    reply_to: int | None = None
    links: tuple[str, ...] = ()
    media: tuple[MediaFile, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceFile:
    """A file to read, by path or as bytes (an upload); `name` is what error messages call it.

    A path is opened only if it is a regular file (domain/files.py: a FIFO, device, socket or
    folder is refused by type before a byte is read) and, unless `follow_symlinks`, not a link."""

    name: str
    path: Path | None = None
    content: bytes | None = None
    follow_symlinks: bool = False

    @classmethod
    def from_path(cls, path: Path, *, follow_symlinks: bool = False) -> SourceFile:
        return cls(str(path), path=path, follow_symlinks=follow_symlinks)

    @classmethod
    def from_bytes(cls, content: bytes, name: str) -> SourceFile:
        return cls(name, content=content)

    def size(self) -> int:
        if self.content is not None:
            return len(self.content)
        assert self.path is not None
        try:
            return self.path.stat().st_size
        except OSError as exc:
            raise BadInputError(f"{self.name}: cannot be read ({exc.strerror or exc})") from exc

    def open(self) -> BinaryIO:
        if self.content is not None:
            return io.BytesIO(self.content)
        assert self.path is not None
        return open_regular(self.path, follow_symlinks=self.follow_symlinks)

    def read_bytes(self, limits: Limits) -> bytes:
        """All the bytes, refusing a file over the size limit before reading it."""
        if self.content is not None:
            if len(self.content) > limits.max_file_bytes:
                raise BadInputError(f"{self.name}: {megabytes(len(self.content))} is larger than the "
                                    f"{megabytes(limits.max_file_bytes)} limit for one source file "
                                    "(WARCRIMES_MAX_REPORT_BYTES raises it)")
            return self.content
        assert self.path is not None
        return read_original(self.path, limits.max_file_bytes, follow_symlinks=self.follow_symlinks)


Reader = Callable[[SourceFile, Limits], Iterator[ReportDraft]]
