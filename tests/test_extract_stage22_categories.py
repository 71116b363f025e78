"""Stage 22 (victims' category), English: the narrator's own staff counted in a partitive or as colleagues where an
aid object is struck are humanitarian workers; pillage, human shields and sexual violence told with no group word
are against civilians; a captive's fellow captives are prisoners of war. Every text is written
for this file, three wordings or more per rule, with look-alikes that must not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import en_contract_incidents

PUBLISHED = dt.date(2025, 4, 14)  # a Monday


def _one(text: str) -> dict:
    [incident] = en_contract_incidents(text, PUBLISHED)
    return incident


AID_STAFF = [
    "On 3 March a Russian drone hit our aid warehouse in Kherson and wounded two of our warehouse staff.",
    "Shelling struck the humanitarian aid hub in Orikhiv on Monday. Three of our field staff were injured.",
    "On Friday a Russian missile hit the humanitarian aid centre in Sumy and injured four colleagues.",
    "On Friday a Russian missile hit the humanitarian warehouse in Sumy, killing one of our drivers and injuring two "
    "of his colleagues.",
]


@pytest.mark.parametrize("text", AID_STAFF)
def test_staff_or_colleagues_hurt_where_an_aid_object_is_struck_are_humanitarian_workers(text: str) -> None:
    incident = _one(text)
    assert incident["violations"][0] == "attack_on_protected_objects"
    assert incident["victims"]["category"] == "humanitarian_worker"


@pytest.mark.parametrize(
    "text",
    [
        "On Friday Russian shelling hit a factory in Sumy and injured four colleagues.",
        "On Friday a Russian missile hit a shopping centre in Sumy, injuring two of our neighbours.",
    ],
)
def test_colleagues_or_our_neighbours_hurt_in_a_plain_strike_stay_civilians(text: str) -> None:
    assert _one(text)["victims"]["category"] == "civilian"


NO_GROUP_WORD = [
    ("On 5 May 2022 Russian soldiers looted the village shop in Bohdanivka.", "pillage_destruction"),
    (
        "In March 2022 the occupiers stole two tractors and 40 tonnes of grain from a farm in Snihurivka.",
        "pillage_destruction",
    ),
    ("In October 2022 a Russian soldier raped her in her house in Kherson.", "sexual_violence"),
    ("In Vasylivka on 3 April Russian troops used them as human shields.", "human_shields"),
]


@pytest.mark.parametrize(("text", "label"), NO_GROUP_WORD)
def test_pillage_shields_and_rape_told_with_no_group_word_are_against_civilians(text: str, label: str) -> None:
    incident = _one(text)
    assert incident["violations"][0] == label
    assert incident["victims"]["category"] == "civilian"


def test_sexual_violence_against_named_prisoners_of_war_keeps_their_kind() -> None:
    incident = _one("In March 2023 guards raped two prisoners of war in the colony in Olenivka.")
    assert incident["victims"]["category"] == "pow"


CAPTIVE_SOLDIERS = [
    "On the day of his capture near Chasiv Yar in March 2025, Russian soldiers shot two of his fellow captives.",
    "A released soldier said that in May 2024 near Pokrovsk Russian troops shot three of his fellow captives.",
    "Near Robotyne on 3 June 2024 Russian soldiers executed four fellow captives of the witness.",
]


@pytest.mark.parametrize("text", CAPTIVE_SOLDIERS)
def test_fellow_captives_killed_are_prisoners_of_war(text: str) -> None:
    incident = _one(text)
    assert incident["victims"]["category"] == "pow"
    assert incident["violations"][0] == "killing_hors_de_combat"


def test_fellow_villagers_killed_stay_civilians() -> None:
    incident = _one("On 3 June 2024 near Robotyne Russian soldiers shot two fellow villagers of the witness.")
    assert incident["victims"]["category"] == "civilian"
