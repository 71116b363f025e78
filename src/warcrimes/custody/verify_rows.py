"""verify's second half: the database holds what the custody log says, no more and no less.

Every row an entry put there is still there (a deleted report, account, statistic, incident,
evidence row, evidence link or user is named with the entry that recorded it); every row is as its
entry left it (report and evidence fields, a report's text, the state digests of incidents,
accounts and statistics, users' roles); no derived row exists that no entry recorded.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warcrimes.custody import state
from warcrimes.custody.evidence import added_details, vault_of
from warcrimes.custody.ledger import NOT_COVERED, Ledger, Recorded
from warcrimes.custody.log import Entry
from warcrimes.custody.vault import PREFIX, hash_file
from warcrimes.domain.canonical import canonical_json
from warcrimes.store.schema import (
    AccountRow,
    EvidenceIncidentRow,
    EvidenceRow,
    ReportEvidenceRow,
    ReportRow,
    ReportVersionRow,
    StatisticRow,
    UserRow,
)
from warcrimes.store.store import Store

if TYPE_CHECKING:
    from warcrimes.custody.verify import Verification

#: Report columns the ingest entry fixes (as written by services/reports.add_report).
REPORT_FIELDS = ("filename", "publisher", "url", "published", "size")
#: Fixed by ingest entries written since state digests were added (older ones lack them: not covered).
REPORT_DERIVED = ("text", "media_type", "language", "extraction_status")
#: How an incident's parts are named in a problem.
PART_NAMES = {"facts.location": "place (facts.location)", "facts.victims": "victims (facts.victims)",
              "columns": "summary columns (place, date, violation as filtered on)", "accounts": "accounts held",
              "evidence": "evidence linked"}


def _anchor(ledger: Ledger, subject: str, action: str, key: str, ident: int) -> Entry | None:
    for entry in ledger.anchors.get(subject, ()):
        if entry.action == action and entry.details.get(key) == ident:
            return entry
    return None


def check_reports(session: Session, ledger: Ledger, result: Verification) -> None:
    columns = (ReportRow.id, ReportRow.content_hash, ReportRow.original, ReportRow.text, ReportRow.media_type,
               ReportRow.language, ReportRow.extraction_status, *[getattr(ReportRow, f) for f in REPORT_FIELDS])
    rows = session.execute(select(*columns).order_by(ReportRow.id).execution_options(yield_per=200))
    present: set[int] = set()
    for report_id, content_hash, original, text, media_type, language, status, *values in rows:
        result.checked["reports"] += 1
        present.add(report_id)
        where = f"report {report_id}"
        actual = PREFIX + hashlib.sha256(original).hexdigest()
        if actual != content_hash:
            result.problems.append(f"{where}: its stored bytes hash to {actual}, not {content_hash}")
        entry = _anchor(ledger, content_hash, "ingest", "report_id", report_id)
        if entry is None:
            result.problems.append(f"{where}: no ingest entry in the custody log for {content_hash}")
            continue
        compare(where, entry, dict(zip(REPORT_FIELDS, values, strict=True)), result)
        if "text" not in entry.details:
            result.uncovered["reports' text"] += 1
            continue
        if state.text_digest(text) != entry.details["text"]:
            result.problems.append(f"{where}: its text (reports.text) no longer hashes to what ingest entry "
                                   f"{entry.index} recorded: edited in the database")
        compare(where, entry, {"media_type": media_type, "language": language, "extraction_status": status},
                result)
    for subject, entries in ledger.anchors.items():
        for entry in entries:
            report_id = entry.details.get("report_id")
            if entry.action == "ingest" and report_id not in present:
                result.problems.append(
                    f"report {report_id} ({entry.details.get('filename')}, {subject}) is missing from the "
                    f"database: ingest entry {entry.index} recorded it (deleted, with its accounts?)")


def check_versions(session: Session, ledger: Ledger, result: Verification) -> None:
    """Each later version of a report (an edited message): its bytes and its report.version entry."""
    rows = session.execute(select(ReportVersionRow.report_id, ReportVersionRow.version, ReportVersionRow.content_hash,
                                  ReportVersionRow.original)
                           .order_by(ReportVersionRow.id).execution_options(yield_per=200))
    for report_id, version, content_hash, original in rows:
        result.checked["report versions"] += 1
        where = f"report {report_id} version {version}"
        actual = PREFIX + hashlib.sha256(original).hexdigest()
        if actual != content_hash:
            result.problems.append(f"{where}: its stored bytes hash to {actual}, not {content_hash}")
        entry = _anchor(ledger, content_hash, "report.version", "report_id", report_id)
        if entry is None or entry.details.get("version") != version:
            result.problems.append(f"{where}: no report.version entry in the custody log for {content_hash}")


def check_report_evidence(session: Session, ledger: Ledger, result: Verification) -> None:
    """Each evidence file that came with a report is tied to it by an evidence.report entry."""
    for link in session.scalars(select(ReportEvidenceRow)):
        linked = session.get(EvidenceRow, link.evidence_id)
        if _anchor(ledger, linked.content_hash if linked else "", "evidence.report", "report_id",
                   link.report_id) is None:
            result.problems.append(f"evidence {link.evidence_id}: its link to report {link.report_id} has no "
                                   "evidence.report entry in the custody log")


def check_extractions(session: Session, ledger: Ledger, result: Verification) -> None:
    """Each report still holds as many accounts and statistics as its extract entry counted: a deletion
    shows even in a log written before rows carried state digests."""
    accounts = Counter(dict(session.execute(select(AccountRow.report_id, func.count())
                                            .where(AccountRow.extractor_version != "analyst")
                                            .group_by(AccountRow.report_id)).all()))
    statistics = Counter(dict(session.execute(select(StatisticRow.report_id, func.count())
                                              .group_by(StatisticRow.report_id)).all()))
    for report_id, entries in ledger.extracts.items():
        for what, held in (("accounts", accounts[report_id]), ("statistics", statistics[report_id])):
            counted = [e.details.get(what) for e in entries]
            if all(isinstance(n, int) for n in counted) and held != (logged := sum(counted)):  # type: ignore[arg-type]
                where = "entry " + str(entries[0].index) if len(entries) == 1 else \
                    "entries " + ", ".join(str(e.index) for e in entries)
                result.problems.append(f"report {report_id}: its extract {where} recorded {logged} "
                                       f"{what}, the database holds {held} (rows deleted or added)")


def check_states(session: Session, ledger: Ledger, result: Verification) -> None:
    """Incidents, accounts and statistics against the state their last entry recorded."""
    _check_kind(ledger, "incident", state.incident_states(session), result)
    owners: dict[int, int] = {}
    covered: set[int] = set()  # accounts and statistics an entry must have recorded
    for account_id, report_id, version in session.execute(
            select(AccountRow.id, AccountRow.report_id, AccountRow.extractor_version)):
        owners[account_id] = report_id
        by_hand = version == "analyst"
        if (by_hand and account_id not in ledger.uncovered_hand_accounts) or \
                (not by_hand and report_id in ledger.covered_reports):
            covered.add(account_id)
    _check_kind(ledger, "account", state.account_states(session), result, owners, covered)
    owners = {i: r for i, r in session.execute(select(StatisticRow.id, StatisticRow.report_id))}
    _check_kind(ledger, "statistic", state.statistic_states(session), result, owners,
                {i for i, r in owners.items() if r in ledger.covered_reports})


def _check_kind(ledger: Ledger, kind: str, current: dict[int, Any], result: Verification,
                owners: dict[int, int] | None = None, covered: set[int] | None = None) -> None:
    recorded = ledger.recorded(kind)
    plural = f"{kind}s" if kind != "statistic" else "statistics"
    for row_id, now in current.items():
        result.checked[plural] += 1
        where = f"{kind} {row_id}" + (f" (report {owners[row_id]})" if owners and row_id in owners else "")
        rec = recorded.get(row_id)
        if rec is None:
            if covered is not None and row_id not in covered:
                result.uncovered[plural] += 1
            else:
                result.problems.append(f"{where}: no custody entry recorded it (added in the database?)")
        elif rec.value == NOT_COVERED:
            result.uncovered[plural] += 1
        elif rec.value is None:
            result.problems.append(f"{where} is in the database, but custody entry {rec.index} recorded it as "
                                   "removed")
        elif _digest_of(rec.value) != _digest_of(now):
            result.problems.append(f"{where}: {_what_differs(kind, rec, now)} differ(s) from the state custody "
                                   f"entry {rec.index} recorded: edited in the database, not through warcrimes")
    for row_id, rec in sorted(recorded.items()):
        if row_id not in current and rec.value not in (None, NOT_COVERED):
            result.problems.append(f"{kind} {row_id} is missing from the database: custody entry {rec.index} "
                                   "recorded its state (deleted?)")


def _digest_of(value: Any) -> Any:
    return value.get("sha256") if isinstance(value, dict) else value


def _what_differs(kind: str, rec: Recorded, now: Any) -> str:
    if kind != "incident" or not isinstance(rec.value, dict):
        return "its stored values"
    parts = state.changed_parts(rec.value, now)
    return ", ".join(PART_NAMES.get(p, p) for p in parts) if parts else "its stored state"


def check_users(session: Session, ledger: Ledger, result: Verification) -> None:
    present = set()
    for username, role, active in session.execute(select(UserRow.username, UserRow.role, UserRow.active)):
        result.checked["users"] += 1
        present.add(username)
        entry = ledger.users.get(f"user:{username}")
        if entry is None:
            result.problems.append(f"user {username!r}: no custody entry recorded them (added in the database?)")
            continue
        compare(f"user {username!r}", entry, {"role": role, "active": bool(active)}, result)
    for subject, entry in ledger.users.items():
        if subject.removeprefix("user:") not in present:
            result.problems.append(f"user {subject.removeprefix('user:')!r} is missing from the database: "
                                   f"custody entry {entry.index} recorded them")


def check_evidence(session: Session, store: Store, ledger: Ledger, result: Verification) -> None:
    vault = vault_of(store)
    known: dict[int, str] = {}
    for row in session.scalars(select(EvidenceRow).order_by(EvidenceRow.id)):
        result.checked["evidence files"] += 1
        where = f"evidence {row.id} ({row.filename})"
        known[row.id] = row.content_hash
        path = vault.path_for(row.content_hash)
        if not path.is_file():
            result.problems.append(f"{where}: its original {row.content_hash} is missing from the vault "
                                   f"({path})")
        else:
            actual, size = hash_file(path)
            if actual != row.content_hash:
                result.problems.append(f"{where}: the vault file {path} hashes to {actual}, not "
                                       f"{row.content_hash}: the original was altered")
            elif size != row.size:
                result.problems.append(f"{where}: {size} bytes in the vault, {row.size} in its row")
        entry = _anchor(ledger, row.content_hash, "evidence.add", "evidence_id", row.id)
        if entry is None:
            result.problems.append(f"{where}: no evidence.add entry in the custody log for "
                                   f"{row.content_hash}")
        else:
            compare(where, entry, added_details(row), result)
    links = {(e, i) for e, i in session.execute(select(EvidenceIncidentRow.evidence_id,
                                                       EvidenceIncidentRow.incident_id))}
    for evidence_id, incident_id in sorted(links):
        subject = known.get(evidence_id, "")
        if not any(e.action == "evidence.link" and e.details.get("evidence_id") == evidence_id
                   and ledger.successor(e.details.get("incident_id", -1)) == incident_id
                   for e in ledger.anchors.get(subject, ())):
            result.problems.append(f"evidence {evidence_id}: its link to incident {incident_id} has no "
                                   "evidence.link entry in the custody log")
    _check_logged_evidence(ledger, known, links, vault, result)
    for content_hash, _path in vault.objects():
        if content_hash not in known.values():
            result.notes.append(f"vault object {content_hash} has no evidence row (an add interrupted "
                                "before it committed); it is complete and harmless")
    for part, running in vault.partials():
        result.notes.append(f"{part}: a partial copy " + ("being written by a running process" if running else
                            "left by an add that was killed; the next `warcrimes evidence add` removes it"))


def _check_logged_evidence(ledger: Ledger, known: dict[int, str], links: set[tuple[int, int]], vault: Any,
                           result: Verification) -> None:
    """Every evidence row, vault object and link an entry recorded is still there."""
    for subject, entries in ledger.anchors.items():
        for entry in entries:
            evidence_id = entry.details.get("evidence_id", -1)
            if entry.action == "evidence.add" and known.get(evidence_id) != subject:
                kept = "is still in the vault" if vault.has(subject) else "is gone from the vault too"
                result.problems.append(f"evidence {evidence_id} ({entry.details.get('filename')}, {subject}) is "
                                       f"missing from the database: evidence.add entry {entry.index} recorded it; "
                                       f"its original {kept}")
            elif entry.action == "evidence.link" and known.get(evidence_id) == subject:
                incident_id = ledger.successor(entry.details.get("incident_id", -1))
                if (evidence_id, incident_id) not in links:
                    result.problems.append(f"evidence {evidence_id}: its link to incident {incident_id} is missing "
                                           f"from the database: evidence.link entry {entry.index} recorded it")


def compare(where: str, entry: Entry, row_values: dict[str, Any], result: Verification) -> None:
    for name, value in row_values.items():
        logged = entry.details.get(name)
        value = _jsonable(value)
        if type(value) is type(logged) and value == logged:  # the common case, without serialising
            continue
        if canonical_json(value) != canonical_json(logged):
            result.problems.append(f"{where}: {name} is {value!r} in the database but "
                                   f"{logged!r} in custody entry {entry.index}: the row was edited")


def _jsonable(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value
