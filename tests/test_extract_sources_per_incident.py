"""Sources per incident: an earlier event told in the background, citing no one, is not given the
report's first source (the source spoke of the event the report is about)."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 3, 14)


def incidents(text: str) -> list[dict]:
    return extract(text, PUBLISHED).to_contract()["incidents"]


@pytest.mark.parametrize("text", [
    "A Russian drone struck a bus in Kherson on March 13, killing one passenger, the regional police said. "
    "On February 2, a drone attack in Kherson killed two women.",
    "Prosecutors said a guided bomb killed three people in Sumy on Thursday. "
    "Last month, four residents of Sumy were killed by a missile on February 20.",
    "According to Governor Oleksandr Prokudin, shelling of Kherson killed a man on March 12. "
    "In January, a shell hit a market in Kherson on January 9, killing five shoppers.",
])
def test_a_background_event_citing_nobody_has_no_source(text):
    found = incidents(text)
    assert len(found) == 2, found
    assert found[0]["reported_by"]
    assert found[1]["reported_by"] == []


def test_the_event_the_report_is_about_keeps_the_source_cited_before_it():
    text = ("The regional police reported new strikes. "
            "A Russian drone struck a bus in Kherson on March 13, killing one passenger.")
    [incident] = incidents(text)
    assert incident["reported_by"] == ["National Police"]


def test_a_background_event_with_its_own_source_keeps_it():
    text = ("A Russian drone struck a bus in Kherson on March 13, killing one passenger, the regional police said. "
            "On February 2, a drone attack in Kherson killed two women, the governor said at the time.")
    found = incidents(text)
    assert len(found) == 2
    assert found[1]["reported_by"]


@pytest.mark.parametrize(("text", "source"), [
    ("According to the National Police, shelling of Kherson killed a man on March 12.", "National Police"),
    ("According to Governor Oleksandr Prokudin, a drone killed a cyclist in Kherson on March 12.",
     "Oleksandr Prokudin"),
    ("According to the Security Service of Ukraine, Russian soldiers shot two prisoners near Bakhmut on March 3.",
     "Security Service of Ukraine"),
])
def test_a_body_named_after_according_to_is_the_source_even_before_the_act(text, source):
    [incident] = incidents(text)
    assert source in incident["reported_by"]


def test_the_side_that_acted_is_not_a_source_though_a_citation_opens_the_sentence():
    text = ("According to a report released in May by monitors of the United Nations, soldiers of the "
            "Russian Armed Forces shot two prisoners near Bakhmut on March 3.")
    [incident] = incidents(text)
    assert not any("Armed Forces" in name for name in incident["reported_by"])


@pytest.mark.parametrize("reaction", [
    "Foreign ministry spokesman Heorhii Tykhyi condemned the attack.",
    '"The fate of civilians held by Russia demands an immediate international response," spokesman Heorhii '
    "Tykhyi said.",
    "The world must respond, foreign ministry spokesman Heorhii Tykhyi said.",
])
def test_who_reacts_to_an_allegation_is_not_its_source(reaction):
    lead = "A Russian drone struck a bus in Kherson on March 13, killing one passenger, the regional police said. "
    text = lead + reaction
    [incident] = incidents(text)
    assert not any("Tykhyi" in name for name in incident["reported_by"]), incident["reported_by"]


def test_a_speaker_telling_the_harm_beside_a_call_for_care_is_a_source():
    text = ("A Russian drone struck a bus in Kherson on March 13. Two passengers were wounded and need urgent medical "
            "attention, spokesman Heorhii Tykhyi said.")
    [incident] = incidents(text)
    assert any("Tykhyi" in name for name in incident["reported_by"]), incident["reported_by"]
