"""Stage 15: a sentence that picks a part out of the tally told just before it ("Among the dead were 11
children", "Of those killed, 7 were children") is a figure of that tally, not an incident; after one strike's
toll it stays that strike's detail, and naming a settlement of its own it stays an event."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")


def told(text: str):
    result = extract(text, dt.date(2025, 6, 18))
    return result.incidents, {(s.facts.measure, s.facts.population, s.facts.value) for s in result.statistics}


@pytest.mark.parametrize(("text", "measure"), [
    ("In May 2025, the mission recorded 183 civilians killed and 1,012 injured across Ukraine. "
     "Among the dead were 11 children.", "killed"),
    ("Last month, Russian attacks killed 183 civilians across Ukraine, the mission said. Among those killed were "
     "11 children.", "killed"),
    ("Since January, 183 civilians have been killed in Ukraine. Among the victims were 11 children.", "other"),
])
def test_a_part_of_the_tally_just_told_is_its_figure(text, measure):
    incidents, figures = told(text)
    assert not incidents
    assert (measure, "child", 11) in figures


def test_after_one_strike_the_part_stays_its_detail():
    incidents, figures = told("A missile struck a house in Izium on Monday, killing five people. Among the dead "
                              "were two children.")
    assert len(incidents) == 1 and not any(population == "child" for _, population, _ in figures)


def test_a_part_naming_a_settlement_stays_an_event():
    incidents, _ = told("In May 2025, the mission recorded 183 civilians killed across Ukraine. Among the dead "
                        "were two children killed by a drone in Izium on 3 May.")
    assert len(incidents) == 1
