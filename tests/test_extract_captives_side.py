"""Stage 15: the side of prisoners shot or executed is the victims' side; with no doer named, their captors,
the other side, are the alleged perpetrators. A side in a passive of another kind ("were charged") is no
captives' side."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")


def parties(text: str) -> list[str]:
    return [i.facts.perpetrator.party for i in extract(text, dt.date(2025, 6, 18)).incidents]


@pytest.mark.parametrize(("text", "party"), [
    ("The video shows two captured Ukrainian soldiers being shot by men speaking Russian near Izium.", "RU"),
    ("Footage shows two captured Russian servicemen being shot near Izium.", "UA"),
    ("Two Russian prisoners of war were shot dead near Izium, the video shows.", "UA"),
    ("Three Ukrainian prisoners of war were executed near Izium on Monday.", "RU"),
])
def test_prisoners_shot_were_shot_by_the_other_side(text, party):
    assert parties(text) == [party]


def test_the_doer_named_keeps_the_act():
    assert parties("The video shows Russian soldiers shooting two captured Ukrainian servicemen near Izium.") == ["RU"]


def test_soldiers_charged_are_no_captives():
    text = "Earlier this month, two Russian soldiers were charged with raping a woman in a village near Izium."
    assert parties(text) == ["RU"]
