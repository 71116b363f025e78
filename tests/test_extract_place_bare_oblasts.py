"""A village name several oblasts share, followed by an oblast's bare name ('Stepove, Zaporizhzhia',
'Ivanivka (Kherson)'), lies in that oblast; a list of cities stays a list of cities."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 1, 10)


def locations(text: str) -> list[tuple[str | None, str | None]]:
    return [(i["location"]["name"], i["location"]["admin1"])
            for i in extract(text, PUBLISHED).to_contract()["incidents"] if i["location"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian troops shot a man in Stepove, Zaporizhzhia, on Monday.", ("Stepove", "Zaporizhzhia Oblast")),
    ("On Monday a drone killed a farmer in Ivanivka (Kherson).", ("Ivanivka", "Kherson Oblast")),
    ("Shelling of Stepove, Mykolaiv, killed two women on Monday.", ("Stepove", "Mykolaiv Oblast")),
])
def test_an_oblast_named_bare_after_a_shared_village_name_places_it(text, expected):
    assert locations(text) == [expected]


def test_a_list_of_oblast_centres_stays_a_list_of_cities():
    found = locations("Drones hit Kherson, Mykolaiv and Odesa on Monday, killing two.")
    assert found[0] == ("Kherson", "Kherson Oblast")
