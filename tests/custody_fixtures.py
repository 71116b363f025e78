"""Helpers shared by the custody tests: a store with one incident, its report and one evidence file."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from warcrimes.domain.facts import IncidentFacts, Location
from warcrimes.domain.records import ExtractedIncident, Extraction, NewReport
from warcrimes.services.evidence import EvidenceSource, add_evidence
from warcrimes.services.reports import add_report
from warcrimes.store import Store

REPORT_TEXT = ("Regional police said a shell hit the bus stop in Vovchansk on the morning of 12 March, "
               "killing two residents waiting for the bus.\n")


def new_report(text: str = REPORT_TEXT, publisher: str = "Regional police") -> NewReport:
    original = text.encode("utf-8")
    return NewReport("SHA-256:" + hashlib.sha256(original).hexdigest(), original, text, "text/plain",
                     dt.date(2024, 3, 12), publisher=publisher, filename="police-statement.txt")


def one_incident() -> Extraction:
    facts = IncidentFacts(violations=("attack_on_civilians",), location=Location(name="Vovchansk"))
    return Extraction(incidents=(ExtractedIncident(facts),), extractor_version="test/1")


def seeded(store: Store, tmp_path: Path) -> tuple[int, Path]:
    """Store one report with one incident and one evidence file linked to it; return (incident id, file)."""
    outcome = add_report(store, new_report(), one_incident(), actor="system")
    photo = tmp_path / "bus-stop.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40)
    add_evidence(store, photo, EvidenceSource(incident_id=outcome.incidents[0], captured_by="field team 2",
                                              source_url="https://example.org/upload/17"), actor="system")
    return outcome.incidents[0], photo
