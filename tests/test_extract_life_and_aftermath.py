"""Stage 16: what a report tells beside the act is neither an incident nor its day or place. A person's life
(born, buried, married, studied: roles.json `biography`, places.json `reference_before` value `life`) and what
came after the act (a release, an exchange, a letter received, a funeral, an indictment sent: `aftermath`)."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 7, 30)


def _incidents(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (
            i.facts.location.name if i.facts.location else None,
            i.facts.date.start.isoformat() if i.facts.date else None,
            i.facts.date.end.isoformat() if i.facts.date else None,
        )
        for i in extract(text, PUBLISHED, language="en").incidents
    ]


@pytest.mark.parametrize("text", [
    "Russian soldiers detained Petro Ivanenko in Vasylivka on 12 May 2023. His wife died in 2019 and is buried "
    "in Zaporizhzhia.",
    "Troops abducted the teacher Olha Melnyk in Kakhovka on 2 June 2022. She was born in Kherson in 1970 and "
    "studied in Odesa.",
    "Occupying forces detained the farmer Ivan Bondar at his home in Vasylivka on 5 April 2023. He grew up in "
    "Melitopol, married in 1990 and his mother is buried in Dnipro.",
])
def test_a_persons_life_is_no_incident_and_no_place(text):
    found = _incidents(text)
    assert len(found) == 1
    assert found[0][0] in {"Vasylivka", "Kakhovka"}


@pytest.mark.parametrize("text", [
    "Oleh Marchenko, 27, from Mykolaiv, said Russian soldiers beat him every day in captivity.",
    "Ivan Tkach, 44, from Sumy, was tortured with electric shocks, his lawyer said.",
    "Maria Koval, a native of Kherson, said guards beat her in a basement.",
])
def test_a_hometown_is_no_scene(text):
    assert all(place is None for place, _, _ in _incidents(text))


def test_a_killing_in_a_town_is_still_placed_there():
    text = "Russian soldiers shot a man in Bucha on 4 March 2022."
    assert _incidents(text) == [("Bucha", "2022-03-04", "2022-03-04")]


@pytest.mark.parametrize("text", [
    "Russian soldiers seized him at his home in Kamianka-Dniprovska on 14 August 2023. He came home in a "
    "prisoner exchange on 4 June 2025.",
    "Russian soldiers seized him at his home in Kamianka-Dniprovska on 14 August 2023. His family received a "
    "letter on 4 June 2025.",
    "Russian soldiers seized him at his home in Kamianka-Dniprovska on 14 August 2023. He was released on "
    "4 June 2025 and returned home.",
])
def test_a_day_after_the_act_does_not_date_it(text):
    found = _incidents(text)
    assert len(found) == 1 and found[0][1] == "2023-08-14"


@pytest.mark.parametrize("text", [
    "His body was returned to Ukraine on 20 June 2025 and he was buried in Zaporizhzhia on 24 June.",
    "The funeral was held in Dnipro on 3 July 2025.",
    "The indictment was sent to the Kharkiv district court on 12 May 2025.",
])
def test_a_burial_a_funeral_or_an_indictment_sent_is_no_incident(text):
    assert _incidents(text) == []


@pytest.mark.parametrize("text", [
    "In February 2025 the family received a letter saying he had died on 3 November 2024 in a detention "
    "centre in Melitopol.",
    "He died in Russian custody in Melitopol on 3 November 2024, the family was notified in February 2025.",
    "On 3 November 2024 the detained teacher died in a pre-trial detention centre in Melitopol; his daughter "
    "was informed in February 2025.",
])
def test_death_in_custody_is_a_killing_dated_by_the_death(text):
    incidents = extract(text, PUBLISHED, language="en").incidents
    assert len(incidents) == 1
    facts = incidents[0].facts
    assert facts.violations[0] == "killing_civilians"
    assert facts.date is not None and facts.date.start == dt.date(2024, 11, 3)


@pytest.mark.parametrize("text", [
    "Olha Koval, 66, from Beryslav, was killed when a drone hit her car on Monday.",
    "Ivan Tkach, 44, from Beryslav, was wounded by shelling on 3 May 2025.",
    "Petro Lysenko, 70, from Beryslav, died after a drone dropped a grenade on his yard on Sunday.",
])
def test_a_hometown_where_the_act_is_told_is_its_scene(text):
    assert [place for place, _, _ in _incidents(text)] == ["Beryslav"]


@pytest.mark.parametrize("text", [
    "Russian soldiers shot her son in Bucha in March 2022 and he was buried in the garden.",
    "Troops killed a man in Motyzhyn on 23 March 2022; neighbours buried him in a yard.",
    "A drone killed a farmer near Kupiansk on 2 May 2025. His funeral will be held on Friday.",
])
def test_a_burial_beside_the_killing_does_not_hide_it(text):
    found = _incidents(text)
    assert len(found) == 1 and found[0][0] in {"Bucha", "Motyzhyn", "Kupiansk"}
