"""A victim named in an incident's report proposes a link to a registry person (when the report is ingested,
or on demand); an analyst decides."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import select

from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Victims
from warcrimes.domain.records import ExtractedIncident, Extraction, NewReport
from warcrimes.errors import AccessDenied, NotFoundError
from warcrimes.queries.registry import incident_links
from warcrimes.registry.mentions import name_windows, readings
from warcrimes.services.registry_import import column_mapping, import_list
from warcrimes.services.registry_links import decide_incident_link, propose_incident_links
from warcrimes.services.registry_views import view_person
from warcrimes.services.reports import add_report
from warcrimes.services.users import add_user
from warcrimes.store import Store
from warcrimes.store.schema import CustodyEntryRow

HEADER = "family_name,given_name,patronymic,birth_date,category,status,status_date,source"
ROWS = ["Бондаренко,Ігор,Васильович,05.05.1990,military,held,2022-05-01,list E",
        "Бондаренко,Сергій,Петрович,1970,civilian,missing,2022-03,appeal 3"]


def incident_from(store: Store, text: str) -> int:
    original = text.encode()
    day = dt.date(2024, 3, 1)
    facts = IncidentFacts(violations=("killing_hors_de_combat",), date=DateInterval(day, day),
                          location=Location("Robotyne", "Zaporizhzhia Oblast", "UA", 47.44, 35.84),
                          victims=Victims("pow", 1, 1), span=(0, len(text)))
    done = add_report(store, NewReport("SHA-256:" + hashlib.sha256(original).hexdigest(), original, text,
                                       "text/plain", day, publisher="Test Wire"),
                      Extraction(incidents=(ExtractedIncident(facts),), extractor_version="test-1"), actor="system")
    return done.incidents[0]


@pytest.fixture
def filled(store: Store) -> Store:
    raw = ("\n".join([HEADER, *ROWS]) + "\n").encode()
    import_list(store, "list.csv", raw, column_mapping(), actor="clerk", apply=True, today=dt.date(2024, 6, 1))
    return store


@pytest.mark.parametrize("text", [
    "Soldier Ihor Bondarenko, 34, was shot after he surrendered near Robotyne.",
    "Військовополоненого Ігоря Бондаренка розстріляли біля Роботиного.",
    "Бондаренко Игорь Васильевич был убит после того, как сдался в плен.",
    "The body of Igor Bondarenko was identified by his family.",
])
def test_ingesting_a_report_that_names_a_victim_in_any_spelling_proposes_the_person(filled: Store, text: str) -> None:
    incident = incident_from(filled, text)
    [link] = incident_links(filled, incident)
    assert link.state == "proposed" and link.score >= 0.78 and link.decided_by is None
    assert "given_name" in " ".join(link.reasons)
    assert propose_incident_links(filled, incident, actor="linker") == []  # proposed once
    with filled.transaction() as session:
        [entry] = session.scalars(select(CustodyEntryRow).where(CustodyEntryRow.action == "registry.link.proposed"))
    assert entry.actor == "linker" and entry.details["ingested_by"] == "system"
    assert entry.details["links"] == [[link.link_id, link.person_id, link.score]]


def test_a_proposal_made_at_ingest_is_never_accepted_by_itself(filled: Store) -> None:
    incident = incident_from(filled, "Ihor Bondarenko was seen alive in a video from the colony.")
    [link] = incident_links(filled, incident)
    add_user(filled, "olena", "a long password here", "analyst", actor="admin")
    record = view_person(filled, link.person_id, actor="olena")
    assert record.incident_links == ((link.link_id, incident, link.score, "proposed"),)


def test_an_installation_without_registry_persons_ingests_without_making_registry_keys(store: Store) -> None:
    incident = incident_from(store, "Soldier Ihor Bondarenko was shot after he surrendered.")
    assert incident_links(store, incident) == []
    assert not (store.settings.home / "keys" / "registry-fields.json").exists()


def test_a_person_imported_after_the_report_is_proposed_on_demand(store: Store) -> None:
    incident = incident_from(store, "Serhii Bondarenko was taken from his home in Vasylivka.")
    raw = ("\n".join([HEADER, *ROWS]) + "\n").encode()
    import_list(store, "list.csv", raw, column_mapping(), actor="clerk", apply=True, today=dt.date(2024, 6, 1))
    [found] = propose_incident_links(store, incident, actor="olena")
    assert [link.link_id for link in incident_links(store, incident)] == [found.link_id]


def test_a_namesake_with_another_given_name_is_not_proposed(filled: Store) -> None:
    incident = incident_from(filled, "Oleh Bondarenko, a medic, was wounded by shelling in the village.")
    assert incident_links(filled, incident) == []
    assert propose_incident_links(filled, incident, actor="linker") == []


def test_only_an_analyst_accepts_and_the_record_shows_the_incident(filled: Store) -> None:
    incident = incident_from(filled, "Serhii Bondarenko was taken from his home in Vasylivka.")
    [link] = incident_links(filled, incident)
    with pytest.raises(AccessDenied):
        decide_incident_link(filled, link.link_id, True, actor="linker")
    add_user(filled, "olena", "a long password here", "analyst", actor="admin")
    with pytest.raises(NotFoundError):
        decide_incident_link(filled, link.link_id, True, actor="olena", incident_id=incident + 1)
    person = decide_incident_link(filled, link.link_id, True, actor="olena", incident_id=incident)
    record = view_person(filled, person, actor="olena")
    assert record.incident_links == ((link.link_id, incident, link.score, "accepted"),)


def test_name_windows_are_runs_of_capitalised_words_broken_by_punctuation() -> None:
    windows = name_windows("On Monday, Ihor Vasylovych Bondarenko and Oksana Lytvyn. Kyiv said nothing")
    assert ("Ihor", "Vasylovych", "Bondarenko") in windows and ("Oksana", "Lytvyn") in windows
    assert ("On", "Monday") in windows and ("Monday", "Ihor") not in windows
    assert ("Lytvyn", "Kyiv") not in windows
    assert len(readings(("Ihor", "Vasylovych", "Bondarenko"))) == 2
    assert name_windows("x" * 10_000 + " ") == []
