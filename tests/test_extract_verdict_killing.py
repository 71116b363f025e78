"""Stage 15: a court's account of a killing by small arms ("the court established that he opened fire at a
resident, killing him") is a wilful killing (killing_civilians), not a general attack; a strike told in a
verdict stays an attack, and a shooting told with no court stays as before."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")


def main_labels(text: str) -> list[str]:
    return [i.facts.violations[0] for i in extract(text, dt.date(2025, 3, 27)).incidents]


@pytest.mark.parametrize("text", [
    "A court in Kharkiv sentenced a Russian soldier in absentia.\n\nThe court established that on 14 March 2022, "
    "in Fedorivka, the soldier opened fire at a local resident, killing him.",
    "The judges found that on 14 March 2022 the serviceman fired at an unarmed man in Izium, killing him on the spot.",
    "According to the verdict, on 14 March 2022 in Izium the soldier opened fire on a man walking home and killed him.",
])
def test_a_killing_told_by_a_court_is_a_wilful_killing(text):
    assert main_labels(text) == ["killing_civilians"]


def test_a_strike_told_by_a_court_stays_an_attack():
    text = "The court established that on 14 March 2022 the unit shelled a house in Izium, killing two residents."
    assert main_labels(text) == ["attack_on_civilians"]


def test_investigators_finding_is_no_court():
    text = "Investigators found that on 14 March 2022 troops opened fire on a bus in Izium, killing two passengers."
    assert main_labels(text) == ["attack_on_civilians"]
