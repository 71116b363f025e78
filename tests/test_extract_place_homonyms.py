"""A village name that several settlements of one oblast share resolves to the likeliest one with an
ambiguity flag for the analyst, never silently; a named raion or a city settles the doubt."""

from __future__ import annotations

import datetime as dt

from warcrimes.extract import extract

PUBLISHED = dt.date(2024, 12, 5)


def location(text: str) -> dict:
    incidents = extract(text, PUBLISHED).to_contract()["incidents"]
    assert incidents, text
    return incidents[0]["location"]


def test_a_village_many_share_in_its_oblast_is_flagged():
    found = location("Russian shelling killed two civilians in Novooleksandrivka, Donetsk Oblast, on Monday.")
    assert found["admin1"] == "Donetsk Oblast"
    assert found["ambiguous"] is True and found["homonyms"] > 1


def test_the_flag_survives_another_wording():
    found = location("On Monday a drone hit a car in Novooleksandrivka in Donetsk region, killing a man.")
    assert found.get("ambiguous") is True


def test_a_city_is_not_in_doubt():
    found = location("A missile killed three people in Kherson on Monday.")
    assert "ambiguous" not in found
