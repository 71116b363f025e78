"""Stage 20 (issue 8): what is one incident and its fields, from heldout_en12's list of error kinds. Every report
here is written for this file, three wordings or more per rule (other verbs, order, numbers, places), with
look-alikes that must not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 10, 14)  # a Tuesday


def _contract(text: str, published: dt.date = PUBLISHED) -> list[dict]:
    return extract(text, published, language="en").to_contract()["incidents"]


def _places(text: str, published: dt.date = PUBLISHED) -> list[str | None]:
    return [(i["location"] or {}).get("name") for i in _contract(text, published)]


# -- a wire's dateline with the country: the weekday of the story is not the dateline's day ----------------------

DATELINE_WITH_COUNTRY = [
    (
        "BOROVA, Ukraine, Oct 13 (Northline) - A guided bomb hit a grain store in Borova on Sunday, killing two "
        "workers, the regional governor said on Monday.",
        "2025-10-12",
    ),
    (
        "Izium, Ukraine, 13 October (Daily Wire) \u2014 Two pensioners died on Saturday when Russian shells struck "
        "their house in Izium, police said.",
        "2025-10-11",
    ),
    (
        "Sumy, Ukraine, October 13 \u2013 Russian troops fired on an evacuation car near Velyka Pysarivka on Friday, "
        "wounding three passengers, officials said.",
        "2025-10-10",
    ),
]


@pytest.mark.parametrize(("text", "day"), DATELINE_WITH_COUNTRY)
def test_a_weekday_in_a_wire_story_is_not_lost_to_a_dateline_naming_the_country(text, day):
    found = _contract(text)
    assert len(found) == 1
    assert found[0]["date"]["start"] == day


def test_a_city_and_country_opening_a_sentence_without_the_story_dash_is_no_dateline():
    text = "Kharkiv, Ukraine, 12 October, was the day a missile struck a school in Kharkiv, killing a guard."
    assert _contract(text)[0]["date"]["start"] == "2025-10-12"


# -- an editor's correction notice is no incident, and its wrong town places nothing ---------------------------------

STORY = (
    "\n\nLYPTSI, Ukraine, Oct 13 (Wire) - A Russian glide bomb hit a bakery in Lyptsi on Sunday, killing four "
    "civilians, the regional governor said."
)

CORRECTIONS = [
    "Correction: An earlier version of this story said seven people were killed in Vovchansk. Four were killed, "
    "in Lyptsi.",
    "(Corrects death toll in paragraph one to four from six, and village to Lyptsi from Tsyrkuny)",
    "CORRECTION: This article has been corrected to show that the bomb killed four people in Lyptsi, not five in "
    "Slatyne.",
    "Editor's note: a previous version of this report wrongly said six people died in Derhachi.",
]


@pytest.mark.parametrize("notice", CORRECTIONS)
def test_a_correction_notice_above_a_wire_story_is_no_incident(notice):
    found = _contract("Bomb hits bakery near Kharkiv\n\n" + notice + STORY)
    assert [(i["location"] or {}).get("name") for i in found] == ["Lyptsi"]
    assert found[0]["victims"]["min"] == 4


def test_an_earlier_strike_told_as_news_is_no_correction():
    text = (
        "A drone hit a bus in Vovchansk on Saturday, killing two men, police said. An earlier version of the "
        "attack, in May, killed five people in Lyptsi.\n\nCorrectional colonies in the region hold 400 prisoners."
    )
    assert "Vovchansk" in _places(text)
    assert "Lyptsi" in _places(text)  # no editor's notice: "version of the attack" takes nothing back


# -- a share of a period's toll is part of the statistic, not an incident at the next paragraph's town -------------

SHARES = [
    "Twelve of those killed were children.",
    "Of the dead, twelve were children.",
    "Twelve children were among the victims.",
    "Children made up twelve of the deaths.",
]


@pytest.mark.parametrize("share", SHARES)
def test_a_share_of_a_months_toll_is_no_incident_at_the_next_towns(share):
    text = (
        "Human rights update, September 2025\n\n"
        "3. In September, the mission recorded 176 civilians killed and 742 injured in Ukraine. " + share + "\n\n"
        "4. On 18 September, a missile hit a hostel in Kramatorsk, Donetsk Oblast, killing seven civilians."
    )
    report = extract(text, dt.date(2025, 10, 9), language="en").to_contract()
    assert [(i["location"]["name"], i["victims"]["min"]) for i in report["incidents"]] == [("Kramatorsk", 7)]
    assert 12 in [s["value"] for s in report["statistics"]]


def test_a_share_naming_its_own_town_and_day_stays_an_incident():
    text = (
        "Human rights update, September 2025\n\n"
        "In September, the mission recorded 176 civilians killed in Ukraine. Nine of the dead were killed on 4 "
        "September when a bomb hit a market in Druzhkivka."
    )
    places = _places(text, dt.date(2025, 10, 9))
    assert "Druzhkivka" in places


# -- a strike the text says it cannot attribute: perpetrator unknown, even in occupied land ---------------------------

UNATTRIBUTED = [
    "On 14 February, shelling hit a market in occupied Nova Kakhovka, killing four civilians. The mission could not "
    "determine who fired the shells.",
    "Monitors were unable to establish which side launched the rocket that struck a bus stop in occupied Oleshky on "
    "2 March, killing three people.",
    "On 9 April an explosion at a café in occupied Melitopol injured six civilians; responsibility could not be "
    "established.",
    "A drone hit a minibus near occupied Kakhovka on 22 May, killing two women. The strike remains unattributed.",
    "On 21 July shells hit a bus stop in Russian-occupied Yasynuvata, killing three civilians. It was not possible "
    "to determine whether Russian or Ukrainian forces fired them.",
]


@pytest.mark.parametrize("text", UNATTRIBUTED)
def test_a_strike_the_text_cannot_attribute_is_alleged_against_no_side(text):
    found = _contract("Monitoring update\n\n" + text)
    assert len(found) == 1
    assert found[0]["perpetrator"]["party"] == "unknown"


def test_a_named_doer_keeps_its_side_beside_an_unknown_unit():
    text = (
        "Monitoring update\n\nOn 14 February, Russian artillery shelled a market in Kherson, killing four civilians. "
        "The mission could not verify which unit fired."
    )
    assert _contract(text)[0]["perpetrator"]["party"] == "RU"
