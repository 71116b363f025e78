"""From a reader's draft to a report ready to store: metadata, language, extraction, media, and
whether the store holds it already (so a re-import of a 10,000-message export extracts nothing).

A Telegram message is known by its source key ("telegram:<chat id>:<message id>") and its edit
version; every key of a chat already stored is read once, in two queries, not once per message.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from warcrimes.corroborate.fingerprints import Printed, printed
from warcrimes.custody.probe import media_type
from warcrimes.custody.vault import Vault
from warcrimes.domain.hashing import content_hash
from warcrimes.domain.records import Extraction, NewReport
from warcrimes.errors import UnsupportedLanguageError
from warcrimes.extract import extract
from warcrimes.extract.engine.language import detect_language
from warcrimes.ingest.formats import MediaFile, ReportDraft, SourceFile
from warcrimes.ingest.metadata import ReportMetadata, metadata_for
from warcrimes.services.reports import IngestOutcome, Media, PreparedReport
from warcrimes.store import Store, reads


class SourceIndex:
    """What the store already holds of the sources being read: source keys with their versions."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._chats: dict[str, dict[str, tuple[int, set[int]]]] = {}

    def known(self, digest: str, key: str | None, version: int) -> tuple[IngestOutcome | None, int | None]:
        """(the duplicate's outcome, None) when held; (None, report id) when a new version of a stored
        report; (None, None) when new. Marks what it lets through as held (a message twice in one file)."""
        if key is None:
            with self.store.transaction() as session:
                row = reads.report_by_hash(session, digest)
                if row is None:
                    version_row = reads.report_version_by_hash(session, digest)
                    report_id = version_row.report_id if version_row is not None else None
                else:
                    report_id = row.id
            return (IngestOutcome(report_id, digest, duplicate=True) if report_id is not None else None), None
        held = self._chat(key)
        if key not in held:
            held[key] = (0, {version})
            return None, None
        report_id, versions = held[key]
        if version in versions:
            return IngestOutcome(report_id, digest, duplicate=True), None
        versions.add(version)
        return None, report_id or None

    def _chat(self, key: str) -> dict[str, tuple[int, set[int]]]:
        prefix = key.rsplit(":", 1)[0] + ":"
        found = self._chats.get(prefix)
        if found is None:
            with self.store.transaction() as session:
                found = self._chats[prefix] = reads.versions_by_source(session, prefix)
        return found


@dataclass(frozen=True)
class Reading:
    """What extraction of one report needs: pure data, so another process can do it (`language` None:
    to be identified there too, 4 ms a post)."""

    text: str
    published: dt.date
    language: str | None


#: What reading a report gives: its language, its extraction (None when the language is not supported yet) and,
#: when it tells incidents, its text's fingerprint (stored with it for near-copy groups).
Read = tuple[str, Extraction | None, Printed | None]


def read(wanted: Reading) -> Read:
    """The report's language, its extraction and its fingerprint (`Read`)."""
    language = wanted.language or detect_language(wanted.text)
    try:
        # undeclared, the extractor judges the language itself: a mixed text is read run by run
        extraction = extract(wanted.text, wanted.published, wanted.language)
    except UnsupportedLanguageError:
        return language, None, None
    return language, extraction, printed(wanted.text) if extraction.incidents else None


@dataclass
class Prepared:
    """A draft read and judged: `known` is set when the store holds it already (nothing to do);
    `wanted` while its extraction is still to run (`extracted` gives it)."""

    new: NewReport | None = None
    extraction: Extraction | None = None
    media: tuple[MediaFile, ...] = ()
    edited_at: dt.datetime | None = None
    known: IngestOutcome | None = None
    missing_media: int = 0
    details: dict[str, Any] = field(default_factory=dict)
    wanted: Reading | None = None
    printed: Printed | None = None

    def extracted(self, found: Read) -> None:
        """What reading `wanted` gave: the language, the extraction (None: the language is not supported yet) and
        the fingerprint."""
        assert self.new is not None and self.wanted is not None
        language, self.extraction, self.printed = found
        self.wanted = None
        self.new = replace(self.new, language=language,
                           not_extracted=None if self.extraction is not None else "unsupported_language")

    def place(self, vault: Vault) -> tuple[Media, ...]:
        """Its media copied into the vault, to be stored with it (harmless if the store then fails)."""
        assert self.new is not None
        placed = []
        for item in self.media:
            assert item.path is not None
            stored = vault.put(item.path)
            with open(stored.path, "rb") as handle:
                kind = media_type(item.path, handle.read(64))
            placed.append(Media(stored, kind, item.path.name, self.new.url))
        return tuple(placed)

    def report(self, placed: tuple[Media, ...]) -> PreparedReport:
        """The report to store, with its media `placed` in the vault already."""
        assert self.new is not None
        return PreparedReport(self.new, self.extraction, placed, self.edited_at, self.printed)


def source_key(draft: ReportDraft) -> str | None:
    """The key a document keeps across re-imports and edits (Telegram messages only)."""
    if draft.format != "telegram" or draft.message_id is None:
        return None
    chat = draft.channel_id if draft.channel_id is not None else "unknown"
    return f"telegram:{chat}:{draft.message_id}"


def prepare(index: SourceIndex, draft: ReportDraft, source: SourceFile, base: ReportMetadata) -> Prepared:
    """Judge one draft: held already, or a new report or a new version of a stored one (extracted)."""
    item = judge(index, draft, source, base)
    if item.wanted is not None:
        item.extracted(read(item.wanted))
    return item


def judge(index: SourceIndex, draft: ReportDraft, source: SourceFile, base: ReportMetadata) -> Prepared:
    """As `prepare`, with the extraction left to run (`wanted`): an export's messages extract in another
    process while this one stores (services/ahead.py)."""
    digest = content_hash(draft.original.content)
    key = source_key(draft)
    missing = sum(1 for m in draft.media if m.path is None)
    known, _ = index.known(digest, key, draft.version)
    if known is not None:
        return Prepared(known=known, missing_media=missing)
    where = Path(source.name)
    meta = metadata_for(draft, where, base)
    assert meta.published is not None
    text = draft.text
    # A sidecar's "mixed" declares no one language: the extractor reads each language's runs itself.
    declared = meta.language if meta.language != "mixed" else None
    language = declared or ("" if text.strip() else "und")  # "": identified with the extraction
    # an edited message's new version is read too: its accounts record the version (services/reports.py)
    wanted = Reading(text, meta.published, language or None) if text.strip() else None
    new = NewReport(content_hash=digest, original=draft.original.content, text=text,
                    media_type=draft.original.media_type, published=meta.published, language=language,
                    filename=_filename(draft, source), publisher=meta.publisher, url=meta.url, source_key=key,
                    version=draft.version, channel=draft.channel, details=details(draft),
                    not_extracted=None if wanted else "no_text")
    return Prepared(new, None, tuple(m for m in draft.media if m.path is not None), draft.edited,
                    missing_media=missing, wanted=wanted)


def _filename(draft: ReportDraft, source: SourceFile) -> str:
    name = Path(source.name)
    if draft.format == "telegram" and source.path is not None and source.path.is_dir():
        return f"{name.name}/result.json"
    return name.name


def details(draft: ReportDraft) -> dict[str, Any]:
    """What the source says beyond the report's columns, as JSON (empty values left out)."""
    found: dict[str, Any] = {
        "format": draft.format, "title": draft.title, "author": draft.author,
        "message_id": draft.message_id, "channel_id": draft.channel_id,
        "forwarded_from": draft.forwarded_from, "forwarded_from_id": draft.forwarded_from_id,
        "reply_to": draft.reply_to, "links": list(draft.links) or None, "notes": list(draft.notes) or None,
        "edited": draft.edited.isoformat() if draft.edited else None,
        "created": draft.created.isoformat() if draft.created else None,
        "captured": draft.captured.isoformat() if draft.captured else None,
        "span": list(draft.original.span) if draft.original.span else None,
        "media": [{"name": m.name, "kind": m.kind, **({"missing": m.missing} if m.missing else {})}
                  for m in draft.media] or None,
    }
    return {name: value for name, value in found.items() if value is not None}
