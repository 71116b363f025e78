"""What waits for an analyst: proposed incidents and uncertain links; and what a merge would join.

The queue is one transaction: a page of proposed incidents (oldest first, or the most-sourced
first), and every open suggestion with the account it is about and both incidents.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from warcrimes.corroborate.conflicts import Conflict, merge_conflicts
from warcrimes.corroborate.incidents import incident_records
from warcrimes.domain.records import Account, Incident
from warcrimes.errors import BadInputError
from warcrimes.store import Store, convert, reads

SORTS = ("oldest", "sources")
QUEUE_PAGE = 50


@dataclass(frozen=True)
class Pending:
    """An open suggestion: the account, the incident it is in now, the one it may tell, and why."""

    id: int
    confidence: float
    fields: dict[str, float]
    account: Account
    now_in: Incident
    may_join: Incident
    reasons: dict[str, str] = field(default_factory=dict)  # each field's agreement in words (similarity.py)


@dataclass(frozen=True)
class ReviewQueue:
    incidents: tuple[Incident, ...]
    suggestions: tuple[Pending, ...]
    proposed: int
    sort: str
    offset: int


@dataclass(frozen=True)
class MergePreview:
    """Both incidents as they are, and where they disagree."""

    keep: Incident
    absorb: Incident
    conflicts: tuple[Conflict, ...]


def review_queue(store: Store, sort: str = "oldest", offset: int = 0, limit: int = QUEUE_PAGE) -> ReviewQueue:
    """Proposed incidents (`sort`: oldest | sources) and every open suggestion, in one transaction."""
    if sort not in SORTS:
        raise BadInputError(f"sort {sort[:30]!r} is not one of {', '.join(SORTS)}")
    if offset < 0 or not 1 <= limit <= 500:
        raise BadInputError("offset must be 0 or more and limit 1 to 500")
    with store.transaction() as session:
        rows = reads.proposed_incidents(session, most_sourced=sort == "sources", limit=limit, offset=offset)
        incidents = incident_records(session, rows)
        pending = reads.suggestion_rows(session, "open")
        accounts = {a.id: a for a in reads.accounts_by_id(session, [s.account_id for s, _ in pending])}
        involved = {i for s, home in pending for i in (s.incident_id, home)}
        named = {i.id: i for i in incident_records(session, reads.incidents_by_id(session, involved))}
        suggestions = tuple(
            Pending(s.id, float(s.confidence), {str(k): float(v) for k, v in (s.why.get("fields") or {}).items()},
                    convert.account(accounts[s.account_id]), named[home], named[s.incident_id],
                    {str(k): str(v) for k, v in (s.why.get("reasons") or {}).items()})
            for s, home in pending if home in named and s.incident_id in named and s.account_id in accounts)
        return ReviewQueue(tuple(incidents), suggestions, reads.count_proposed(session), sort, offset)


def merge_preview(store: Store, keep_id: int, absorb_id: int) -> MergePreview:
    """The two incidents and their conflicts, for the page that asks before a merge."""
    if keep_id == absorb_id:
        raise BadInputError(f"cannot merge incident {keep_id} with itself; name two different incidents")
    with store.transaction() as session:
        keep, absorb = incident_records(session, [reads.require_incident(session, keep_id, with_accounts=True),
                                                  reads.require_incident(session, absorb_id, with_accounts=True)])
    return MergePreview(keep, absorb, tuple(merge_conflicts(keep.facts, absorb.facts)))
