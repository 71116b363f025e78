"""Analysts' review of incidents: merge, split, accept a suggestion, confirm, reject, reopen.

Each is one unit of work with a history line per incident touched and a custody entry each,
naming the analyst, and returns the incident as it now is.
"""

from __future__ import annotations

from warcrimes.corroborate.incidents import load_incident
from warcrimes.corroborate.refresh import refresh_incident
from warcrimes.domain.records import Incident
from warcrimes.errors import BadInputError, NotFoundError
from warcrimes.services.unit import UnitOfWork, unit_of_work
from warcrimes.store import Store, reads, writes
from warcrimes.store.schema import AccountRow, IncidentRow, LinkSuggestionRow

REVIEW_STATUSES = ("proposed", "confirmed", "rejected")


def current_state(work: UnitOfWork, incident_id: int) -> Incident:
    """The incident as this unit of work leaves it (every change flushed and read back)."""
    work.session.flush()
    work.session.expire_all()
    return load_incident(work.session, incident_id)


def merge(store: Store, keep_id: int, absorb_id: int, *, actor: str) -> Incident:
    """Fold incident `absorb_id` into `keep_id`: its accounts, suggestions and evidence move; it goes."""
    if keep_id == absorb_id:
        raise BadInputError(f"cannot merge incident {keep_id} with itself; name two different incidents")
    with unit_of_work(store, actor) as work:
        session = work.session
        keep, absorb = reads.require_incident(session, keep_id), reads.require_incident(session, absorb_id)
        moved = reads.account_ids_of(session, absorb_id)
        snapshot = {"facts": {k: v for k, v in absorb.facts.items() if k != "corroboration"},
                    "status": absorb.status}
        writes.move_accounts(session, moved, keep)
        writes.settle_suggestions(session, keep_id, absorb_id, moved + reads.account_ids_of(session, keep_id))
        writes.repoint_evidence(session, absorb_id, keep_id)
        session.flush()
        session.delete(reads.require_incident(session, absorb_id))
        refresh_incident(session, reads.require_incident(session, keep_id))
        work.note(keep_id, "merged", {"absorbed": absorb_id, "accounts": moved, "absorbed_was": snapshot})
        work.note(absorb_id, "merged_into", {"into": keep_id, "accounts": moved})
        return current_state(work, keep_id)


def split(store: Store, incident_id: int, account_ids: list[int], *, actor: str) -> Incident:
    """Move the named accounts of an incident into a new incident of their own; returns the new one."""
    with unit_of_work(store, actor) as work:
        session = work.session
        reads.require_incident(session, incident_id)
        held = reads.account_ids_of(session, incident_id)
        chosen = sorted(set(account_ids))
        stray = sorted(set(account_ids) - set(held))
        if stray:
            raise BadInputError(f"accounts {stray} are not accounts of incident {incident_id}; "
                                f"its accounts are {held}")
        if not account_ids or set(account_ids) == set(held):
            raise BadInputError(f"splitting incident {incident_id} needs some but not all of its accounts "
                                f"{held}; name the ones that tell another event")
        new_id = writes.open_incident(session).id
        writes.move_accounts(session, chosen, reads.require_incident(session, new_id))
        refresh_incident(session, reads.require_incident(session, incident_id))
        refresh_incident(session, reads.require_incident(session, new_id))
        work.note(incident_id, "split", {"accounts": chosen, "into": new_id})
        work.note(new_id, "split_from", {"from": incident_id, "accounts": chosen})
        return current_state(work, new_id)


def accept(store: Store, suggestion_id: int, *, actor: str) -> Incident:
    """Do what a suggestion proposes: its account joins the suggested incident."""
    with unit_of_work(store, actor) as work:
        session = work.session
        found = session.get(LinkSuggestionRow, suggestion_id)
        if found is None or found.status != "open":
            raise NotFoundError(f"suggestion {suggestion_id} is not open; "
                                "list the open ones with `warcrimes suggestions`")
        account = session.get(AccountRow, found.account_id)
        target = reads.require_incident(session, found.incident_id)
        assert account is not None
        left_id, target_id, account_id = account.incident_id, target.id, found.account_id
        found.status = "accepted"
        writes.move_accounts(session, [account_id], target)
        refresh_incident(session, reads.require_incident(session, target_id))
        left = session.get(IncidentRow, left_id)
        if left is not None and not reads.account_ids_of(session, left_id):
            writes.repoint_evidence(session, left_id, target_id)
            session.flush()
            session.delete(left)
            work.note(left_id, "merged_into", {"into": target_id, "suggestion": suggestion_id})
        elif left is not None:
            refresh_incident(session, left)
        work.note(target_id, "joined", {"account_id": account_id, "suggestion": suggestion_id, "from": left_id})
        return current_state(work, target_id)


def set_status(store: Store, incident_id: int, status: str, *, actor: str, note: str | None = None) -> Incident:
    """An analyst confirms or rejects an incident (or puts it back to proposed), with a reason."""
    if status not in REVIEW_STATUSES:
        raise BadInputError(f"review status {status!r} is not one of {', '.join(REVIEW_STATUSES)}")
    with unit_of_work(store, actor) as work:
        row = reads.require_incident(work.session, incident_id)
        before = row.status
        row.status = status
        refresh_incident(work.session, row)
        work.note(incident_id, status if status != "proposed" else "reopened",
                  {"from": before, "to": status, "note": note})
        return current_state(work, incident_id)
