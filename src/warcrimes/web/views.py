"""The data behind each page, as plain JSON-able dicts: the HTML and JSON views share them.

Datasette's rule: a page and its `.json` show the same thing, so what a lawyer reads and what
a script downloads can never drift apart.
"""

from __future__ import annotations

import base64
from typing import Any

from warcrimes.domain.records import Account, Incident, Report, Statistic
from warcrimes.domain.taxonomy import violations


def incident_path(incident_id: int) -> str:
    return f"/incidents/{incident_id}"


def report_path(report_id: int) -> str:
    return f"/reports/{report_id}"


def violation_entry(label: str) -> dict[str, Any]:
    """A label with its title, definition and legal anchors; unknown labels keep their name."""
    known = violations().get(label)
    if known is None:
        return {"label": label, "title": label, "definition": None, "anchors": []}
    return {"label": known.label, "title": known.title, "definition": known.definition,
            "anchors": list(known.anchors)}


def incident_summary(incident: Incident) -> dict[str, Any]:
    """One row of the list: the incident's summary facts and where they came from."""
    publishers = sorted({a.report_publisher for a in incident.accounts if a.report_publisher})
    return {
        "id": incident.id,
        "path": incident_path(incident.id),
        "status": incident.status,
        **incident.facts.to_contract(),
        "accounts": len(incident.accounts),
        "publishers": publishers,
    }


def account_entry(account: Account) -> dict[str, Any]:
    """One report's telling of the incident, with the report it comes from."""
    return {
        "id": account.id,
        "report_id": account.report_id,
        "report_path": report_path(account.report_id),
        "publisher": account.report_publisher,
        "url": account.report_url,
        "published": account.report_published.isoformat() if account.report_published else None,
        "extractor_version": account.extractor_version,
        "facts": account.facts.to_contract(),
        "provenance": [p.to_dict() for p in account.provenance],
    }


def incident_detail(incident: Incident) -> dict[str, Any]:
    """The incident page: facts, violations with their law, and every account."""
    return {
        **incident_summary(incident),
        "violation_details": [violation_entry(v) for v in incident.facts.violations],
        "account_details": [account_entry(a) for a in incident.accounts],
    }


#: File suffixes for downloads of originals, by the media types ingest stores.
SUFFIXES = {"text/plain": ".txt", "text/markdown": ".md", "text/html": ".html"}


def original_suffix(media_type: str) -> str:
    return SUFFIXES.get(media_type, ".bin")


def repr_digest(content_hash: str) -> str | None:
    """'SHA-256:<hex>' as an RFC 9530 Repr-Digest value, so a download can be checked in transit."""
    algorithm, _, hexdigest = content_hash.partition(":")
    if algorithm.upper() != "SHA-256":
        return None
    try:
        return f"sha-256=:{base64.b64encode(bytes.fromhex(hexdigest)).decode()}:"
    except ValueError:
        return None


def report_metadata(report: Report) -> dict[str, Any]:
    return {
        "id": report.id,
        "path": report_path(report.id),
        "original_path": f"{report_path(report.id)}/original",
        "content_hash": report.content_hash,
        "published": report.published.isoformat(),
        "publisher": report.publisher,
        "url": report.url,
        "language": report.language,
        "filename": report.filename,
        "media_type": report.media_type,
        "size": report.size,
        "ingested_at": report.ingested_at.isoformat(),
    }


def report_detail(report: Report, statistics: list[Statistic], accounts: list[Account]) -> dict[str, Any]:
    """The report page: metadata, full text, the incidents and the aggregate figures read from it."""
    return {
        **report_metadata(report),
        "text": report.text,
        "accounts": [{**account_entry(a), "incident_id": a.incident_id,
                      "incident_path": incident_path(a.incident_id)} for a in accounts],
        "statistics": [s.facts.to_contract() for s in statistics],
    }
