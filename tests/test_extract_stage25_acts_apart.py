"""Stage 25 (mulX): acts of one story at one place told apart. Goods taken after a killing are pillage of their own,
even when the sentence names the dead as the goods' owner ("the murdered man's farm"); people held "there" counted
after the place of custody was set up is a detention told, so its span dates the account and the killing told
inside it stays apart. All texts are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 6, 1)


def _violations(text: str) -> list[tuple[str, ...]]:
    return [i.facts.violations for i in extract(text, PUBLISHED, "en").incidents]


@pytest.mark.parametrize("text", [
    "On 3 May 2024 soldiers shot a beekeeper dead in Velyka Znamianka. In the same days they seized two tractors and "
    "a harvester from the farm the murdered man had run.",
    "Russian troops killed a farmer in Velyka Znamianka on 3 May 2024. Later that month soldiers stole two tractors "
    "from the dead man's yard.",
    "On 3 May 2024 a soldier shot dead a 60-year-old farmer in Velyka Znamianka. A week later soldiers seized two "
    "tractors and a harvester from the family of the murdered man.",
])
def test_goods_of_the_dead_taken_later_are_pillage_of_their_own(text):
    found = _violations(text)
    assert len(found) == 2, found
    assert sum("pillage_destruction" in v for v in found) == 1, found
    assert ("pillage_destruction",) in found, found  # the dead named as the owner lend the pillage no killing


def test_the_pillage_of_the_dead_mans_goods_counts_no_dead():
    text = ("On 3 May 2024 soldiers shot a beekeeper dead in Velyka Znamianka. In the same days they seized two "
            "tractors and a harvester from the farm the murdered man had run.")
    pillage = [i for i in extract(text, PUBLISHED, "en").incidents if "pillage_destruction" in i.facts.violations]
    assert len(pillage) == 1 and pillage[0].facts.victims.killed is None, pillage


def test_goods_taken_during_the_killing_told_in_one_sentence_stay_one():
    text = "On 3 May 2024 soldiers shot a farmer in Velyka Znamianka and seized his tractor."
    assert len(_violations(text)) == 1


@pytest.mark.parametrize("text", [
    "Soldiers turned the school basement in Vasylivka into a prison. From 2 April to 11 May 2022 they held there at "
    "least nine local residents.",
    "Troops set up a cell in the police building in Vasylivka. Between 2 April and 11 May 2022 they kept there 12 "
    "civilians.",
    "In Vasylivka, the occupiers made a garage a place of detention. From 2 April to 11 May 2022 they held there "
    "about twenty residents.",
])
def test_people_held_there_counted_is_a_detention(text):
    found = _violations(text)
    assert len(found) == 1, found
    assert "unlawful_detention" in found[0], found


def test_held_there_with_no_people_counted_is_no_detention():
    text = "In Vasylivka, the occupiers held there a meeting with local officials on 2 April 2022."
    assert all("unlawful_detention" not in v for v in _violations(text))


@pytest.mark.parametrize("text", [
    "In May 2024 her son was taken to a camp in Anapa. In March 2025, at the checkpoint in Dzhankoi, officers of the "
    "security service took her passport and held her for six days.",
    "In May 2024 her son was taken to a camp in Anapa. In March 2025 she tried to reach him; in Dzhankoi border guards "
    "detained her for several days.",
    "In May 2024 her son was taken to a camp in Anapa. In March 2025, in Dzhankoi, Russian officers questioned the "
    "mother and kept her for two weeks.",
])
def test_a_relative_held_for_days_elsewhere_is_a_detention_of_her_own(text):
    found = _violations(text)
    assert any("unlawful_detention" in v for v in found), found
    assert len(found) == 2, found


def test_keeping_a_thing_for_days_is_no_detention():
    text = "In March 2025 in Dzhankoi a mother kept the letter for six days before she opened it."
    assert all("unlawful_detention" not in v for v in _violations(text))
