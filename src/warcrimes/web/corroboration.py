"""What the incident page shows of corroboration beyond the Incident record: why each account
joined, which sources were folded together, which reports nearly copy which, and the history.

One query per kind for the whole incident (never one per account), all read-only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from warcrimes.corroborate import review
from warcrimes.corroborate.schema import IncidentLinkRow, ReportFingerprintRow
from warcrimes.errors import NotFoundError
from warcrimes.store import Store
from warcrimes.store.schema import IncidentRow


@dataclass(frozen=True)
class LinkReason:
    """Why an account belongs to its incident: who decided, how sure, which fields agreed."""

    method: str  # auto | new | analyst
    confidence: float
    fields: dict[str, float]
    vetoes: tuple[str, ...]
    nearest: int | None  # for a new incident: the closest incident on file when it was opened


@dataclass(frozen=True)
class NearCopy:
    """A report whose text nearly copies an earlier report (MinHash estimate of Jaccard)."""

    report_id: int
    copies: int
    similarity: float


@dataclass(frozen=True)
class Corroboration:
    """The incident's sources as refresh stored them, near-copies among its reports, link reasons."""

    sources: tuple[dict[str, Any], ...]
    near_copies: tuple[NearCopy, ...]
    links: dict[int, LinkReason]


def _reason(row: IncidentLinkRow) -> LinkReason:
    why = row.why or {}
    fields = {str(k): float(v) for k, v in (why.get("fields") or {}).items()}
    return LinkReason(row.method, float(row.confidence), fields, tuple(why.get("vetoes") or ()),
                      why.get("nearest"))


def corroboration_of(store: Store, incident_id: int, account_ids: Iterable[int],
                     report_ids: Iterable[int]) -> Corroboration:
    """Sources, near-copies and link reasons of one incident, in three queries."""
    accounts, reports = sorted(set(account_ids)), sorted(set(report_ids))
    with store.transaction() as session:
        row = session.get(IncidentRow, incident_id)
        stored = ((row.facts or {}).get("corroboration") or {}) if row is not None else {}
        links = {r.account_id: _reason(r) for r in session.scalars(
            select(IncidentLinkRow).where(IncidentLinkRow.account_id.in_(accounts)))} if accounts else {}
        prints = session.execute(select(ReportFingerprintRow.report_id, ReportFingerprintRow.group_id,
                                        ReportFingerprintRow.similarity)
                                 .where(ReportFingerprintRow.report_id.in_(reports))).all() if reports else []
    copies = tuple(NearCopy(rid, group, round(float(score), 2)) for rid, group, score in sorted(prints)
                   if group != rid)
    return Corroboration(tuple(stored.get("sources") or ()), copies, links)


def history_of(store: Store, incident_id: int) -> list[review.HistoryEntry]:
    """Every recorded change to the incident (created, joined, merged, split, confirmed), oldest first."""
    return review.history(store, incident_id)


def merged_into(store: Store, incident_id: int) -> int | None:
    """Where an incident merged away lives on (following merge after merge), or None.

    Old links and citations of a retired id then still lead to the event they named."""
    seen = {incident_id}
    current = incident_id
    while True:
        try:
            changes = review.history(store, current)
        except NotFoundError:
            return None if current == incident_id else current
        last = changes[-1] if changes else None
        target = last.details.get("into") if last is not None and last.action == "merged_into" else None
        if not isinstance(target, int) or target in seen:
            return None if current == incident_id else current
        seen.add(target)
        current = target
