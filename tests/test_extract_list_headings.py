"""A list item headed by a settlement named alone ("🔻 Antonivka.", "- Bilozerka.") tells another act, at that
settlement, though its own sentences name no place; a detail told after an item without a heading of its own
still belongs to that item."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2024, 8, 15)
OPENING = "Over the past day, Russian forces shelled 20 settlements of Kherson region.\n\n"


@pytest.mark.parametrize("bullet", ["🔻 ", "- ", "• ", ""])
def test_each_headed_item_is_an_incident_at_its_settlement(bullet):
    text = OPENING + (
        f"{bullet}Antonivka. During overnight shelling two local men were wounded by shrapnel.\n\n"
        f"{bullet}Bilozerka. This morning a Russian drone attacked a car, a woman was injured.\n\n"
        f"{bullet}Kherson. Yesterday evening Russian artillery shelled a residential quarter, wounding three residents."
    )
    found = [(i.facts.location.name, i.facts.victims.min) for i in extract(text, PUBLISHED).incidents]
    assert found == [("Antonivka", 2), ("Bilozerka", 1), ("Kherson", 3)]


def test_a_detail_without_a_heading_stays_with_its_item():
    text = OPENING + (
        "🔻 Antonivka. During overnight shelling two local men were wounded by shrapnel.\n\n"
        "Both were taken to hospital with leg wounds, doctors said."
    )
    found = [(i.facts.location.name, i.facts.victims.min) for i in extract(text, PUBLISHED).incidents]
    assert found == [("Antonivka", 2)]
