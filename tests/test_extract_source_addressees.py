"""Who a speaker talks to, and who stands accused, are not sources: 'she told the Guardian', 'X stands
accused of murder', 'named the accused as X'."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2024, 5, 20)


def sources(text: str) -> set[str]:
    return {name for i in extract(text, PUBLISHED).to_contract()["incidents"] for name in i["reported_by"]}


@pytest.mark.parametrize(("text", "speaker", "addressee"), [
    ("Russian troops shot two civilians in Bucha on May 3. Governor Ruslan Kravchenko told Reuters the bodies lay "
     "in the street for days.", "Ruslan Kravchenko", "Reuters"),
    ("Russian soldiers killed a farmer in Bucha on May 3, Oleksandr Petrenko told the BBC.", "Oleksandr Petrenko",
     "BBC"),
    ("A Russian drone killed a woman in Kherson on May 3. Mayor Roman Mrochko informed the Associated Press that "
     "the drone hit a bus stop.", "Roman Mrochko", "Associated Press"),
])
def test_the_one_spoken_to_is_not_a_source(text, speaker, addressee):
    found = sources(text)
    assert any(speaker in name for name in found)
    assert not any(addressee in name for name in found)


@pytest.mark.parametrize("text", [
    "Russian soldier Ivan Sidorov stands accused of killing a civilian in Bucha on May 3, prosecutors said.",
    "Prosecutors named the accused as Ivan Sidorov; a civilian was killed in Bucha on May 3, they said.",
    "Ivan Sidorov is accused of shooting a civilian in Bucha on May 3, the prosecutors said.",
])
def test_the_accused_is_not_a_source(text):
    assert not any("Sidorov" in name for name in sources(text))
