"""Stage 22 (captivity accounts): a stay told "from <month> until the exchange" with no day of its own ends on the
day the report tells the release on, at its own link of the chain. Every text here is written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 3, 20)


def _incidents(text: str, published: dt.date = PUBLISHED) -> list[dict]:
    return extract(text, published, language="en").to_contract()["incidents"]


def _held(text: str) -> dict:
    held = [i for i in _incidents(text) if "torture_ill_treatment" in i["violations"]]
    assert len(held) == 1, held
    return held[0]


STAYS_TO_THE_EXCHANGE = [
    # first person, release day told by the introduction
    "Andrii Melnyk, a marine, came home in the exchange on 5 February. We met him in Lviv.\n\n"
    '"I was held in a penal colony in Kamyshin from October 2023 until the exchange. Guards beat me and '
    'eleven other men every day."',
    # third person, the release told after the stay
    "Serhii, a border guard, was kept in a detention centre in Taganrog from October 2023 until his release. "
    "Guards beat him with batons at every inspection.\n\nHe returned to Ukraine in the swap of 5 February.",
    # first person plural, "till" and a verb of exchange
    "Marines Ivan and Petro were among those freed in the exchange of 5 February, the ombudsman said.\n\n"
    '"We were held in a colony in Kamyshin from October 2023 till we were exchanged. They beat us every '
    'morning at roll call."',
]


@pytest.mark.parametrize("text", STAYS_TO_THE_EXCHANGE)
def test_a_stay_until_the_exchange_ends_on_the_exchange_day(text: str) -> None:
    held = _held(text)
    assert held["date"]["start"] == "2023-10-01"
    assert held["date"]["end"] == "2025-02-05"


def test_a_stay_until_todays_exchange_ends_today() -> None:
    text = (
        "Today 120 defenders returned home from captivity in an exchange, the Coordination Headquarters said.\n\n"
        "One of them, a marine, said that in a colony in Kamyshin guards beat him and eleven cellmates with "
        "batons from October 2023 until the exchange."
    )
    held = _held(text)
    assert (held["date"]["start"], held["date"]["end"]) == ("2023-10-01", "2025-03-20")


def test_a_stay_with_its_own_end_day_keeps_it() -> None:
    text = (
        "Andrii Melnyk came home in the exchange on 5 February.\n\n"
        '"Guards beat me in a colony in Kamyshin from October 2023 until the transfer on 12 May 2024."'
    )
    held = _held(text)
    assert (held["date"]["start"], held["date"]["end"]) == ("2023-10-01", "2024-05-12")


LOOK_ALIKES = [
    # "until" naming a transfer, no release: the stay ends at another link, not at the exchange
    "Andrii Melnyk came home in the exchange on 5 February.\n\n"
    '"Guards beat me in a colony in Kamyshin from October 2023 until they moved me to another camp."',
    # a release with no day anywhere in the report
    '"Guards beat me in a colony in Kamyshin from October 2023 until the exchange," said a marine who came home.',
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_no_release_day_leaves_the_first_month(text: str) -> None:
    held = _held(text)
    assert held["date"]["start"] == "2023-10-01"
    assert held["date"]["end"] == "2023-10-31"


def test_a_killing_before_the_exchange_keeps_its_day() -> None:
    text = (
        "The marines came home in the exchange on 5 February.\n\n"
        "On 3 October 2023, soldiers shot two wounded captives near Krynky, long before the exchange."
    )
    killed = [i for i in _incidents(text) if "killing_hors_de_combat" in i["violations"]]
    assert killed and killed[0]["date"]["end"] == "2023-10-03"


# -- the camp stay of soldiers back from captivity: prisoners of war, though the act's sentences name no kind ----

SOLDIERS_CAMP_STAYS = [
    "Taras, a combat medic, spent a year in Russian captivity as a prisoner of war and came home in February.\n\n"
    '"In the colony in Kamyshin it was every day. Electric shocks during the inspections. Dogs."',
    "Marine Denys Koval was taken prisoner near Krynky and returned in the last swap.\n\n"
    "In the detention centre in Taganrog the guards beat the new arrivals with batons at the so-called reception.",
    "Three prisoners of war freed last month told investigators about the penal colony in Donskoy.\n\n"
    "Guards there tortured the newcomers with electric shocks during the inspections, they said.",
]


@pytest.mark.parametrize("text", SOLDIERS_CAMP_STAYS)
def test_ill_treatment_of_soldiers_back_from_captivity_is_done_to_prisoners_of_war(text: str) -> None:
    assert _held(text)["victims"]["category"] == "pow"


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian service members liberated Izium on Monday.\n\nA torture chamber was found in the basement of the "
        "town's detention centre, the police said.",
        "Service members of the Armed Forces retook Izium.\n\nIn the detention centre, investigators found a torture "
        "chamber with equipment for electric shocks.",
    ],
)
def test_a_torture_chamber_found_by_soldiers_keeps_unknown_victims(text: str) -> None:
    # soldiers and a detention centre are named, but nobody is a prisoner of war
    assert _held(text)["victims"]["category"] == "unknown"
