"""A capital followed by a verb of stance or speech in any form ('Kyiv insists', 'Moscow denied', 'Kyiv
explains') stands for its government, not for the scene of an event."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.pipeline import default_steps, run

PUBLISHED = dt.date(2025, 6, 1)


def place_roles(text: str) -> dict[str, str]:
    doc = Document(text, PUBLISHED)
    run(doc, default_steps())
    return {m.value.name: m.value.role for m in doc.of_kind("place")}


@pytest.mark.parametrize("text", [
    "Kyiv insists that the abducted children must come home before any deal.",
    "The list names 300 deported children, which Kyiv explains as a first step.",
    "Moscow denied holding the children, while Kyiv demanded their return.",
])
def test_a_capital_that_insists_explains_or_demands_is_its_government(text):
    assert "event" not in place_roles(text).values()


def test_a_capital_where_a_drone_struck_is_a_scene():
    assert place_roles("In Kyiv, a drone killed two people on Monday.") == {"Kyiv": "event"}
