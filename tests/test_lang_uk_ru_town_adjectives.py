"""A town's adjective before a detention centre names the town, Russian towns in -ог included
("Таганрозький слідчий ізолятор": places.json town_adjectives, classes.json institution_noun). Every
sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 6, 11)


def place_names(text: str, language: str) -> list[str | None]:
    return [i.facts.location.name if i.facts.location else None for i in extract(text, PUBLISHED, language).incidents]


@pytest.mark.parametrize("text", [
    "У вересні 2023 року в Таганрозькому слідчому ізоляторі конвоїри били полонених.",
    "Полонених місяцями тримали в Таганрозькому ізоляторі, де їх катували у вересні 2023 року.",
])
def test_a_town_adjective_in_ozkyi_before_a_detention_centre_is_the_town(text):
    assert place_names(text, "uk")[:1] == ["Taganrog"]
