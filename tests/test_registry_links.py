"""A victim named in an incident's report proposes a link to a registry person; an analyst decides."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Victims
from warcrimes.domain.records import ExtractedIncident, Extraction, NewReport
from warcrimes.errors import AccessDenied
from warcrimes.registry.mentions import name_windows, readings
from warcrimes.services.registry_import import column_mapping, import_list
from warcrimes.services.registry_links import decide_incident_link, propose_incident_links
from warcrimes.services.registry_views import view_person
from warcrimes.services.reports import add_report
from warcrimes.services.users import add_user
from warcrimes.store import Store

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
def test_a_named_victim_in_any_spelling_proposes_the_person(filled: Store, text: str) -> None:
    incident = incident_from(filled, text)
    found = propose_incident_links(filled, incident, actor="linker")
    assert len(found) == 1 and found[0].score >= 0.78
    assert "given_name" in " ".join(found[0].reasons)
    assert propose_incident_links(filled, incident, actor="linker") == []  # proposed once


def test_a_namesake_with_another_given_name_is_not_proposed(filled: Store) -> None:
    incident = incident_from(filled, "Oleh Bondarenko, a medic, was wounded by shelling in the village.")
    assert propose_incident_links(filled, incident, actor="linker") == []


def test_only_an_analyst_accepts_and_the_record_shows_the_incident(filled: Store) -> None:
    incident = incident_from(filled, "Serhii Bondarenko was taken from his home in Vasylivka.")
    [link] = propose_incident_links(filled, incident, actor="linker")
    with pytest.raises(AccessDenied):
        decide_incident_link(filled, link.link_id, True, actor="linker")
    add_user(filled, "olena", "a long password here", "analyst", actor="admin")
    person = decide_incident_link(filled, link.link_id, True, actor="olena")
    record = view_person(filled, person, actor="olena")
    assert record.incident_links == ((link.link_id, incident, link.score, "accepted"),)


def test_name_windows_are_runs_of_capitalised_words_broken_by_punctuation() -> None:
    windows = name_windows("On Monday, Ihor Vasylovych Bondarenko and Oksana Lytvyn. Kyiv said nothing")
    assert ("Ihor", "Vasylovych", "Bondarenko") in windows and ("Oksana", "Lytvyn") in windows
    assert ("On", "Monday") in windows and ("Monday", "Ihor") not in windows
    assert ("Lytvyn", "Kyiv") not in windows
    assert len(readings(("Ihor", "Vasylovych", "Bondarenko"))) == 2
    assert name_windows("x" * 10_000 + " ") == []
