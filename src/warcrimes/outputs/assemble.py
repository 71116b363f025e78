"""Build a dossier from stored records: pure, and refusing to ship a proof that does not hold.

The caller (a query in the layer below) gathers `DossierMaterial`: the incidents with their
accounts, the reports they were read from, the evidence tied to them, the custody entries about
all of these with inclusion proofs against one signed checkpoint. Here the checkpoint signature
and every proof are checked before a line is rendered: a dossier that goes to a prosecutor
never carries a proof the register could not verify itself.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass

from warcrimes.custody import checkpoint as notes
from warcrimes.custody import merkle
from warcrimes.custody.log import Entry
from warcrimes.domain.records import Account, Incident, Report
from warcrimes.domain.taxonomy import violations
from warcrimes.errors import WarcrimesError
from warcrimes.outputs import wording
from warcrimes.outputs.dossier import (
    CustodyProofs,
    CustodyStep,
    Dossier,
    DossierIncident,
    EvidenceItem,
    Figure,
    ProvenEntry,
    Qualification,
    Scope,
    SourceCitation,
)
from warcrimes.outputs.provisions import ProvisionLookup, resolve
from warcrimes.outputs.statement import statement

#: The action that brings each kind of object into custody (docs/verification.md step 5).
ENTERING = {"report": "ingest", "evidence": "evidence.add"}


class DossierError(WarcrimesError):
    """The material for a dossier does not hold together (a proof, a signature, a missing entry)."""


@dataclass(frozen=True)
class EvidenceFile:
    """An evidence file as the vault's table describes it, with the incidents it is tied to."""

    id: int
    content_hash: str
    size: int
    media_type: str
    filename: str | None = None
    source_url: str | None = None
    captured_by: str | None = None
    incident_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class SignedCheckpoint:
    """The checkpoint a dossier is proven against, with the key that signed it."""

    note: str
    verifier_key: str
    public_key_pem: str


@dataclass(frozen=True)
class DossierMaterial:
    """Everything a dossier is made from; `proofs` maps a log index to its inclusion proof."""

    incidents: Sequence[Incident]
    reports: Mapping[int, Report]
    evidence: Sequence[EvidenceFile]
    entries: Sequence[Entry]
    proofs: Mapping[int, Sequence[bytes]]
    checkpoint: SignedCheckpoint


def assemble(material: DossierMaterial, scope: Scope, lookup: ProvisionLookup) -> Dossier:
    """The dossier of `material`; DossierError names the first thing that does not hold."""
    proofs = _checked_proofs(material)
    by_subject: dict[str, list[Entry]] = {}
    for entry in sorted(material.entries, key=lambda e: e.index):
        by_subject.setdefault(entry.subject, []).append(entry)
    _require_entering(material, by_subject)
    incidents = tuple(_incident(i, material, by_subject, lookup) for i in material.incidents)
    said = statement(incidents, proofs)
    content = {"filter": scope.filter, "incidents": [asdict(i) for i in incidents],
               "checkpoint": proofs.checkpoint}
    digest = hashlib.sha256(json.dumps(content, sort_keys=True, default=str).encode()).hexdigest()
    return Dossier(scope, incidents, proofs, said, f"WCD-{digest[:16]}")


def _checked_proofs(material: DossierMaterial) -> CustodyProofs:
    point = material.checkpoint
    try:
        vkey = notes.parse_vkey(point.verifier_key)
        signed = notes.open_note(point.note, vkey)
    except notes.CheckpointError as exc:
        raise DossierError(f"the dossier's checkpoint does not verify: {exc}") from exc
    proven = []
    for entry in sorted(material.entries, key=lambda e: e.index):
        proof = material.proofs.get(entry.index)
        canonical = entry.canonical()
        leaf = merkle.leaf_hash(canonical)
        if proof is None or not merkle.verify_inclusion(entry.index, signed.size, leaf, proof, signed.root):
            raise DossierError(f"custody entry {entry.index}: no inclusion proof leads to the checkpoint of "
                               f"size {signed.size}; make the dossier again against a fresh checkpoint")
        proven.append(ProvenEntry(entry.index, entry.recorded_at, entry.actor, entry.action, entry.subject,
                                  canonical.decode("utf-8"), leaf.hex(), tuple(h.hex() for h in proof)))
    return CustodyProofs(point.note, signed.origin, signed.size, base64.b64encode(signed.root).decode("ascii"),
                         vkey.text(), point.public_key_pem, tuple(proven))


def _require_entering(material: DossierMaterial, by_subject: dict[str, list[Entry]]) -> None:
    """Every cited report and evidence file must come with the entry that logged it entering."""
    cited = [("report", r.content_hash, r.size) for r in material.reports.values()]
    cited += [("evidence", e.content_hash, e.size) for e in material.evidence]
    for kind, content_hash, size in cited:
        entering = [e for e in by_subject.get(content_hash, []) if e.action == ENTERING[kind]]
        if not entering:
            raise DossierError(f"{kind} {content_hash}: the material lacks the custody entry that logged it "
                               f"entering ({ENTERING[kind]}); gather every entry about it")
        if entering[0].details.get("size") != size:
            raise DossierError(f"{kind} {content_hash}: {size} bytes, but custody entry {entering[0].index} "
                               f"logged {entering[0].details.get('size')}")


def _incident(incident: Incident, material: DossierMaterial, by_subject: dict[str, list[Entry]],
              lookup: ProvisionLookup) -> DossierIncident:
    facts = incident.facts
    figures = _figures(incident)
    evidence = [e for e in material.evidence if incident.id in e.incident_ids]
    reports = sorted({a.report_id for a in incident.accounts})
    subjects = [f"incident:{incident.id}", *(material.reports[r].content_hash for r in reports
                                             if r in material.reports), *(e.content_hash for e in evidence)]
    indexes = sorted({e.index for s in subjects for e in by_subject.get(s, [])})
    verification = incident.verification or {}
    return DossierIncident(
        id=incident.id, status=incident.status, date=facts.date, location=facts.location,
        victims_category=facts.victims.category, figures=figures, perpetrator=facts.perpetrator,
        reported_by=facts.reported_by, evidence_kinds=facts.evidence,
        qualification=tuple(_qualification(label, lookup) for label in facts.violations),
        sources=tuple(_source(a, material.reports.get(a.report_id), figures) for a in incident.accounts),
        independent_sources=incident.independent_sources,
        verification_level=verification.get("level"),
        verification_explanation=verification.get("explanation") or "Not yet assessed.",
        evidence=tuple(_evidence(e, by_subject) for e in evidence),
        entry_indexes=tuple(indexes),
    )


def _figures(incident: Incident) -> tuple[Figure, Figure, Figure]:
    """low / best / high from corroboration; an incident never corroborated shows its own count."""
    counts = incident.counts
    if counts:
        return (Figure("low", counts.get("low"), tuple(counts.get("low_from") or ())),
                Figure("best", counts.get("best"), tuple(counts.get("best_from") or ())),
                Figure("high", counts.get("high"), tuple(counts.get("high_from") or ())))
    victims = incident.facts.victims
    stating = tuple(a.id for a in incident.accounts if a.facts.victims.min is not None)
    high = victims.max if victims.max is not None else victims.min
    return (Figure("low", victims.min, stating), Figure("best", victims.min, stating),
            Figure("high", high, stating))


def _qualification(label: str, lookup: ProvisionLookup) -> Qualification:
    violation = violations().get(label)
    if violation is None:
        return Qualification(label, label, "", ())
    return Qualification(label, violation.title, violation.definition,
                         tuple(resolve(anchor, lookup) for anchor in violation.anchors))


def _source(account: Account, report: Report | None, figures: tuple[Figure, ...]) -> SourceCitation:
    stated = account.facts.victims
    return SourceCitation(
        account_id=account.id, report_id=account.report_id,
        publisher=account.report_publisher or (report.publisher if report else None),
        url=account.report_url or (report.url if report else None),
        published=account.report_published or (report.published if report else None),
        content_hash=report.content_hash if report else None,
        cited=account.facts.reported_by,
        passage=wording.passage(account.text or report.text, account.facts.span) if report else "",
        stated_count=wording.count(stated.min, stated.max),
        figures=tuple(f.name for f in figures if account.id in f.given_by),
    )


def _evidence(item: EvidenceFile, by_subject: dict[str, list[Entry]]) -> EvidenceItem:
    trail = tuple(CustodyStep(e.index, e.recorded_at, e.actor, e.action)
                  for e in by_subject.get(item.content_hash, []))
    return EvidenceItem(item.id, item.filename, item.media_type, item.size, item.content_hash,
                        item.source_url, item.captured_by, trail)
