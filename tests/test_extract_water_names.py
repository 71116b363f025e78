"""A place word right after or right before a noun of water ("the Inhulets river", "the river Oskil", "на річці
Інгулець", "в реке Ингулец") names the river, not the village or town that shares its name; the settlement
named as a place ("in Inhulets", "в Інгульці", "the village of Oskil") stays."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 6, 18)


def _places(text: str, language: str) -> list[str | None]:
    return [i.facts.location.name if i.facts.location else None
            for i in extract(text, PUBLISHED, language=language).incidents]


@pytest.mark.parametrize(("text", "language"), [
    ("The bodies of three civilians were pulled from the Inhulets river on 2 June, police said.", "en"),
    ("On 2 June the bodies of three men with bound hands were found in the Inhulets River, prosecutors said.", "en"),
    ("Russian troops shot two fishermen on the bank of the river Inhulets on 2 June, the prosecutor said.", "en"),
    ("2 червня з річки Інгулець дістали тіла трьох цивільних, повідомила поліція.", "uk"),
    ("2 червня на березі річки Інгулець знайшли тіла двох розстріляних чоловіків, повідомила прокуратура.", "uk"),
    ("2 июня из реки Ингулец достали тела троих мирных жителей, сообщила полиция.", "ru"),
])
def test_a_river_sharing_a_settlements_name_is_no_scene(text, language):
    assert "Inhulets" not in _places(text, language)


def test_the_act_told_with_the_river_takes_the_village_named_next():
    text = ("The bodies of three civilians were pulled from the Inhulets river on 2 June 2025, the regional "
            "prosecutor's office said. Russian troops had shot them near the village of Snihurivka in Mykolaiv "
            "Oblast.")
    assert _places(text, "en") == ["Snihurivka"]


@pytest.mark.parametrize(("text", "language"), [
    ("A Russian drone struck a bus in Inhulets on 2 June, killing two passengers, police said.", "en"),
    ("2 червня в Інгульці російський дрон атакував автобус, загинули двоє пасажирів, повідомила поліція.", "uk"),
])
def test_the_town_named_as_a_place_stays(text, language):
    assert _places(text, language) == ["Inhulets"]
