"""Gathering what a dossier or a bundle proves, in one unit of work: the export logged first, then a
checkpoint signed over it, then every entry about the incidents, their reports and evidence with its
inclusion proof. The dossier's own proofs thereby include the record that it was made.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from warcrimes.corroborate.incidents import incident_records, verification_clause
from warcrimes.custody import keys
from warcrimes.custody.bundle import BundleContents
from warcrimes.custody.checkpoint import verifier_key
from warcrimes.domain.audience import Audience
from warcrimes.domain.records import EvidenceItem
from warcrimes.errors import BadInputError, NotFoundError
from warcrimes.services.unit import unit_of_work
from warcrimes.store import IncidentFilter, convert, reads
from warcrimes.store.schema import IncidentRow
from warcrimes.store.store import Store

#: A dossier is read by people: past this it is a book nobody checks; an export serves better.
MAX_INCIDENTS = 1000


@dataclass(frozen=True)
class Selection:
    """The incidents of a dossier: those named, or those a filter selects, or those named that pass it."""

    ids: tuple[int, ...] = ()
    where: IncidentFilter | None = None

    def describe(self) -> dict[str, str]:
        """The selection as the dossier's heading and its custody entry name it."""
        said = {"incidents": ", ".join(str(i) for i in self.ids)} if self.ids else {}
        where = self.where or IncidentFilter()
        for name in ("violation", "oblast", "since", "status", "verification"):
            value = getattr(where, name)
            if value is not None:
                said[name] = str(value)
        return said


@dataclass(frozen=True)
class ProvenIncidents:
    """The incidents with their reports (and bytes), evidence, custody entries and inclusion proofs against
    the checkpoint signed for them, and the key that signed it."""

    contents: BundleContents
    verifier_key: str
    public_key_pem: str


def selected_ids(session: Session, selection: Selection) -> list[int]:
    """The ids a selection names, oldest incident first (named ids keep their order); refuses an id that is
    not in the store, an empty selection and one past MAX_INCIDENTS, each with what to do."""
    named = list(dict.fromkeys(selection.ids))
    for incident_id in named:
        reads.require_incident(session, incident_id)
    if selection.where is None:
        if not named:
            raise BadInputError("name the incidents for the dossier, or give a filter that selects them")
        chosen = named
    else:
        where = selection.where
        query = reads.filtered_incidents(where, *([verification_clause(where.verification)]
                                                  if where.verification else []))
        if named:
            query = query.where(IncidentRow.id.in_(named))
        found = list(session.scalars(query.with_only_columns(IncidentRow.id)
                                     .order_by(IncidentRow.date_start.nulls_last(), IncidentRow.id)
                                     .limit(MAX_INCIDENTS + 1)))
        passing = set(found)
        chosen = [i for i in named if i in passing] if named else found
    if not chosen:
        raise NotFoundError("no incident matches the selection; `warcrimes incidents` with the same filters "
                            "lists what there is")
    if len(chosen) > MAX_INCIDENTS:
        raise BadInputError(f"the selection holds more than {MAX_INCIDENTS} incidents: too many for a dossier "
                            "anyone will read; narrow the filters, or use `warcrimes export`")
    return chosen


def gather(store: Store, selection: Selection, *, audience: Audience, purpose: Mapping[str, Any]) -> ProvenIncidents:
    """Log an `export` entry per incident (with `purpose`: what is made, for whom), sign a checkpoint over
    them, and read everything the dossier or bundle shows and proves, in one unit of work."""
    audience.require_personal_data("a dossier or a bundle quotes the reports and carries the custody entries "
                                   "about them, which may name victims and witnesses")
    with unit_of_work(store, audience.actor) as work:
        session, log = work.session, work.log
        ids = selected_ids(session, selection)
        rows = {row.id: row for row in session.scalars(
            reads.filtered_incidents(IncidentFilter()).where(IncidentRow.id.in_(ids)).options(reads.WITH_ACCOUNTS))}
        incidents = incident_records(session, [rows[i] for i in ids])
        reports = reads.report_rows(session, (a.report_id for i in incidents for a in i.accounts))
        by_report = {r.id: r for r in reports}
        evidence: dict[int, EvidenceItem] = {}
        links: dict[int, tuple[int, ...]] = {}
        for incident in incidents:
            held = [convert.evidence(row) for row in reads.evidence_of_incident(session, incident.id)]
            for item in held:
                evidence.setdefault(item.id, item)
                links[item.id] = (*links.get(item.id, ()), incident.id)
            objects = sorted({by_report[a.report_id].content_hash for a in incident.accounts}
                             | {e.content_hash for e in held})
            work.record("export", f"incident:{incident.id}", {**purpose, "incident_id": incident.id,
                                                              "objects": objects})
        point = work.checkpoint()
        subjects = [*(r.content_hash for r in reports), *(e.content_hash for e in evidence.values()),
                    *(f"incident:{i}" for i in ids)]
        entries = log.entries_about(session, subjects)
        proofs = log.prove_inclusions(session, (e.index for e in entries), point.size)
        contents = BundleContents(incidents, [(convert.report(r), r.original) for r in reports],
                                  list(evidence.values()), point, entries, proofs, links)
    public = keys.public_key(store.settings.home)
    return ProvenIncidents(contents, verifier_key(public).text(), keys.public_pem(public))
