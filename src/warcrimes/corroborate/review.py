"""Analyst review of linking: merge two incidents, split accounts off, accept a suggestion.

Each change is one transaction with one history entry per incident touched and one custody
entry (Store.record), so what the linker decided and what an analyst changed stay auditable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from warcrimes.corroborate.refresh import open_incident, refresh_incident
from warcrimes.corroborate.schema import IncidentHistoryRow, IncidentLinkRow, LinkSuggestionRow
from warcrimes.domain.records import Incident
from warcrimes.errors import BadInputError, NotFoundError
from warcrimes.store import Store
from warcrimes.store.schema import AccountRow, IncidentRow


@dataclass(frozen=True)
class HistoryEntry:
    """One change to an incident, as `warcrimes incident history` shows it."""

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


def _incident(session: Session, incident_id: int) -> IncidentRow:
    row = session.get(IncidentRow, incident_id)
    if row is None:
        raise NotFoundError(f"incident {incident_id} is not in the store; "
                            "list them with `warcrimes incidents`")
    return row


def _note(store: Store, session: Session, incident_id: int, action: str, details: dict[str, Any],
          actor: str) -> None:
    session.add(IncidentHistoryRow(incident_id=incident_id, action=action, details=details, actor=actor))
    store.record(session, f"incident.{action}", f"incident:{incident_id}", details, actor)


def _move(session: Session, account_ids: list[int], target: IncidentRow) -> None:
    """Point accounts (and why they are there) at `target`: an analyst's decision from now on."""
    session.execute(update(AccountRow).where(AccountRow.id.in_(account_ids)).values(incident_id=target.id))
    session.execute(update(IncidentLinkRow).where(IncidentLinkRow.account_id.in_(account_ids))
                    .values(incident_id=target.id, method="analyst", confidence=1.0))
    session.expire_all()


def _repoint_evidence(session: Session, source_id: int, target_id: int) -> None:
    """Evidence tied to an absorbed incident follows it (where the evidence vault is installed)."""
    try:
        from warcrimes.custody.schema import EvidenceIncidentRow
    except ImportError:
        return
    already = set(session.scalars(select(EvidenceIncidentRow.evidence_id)
                                  .where(EvidenceIncidentRow.incident_id == target_id)))
    session.execute(delete(EvidenceIncidentRow).where(EvidenceIncidentRow.incident_id == source_id,
                                                      EvidenceIncidentRow.evidence_id.in_(already)))
    session.execute(update(EvidenceIncidentRow).where(EvidenceIncidentRow.incident_id == source_id)
                    .values(incident_id=target_id))


def merge(store: Store, keep_id: int, absorb_id: int, *, actor: str = "analyst") -> Incident:
    """Fold incident `absorb_id` into `keep_id`: its accounts, suggestions and evidence move; it goes."""
    if keep_id == absorb_id:
        raise BadInputError(f"cannot merge incident {keep_id} with itself; name two different incidents")
    with store.transaction() as session:
        keep, absorb = _incident(session, keep_id), _incident(session, absorb_id)
        moved = list(session.scalars(select(AccountRow.id).where(AccountRow.incident_id == absorb_id)))
        snapshot = {"facts": {k: v for k, v in absorb.facts.items() if k != "corroboration"},
                    "status": absorb.status}
        _move(session, moved, keep)
        session.execute(update(LinkSuggestionRow).where(
            LinkSuggestionRow.incident_id.in_([keep_id, absorb_id]), LinkSuggestionRow.status == "open",
            LinkSuggestionRow.account_id.in_(moved + _account_ids(session, keep_id)),
        ).values(status="accepted"))
        session.execute(update(LinkSuggestionRow).where(LinkSuggestionRow.incident_id == absorb_id)
                        .values(incident_id=keep_id))
        _repoint_evidence(session, absorb_id, keep_id)
        session.flush()
        session.delete(session.get(IncidentRow, absorb_id))
        keep = _incident(session, keep_id)
        refresh_incident(session, keep)
        _note(store, session, keep_id, "merged", {"absorbed": absorb_id, "accounts": moved,
                                                  "absorbed_was": snapshot}, actor)
        _note(store, session, absorb_id, "merged_into", {"into": keep_id, "accounts": moved}, actor)
    return store.get_incident(keep_id)


def _account_ids(session: Session, incident_id: int) -> list[int]:
    return list(session.scalars(select(AccountRow.id).where(AccountRow.incident_id == incident_id)))


def split(store: Store, incident_id: int, account_ids: list[int], *, actor: str = "analyst") -> Incident:
    """Move the named accounts of an incident into a new incident of their own; returns the new one."""
    with store.transaction() as session:
        source = _incident(session, incident_id)
        held = _account_ids(session, incident_id)
        stray = sorted(set(account_ids) - set(held))
        if stray:
            raise BadInputError(f"accounts {stray} are not accounts of incident {incident_id}; "
                                f"its accounts are {held}")
        if not account_ids or set(account_ids) == set(held):
            raise BadInputError(f"splitting incident {incident_id} needs some but not all of its accounts "
                                f"{held}; name the ones that tell another event")
        new = open_incident(session)
        new_id = new.id
        _move(session, sorted(set(account_ids)), new)
        source, new = _incident(session, incident_id), _incident(session, new_id)
        refresh_incident(session, source)
        refresh_incident(session, new)
        _note(store, session, incident_id, "split", {"accounts": sorted(set(account_ids)), "into": new_id},
              actor)
        _note(store, session, new_id, "split_from",
              {"from": incident_id, "accounts": sorted(set(account_ids))}, actor)
    return store.get_incident(new_id)


def accept(store: Store, suggestion_id: int, *, actor: str = "analyst") -> Incident:
    """Do what a suggestion proposes: its account joins the suggested incident."""
    with store.transaction() as session:
        found = session.get(LinkSuggestionRow, suggestion_id)
        if found is None or found.status != "open":
            raise NotFoundError(f"suggestion {suggestion_id} is not open; "
                                "list the open ones with `warcrimes suggestions`")
        account = session.get(AccountRow, found.account_id)
        target = _incident(session, found.incident_id)
        assert account is not None
        left_id = account.incident_id
        found.status = "accepted"
        _move(session, [found.account_id], target)
        target = _incident(session, found.incident_id)
        refresh_incident(session, target)
        left = session.get(IncidentRow, left_id)
        if left is not None and not _account_ids(session, left_id):
            _repoint_evidence(session, left_id, target.id)
            session.flush()
            session.delete(left)
            _note(store, session, left_id, "merged_into", {"into": target.id, "suggestion": suggestion_id},
                  actor)
        elif left is not None:
            refresh_incident(session, left)
        _note(store, session, target.id, "joined",
              {"account_id": found.account_id, "suggestion": suggestion_id, "from": left_id}, actor)
        target_id = target.id
    return store.get_incident(target_id)


REVIEW_STATUSES = ("proposed", "confirmed", "rejected")


def set_status(store: Store, incident_id: int, status: str, *, actor: str = "analyst",
               note: str | None = None) -> Incident:
    """An analyst confirms or rejects an incident (or puts it back to proposed), with a reason."""
    if status not in REVIEW_STATUSES:
        raise BadInputError(f"review status {status!r} is not one of {', '.join(REVIEW_STATUSES)}")
    with store.transaction() as session:
        row = _incident(session, incident_id)
        before = row.status
        row.status = status
        refresh_incident(session, row)
        _note(store, session, incident_id, status if status != "proposed" else "reopened",
              {"from": before, "to": status, "note": note}, actor)
    return store.get_incident(incident_id)


def history(store: Store, incident_id: int) -> list[HistoryEntry]:
    """Every recorded change to an incident, oldest first (also for incidents merged away)."""
    with store.transaction() as session:
        rows = session.scalars(select(IncidentHistoryRow).where(IncidentHistoryRow.incident_id == incident_id)
                               .order_by(IncidentHistoryRow.id)).all()
        if not rows and session.get(IncidentRow, incident_id) is None:
            raise NotFoundError(f"incident {incident_id} is not in the store and has no history")
        return [HistoryEntry(r.incident_id, r.action, r.details, r.actor, r.at) for r in rows]


def suggestions(store: Store, status: str = "open") -> list[Suggestion]:
    """Link suggestions waiting for an analyst (or of another status), most confident first."""
    with store.transaction() as session:
        rows = session.execute(select(LinkSuggestionRow, AccountRow.incident_id)
                               .join(AccountRow, AccountRow.id == LinkSuggestionRow.account_id)
                               .where(LinkSuggestionRow.status == status)
                               .order_by(LinkSuggestionRow.confidence.desc(), LinkSuggestionRow.id)).all()
        return [Suggestion(s.id, s.account_id, home, s.incident_id, s.confidence, s.why, s.status)
                for s, home in rows]

