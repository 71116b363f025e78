"""A victim named in an incident's reports proposes a link to a registry person; an analyst decides.

The report passages of the incident's accounts are read for runs of capitalised words
(registry/mentions.py); each reading is looked up through the blind index and scored by the
matcher. A pair scoring at least LINK_THRESHOLD with family and given name both agreeing is
stored as a proposal (registry_incident_links) with its reasons (verdicts only) and a custody
entry naming ids and scores, never the name read. Ingest proposes for the incidents it adds accounts
to (`propose_after_ingest`, called by services/reports.py in the same transaction); an analyst asks
again for any incident (`propose_incident_links`) and accepts or rejects each proposal: a link is
never made by the software alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from warcrimes.errors import ConflictError, NotFoundError
from warcrimes.registry import stored
from warcrimes.registry.blocking import family_keys, lookup_keys, profile
from warcrimes.registry.matching import MatchIndex, compare
from warcrimes.registry.mentions import name_windows, readings
from warcrimes.registry.protect import FieldKeys
from warcrimes.services.registry import registry_keys
from warcrimes.services.registry_matching import require_analyst
from warcrimes.services.unit import UnitOfWork, unit_of_work
from warcrimes.store import Store
from warcrimes.store.schema import AccountRow, IncidentPersonLinkRow, IncidentRow, PersonRow, ReportRow, utcnow

#: No birth date in a report: 0.8 x names + 0.2 x 0.5 tops at 0.9; a name in another grammatical
#: case ("Ігоря Бондаренка") scores as two typos, 0.79.
LINK_THRESHOLD = 0.78
#: Family and given name must each agree this way: "similar" or "different" never links.
AGREEING = frozenset({"same", "same_after_transliteration", "same_name_in_other_language", "typo",
                      "swapped_with_given_name", "swapped_with_family_name"})
CHUNK = 500
#: Who the custody log names for proposals made while reports are ingested (the software, as the linker).
PROPOSER = "linker"


@dataclass(frozen=True)
class ProposedLink:
    link_id: int
    person_id: str
    score: float
    reasons: tuple[str, ...]


def _passages(session: Session, incident_id: int) -> list[str]:
    texts = []
    for account, text in session.execute(select(AccountRow, ReportRow.text).join(
            ReportRow, ReportRow.id == AccountRow.report_id).where(AccountRow.incident_id == incident_id)).all():
        start, end = (account.facts or {}).get("span") or (0, 0)
        texts.append(text[start:end] if 0 <= start < end <= len(text) else text)
    return texts


def propose_incident_links(store: Store, incident_id: int, *, actor: str) -> list[ProposedLink]:
    """Read the incident's passages for names of registry persons; store new proposals; return them."""
    with unit_of_work(store, actor) as work:
        if work.session.get(IncidentRow, incident_id) is None:
            raise NotFoundError(f"no incident {incident_id}")
        return propose_in(work, registry_keys(store), incident_id)


def propose_after_ingest(work: UnitOfWork, incident_ids: Iterable[int]) -> list[ProposedLink]:
    """Proposals for the incidents an ingest just added accounts to, in its unit of work, made by the
    software (custody actor `linker`, naming who ingested); nothing when the registry holds no person, so
    an installation without one never makes its keys. An analyst still accepts or rejects each."""
    chosen = sorted(set(incident_ids))
    if not chosen or work.session.scalar(select(PersonRow.id).limit(1)) is None:
        return []
    keys = registry_keys(work.store)
    return [link for incident in chosen
            for link in propose_in(work, keys, incident, actor=PROPOSER, details={"ingested_by": work.actor})]


def propose_in(work: UnitOfWork, keys: FieldKeys, incident_id: int, *, actor: str | None = None,
               details: dict[str, str] | None = None) -> list[ProposedLink]:
    """The proposals for one incident inside a unit of work (`actor` names who made them, default the
    person acting); pairs proposed before, whatever their decision, are not proposed again."""
    session = work.session
    queries = [profile(f"text:{n}", person) for n, person in enumerate(
        p for text in _passages(session, incident_id) for window in name_windows(text) for p in readings(window))]
    terms = sorted({t for q in queries for t in lookup_keys(q) | {f"N:{k}" for k in family_keys(q)}})
    rows = {r.public_id: r for start in range(0, len(terms), CHUNK)
            for r in stored.persons_by_terms(session, keys, frozenset(terms[start:start + CHUNK]))}
    index = MatchIndex(stored.open_row_profile(keys, row) for row in rows.values())
    best: dict[str, tuple[float, tuple[str, ...]]] = {}
    for query in queries:
        for person in index.persons:
            found = compare(query, person)
            names = [r for r in found.reasons if r.field in ("family_name", "given_name")]
            if found.score >= LINK_THRESHOLD and all(r.verdict in AGREEING for r in names) \
                    and found.score > best.get(person.ref, (0.0, ()))[0]:
                best[person.ref] = (found.score, tuple(f"{r.field} {r.verdict}" for r in found.reasons))
    known = set(session.scalars(select(IncidentPersonLinkRow.person_id)
                                .where(IncidentPersonLinkRow.incident_id == incident_id)))
    proposed = []
    for public_id, (score, reasons) in sorted(best.items(), key=lambda item: -item[1][0]):
        row = rows[public_id]
        if row.id in known:
            continue
        link = IncidentPersonLinkRow(incident_id=incident_id, person_id=row.id, score=score,
                                     reasons=[{"reason": r} for r in reasons])
        session.add(link)
        session.flush()
        proposed.append(ProposedLink(link.id, public_id, score, reasons))
    if proposed:
        work.record("registry.link.proposed", f"incident:{incident_id}",
                    {"incident": incident_id, "links": [[p.link_id, p.person_id, p.score] for p in proposed],
                     **(details or {})}, actor=actor)
    return proposed


def decide_incident_link(store: Store, link_id: int, accept: bool, *, actor: str,
                         incident_id: int | None = None) -> str:
    """An analyst accepts (the person is the victim named) or rejects a proposed link; returns the person.
    `incident_id`, when given (the incident page's form), must be the link's incident."""
    with unit_of_work(store, actor) as work:
        require_analyst(work)
        link = work.session.get(IncidentPersonLinkRow, link_id)
        if link is None or (incident_id is not None and link.incident_id != incident_id):
            raise NotFoundError(f"no proposed link {link_id}" + (f" for incident {incident_id}" if incident_id else ""))
        if link.state != "proposed":
            raise ConflictError(f"link {link_id} was already decided ({link.state} by {link.decided_by})")
        link.state, link.decided_by, link.decided_at = ("accepted" if accept else "rejected"), work.actor, utcnow()
        person = work.session.get(PersonRow, link.person_id)
        assert person is not None
        work.record(f"registry.link.{link.state}", f"incident:{link.incident_id}",
                    {"link": link_id, "incident": link.incident_id, "person": person.public_id})
        return person.public_id
