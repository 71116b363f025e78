"""Storing reports with what extraction read from them, and the evidence that came with them.

The report's bytes, its accounts (each linked to the incident it tells), its statistics, the
incidents' history, the links to registry persons a named victim proposes (services/registry_links.py)
and the custody entries (ingest, the linker's decisions, extract) commit together, so a crash
leaves whole reports only and a re-run finishes the job. A report with a source key (a Telegram
message) is one report across re-imports: an edited text is a version of it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy.orm import Session

from warcrimes.corroborate.fingerprints import BandHolders, Printed, fingerprint_reports, holding_bands
from warcrimes.corroborate.linking import Linked, Linker
from warcrimes.corroborate.refresh import HeldAccounts, verdicts_deferred
from warcrimes.corroborate.unwritten import linked_in_memory
from warcrimes.custody.evidence import added_details
from warcrimes.custody.state import ingested_details
from warcrimes.custody.vault import StoredObject
from warcrimes.domain.records import Extraction, NewReport
from warcrimes.services.evidence import EvidenceSource, evidence_row, record_in
from warcrimes.services.registry_links import propose_after_ingest
from warcrimes.services.unit import UnitOfWork, unit_of_work
from warcrimes.store import Store, reads, writes
from warcrimes.store.schema import AccountRow, EvidenceRow, ReportRow, ReportVersionRow

#: Chooses (or opens) the incident a new account belongs to, inside the unit of work.
IncidentLinker = Callable[[Session, AccountRow], Linked]
#: The linker add_report uses unless told otherwise (read at call time, so a test may replace it).
LINKER: IncidentLinker = Linker()
#: Who the custody log names for the linker's own decisions (created, joined).
LINKER_ACTOR = "linker"


@dataclass(frozen=True)
class Media:
    """A file that came with a report, already in the vault: kind is its media type."""

    stored: StoredObject
    kind: str
    filename: str
    source_url: str | None = None


@dataclass(frozen=True)
class PreparedReport:
    """A report ready to store: the row, what extraction read (None: not extracted), its media."""

    new: NewReport
    extraction: Extraction | None
    media: tuple[Media, ...] = ()
    edited_at: dt.datetime | None = None
    #: the fingerprint of its text, when made already (an import's extraction worker makes it)
    printed: Printed | None = None


@dataclass(frozen=True)
class IngestOutcome:
    """What storing one report did: its id, whether it was already there, what it added.

    `version` is set when the report was there and this was a new version of it (an edited message).
    """

    report_id: int
    content_hash: str
    duplicate: bool
    accounts: int = 0
    incidents: tuple[int, ...] = ()
    statistics: int = 0
    version: int | None = None
    evidence: tuple[int, ...] = field(default=())
    #: Why extraction did not run (unsupported_language, no_text, later_version), with the language.
    not_extracted: str | None = None
    language: str | None = None

    def note(self) -> str:
        """The reason extraction did not run, in words ('' when it ran)."""
        return NOT_EXTRACTED.get(self.not_extracted or "", self.not_extracted or "").format(self.language)


#: extraction_status values other than "done", as a person reads them.
NOT_EXTRACTED = {
    "unsupported_language": "not extracted: language '{}' is not supported yet",
    "no_text": "not extracted: the post has no text (media only)",
    "later_version": "not extracted again: a later version of a stored report with a text already read",
}


def add_report(store: Store, new: NewReport, extraction: Extraction | None, *, actor: str,
               linker: IncidentLinker | None = None) -> IngestOutcome:
    """Store a report with what was extracted from it; the same bytes again change nothing."""
    return add_reports(store, [PreparedReport(new, extraction)], actor=actor, linker=linker)[0]


def add_reports(store: Store, prepared: Sequence[PreparedReport], *, actor: str,
                linker: IncidentLinker | None = None, holders: BandHolders | None = None,
                accounts: HeldAccounts | None = None) -> list[IngestOutcome]:
    """Store several reports in one unit of work (the messages of one export, a batch at a time):
    all of them or none, each with its own custody entries. `holders` and `accounts`: the fingerprint bands'
    holders and the accounts summarised that an import read in its batch before (corroborate.fingerprints.
    BandHolders, corroborate.refresh.HeldAccounts)."""
    with (unit_of_work(store, actor) as work, verdicts_deferred(work.session, accounts),
          writes.written_together(work.session), linked_in_memory(work.session)):
        if holders is not None:
            holding_bands(work.session, holders)
        fresh = set(_fresh(work, prepared))
        outcomes: list[IngestOutcome] = []
        run: list[PreparedReport] = []  # consecutive new reports, their rows stored together (ids in order)
        for index, item in enumerate(prepared):
            if index in fresh:
                run.append(item)
                continue
            outcomes.extend(_store_fresh(work, run, linker or LINKER))
            run = []
            outcomes.append(_store(work, item, linker or LINKER))
        outcomes.extend(_store_fresh(work, run, linker or LINKER))
        propose_after_ingest(work, (i for o in outcomes if not o.duplicate for i in o.incidents))
        return outcomes


def _fresh(work: UnitOfWork, prepared: Sequence[PreparedReport]) -> list[int]:
    """The reports of a batch the store holds by neither bytes nor source key, each the first of its key in
    the batch (a later version of it in the same batch is stored as one, by `_store`)."""
    hashes, keys = reads.reports_held(work.session, [item.new.content_hash for item in prepared],
                                      [k for item in prepared if (k := item.new.source_key)])
    seen: set[str] = set()
    chosen = []
    for index, item in enumerate(prepared):
        new = item.new
        identity = new.source_key or new.content_hash
        if new.content_hash in hashes or (new.source_key in keys) or identity in seen or new.content_hash in seen:
            continue
        seen.update((identity, new.content_hash))
        chosen.append(index)
    return chosen


def _store_fresh(work: UnitOfWork, run: list[PreparedReport], linker: IncidentLinker) -> list[IngestOutcome]:
    """New reports: their rows in one flush and their fingerprints in one pass (in the order linking would
    have made them one by one), then each one's ingest entry, media, accounts and extract entry in turn, so
    the custody log reads entry for entry as when each report was stored whole before the next."""
    if not run:
        return []
    rows = writes.add_reports(work.session, [(item.new, item.extraction is not None) for item in run])
    told = [(row, item) for row, item in zip(rows, run, strict=True)
            if item.extraction is not None and item.extraction.incidents]
    fingerprint_reports(work.session, [(row.id, row.text) for row, _ in told],
                        {row.id: item.printed for row, item in told if item.printed is not None})
    placed = {row.id: [_evidence_of(work, row, media) for media in item.media]
              for row, item in zip(rows, run, strict=True) if item.media}
    return [_store_new(work, row, item, linker, placed.get(row.id, [])) for row, item in zip(rows, run, strict=True)]


def _store(work: UnitOfWork, item: PreparedReport, linker: IncidentLinker) -> IngestOutcome:
    new = item.new
    # a message is one report by its key whatever its bytes; any other source is known by its bytes
    existing = (reads.report_by_source_key(work.session, new.source_key) if new.source_key is not None
                else reads.report_by_hash(work.session, new.content_hash))
    if existing is not None:
        return _known(work, existing, item, linker)
    row = writes.add_report(work.session, new, extracted=item.extraction is not None)
    if item.extraction is not None and item.extraction.incidents:
        fingerprint_reports(work.session, [(row.id, row.text)], {row.id: item.printed} if item.printed else None)
    return _store_new(work, row, item, linker, [_evidence_of(work, row, media) for media in item.media])


def _store_new(work: UnitOfWork, row: ReportRow, item: PreparedReport, linker: IncidentLinker,
               placed: list[_Evidence]) -> IngestOutcome:
    """A new report's row stored (and fingerprinted when it tells incidents), and its media's rows (`placed`):
    its entries, media entries and accounts."""
    new = item.new
    work.record("ingest", new.content_hash, _ingest_details(row, new))
    evidence = _evidence_entries(work, row, placed)
    if item.extraction is None:
        return IngestOutcome(row.id, row.content_hash, False, evidence=evidence, not_extracted=row.extraction_status,
                             language=row.language)
    incidents = _add_extraction(work, row, item.extraction, linker)
    return IngestOutcome(row.id, row.content_hash, False, len(item.extraction.incidents), tuple(incidents),
                         len(item.extraction.statistics), evidence=evidence)


def _ingest_details(row: ReportRow, new: NewReport) -> dict[str, object]:
    """The ingest entry: the columns `warcrimes verify` compares with the row, and the source key."""
    return {"report_id": row.id, "filename": new.filename, "publisher": new.publisher, "url": new.url,
            "published": new.published.isoformat(), "size": row.size,
            **({"source_key": new.source_key, "version": new.version} if new.source_key else {}),
            **ingested_details(row.text, row.media_type, row.language, row.extraction_status)}


def _known(work: UnitOfWork, existing: ReportRow, item: PreparedReport, linker: IncidentLinker) -> IngestOutcome:
    """A report already stored: a duplicate, or (same source key, a version not held) a new version, whose
    text is read again when it says something no version held said (its accounts record the version)."""
    new = item.new
    held = {int((existing.details or {}).get("version", 0))}
    if existing.content_hash != new.content_hash and new.source_key == existing.source_key:
        versions = reads.report_versions(work.session, existing.id)
        held |= {v.version for v in versions}
        if new.version not in held and reads.report_version_by_hash(work.session, new.content_hash) is None:
            version = writes.add_report_version(work.session, existing, new, item.edited_at)
            work.record("report.version", new.content_hash,
                        {"report_id": existing.id, "version": new.version, "source_key": new.source_key,
                         "edited": item.edited_at.isoformat() if item.edited_at else None,
                         "size": len(new.original)})
            evidence = _attach(work, existing, item.media)
            said = {existing.text, *(v.text for v in versions)}
            if item.extraction is None or new.text in said:  # an edit of the markup, a link, or no text
                return IngestOutcome(existing.id, version.content_hash, False, version=new.version,
                                     evidence=evidence, not_extracted=new.not_extracted or "later_version",
                                     language=new.language)
            if item.extraction.incidents:  # the report's near-copy group, if no earlier account made it
                fingerprint_reports(work.session, [(existing.id, existing.text)])
            incidents = _add_extraction(work, existing, item.extraction, linker, read_from=version)
            return IngestOutcome(existing.id, version.content_hash, False, len(item.extraction.incidents),
                                 tuple(incidents), version=new.version,
                                 evidence=evidence, language=new.language)
    return IngestOutcome(existing.id, existing.content_hash, duplicate=True)


class _Evidence(NamedTuple):
    """A file that came with a new report, its evidence row stored: added now? newly tied to the report?"""

    row: EvidenceRow
    added: bool
    linked: bool


def _evidence_of(work: UnitOfWork, report: ReportRow, media: Media) -> _Evidence:
    """As `_attach` for one file, its rows only: the rows of a batch's media are written before its reports are
    linked, so that no flush for them writes the accounts and incidents linking leaves pending, a few reports
    at a time (their entries, `_evidence_entries`, keep their places in the log)."""
    row, added = evidence_row(work, media.stored, media.kind, media.filename,
                              EvidenceSource(source_url=media.source_url or report.url, captured_by=work.actor,
                                             note=f"came with report {report.id}"))
    return _Evidence(row, added, writes.link_report_evidence(work.session, report.id, row.id))


def _evidence_entries(work: UnitOfWork, report: ReportRow, placed: list[_Evidence]) -> tuple[int, ...]:
    """The entries `_attach` records for these files, in its order; the ids of the files newly linked."""
    found: list[int] = []
    for row, added, linked in placed:
        if added:
            work.record("evidence.add", row.content_hash, added_details(row))
        if linked:
            work.record("evidence.report", row.content_hash, {"evidence_id": row.id, "report_id": report.id})
            found.append(row.id)
    return tuple(found)


def _attach(work: UnitOfWork, report: ReportRow, media: Sequence[Media]) -> tuple[int, ...]:
    """Record each file as evidence (once per content) and link it to the report, an entry for each;
    the ids of the files newly linked (an edit's version brings the same photo again: not counted)."""
    found: list[int] = []
    for item in media:
        added = record_in(work, item.stored, item.kind, item.filename,
                          EvidenceSource(source_url=item.source_url or report.url, captured_by=work.actor,
                                         note=f"came with report {report.id}"))
        if writes.link_report_evidence(work.session, report.id, added.evidence_id):
            work.record("evidence.report", added.content_hash,
                        {"evidence_id": added.evidence_id, "report_id": report.id})
            found.append(added.evidence_id)
    return tuple(found)


def _add_extraction(work: UnitOfWork, report: ReportRow, extraction: Extraction,
                    linker: IncidentLinker, read_from: ReportVersionRow | None = None) -> list[int]:
    """The report's accounts (read from its text, or from that version's), each linked, and its statistics."""
    incident_ids: list[int] = []
    version = read_from.version if read_from is not None else None
    accounts = writes.new_accounts(report, extraction, version)
    writes.tell_report_of(report, accounts, read_from)
    for account in accounts:
        linked = linker(work.session, account)
        for decision in linked.decisions:
            # the software decided; the entry also names the person whose ingest or upload it was
            work.note(decision.incident_id, decision.action, {**decision.details, "ingested_by": work.actor},
                      actor=LINKER_ACTOR)
        account.incident = linked.incident
        work.session.add(account)  # written by the next flush (its incident and history too)
        incident_ids.append(linked.incident.id)
    if version is None:  # an edit restates the figures the report stated first: not a second statement
        writes.add_statistics(work.session, report, extraction)
    work.record("extract", report.content_hash,
                {"report_id": report.id, "extractor_version": extraction.extractor_version,
                 "accounts": len(extraction.incidents), "incidents": sorted(set(incident_ids)),
                 "statistics": len(extraction.statistics) if version is None else 0,
                 **({"version": version} if version is not None else {})})
    return incident_ids
