"""The data behind each page, as plain JSON-able dicts: the HTML and JSON views share them.

Datasette's rule: a page and its `.json` show the same thing, so what a lawyer reads and what
a script downloads can never drift apart.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from warcrimes.domain.records import Account, EvidenceItem, HistoryEntry, Incident, Report, ReportVersion, Statistic
from warcrimes.domain.taxonomy import violations
from warcrimes.queries.custody import intake
from warcrimes.queries.incidents import Corroboration
from warcrimes.web import technical

if TYPE_CHECKING:  # record types only: the web reads them, never the modules that write them
    from warcrimes.corroborate.series import Series
    from warcrimes.custody.log import Entry


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
        "independent_sources": incident.independent_sources,
        "verification": incident.verification,
        "counts": incident.counts,
        "edited": list(incident.edited),
        "version": incident.version,
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
        # read from an edited version of the report: its spans point into that version's text
        **({"report_version": account.version} if account.version is not None else {}),
    }


def incident_detail(incident: Incident, *, corroboration: Corroboration | None = None,
                    history: Sequence[HistoryEntry] = (), evidence: Sequence[EvidenceItem] = (),
                    custody: Mapping[str, list[Entry]] | None = None,
                    reports: Mapping[int, Report] | None = None) -> dict[str, Any]:
    """The incident page: facts, violations with their law, counts and sources, evidence, history,
    and every account with why it joined and the custody entry of its report."""
    custody = custody or {}
    reports = reports or {}
    links = corroboration.links if corroboration else {}
    accounts = []
    for a in incident.accounts:
        report = reports.get(a.report_id)
        entry = custody_link(intake(custody.get(report.content_hash, []), "report")) if report else None
        reason = links.get(a.id)
        accounts.append({**account_entry(a), "link": asdict(reason) if reason else None,
                         "report_custody": entry})
    return {
        **incident_summary(incident),
        "violation_details": [violation_entry(v) for v in incident.facts.violations],
        "victim_counts": victim_counts(incident.counts, incident.accounts),
        "sources": list(corroboration.sources) if corroboration else [],
        "originators": list(corroboration.originators) if corroboration else [],
        "not_counted": list(corroboration.not_counted) if corroboration else [],
        "near_copies": [asdict(c) for c in corroboration.near_copies] if corroboration else [],
        "account_details": accounts,
        "evidence_items": [evidence_entry(e, custody.get(e.content_hash, [])) for e in evidence],
        "history": [{"action": h.action, "actor": h.actor, "at": h.at.isoformat(), "details": h.details}
                    for h in history],
        "incident_custody": [custody_link(e) for e in custody.get(f"incident:{incident.id}", [])],
    }


#: What a viewer sees of an evidence item: that it exists and its proof, not what it shows or who is in it.
EVIDENCE_WITHOUT_PERSONAL_DATA = ("id", "path", "content_hash", "size", "media_type", "added_at", "custody",
                                  "custody_entries")


def without_personal_data(payload: dict[str, Any]) -> dict[str, Any]:
    """A page's payload for a role without `personal_data`: no report text, no evidence file name,
    note, source or technical metadata (they name and show people); facts and proofs stay."""
    out = {k: v for k, v in payload.items() if k != "text"}
    if "source" in out:  # a group member who wrote or forwarded the post is a person
        out["source"] = {k: v for k, v in out["source"].items() if k not in ("author", "forwarded_from")}
    if "evidence_items" in out:
        out["evidence_items"] = [{k: e[k] for k in EVIDENCE_WITHOUT_PERSONAL_DATA if k in e}
                                 for e in out["evidence_items"]]
    out["personal_data_hidden"] = True
    return out


def retired_incident(incident_id: int, now_in: Sequence[int], history: Sequence[HistoryEntry]) -> dict[str, Any]:
    """An id merged away whose accounts were split apart again: where each part is now."""
    return {"id": incident_id, "status": "merged_away",
            "now_in": [{"id": i, "path": incident_path(i)} for i in now_in],
            "history": [{"action": h.action, "actor": h.actor, "at": h.at.isoformat(), "details": h.details}
                        for h in history]}


def custody_path(index: int) -> str:
    return f"/custody/entries/{index}"


def custody_link(entry: Entry | None) -> dict[str, Any] | None:
    """An entry as the page cites it: its index, action, subject and where to fetch its proof."""
    if entry is None:
        return None
    return {"index": entry.index, "action": entry.action, "subject": entry.subject,
            "recorded_at": entry.recorded_at, "actor": entry.actor, "path": custody_path(entry.index)}


def victim_counts(counts: Mapping[str, Any] | None, accounts: Sequence[Account]) -> list[dict[str, Any]]:
    """low / best / high, each with the accounts (and their publishers) that gave the figure."""
    if not counts or counts.get("best") is None:
        return []
    by_id = {a.id: a for a in accounts}
    return [{"estimate": name, "value": counts.get(name),
             "accounts": [{"id": i, "publisher": by_id[i].report_publisher if i in by_id else None,
                           "report_id": by_id[i].report_id if i in by_id else None}
                          for i in counts.get(f"{name}_from") or ()]}
            for name in ("low", "best", "high")]


def evidence_entry(item: EvidenceItem, entries: list[Entry]) -> dict[str, Any]:
    """One evidence item with the custody entry that brought it in and the steps it went through."""
    return {"id": item.id, "content_hash": item.content_hash, "size": item.size,
            "media_type": item.media_type, "filename": item.filename, "source_url": item.source_url,
            "captured_by": item.captured_by, "note": item.note, "technical": item.technical,
            "technical_summary": technical.summary(item.technical),
            "added_at": item.added_at.isoformat(), "custody": custody_link(intake(entries, "evidence")),
            "custody_entries": [custody_link(e) for e in entries]}


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


def report_detail(report: Report, statistics: list[Statistic], accounts: list[Account],
                  custody: Sequence[Entry] = (), versions: Sequence[ReportVersion] = (),
                  evidence: Sequence[EvidenceItem] = ()) -> dict[str, Any]:
    """The report page: metadata, full text, the incidents and the aggregate figures read from it,
    the custody entries about its bytes (ingest first), where in its channel it came from, its later
    versions (edited messages) and the evidence files that came with it."""
    about: dict[str, list[Entry]] = {}
    for entry in custody:
        about.setdefault(entry.subject, []).append(entry)
    return {
        **report_metadata(report),
        "custody": [custody_link(e) for e in about.get(report.content_hash, [])],
        "text": report.text,
        "source": report_source(report),
        "versions": [{"version": v.version, "content_hash": v.content_hash, "size": v.size,
                      "edited_at": v.edited_at.isoformat() if v.edited_at else None,
                      "ingested_at": v.ingested_at.isoformat(),
                      "custody": [custody_link(e) for e in about.get(v.content_hash, [])]} for v in versions],
        "evidence_items": [{**evidence_entry(e, []), "path": f"/evidence/{e.id}"} for e in evidence],
        "accounts": [{**account_entry(a), "incident_id": a.incident_id,
                      "incident_path": incident_path(a.incident_id)} for a in accounts],
        "statistics": [s.facts.to_contract() for s in statistics],
    }


#: What a report's source says of it beyond the columns, in the order the page lists it.
SOURCE_FIELDS = ("channel", "message_id", "author", "forwarded_from", "reply_to", "edited", "version", "links",
                 "media")


def report_source(report: Report) -> dict[str, Any]:
    """Where a report came from inside its source (a Telegram channel's message), present fields only."""
    found = {"channel": report.channel, **{k: v for k, v in report.details.items() if k != "channel"}}
    return {name: found[name] for name in SOURCE_FIELDS if found.get(name) not in (None, "", [], 0)}


def series_entry(series: Series) -> dict[str, Any]:
    """One statistic over time: each point with its date, how it was dated, and who stated it."""
    return {
        "measure": series.measure, "population": series.population, "unit": series.unit,
        "period": series.period, "change": series.change,
        "points": [{"as_of": p.as_of.isoformat(), "value": p.value, "qualifier": p.qualifier,
                    "reported_by": p.reported_by, "sources": list(p.sources),
                    "reports": [{"id": r, "path": report_path(r)} for r in dict.fromkeys(p.report_ids)],
                    "dated_by": p.dated_by} for p in series.points],
    }
