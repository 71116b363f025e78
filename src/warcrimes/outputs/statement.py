"""The dossier's statement of what was and was not verified, from what the dossier holds.

A recipient must be able to tell custody (proven here, checkable by them) from analysis
(allegations the sources make, classified by the register), so each sentence names which
incidents it concerns and nothing is claimed that the material does not show.
"""

from __future__ import annotations

from collections.abc import Sequence

from warcrimes.outputs.dossier import CustodyProofs, DossierIncident, Statement

#: Gazetteer precisions that locate the settlement itself (the rest locate a centre or a region).
EXACT_PLACES = frozenset({"settlement"})


def _ids(incidents: Sequence[DossierIncident]) -> str:
    shown = ", ".join(str(i.id) for i in incidents[:12])
    more = f" and {len(incidents) - 12} more" if len(incidents) > 12 else ""
    noun = "incident" if len(incidents) == 1 else "incidents"
    return f"{noun} {shown}{more}"


def statement(incidents: Sequence[DossierIncident], proofs: CustodyProofs) -> Statement:
    reports = {s.content_hash for i in incidents for s in i.sources if s.content_hash}
    evidence = {e.content_hash for i in incidents for e in i.evidence}
    verified = [
        f"The signature on the checkpoint of the custody log {proofs.origin} (size {proofs.size}) verifies "
        f"with the verifier key {proofs.verifier_key}.",
        f"Each of the {len(proofs.entries)} custody entries in the custody annex is included in that log: "
        "its inclusion proof was recomputed against the checkpoint's root when this dossier was made.",
        f"Each of the {len(reports)} reports and {len(evidence)} evidence files cited entered custody under "
        "the SHA-256 shown, with the size shown, as the entry that logged it records. Anyone holding the "
        "file can recompute its hash.",
    ]
    corroborated = [i for i in incidents if (i.independent_sources or 0) >= 2]
    if corroborated:
        verified.append(f"{_ids(corroborated).capitalize()}: told by two or more sources the register "
                        "counts as independent (not near-copies, not one publisher, not one cited originator).")
    confirmed = [i for i in incidents if i.status == "confirmed"]
    if confirmed:
        verified.append(f"{_ids(confirmed).capitalize()}: reviewed and confirmed by an analyst of the register.")
    not_verified = [
        "The facts are stated as the sources allege them. The register has not established them "
        "independently; the low, best and high counts are the range the sources state, not a finding.",
        "The legal qualification is a preliminary classification of the alleged conduct against the "
        "provisions cited. It is not a legal determination: no element of any crime (intent, the status "
        "of the victims, the nexus to the armed conflict) has been assessed.",
    ]
    if any(i.perpetrator.party != "unknown" or i.perpetrator.unit for i in incidents):
        not_verified.append("The party and any unit named as perpetrator are as the sources allege; the "
                            "register has not attributed the conduct itself.")
    if evidence:
        not_verified.append("Evidence files were not examined forensically. Their hashes prove they are "
                            "unchanged since they entered custody, not that they are authentic or show "
                            "what is alleged.")
    single = [i for i in incidents if (i.independent_sources or len({s.report_id for s in i.sources})) < 2]
    if single:
        not_verified.append(f"{_ids(single).capitalize()}: rest on a single independent source.")
    unreviewed = [i for i in incidents if i.status == "proposed"]
    if unreviewed:
        not_verified.append(f"{_ids(unreviewed).capitalize()}: not yet reviewed by an analyst "
                            "(grouped and summarised automatically).")
    rough = [i for i in incidents if i.location and i.location.precision
             and i.location.precision not in EXACT_PLACES]
    if rough:
        not_verified.append(f"{_ids(rough).capitalize()}: the coordinates locate the centre of the "
                            "hromada, raion or region named, not the scene.")
    not_verified.append("That the key which signed the checkpoint is the register's own: compare it with "
                        "the key the register publishes (docs/verification.md, step 2).")
    return Statement(tuple(verified), tuple(not_verified))
