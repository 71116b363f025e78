"""A tiny hand-written gazetteer and document builder for extraction tests (no shipped data needed)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from warcrimes.domain.facts import Victims
from warcrimes.extract import extract
from warcrimes.extract.engine.document import Document
from warcrimes.extract.steps.segment import sentence_spans


@dataclass(frozen=True)
class FakePlace:
    id: int
    name: str
    kind: str
    admin1: str | None
    admin2: str | None = None
    country: str = "UA"
    lat: float | None = None
    lon: float | None = None
    population: int | None = None


PLACES = [
    FakePlace(1, "Stepove", "settlement", "Donetsk Oblast", "Pokrovsk Raion", population=300),
    FakePlace(2, "Stepove", "settlement", "Zaporizhzhia Oblast", "Polohy Raion", population=900),
    FakePlace(3, "Stepove", "settlement", "Mykolaiv Oblast", "Mykolaiv Raion", population=1200),
    FakePlace(4, "Bakhmut", "settlement", "Donetsk Oblast", "Bakhmut Raion", lat=48.6, lon=38.0, population=70000),
    FakePlace(5, "Avdiivka", "settlement", "Donetsk Oblast", "Pokrovsk Raion", population=30000),
    FakePlace(6, "Kherson", "settlement", "Kherson Oblast", "Kherson Raion", population=280000),
    FakePlace(7, "Kyiv", "settlement", "Kyiv", None, population=2900000),
    FakePlace(8, "Pokrovsk", "settlement", "Donetsk Oblast", "Pokrovsk Raion", population=60000),
    FakePlace(9, "Huliaipole", "settlement", "Zaporizhzhia Oblast", "Polohy Raion", population=13000),
    FakePlace(10, "Orikhiv", "settlement", "Zaporizhzhia Oblast", "Polohy Raion", population=14000),
    FakePlace(11, "Fedorivka", "settlement", "Kharkiv Oblast", "Izium Raion", population=500),
    FakePlace(12, "Izium", "settlement", "Kharkiv Oblast", "Izium Raion", population=45000),
    FakePlace(13, "Sumy", "settlement", "Sumy Oblast", "Sumy Raion", population=260000),
]


class FakeGazetteer:
    """Surface forms and lookups over PLACES, with the gazetteer's API."""

    def surface_forms(self):
        return [(p.name.lower(), p.id) for p in PLACES]

    def by_id(self, place_id):
        return next((p for p in PLACES if p.id == place_id), None)


def document(text: str, published: dt.date = dt.date(2024, 3, 1)) -> Document:
    """A segmented document, as the first step leaves it."""
    doc = Document(text=text, published=published)
    doc.sentences = sentence_spans(text)
    return doc


def incident_days(text: str, published: dt.date = dt.date(2025, 6, 18)) -> list[tuple[dt.date, dt.date] | None]:
    """Each extracted incident's first and last day (None when undated), in the report's order."""
    from warcrimes.extract import extract

    out: list[tuple[dt.date, dt.date] | None] = []
    for incident in extract(text, published).incidents:
        date = incident.facts.date
        out.append((date.start, date.end) if date else None)
    return out


def uk_ru_contract(text: str, published: dt.date) -> dict:
    """The contract object of a Ukrainian or Russian test text, read by its own rules (a one-line text is too
    short to identify its language reliably): Ukrainian when it has a letter Russian lacks."""
    from warcrimes.extract import extract

    language = "uk" if any(letter in text for letter in "іїєґ") else "ru"
    return extract(text, published, language).to_contract()


def uk_ru_only(text: str, published: dt.date) -> dict:
    """The one incident a Ukrainian or Russian test text must give, as a contract object."""
    [incident] = uk_ru_contract(text, published)["incidents"]
    return incident


def en_contract_incidents(text: str, published: dt.date) -> list[dict]:
    """The incidents of an English test text, as contract objects."""
    return extract(text, published, language="en").to_contract()["incidents"]


def incident_rows(text: str, published: dt.date) -> list[tuple[str, str | None, int | None]]:
    """Each English incident as (main violation, first day or None, victims' min): what segmentation tests compare."""
    return [
        (i.facts.violations[0], i.facts.date.start.isoformat() if i.facts.date else None, i.facts.victims.min)
        for i in extract(text, published, language="en").incidents
    ]


def first_victims(text: str, published: dt.date = dt.date(2025, 6, 18)) -> Victims:
    """The victims of a test text's first incident (the text must tell one): what victim tests compare."""
    told = [i.facts for i in extract(text, published).incidents]
    assert told, text
    return told[0].victims
