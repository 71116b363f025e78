"""A body that passes on another's word ("prosecutors said, citing the regional police") is recorded as a
relay, so corroboration can count the original source once."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.domain.facts import IncidentFacts
from warcrimes.extract import extract

PUBLISHED = dt.date(2024, 12, 5)


def relays(text: str) -> list[dict]:
    incidents = extract(text, PUBLISHED).to_contract()["incidents"]
    assert len(incidents) == 1, incidents
    return incidents[0].get("relays", [])


@pytest.mark.parametrize("text", [
    "Russian troops shot two civilians in Kupiansk on Monday, the Prosecutor General's Office said, citing the "
    "National Police.",
    "According to the ombudsman, quoting the National Police, soldiers killed three men in Izium on Monday.",
    "The ombudsman wrote, with reference to the National Police, that troops shot a man in Izium on Monday.",
])
def test_a_source_passed_on_by_another_body_is_recorded_as_relayed(text):
    found = relays(text)
    assert found and found[0]["source"] == "National Police"


def test_the_relayed_source_is_found_by_tokens_whatever_the_length_of_its_words():
    text = ("Troops shot a man in Izium on Monday, the ombudsman said, citing the Kharkiv Regional Military "
            "Administration's Department of Internal Investigations.")
    found = relays(text)
    assert found and found[0]["source"].startswith("Kharkiv Regional Military Administration")


def test_one_body_speaking_for_itself_relays_no_one():
    assert relays("Prosecutors said Russian troops shot two civilians in Kupiansk on Monday.") == []


def test_relays_survive_a_round_trip_through_the_contract():
    facts = IncidentFacts(relays=(("National Police", "ombudsman"),))
    assert IncidentFacts.from_contract(facts.to_contract()).relays == facts.relays


@pytest.mark.parametrize("text", [
    "Russian troops shot two civilians in Kupiansk on Monday, the National Police said, as quoted by Ukrinform.",
    "Russian troops shot two civilians in Kupiansk on Monday, the National Police said, as cited by Ukrinform.",
    "Soldiers killed three men in Izium on Monday, the National Police reported, quoted by Ukrinform.",
])
def test_a_source_quoted_by_an_agency_is_the_source_and_the_agency_its_relay(text):
    found = relays(text)
    assert found and found[0] == {"source": "National Police", "via": "Ukrinform"}, found


@pytest.mark.parametrize("text", [
    "Russian troops shot two civilians in Kupiansk on Monday, Ukrinform reported, citing the National Police.",
    "Russian troops shot two civilians in Kupiansk on Monday, the National Police said, as quoted by Ukrinform.",
])
def test_a_relaying_body_is_not_listed_as_the_source(text):
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    assert incident["reported_by"] == ["National Police"], incident["reported_by"]


def test_an_agency_that_reports_on_its_own_stays_the_source():
    [incident] = extract("Russian troops shot two civilians in Kupiansk on Monday, Ukrinform reported.",
                         PUBLISHED).to_contract()["incidents"]
    assert incident["reported_by"] == ["Ukrinform"]
