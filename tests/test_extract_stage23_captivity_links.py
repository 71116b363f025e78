"""Stage 23 (captivity accounts as one chain): capture, transfer, the stay at a place of detention, release.

A link between capture (or seizure) and stay, "then they drove us to a penal colony in X", "a letter came from a
detention centre in Y", is no incident of its own: it says where the stay told next happened. The stay is an
incident apart from the capture's killing or the seizure, at the place of detention, its victims prisoners of war
after a capture and civilians after a seizure. Every text here is written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 3, 20)


def _incidents(text: str) -> list[dict]:
    return extract(text, PUBLISHED, language="en").to_contract()["incidents"]


def _at(incidents: list[dict], place: str) -> list[dict]:
    return [i for i in incidents if (i["location"] or {}).get("name") == place]


# (text, place of the stay, victims' kind, place of the capture or seizure, or None when it is no incident)
STAYS = [
    # first person plural, a drive across the border after a capture with a killing
    (
        "On 3 May 2024 near Robotyne our unit was captured. The Russian soldiers shot two wounded men on the spot. "
        "Then they drove us to a penal colony in Kamyshin. Guards beat us every day.",
        "Kamyshin",
        "pow",
        "Robotyne",
    ),
    # third person, a transfer to a pre-trial centre; the capture itself is no act
    (
        "Ihor, a marine, was taken prisoner near Vovchansk in March 2024. A week later he was transferred to a "
        "pre-trial detention centre in Bryansk. The guards beat him with rubber batons during every inspection, "
        "his lawyer said.",
        "Bryansk",
        "pow",
        None,
    ),
    # an arrival told with "ended up in"
    (
        "In March 2024 our platoon was taken prisoner near Avdiivka. In April we ended up in a camp in Olenivka. "
        "The guards beat us with batons every morning.",
        "Olenivka",
        "pow",
        None,
    ),
    # a civilian's seizure at home, then his whereabouts learned from a letter
    (
        "Russian soldiers detained a farmer at his home in Oleshky on 9 April 2023. Months later his wife received "
        "a letter from a detention centre in Simferopol. Cellmates say that since June 2023 he was given electric "
        "shocks during interrogations.",
        "Simferopol",
        "civilian",
        "Oleshky",
    ),
]


@pytest.mark.parametrize(("text", "stay", "kind", "capture"), STAYS)
def test_a_link_opens_the_stay_at_the_place_of_detention(
    text: str, stay: str, kind: str, capture: str | None
) -> None:
    incidents = _incidents(text)
    held = _at(incidents, stay)
    assert len(held) == 1, incidents
    assert held[0]["violations"][0] == "torture_ill_treatment"
    assert held[0]["victims"]["category"] == kind
    if capture is None:
        assert len(incidents) == 1, incidents
    else:
        assert len(incidents) == 2, incidents
        assert _at(incidents, capture), incidents


def test_a_civilians_stay_told_with_no_time_of_its_own_stays_with_the_seizure() -> None:
    # look-alike of the stay: the seizure and what followed are one incident, the seizure first, at its place
    text = (
        "Russian soldiers detained a farmer at his home in Oleshky on 9 April 2023. Months later his wife received "
        "a letter from a detention centre in Simferopol. Cellmates say he was given electric shocks during "
        "interrogations."
    )
    (act,) = _incidents(text)
    assert act["violations"][0] == "unlawful_detention"
    assert act["location"]["name"] == "Oleshky"


def test_the_arrival_day_is_the_stays_first_day() -> None:
    text = (
        "In March 2024 our platoon was taken prisoner near Avdiivka. In April we ended up in a camp in Olenivka. "
        "The guards beat us with batons every morning."
    )
    (held,) = _incidents(text)
    assert held["date"]["start"] == "2024-04-01"


def test_a_transfer_of_people_never_held_before_stays_their_detention() -> None:
    # look-alike: no capture or custody told before, so the move to a camp is the act itself, at its own place
    text = (
        "Russian troops brought 40 residents of Kupiansk to a filtration camp in Valuyki on 2 June 2022, the "
        "ombudsman said."
    )
    (act,) = _incidents(text)
    assert "unlawful_detention" in act["violations"]
    assert act["victims"]["min"] == 40


def test_a_custody_told_in_its_own_words_is_no_link() -> None:
    # look-alike: "were held in" carries the detention cue before the place, so it tells an act, not a link
    text = (
        "Occupying forces seized two volunteers in Kherson on 5 May 2022. They were held in a basement in Kherson "
        "for a month."
    )
    incidents = _incidents(text)
    assert incidents and all(i["violations"][0] == "unlawful_detention" for i in incidents), incidents


CAPTURE_KILLINGS = [
    "On 3 May 2024 near Robotyne our unit was taken prisoner. Two wounded soldiers were shot on the spot.",
    "On 3 May 2024 near Robotyne we were captured. The Russians executed two wounded comrades who could not walk.",
    "Near Robotyne on 3 May 2024 my squad surrendered. Two wounded soldiers were shot by the officer in charge.",
]


@pytest.mark.parametrize("text", CAPTURE_KILLINGS)
def test_wounded_shot_in_the_scene_of_a_capture_are_prisoners_of_war(text: str) -> None:
    (killing,) = _incidents(text)
    assert killing["violations"][0] == "killing_hors_de_combat"
    assert killing["victims"]["category"] == "pow"
    assert killing["date"] == {"start": "2024-05-03", "end": "2024-05-03"}


def test_wounded_shot_with_no_capture_told_stay_wounded_combatants() -> None:
    text = "On 3 May 2024 our unit held its position near Robotyne. Two wounded soldiers were shot."
    (killing,) = _incidents(text)
    assert killing["victims"]["category"] == "wounded_combatant"


# --- a month told with no year after a dated capture goes on in that year (English, as uk/ru) -----------------------

LATER_PUBLISHED = dt.date(2026, 2, 12)


def _later(text: str) -> list[dict]:
    return extract(text, LATER_PUBLISHED, language="en").to_contract()["incidents"]


@pytest.mark.parametrize(
    ("text", "place", "month"),
    [
        (
            "It was the 17th of January 2024 near Krynky when we were captured. Then in February they brought us to "
            "a pre-trial detention centre in Taganrog. The guards beat us with batons.",
            "Taganrog",
            "2024-02",
        ),
        (
            "Drones struck a school in Kherson on 3 March 2024, killing a guard. In April, shelling hit a clinic in "
            "Bilozerka and wounded two nurses.",
            "Bilozerka",
            "2024-04",
        ),
        (
            "Our unit was taken prisoner near Pokrovsk in October 2024. In December we ended up in a colony in "
            "Kamyshin. The guards beat us every morning.",
            "Kamyshin",
            "2024-12",
        ),
    ],
)
def test_a_month_with_no_year_after_an_earlier_years_date_goes_on_in_that_year(
    text: str, place: str, month: str
) -> None:
    (act,) = _at(_later(text), place)
    assert act["date"]["start"].startswith(month), act["date"]


def test_a_month_before_the_month_told_takes_the_latest_year() -> None:
    # look-alike: February told after May 2024 is no later month of that year; it is the latest February
    text = (
        "Drones struck a school in Kherson on 17 May 2024, killing a guard. In February, shelling hit a clinic in "
        "Bilozerka and wounded two nurses."
    )
    (act,) = _at(_later(text), "Bilozerka")
    assert act["date"]["start"].startswith("2026-02"), act["date"]
