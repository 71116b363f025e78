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


@pytest.mark.parametrize("heading", [
    "Bilozerka (Kherson Oblast).",
    "Bilozerka, Khersonskyi raion:",
    "Bilozerka (village council area) —",
])
def test_a_heading_with_its_oblast_raion_or_an_aside_still_heads_its_item(heading):
    text = OPENING + (
        "- Antonivka. During overnight shelling two local men were wounded by shrapnel.\n"
        f"- {heading} This morning a Russian drone attacked a car, a woman was injured.\n"
    )
    found = [(i.facts.location.name, i.facts.victims.min) for i in extract(text, PUBLISHED).incidents]
    assert found == [("Antonivka", 2), ("Bilozerka", 1)]


@pytest.mark.parametrize(("item", "count"), [
    ("Bilozerka. A drone hit a private house on 14 August. A woman, 70, was injured.", 1),
    ("Bilozerka. On 14 August artillery hit a shop. Two women were wounded by shrapnel.", 2),
    ("Bilozerka\nA guided bomb struck a warehouse yesterday. Three workers were hurt.", 3),
])
def test_an_item_whose_strike_and_toll_are_told_apart_is_at_its_heading(item, count):
    # the strike alone counts nobody and the toll names no place: both are the heading's
    text = OPENING + "- Antonivka. On 13 August Russian shelling wounded two local men.\n- " + item + "\n"
    found = [(i.facts.location.name, i.facts.victims.min) for i in extract(text, PUBLISHED).incidents]
    assert found == [("Antonivka", 2), ("Bilozerka", count)]


@pytest.mark.parametrize(("text", "places"), [
    ("Дайджест за тиждень.\n\n- Харків. 13 серпня внаслідок обстрілу загинули двоє цивільних.\n"
     "- Нікополь (Дніпропетровська область). 14 серпня дрон влучив у приватний будинок. Поранено жінку.\n",
     ["Kharkiv", "Nikopol"]),
    ("Сводка за неделю.\n\n- Харьков. 13 августа в результате обстрела погибли двое мирных жителей.\n"
     "- Никополь. 14 августа дрон попал в частный дом. Ранена женщина.\n", ["Kharkiv", "Nikopol"]),
])
def test_headed_items_in_ukrainian_and_russian(text, places):
    language = "uk" if "тиждень" in text else "ru"
    assert [i.facts.location.name for i in extract(text, PUBLISHED, language).incidents] == places
