"""Stage 18b (issue 8): what a court established or a verdict tells is the act found, and an act charged after
"for" is what the court tried; only a prison term ("sentenced to 12 years in prison") is no detention."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")

PUBLISHED = dt.date(2026, 5, 14)


def found(text: str) -> list[tuple[str, int | None]]:
    return [(i.facts.violations[0], i.facts.victims.min) for i in extract(text, PUBLISHED).incidents]


@pytest.mark.parametrize("text", [
    "The court established that from 3 to 29 March 2022 the defendant and his subordinates held 38 residents of "
    "Izium, including nine children, in the basement of the local school.",
    "According to the verdict, from 3 to 29 March 2022 the sergeant kept 38 villagers in the school basement in "
    "Izium.",
    "The court found that in March 2022 the sergeant locked 38 villagers in the basement of the school in Izium.",
    "The district court sentenced the sergeant in absentia to 12 years for holding 38 residents of Izium in the "
    "basement of the school from 3 to 29 March 2022.",
])
def test_a_detention_the_court_found_or_tried_is_an_incident(text):
    assert found(text) == [("unlawful_detention", 38)]


@pytest.mark.parametrize("text", [
    "A court in Kyiv sentenced the soldier to 10 years in prison for killing a civilian in Bakhmut on 3 March 2022.",
    "The soldier was jailed for 10 years in prison for shooting a civilian in Bakhmut on 3 March 2022.",
    "The court convicted the soldier and sentenced him to 10 years in prison for killing a man in Bakhmut on 3 "
    "March 2022.",
])
def test_a_prison_term_is_no_detention(text):
    labels = [label for i in extract(text, PUBLISHED).incidents for label in i.facts.violations]
    assert "unlawful_detention" not in labels
