"""An incident's independent originators, read from every account's report (issue 15).

Each account's report is read for the parties it cites and their roles (citations.py); only
originators count, one per entity chain (roles.py); the record kept names each originator with
its kinds of access and the reports citing it, every party not counted with the reason, and the
kinds of evidence the accounts mention.
"""

from __future__ import annotations

from typing import Any

from warcrimes.corroborate.citations import citations
from warcrimes.corroborate.roles import Citation, Independence, independent_originators
from warcrimes.corroborate.source_identity import Context
from warcrimes.domain.facts import IncidentFacts
from warcrimes.store.schema import AccountRow


def report_label(account: AccountRow) -> str:
    """How the explanation names a report: its publisher and date, else its file name."""
    report = account.report
    if report is None:
        return f"account {account.id}"
    name = report.publisher or report.filename or f"report {report.id}"
    return f"{name}, {report.published.isoformat()}"


def account_citations(account: AccountRow, summary: IncidentFacts) -> list[Citation]:
    """The parties one account's report cites, placed by the account's place or else the incident's."""
    facts = IncidentFacts.from_contract(account.facts)
    report = account.report
    if report is None:
        return []
    place = facts.location or summary.location
    admin1 = place.admin1 if place else None
    name = (place.name if place else None) or (summary.location.name if summary.location and
                                               summary.location.admin1 == admin1 else None)
    context = Context(admin1=admin1, place=name, published=report.published)
    return citations(account.text, report.publisher, facts, context, report_label(account))


def assess_independence(accounts: list[AccountRow], summary: IncidentFacts) -> Independence:
    """Independent originators over all the incident's accounts."""
    return independent_originators(c for a in accounts for c in account_citations(a, summary))


def record(found: Independence, evidence: list[str]) -> dict[str, Any]:
    """What the incident keeps: originators with access and reports, the parties not counted and why."""
    return {
        "originators": [{"entity": e, "names": list(found.folded.get(e, ())), "access": list(found.access.get(e, ())),
                         "reports": list(found.reports.get(e, ()))} for e in found.originators],
        "not_counted": [{"name": name, "why": why} for name, why in found.not_counted],
        "evidence": sorted(set(evidence)),
    }
