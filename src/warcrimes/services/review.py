"""Analysts' review of incidents: merge, split, accept or dismiss a suggestion, confirm, reject, reopen.

Each is one unit of work with a history line per incident touched and a custody entry each,
naming the analyst, and returns the incident as it now is. A form carries the incident's
`version`; when someone changed the incident since, the change is refused (ConflictError) and
nothing is written, so the second analyst is told instead of overwriting the first.
"""

from __future__ import annotations

from warcrimes.corroborate.conflicts import merge_conflicts
from warcrimes.corroborate.incidents import load_incident
from warcrimes.corroborate.refresh import refresh_incident
from warcrimes.domain.facts import IncidentFacts
from warcrimes.domain.records import Incident
from warcrimes.errors import BadInputError, ConflictError, NotFoundError
from warcrimes.services.unit import UnitOfWork, unit_of_work
from warcrimes.store import Store, reads, writes
from warcrimes.store.schema import AccountRow, IncidentRow, LinkSuggestionRow

REVIEW_STATUSES = ("proposed", "confirmed", "rejected")
#: Longest reason kept with a decision (a paragraph; the history is not a document store).
MAX_REASON = 4000


def current_state(work: UnitOfWork, incident_id: int) -> Incident:
    """The incident as this unit of work leaves it (every change flushed and read back)."""
    work.session.flush()
    work.session.expire_all()
    return load_incident(work.session, incident_id)


def reason_text(reason: str | None, *, required: str | None = None) -> str | None:
    """A decision's reason, trimmed; BadInputError when `required` (what it is for) and blank."""
    text = (reason or "").strip()
    if len(text) > MAX_REASON:
        raise BadInputError(f"the reason is {len(text):,} characters long; keep it under {MAX_REASON:,}")
    if required and not text:
        raise BadInputError(f"{required} needs a reason: say what was checked and why")
    return text or None


def check_version(work: UnitOfWork, row: IncidentRow, expected: int | None) -> None:
    """ConflictError naming who changed the incident since `expected`, the version the form showed."""
    if expected is None or row.version == expected:
        return
    last = reads.last_history_rows(work.session, [row.id]).get(row.id)
    by = f" ({last.action.replace('_', ' ')} by {last.actor} at {last.at:%Y-%m-%d %H:%M} UTC)" if last else ""
    raise ConflictError(f"incident {row.id} was changed since you opened it{by}; nothing was saved. "
                        "Reload it, check the change, and make yours again")


def merge(store: Store, keep_id: int, absorb_id: int, *, actor: str, accept_conflicts: bool = False,
          reason: str | None = None, versions: tuple[int | None, int | None] = (None, None)) -> Incident:
    """Fold incident `absorb_id` into `keep_id`: its accounts, suggestions and evidence move; it goes.

    Where the two disagree on place, date, victims or violations (corroborate/conflicts.py) the
    merge is refused with the conflicts named, unless `accept_conflicts`; they are then kept in
    both incidents' history with the reason."""
    if keep_id == absorb_id:
        raise BadInputError(f"cannot merge incident {keep_id} with itself; name two different incidents")
    why = reason_text(reason)
    with unit_of_work(store, actor) as work:
        session = work.session
        keep, absorb = reads.require_incident(session, keep_id), reads.require_incident(session, absorb_id)
        check_version(work, keep, versions[0])
        check_version(work, absorb, versions[1])
        conflicts = merge_conflicts(IncidentFacts.from_contract(keep.facts), IncidentFacts.from_contract(absorb.facts))
        if conflicts and not accept_conflicts:
            listed = "; ".join(f"{c.field}: {c.kept} / {c.absorbed} ({c.why})" for c in conflicts)
            raise ConflictError(f"incidents {keep_id} and {absorb_id} disagree: {listed}. Merge only if they "
                                "are one event, accepting the conflicts (--accept-conflicts) with a reason")
        if conflicts and not why:
            raise BadInputError(f"merging incidents {keep_id} and {absorb_id} although they disagree needs a "
                                "reason: say why they are one event")
        moved = reads.account_ids_of(session, absorb_id)
        snapshot = {"facts": {k: v for k, v in absorb.facts.items() if k != "corroboration"},
                    "status": absorb.status}
        writes.move_accounts(session, moved, keep)
        writes.settle_suggestions(session, keep_id, absorb_id, moved + reads.account_ids_of(session, keep_id))
        writes.repoint_evidence(session, absorb_id, keep_id)
        session.flush()
        session.delete(reads.require_incident(session, absorb_id))
        refresh_incident(session, reads.require_incident(session, keep_id))
        accepted = [c.to_dict() for c in conflicts]
        work.note(keep_id, "merged", {"absorbed": absorb_id, "accounts": moved, "absorbed_was": snapshot,
                                      "conflicts_accepted": accepted, "reason": why})
        work.note(absorb_id, "merged_into", {"into": keep_id, "accounts": moved, "reason": why})
        return current_state(work, keep_id)


def split(store: Store, incident_id: int, account_ids: list[int], *, actor: str, reason: str | None = None,
          version: int | None = None) -> Incident:
    """Move the named accounts of an incident into a new incident of their own; returns the new one."""
    why = reason_text(reason)
    with unit_of_work(store, actor) as work:
        session = work.session
        check_version(work, reads.require_incident(session, incident_id), version)
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
        writes.close_suggestions_between(session, chosen, incident_id)
        refresh_incident(session, reads.require_incident(session, incident_id))
        refresh_incident(session, reads.require_incident(session, new_id))
        work.note(incident_id, "split", {"accounts": chosen, "into": new_id, "reason": why})
        work.note(new_id, "split_from", {"from": incident_id, "accounts": chosen, "reason": why})
        return current_state(work, new_id)


def _open_suggestion(work: UnitOfWork, suggestion_id: int) -> LinkSuggestionRow:
    found = work.session.get(LinkSuggestionRow, suggestion_id)
    if found is None or found.status != "open":
        raise NotFoundError(f"suggestion {suggestion_id} is not open; "
                            "list the open ones with `warcrimes suggestions`")
    return found


def accept(store: Store, suggestion_id: int, *, actor: str) -> Incident:
    """Do what a suggestion proposes: its account joins the suggested incident."""
    with unit_of_work(store, actor) as work:
        session = work.session
        found = _open_suggestion(work, suggestion_id)
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
            work.note(left_id, "merged_into", {"into": target_id, "accounts": [account_id],
                                               "suggestion": suggestion_id})
        elif left is not None:
            refresh_incident(session, left)
        work.note(target_id, "joined", {"account_id": account_id, "suggestion": suggestion_id, "from": left_id})
        return current_state(work, target_id)


def dismiss(store: Store, suggestion_id: int, *, actor: str, reason: str | None = None) -> Incident:
    """Decide that a suggestion is wrong: its account stays where it is; returns that incident."""
    why = reason_text(reason)
    with unit_of_work(store, actor) as work:
        found = _open_suggestion(work, suggestion_id)
        found.status = "dismissed"
        account = work.session.get(AccountRow, found.account_id)
        assert account is not None
        home = account.incident_id
        work.note(home, "suggestion_dismissed", {"suggestion": suggestion_id, "account_id": found.account_id,
                                                 "incident": found.incident_id, "reason": why})
        return current_state(work, home)


def set_status(store: Store, incident_id: int, status: str, *, actor: str, note: str | None = None,
               version: int | None = None) -> Incident:
    """An analyst confirms or rejects an incident (or puts it back to proposed), with a reason; a
    rejection must say why."""
    if status not in REVIEW_STATUSES:
        raise BadInputError(f"review status {status!r} is not one of {', '.join(REVIEW_STATUSES)}")
    why = reason_text(note, required="rejecting an incident" if status == "rejected" else None)
    with unit_of_work(store, actor) as work:
        row = reads.require_incident(work.session, incident_id)
        check_version(work, row, version)
        before = row.status
        row.status = status
        refresh_incident(work.session, row)
        work.note(incident_id, status if status != "proposed" else "reopened",
                  {"from": before, "to": status, "note": why})
        return current_state(work, incident_id)
