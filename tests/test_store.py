"""The store: migrations match the models, filters work on both backends, one transaction per report."""

from __future__ import annotations

import datetime as dt

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Victims
from warcrimes.domain.hashing import content_hash
from warcrimes.domain.records import ExtractedIncident, Extraction, NewReport, Provenance
from warcrimes.queries.incidents import list_incidents
from warcrimes.services.reports import add_report
from warcrimes.store import IncidentFilter, Store
from warcrimes.store.overview import NEWEST_FIRST_INDEX
from warcrimes.store.schema import Base
from warcrimes.store.search import INDEX_PREFIX


def new_report(text: str, published: dt.date = dt.date(2024, 2, 25)) -> NewReport:
    original = text.encode()
    return NewReport(content_hash(original), original, text, "text/plain", published,
                     publisher="Example Wire", url="https://example.org/a")


def incident(label: str, admin1: str, day: dt.date, place: str = "Robotyne") -> ExtractedIncident:
    facts = IncidentFacts(violations=(label,), date=DateInterval(day, day),
                          location=Location(place, admin1, "UA", 47.44, 35.84),
                          victims=Victims("pow", 3, 3), span=(0, 20))
    return ExtractedIncident(facts, (Provenance("location", 5, 13, "gazetteer"),))


def test_migrations_create_exactly_the_tables_the_models_declare(store: Store) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": _not_search_index})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def _not_search_index(name: str | None, type_: str, parent_names: object) -> bool:
    """The full-text index (store/search.py, migration 0005) is the database's, not a model's."""
    return not (name or "").startswith(INDEX_PREFIX) and name != NEWEST_FIRST_INDEX


def test_a_report_with_two_incidents_is_stored_in_one_go(store: Store) -> None:
    extraction = Extraction((incident("killing_hors_de_combat", "Zaporizhzhia Oblast", dt.date(2024, 2, 18)),
                             incident("attack_on_civilians", "Donetsk Oblast", dt.date(2024, 2, 20), "Avdiivka")),
                            extractor_version="test/1")
    outcome = add_report(store, new_report("Three POWs were killed near Robotyne."), extraction, actor="system")
    assert not outcome.duplicate and outcome.accounts == 2 and len(outcome.incidents) == 2
    found = list_incidents(store)
    assert {i.facts.location.name for i in found} == {"Robotyne", "Avdiivka"}
    account = found[0].accounts[0]
    assert account.report_publisher == "Example Wire" and account.extractor_version == "test/1"
    assert account.provenance[0].rule == "gazetteer"


def test_incidents_filter_by_violation_oblast_since_and_status(store: Store) -> None:
    extraction = Extraction((incident("killing_hors_de_combat", "Zaporizhzhia Oblast", dt.date(2024, 2, 18)),
                             incident("attack_on_civilians", "Donetsk Oblast", dt.date(2023, 5, 1), "Avdiivka")))
    add_report(store, new_report("two incidents"), extraction, actor="system")
    assert [i.facts.location.name for i in list_incidents(store, IncidentFilter(violation="attack_on_civilians"))] \
        == ["Avdiivka"]
    assert [i.facts.location.name for i in list_incidents(store, IncidentFilter(oblast="Zaporizhzhia"))] \
        == ["Robotyne"]
    assert [i.facts.location.name for i in list_incidents(store, IncidentFilter(since=dt.date(2024, 1, 1)))] \
        == ["Robotyne"]
    assert len(list_incidents(store, IncidentFilter(status="proposed"))) == 2
    assert list_incidents(store, IncidentFilter(status="confirmed")) == []


def test_a_duplicate_report_changes_nothing(store: Store) -> None:
    first = add_report(store, new_report("same text"), Extraction(), actor="system")
    second = add_report(store, new_report("same text"), Extraction((incident("other", "Kyiv", dt.date(2024, 1, 1)),)),
                        actor="system")
    assert second.duplicate and second.report_id == first.report_id
    assert list_incidents(store) == []
