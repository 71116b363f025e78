"""Stored objects as they cross boundaries (store -> services and queries -> CLI, web, exports)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from warcrimes.domain.facts import IncidentFacts, StatisticFacts


@dataclass(frozen=True)
class Provenance:
    """Where one extracted value came from: the field, its character span and the rule."""

    field: str
    start: int
    end: int
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "start": self.start, "end": self.end, "rule": self.rule}


@dataclass(frozen=True)
class ExtractedIncident:
    """An incident as the extractor read it from one report, with the spans behind each value."""

    facts: IncidentFacts
    provenance: tuple[Provenance, ...] = ()


@dataclass(frozen=True)
class ExtractedStatistic:
    """An aggregate figure as the extractor read it, with its provenance."""

    facts: StatisticFacts
    provenance: tuple[Provenance, ...] = ()


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one report: the output of the pipeline."""

    incidents: tuple[ExtractedIncident, ...] = ()
    statistics: tuple[ExtractedStatistic, ...] = ()
    language: str = "en"
    extractor_version: str = ""
    # (offset, name) of every source the reading found, cited for an incident or not: in a mixed report
    # the frame of a quote in another language ("the governor wrote that «...»") names its source
    sources: tuple[tuple[int, str], ...] = ()

    def to_contract(self) -> dict[str, Any]:
        """The JSON object of shared/eval/CONTRACT.md (extra keys allowed)."""
        return {
            "incidents": [
                {**i.facts.to_contract(), "provenance": [p.to_dict() for p in i.provenance]}
                for i in self.incidents
            ],
            "statistics": [s.facts.to_contract() for s in self.statistics],
            "language": self.language,
            "extractor_version": self.extractor_version,
        }


@dataclass(frozen=True)
class Report:
    """One source document: its original bytes are content-addressed by `content_hash`."""

    id: int
    content_hash: str  # "SHA-256:<hex>"
    text: str
    published: dt.date
    publisher: str | None
    url: str | None
    language: str
    filename: str | None
    media_type: str
    size: int
    ingested_at: dt.datetime
    #: done, or why not: unsupported_language, no_text
    extraction_status: str = "done"
    channel: str | None = None
    #: What the source says beyond the columns (format, author, forwarded_from, message_id, notes...)
    details: dict[str, Any] = field(default_factory=dict)
    versions: int = 1


@dataclass(frozen=True)
class ReportVersion:
    """A later version of a report (an edited message): its own bytes' hash, size and edit time."""

    version: int
    content_hash: str
    size: int
    edited_at: dt.datetime | None
    ingested_at: dt.datetime


@dataclass(frozen=True)
class Account:
    """One incident as one report tells it; several accounts of one event share an incident."""

    id: int
    report_id: int
    incident_id: int
    facts: IncidentFacts
    provenance: tuple[Provenance, ...]
    extractor_version: str
    created_at: dt.datetime
    report_publisher: str | None = None
    report_url: str | None = None
    report_published: dt.date | None = None
    #: Read from this version of the report (an edited message), whose text is `text`; None: the report's own.
    version: int | None = None
    text: str | None = None


@dataclass(frozen=True)
class Incident:
    """The event itself, linking the accounts that tell it, with its review status."""

    id: int
    status: str  # proposed | confirmed | rejected
    facts: IncidentFacts
    created_at: dt.datetime
    updated_at: dt.datetime
    accounts: tuple[Account, ...] = field(default_factory=tuple)
    #: corroboration (corroborate/refresh.py): victims low/best/high with the accounts behind each,
    #: the number of independent sources, and the verification level with its explanation
    counts: dict[str, Any] | None = None
    independent_sources: int | None = None
    verification: dict[str, Any] | None = None
    #: the fields an analyst set (corroborate/edits.py), which the accounts no longer decide
    edited: tuple[str, ...] = ()
    #: raised by every change; a form carries it so a second analyst's edit cannot overwrite the first
    version: int = 1


@dataclass(frozen=True)
class Statistic:
    """An aggregate figure stored from one report."""

    id: int
    report_id: int
    facts: StatisticFacts
    extractor_version: str


@dataclass(frozen=True)
class NewReport:
    """A report ready to store: original bytes with their hash, text and metadata."""

    content_hash: str
    original: bytes
    text: str
    media_type: str
    published: dt.date
    language: str = "en"
    filename: str | None = None
    publisher: str | None = None
    url: str | None = None
    #: The same document across re-imports (a Telegram message), so an edit becomes a version of it.
    source_key: str | None = None
    version: int = 0
    channel: str | None = None
    details: dict[str, Any] = field(default_factory=dict)
    #: Why extraction was not run (unsupported_language, no_text); None when it was.
    not_extracted: str | None = None


@dataclass(frozen=True)
class HistoryEntry:
    """One change to an incident (created, joined, merged, split, confirmed...): what, who, when."""

    incident_id: int
    action: str
    details: dict[str, Any]
    actor: str
    at: dt.datetime


@dataclass(frozen=True)
class Suggestion:
    """An account the linker thinks may tell an incident on file, waiting for an analyst."""

    id: int
    account_id: int
    account_incident_id: int
    incident_id: int
    confidence: float
    why: dict[str, Any]
    status: str


@dataclass(frozen=True)
class EvidenceItem:
    """An evidence file held in the vault under its content hash, as its row records it."""

    id: int
    content_hash: str
    size: int
    media_type: str
    filename: str | None
    source_url: str | None
    captured_by: str | None
    note: str | None
    technical: dict[str, Any]
    added_at: dt.datetime
