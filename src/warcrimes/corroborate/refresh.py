"""Recompute an incident from all its accounts: summary facts, counts, originators, verification.

Called by the services whenever an account joins or leaves (link, merge, split) inside that
transaction. The result lands in the incident's columns (via store.convert.summarise_into) and, under the key
"corroboration", in its facts JSON, which the CLI and web render as they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session

from warcrimes.corroborate import counts as counting
from warcrimes.corroborate.descriptors import Descriptors, of_account
from warcrimes.corroborate.edits import apply_edits
from warcrimes.corroborate.fingerprints import groups_of
from warcrimes.corroborate.independence import assess_independence, record
from warcrimes.corroborate.sources import AccountView, independent_sources
from warcrimes.corroborate.summary import combine
from warcrimes.corroborate.verification import assess
from warcrimes.domain.facts import IncidentFacts
from warcrimes.store import convert, reads
from warcrimes.store.schema import AccountRow, IncidentRow, utcnow


def account_views(session: Session, accounts: list[AccountRow]) -> list[AccountView]:
    """The accounts as summarising sees them, with their reports' near-duplicate groups (call after a flush)."""
    groups = groups_of(session, (a.report_id for a in accounts))
    told = reads.account_counts(session, {a.report_id for a in accounts})  # not each report's accounts loaded
    views = []
    for a in accounts:
        facts = IncidentFacts.from_contract(a.facts)
        described = of_account(a.report.text, facts.span, told.get(a.report_id, 0) <= 1) if a.report else Descriptors()
        views.append(AccountView(a.id, a.report_id, facts, a.report.publisher if a.report else None,
                                 a.report.published if a.report else None, groups.get(a.report_id), described))
    return views


#: session.info key: incidents whose originators and verification wait for the end of `verdicts_deferred`.
_PENDING = "warcrimes.verdicts_pending"
#: The parts of the corroboration record only the verdict pass writes (linking never reads them).
_VERDICT_KEYS = ("independent_sources", "originators", "not_counted", "evidence", "verification")


@contextmanager
def verdicts_deferred(session: Session) -> Iterator[None]:
    """Inside, refresh_incident updates at once what linking reads (the summary, what was hit, the latest
    report) and leaves each incident's originators and verification to one pass at the end: a batch of
    a channel's posts joins the same incidents many times, and reading every account's report for its
    citations each time made an import quadratic. The result is the same as refreshing in full each time."""
    if _PENDING in session.info:  # nested: the outer block finishes
        yield
        return
    pending: set[int] = set()
    session.info[_PENDING] = pending
    try:
        yield
        for incident_id in sorted(pending):
            incident = session.get(IncidentRow, incident_id)
            if incident is not None:
                _refresh(session, incident, verdict=True)
    finally:
        session.info.pop(_PENDING, None)


def refresh_incident(session: Session, incident: IncidentRow) -> None:
    """Summarise the incident again from every account it now holds, with an analyst's edits over it."""
    pending: set[int] | None = session.info.get(_PENDING)
    if pending is not None:
        pending.add(incident.id)
    _refresh(session, incident, verdict=pending is None)


def _refresh(session: Session, incident: IncidentRow, *, verdict: bool) -> None:
    session.flush()
    edits = (incident.facts or {}).get("edits") or {}
    rows = reads.accounts_with_reports(session, incident.id)
    views = account_views(session, rows)
    sources = independent_sources(views)
    found = counting.derive(views, sources)
    summary = apply_edits(combine(views, found), edits)
    before = (incident.facts or {}).get("corroboration") or {}
    judged = _verdict(session, incident, rows, views, summary) if verdict else {
        key: before[key] for key in _VERDICT_KEYS if key in before}
    convert.summarise_into(incident, summary)
    latest = max((v.published for v in views if v.published), default=None)
    incident.facts = {**incident.facts, **({"edits": edits} if edits else {}), "corroboration": {
        "accounts": [v.account_id for v in views],
        "described": _described(views).to_list(),
        "latest_report": latest.isoformat() if latest else None,
        "independent_sources": judged.get("independent_sources"),
        **{key: judged[key] for key in ("originators", "not_counted", "evidence") if key in judged},
        "sources": [{"label": s.label, "accounts": list(s.account_ids), "grouped_by": list(s.reasons)}
                    for s in sources],
        "counts": found.to_dict(),
        **({"verification": judged["verification"]} if "verification" in judged else {}),
    }}
    incident.updated_at = utcnow()


def _verdict(session: Session, incident: IncidentRow, rows: list[AccountRow], views: list[AccountView],
             summary: IncidentFacts) -> dict[str, Any]:
    """The independent originators every account's report cites, and the verification they support."""
    originators = assess_independence(rows, summary)
    kept = record(originators, [kind for v in views for kind in v.facts.evidence])
    evidence = reads.evidence_counts(session, [incident.id]).get(incident.id, 0)
    found = assess(originators, len(views), kept["evidence"], evidence_items=evidence, status=incident.status)
    return {"independent_sources": originators.count, **kept, "verification": found.to_dict()}


def _described(views: list[AccountView]) -> Descriptors:
    """What the incident's accounts together say was hit and with what."""
    found = Descriptors()
    for view in views:
        found = found.union(view.described) if not found.empty else view.described
    return found
