"""Small builders shared by the corroboration tests: facts of one telling, and ingesting a report."""

from __future__ import annotations

import datetime as dt

from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Perpetrator, Victims
from warcrimes.domain.hashing import content_hash
from warcrimes.domain.records import ExtractedIncident, Extraction, NewReport
from warcrimes.services.reports import IngestOutcome, add_report
from warcrimes.store import Store

DAY = dt.date(2024, 3, 4)
ROBOTYNE = Location("Robotyne", "Zaporizhzhia Oblast", "UA", 47.4456, 35.8384)


def facts(day: dt.date = DAY, place: Location = ROBOTYNE, low: int | None = 3, high: int | None = 3,
          by: str = "Ukraine's Ombudsman", label: str = "killing_hors_de_combat") -> IncidentFacts:
    return IncidentFacts((label,), DateInterval(day, day), None, place, Victims("pow", low, high),
                         Perpetrator("RU"), (by,))


def vague_facts() -> IncidentFacts:
    """A telling with a region but no place, date or count: never enough to join on its own."""
    return IncidentFacts(("killing_hors_de_combat",), None, None, Location(None, "Zaporizhzhia Oblast", "UA"),
                         Victims("pow", None, None), Perpetrator("RU"), ("Someone",))


def ingest(store: Store, text: str, *told: IncidentFacts, publisher: str = "Kyiv Chronicle",
           published: dt.date = DAY) -> IngestOutcome:
    """Store a report telling `told`; each cited party the text does not name yet is given the word in
    it ("X said."), as a real report would, so that corroboration can read its role."""
    cited = [name for f in told for name in f.reported_by if name.casefold() not in text.casefold()]
    text = " ".join([text, *(f"{name} said." for name in dict.fromkeys(cited))])
    original = text.encode()
    return add_report(store, NewReport(content_hash(original), original, text, "text/plain", published,
                                      publisher=publisher),
                            Extraction(tuple(ExtractedIncident(f) for f in told)), actor="system")
