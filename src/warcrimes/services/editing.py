"""An analyst corrects an incident's fields, or creates an incident by hand from a report passage.

Each is one unit of work: the change, a history line naming every field with its value before and
after and the reason, and its custody entry. Corrections are laid over the accounts' summary
(corroborate/edits.py), so they outlive later joins; the accounts keep what the reports said.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from warcrimes.corroborate.edits import field_value
from warcrimes.corroborate.refresh import refresh_incident
from warcrimes.domain.facts import IncidentFacts
from warcrimes.domain.records import Incident
from warcrimes.errors import BadInputError
from warcrimes.services.edit_fields import read_fields
from warcrimes.services.review import check_version, current_state, reason_text
from warcrimes.services.unit import unit_of_work
from warcrimes.store import Store, reads, writes
from warcrimes.store.schema import AccountRow, IncidentLinkRow, utcnow

#: The extractor version an account made by hand carries: the person, not the software, read it.
BY_HAND = "analyst"


def edit_incident(store: Store, incident_id: int, raw: Mapping[str, str], *, reason: str, actor: str,
                  version: int | None = None) -> Incident:
    """Set the fields `raw` changes (keys of services/edit_fields.py); nothing changed is an error,
    and so is a change made on a version someone else has changed since."""
    why = reason_text(reason, required="editing an incident")
    with unit_of_work(store, actor) as work:
        row = reads.require_incident(work.session, incident_id)
        check_version(work, row, version)
        current = IncidentFacts.from_contract(row.facts)
        changes = read_fields(raw, current)
        if not changes:
            raise BadInputError(f"nothing to change: every field given already reads so on incident {incident_id}")
        edits = {**(row.facts.get("edits") or {}), **changes}
        row.facts = {**row.facts, "edits": edits}
        refresh_incident(work.session, row)
        work.note(incident_id, "edited", {
            "fields": {f: {"from": field_value(current, f), "to": v} for f, v in changes.items()},
            "reason": why})
        return current_state(work, incident_id)


def create_incident(store: Store, report_id: int, start: int, end: int, raw: Mapping[str, str], *,
                    reason: str, actor: str, passage: str | None = None) -> Incident:
    """A new incident told by the passage text[start:end] of a report, with the fields the analyst
    read in it; the passage becomes an account of its own (marked as made by hand). `passage`, the
    words the analyst selected, must be those characters (a check that the offsets were not shifted)."""
    why = reason_text(reason, required="creating an incident by hand")
    with unit_of_work(store, actor) as work:
        session = work.session
        report = reads.report_row(session, report_id)
        if not 0 <= start < end <= len(report.text) or not report.text[start:end].strip():
            raise BadInputError(f"characters {start} to {end} are not a passage of report {report_id} "
                                f"(its text has {len(report.text):,} characters); select the words again")
        if passage is not None and " ".join(passage.split()) != " ".join(report.text[start:end].split()):
            raise BadInputError(f"the words selected are not characters {start} to {end} of report {report_id}; "
                                "select the passage again")
        told = read_fields(raw, IncidentFacts())
        facts: dict[str, Any] = {**IncidentFacts(span=(start, end)).to_contract(), **told,
                                 "reported_on": report.published.isoformat(), "span": [start, end]}
        incident = writes.open_incident(session)
        account = AccountRow(report_id=report_id, incident_id=incident.id, facts=facts,
                             provenance=[{"field": "passage", "start": start, "end": end, "rule": "analyst.selected"}],
                             extractor_version=BY_HAND, created_at=utcnow())
        session.add(account)
        session.flush()
        session.add(IncidentLinkRow(account_id=account.id, incident_id=incident.id, method="analyst",
                                    confidence=1.0, why={"by_hand": True}))
        refresh_incident(session, incident)
        work.note(incident.id, "created_by_hand", {"report_id": report_id, "account_id": account.id,
                                                   "span": [start, end], "fields": sorted(told), "reason": why})
        return current_state(work, incident.id)
