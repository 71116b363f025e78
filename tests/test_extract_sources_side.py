"""Whose forces a report accuses: Russian-side allegations accuse Ukraine's, and the accused is not a source."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import PLACES, FakeGazetteer, FakePlace, document
from warcrimes.extract import extract
from warcrimes.extract.steps import places
from warcrimes.extract.steps.parties import agent_role

ABROAD = [
    FakePlace(101, "Shebekino", "settlement", "Belgorod Oblast", country="RU", population=40000),
    FakePlace(102, "Sudzha", "settlement", "Kursk Oblast", country="RU", population=6000),
    FakePlace(103, "Donetsk", "settlement", "Donetsk Oblast", population=900000),
    FakePlace(104, "Krynky", "settlement", "Kherson Oblast", population=1000),
]


class BorderGazetteer(FakeGazetteer):
    def surface_forms(self):
        return [(p.name.lower(), p.id) for p in PLACES + ABROAD]

    def by_id(self, place_id):
        return next((p for p in PLACES + ABROAD if p.id == place_id), None)


@pytest.fixture(autouse=True)
def border_gazetteer(monkeypatch):
    monkeypatch.setattr(places, "_gazetteer", lambda: BorderGazetteer())


def incidents(text: str) -> list[dict]:
    return extract(text, dt.date(2024, 5, 14)).to_contract()["incidents"]


def role(text: str, party: str) -> str:
    start = text.lower().index(party)
    return agent_role(document(text), start, start + len(party))


def test_side_accused_by_an_official_is_the_agent():
    assert role("Pushilin accused the Kyiv regime of shelling a market.", "kyiv regime") == "agent"


def test_soldiers_who_beat_captives_are_the_agent():
    assert role("Ukrainian soldiers beat the captured men.", "ukrainian soldiers") == "agent"


def test_moscow_dateline_report_of_shelling_accuses_ukraine():
    text = (
        "MOSCOW, May 13 - Shelling hit a market in Donetsk on Monday, killing five civilians, "
        "the head of the city said."
    )
    [incident] = incidents(text)
    assert incident["perpetrator"]["party"] == "UA"


def test_occupation_official_telling_of_a_strike_accuses_ukraine():
    text = (
        "A drone hit a bus in Donetsk on Monday, killing two people, Denis Pushilin, the Russian-installed head, said."
    )
    [incident] = incidents(text)
    assert incident["perpetrator"]["party"] == "UA"


def test_ukrainian_report_of_shelling_still_accuses_russia():
    text = (
        "Shelling hit a market in Kherson on Monday, killing five civilians, Governor Oleksandr Prokudin said, "
        "as Russia pressed its offensive."
    )
    [incident] = incidents(text)
    assert incident["perpetrator"]["party"] == "RU"


def test_russian_body_trying_ukrainian_prisoners_is_still_russias_doing():
    text = (
        "Russia's Investigative Committee has charged Ukrainian prisoners of war, and on March 3 a court in "
        "Donetsk sentenced 12 Ukrainian prisoners to long terms in a sham trial, the ombudsman said."
    )
    found = incidents(text)
    assert found and all(i["perpetrator"]["party"] == "RU" for i in found)


def test_heading_author_is_cited_beside_a_body_named_in_the_post():
    text = (
        "Oleksandr Prokudin, head of the Kherson Regional Military Administration:\n\n"
        "Russian troops shelled Kherson on May 12, killing a man, the police reported."
    )
    [incident] = incidents(text)
    assert "Oleksandr Prokudin" in incident["reported_by"] and "National Police" in incident["reported_by"]


def test_kremlin_denial_quoted_late_does_not_turn_the_allegation():
    text = (
        "A missile hit an apartment block in Kherson on May 12, killing five civilians, Governor Oleksandr "
        "Prokudin said. Rescuers worked through the night to clear the rubble and reach people trapped "
        "under it, and the city declared a day of mourning for the victims. Hospitals in the region asked "
        "residents to donate blood. Schools and kindergartens stayed closed for the rest of the week while "
        "engineers inspected the damaged buildings nearby.\n\n"
        "Kremlin spokesman Dmitry Peskov said the Russian military does not target civilians."
    )
    [incident] = incidents(text)
    assert incident["perpetrator"]["party"] == "RU"


def test_the_enemy_in_a_report_told_from_moscow_is_ukraine():
    text = "MOSCOW, May 13 - The enemy shelled a market in Donetsk on Monday, killing five civilians."
    [incident] = incidents(text)
    assert incident["perpetrator"]["party"] == "UA"


def test_the_enemy_in_a_ukrainian_governors_post_is_russia():
    text = "The enemy shelled a market in Kherson on Monday, killing five civilians, Governor Oleksandr Prokudin said."
    [incident] = incidents(text)
    assert incident["perpetrator"]["party"] == "RU"


@pytest.mark.parametrize(("text", "party"), [
    ("The wounded woman was helped by Ukrainian soldiers who reached the car.", "ukrainian soldiers"),
    ("Two children were rescued by Russian servicemen from the rubble.", "russian servicemen"),
    ("Residents were later evacuated by the Ukrainian military.", "ukrainian military"),
    ("He was given assistance by Ukrainian troops at the scene.", "ukrainian troops"),
])
def test_a_side_that_aided_the_victims_is_no_agent(text, party):
    assert role(text, party) != "agent"


@pytest.mark.parametrize(("text", "party"), [
    ("The wounded woman was shot by Ukrainian soldiers who reached the car.", "ukrainian soldiers"),
    ("The detainees were ill-treated by Russian guards.", "russian guards"),
])
def test_a_side_named_after_by_a_deed_of_harm_stays_the_agent(text, party):
    assert role(text, party) == "agent"


def test_soldiers_who_helped_the_injured_do_not_become_the_accused():
    text = ("Russian troops opened fire on a car in Pokrovsk on Monday. One passenger was injured and was helped "
            "by Ukrainian soldiers who came afterwards, police said.")
    assert [i["perpetrator"]["party"] for i in incidents(text)] == ["RU"]
