"""What kind of file this is, from its first bytes (magic numbers), never from its name.

A PDF renamed .txt is still a PDF, and a text file renamed .pdf is refused by the text reader,
not half-read by the PDF one. Zip containers are told apart by the names of their entries
(word/document.xml for DOCX, datapackage.json with archive/ for WACZ).
"""

from __future__ import annotations

import zipfile
import zlib

from warcrimes.ingest.formats.drafts import SourceFile

HEAD = 4096
TELEGRAM_FILE = "result.json"
#: Keys a Telegram Desktop export opens with: one chat ("messages") or a whole account.
_TELEGRAM_KEYS = ('"messages"', '"chats"', '"personal_information"')


def sniff(source: SourceFile) -> str | None:
    """'telegram', 'pdf', 'docx', 'wacz', 'warc', 'html', 'text', or None for anything else."""
    if source.path is not None and source.path.is_dir():
        return "telegram" if (source.path / TELEGRAM_FILE).is_file() else None
    with source.open() as handle:
        head = handle.read(HEAD)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(source)
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"\x1f\x8b"):
        return "warc" if _gunzipped_head(head).startswith(b"WARC/") else None
    return _text_kind(head)


def _zip_kind(source: SourceFile) -> str | None:
    try:
        with source.open() as handle, zipfile.ZipFile(handle) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    if "word/document.xml" in names:
        return "docx"
    if "datapackage.json" in names and any(n.startswith("archive/") for n in names):
        return "wacz"
    return None


def _gunzipped_head(head: bytes) -> bytes:
    """The first bytes of a gzip member (a WARC file is a series of them)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
    except zlib.error:
        return b""


def _text_kind(head: bytes) -> str | None:
    if b"\x00" in head:
        return None
    text = head.decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n").lower()
    if text.startswith("{") and any(key in text for key in _TELEGRAM_KEYS):
        return "telegram"
    if text.startswith(("<!doctype html", "<html", "<head", "<meta", "<body")):
        return "html"
    return "text"
