"""Stage 24 (nonV): attacks counted in one sentence ("The enemy shelled the community 14 times.") and "nobody was
hurt" told in the next sentence, on its own, are one attack tally (the roles step's `attack_tally`), no incident,
as when both are told in one sentence. A hurt person, or a house or school named as hit, still makes the
attacks an incident. All texts are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import en_contract_incidents, uk_ru_contract

PUBLISHED = dt.date(2025, 7, 19)


@pytest.mark.parametrize("text", [
    "Russian forces shelled the Nikopol community 14 times overnight. No one was hurt.",
    "The enemy attacked Marhanets with drones nine times on Friday. There were no casualties.",
    "Russian troops struck the Chervonohryhorivka community 23 times with artillery. Nobody was injured.",
])
def test_unharmed_told_after_a_tally_en(text):
    assert en_contract_incidents(text, PUBLISHED) == []


@pytest.mark.parametrize("text", [
    "Ворог 14 разів обстріляв Нікопольську громаду. Без постраждалих.",
    "Росіяни дев'ять разів атакували Марганець дронами. Обійшлося без жертв.",
    "Окупанти 23 рази вдарили по Червоногригорівській громаді з артилерії. Ніхто не постраждав.",
    "Враг 14 раз обстрелял Никополь. Без пострадавших.",
    "Россияне девять раз атаковали Марганец дронами. Пострадавших нет.",
    "Оккупанты 23 раза ударили по Херсону из артиллерии. Никто не пострадал.",
])
def test_unharmed_told_after_a_tally_uk_ru(text):
    assert uk_ru_contract(text, PUBLISHED)["incidents"] == []


@pytest.mark.parametrize("text", [
    "Russian forces shelled the Nikopol community 14 times overnight. A 60-year-old woman was wounded.",
    "The enemy attacked Marhanets with drones nine times on Friday, damaging two houses. No one was hurt.",
])
def test_a_hurt_person_or_a_hit_house_keeps_the_incident_en(text):
    assert len(en_contract_incidents(text, PUBLISHED)) == 1


@pytest.mark.parametrize("text", [
    "Ворог 14 разів обстріляв Нікопольську громаду. Поранено 60-річну жінку.",
    "Враг 14 раз обстрелял Никопольскую громаду. Ранена 60-летняя женщина.",
])
def test_a_hurt_person_keeps_the_incident_uk_ru(text):
    assert len(uk_ru_contract(text, PUBLISHED)["incidents"]) == 1
