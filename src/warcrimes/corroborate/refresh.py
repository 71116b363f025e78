"""Recompute an incident from all its accounts: summary facts, counts, originators, verification.

Called by the services whenever an account joins or leaves (link, merge, split) inside that
transaction. The result lands in the incident's columns (via store.convert.summarise_into) and, under the key
"corroboration", in its facts JSON, which the CLI and web render as they are.
"""

from __future__ import annotations

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


def refresh_incident(session: Session, incident: IncidentRow) -> None:
    """Summarise the incident again from every account it now holds, with an analyst's edits over it."""
    session.flush()
    edits = (incident.facts or {}).get("edits") or {}
    rows = reads.accounts_with_reports(session, incident.id)
    views = account_views(session, rows)
    sources = independent_sources(views)
    found = counting.derive(views, sources)
    summary = apply_edits(combine(views, found), edits)
    originators = assess_independence(rows, summary)
    kept = record(originators, [kind for v in views for kind in v.facts.evidence])
    evidence = reads.evidence_counts(session, [incident.id]).get(incident.id, 0)
    verdict = assess(originators, len(views), kept["evidence"], evidence_items=evidence, status=incident.status)
    convert.summarise_into(incident, summary)
    latest = max((v.published for v in views if v.published), default=None)
    incident.facts = {**incident.facts, **({"edits": edits} if edits else {}), "corroboration": {
        "accounts": [v.account_id for v in views],
        "described": _described(views).to_list(),
        "latest_report": latest.isoformat() if latest else None,
        "independent_sources": originators.count,
        **kept,
        "sources": [{"label": s.label, "accounts": list(s.account_ids), "grouped_by": list(s.reasons)}
                    for s in sources],
        "counts": found.to_dict(),
        "verification": verdict.to_dict(),
    }}
    incident.updated_at = utcnow()


def _described(views: list[AccountView]) -> Descriptors:
    """What the incident's accounts together say was hit and with what."""
    found = Descriptors()
    for view in views:
        found = found.union(view.described) if not found.empty else view.described
    return found
