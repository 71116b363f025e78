"""Stage 24 (joinV): a strike of its own on a protected object (a hospital, a school) told after another place's
account, at a town whose earlier account told a strike on something else that hurt people, is another event there,
not more of the earlier one. The object named again, or a toll told with no strike of its own, still joins. All
texts are our own, in en, uk and ru."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2026, 3, 15)


def _incidents(text: str, lang: str) -> list[tuple[str, tuple[str, ...]]]:
    extraction = extract(text, PUBLISHED, lang)
    return sorted((i.facts.location.name if i.facts.location else "", i.facts.violations) for i in extraction.incidents)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ochakiv. Yesterday a Russian drone struck a car on the coast road. The driver, a 50-year-old man, was "
     "killed.\n\nParutyne. Overnight shells hit a house. An elderly woman was injured.\n\nLast night a Russian drone "
     "also hit the central hospital in Ochakiv. Two nurses were injured."),
    ("en", "In Ochakiv on Saturday a drone dropped a grenade on a minibus. One passenger died.\n\nIn Parutyne a "
     "mortar shell wounded a farmer.\n\nOn Saturday night a Russian drone hit a school in Ochakiv. A teacher was "
     "hurt."),
    ("en", "Ochakiv: yesterday a drone attacked a tractor in a field, killing the driver.\n\nParutyne: shells "
     "injured a woman in her yard.\n\nI must also tell you that yesterday a Russian drone struck the Ochakiv "
     "maternity hospital; three medics were wounded."),
    ("uk", "Очаків. Учора російський дрон атакував автомобіль на трасі. Загинув водій, 50-річний чоловік.\n\n"
     "Парутине. Уночі снаряди влучили в будинок. Поранено літню жінку.\n\nТакож учора російський дрон влучив у "
     "лікарню в Очакові. Поранено двох медсестер."),
    ("ru", "Очаков. Вчера российский дрон атаковал автомобиль на трассе. Погиб водитель, 50-летний мужчина.\n\n"
     "Парутино. Ночью снаряды попали в дом. Ранена пожилая женщина.\n\nТакже вчера российский дрон попал в "
     "больницу в Очакове. Ранены две медсестры."),
])
def test_a_hospital_struck_after_a_car_at_the_same_town_is_another_event(lang, text):
    found = _incidents(text, lang)
    at_first = [v for place, v in found if place in ("Ochakiv", "Очаків", "Очаков")]
    assert len(at_first) == 2, found
    assert sum("attack_on_protected_objects" in v for v in at_first) == 1, found


@pytest.mark.parametrize(("lang", "text"), [
    # the lead tells the hospital strike; the same hospital told again with its day below
    ("en", "A Russian drone hit the Ochakiv district hospital, injuring two nurses.\n\nParutyne. Overnight shells "
     "hit a house. An elderly woman was injured.\n\nOn the night to 14 March a drone hit the hospital in Ochakiv."),
    # a car strike, then only its outcome told later in hospital, with no strike of its own
    ("en", "Ochakiv. Yesterday a Russian drone struck a car on the coast road. The driver was injured.\n\nParutyne. "
     "Overnight shells hit a house. An elderly woman was injured.\n\nIn Ochakiv the driver died in hospital today."),
    ("uk", "Російський дрон влучив у лікарню в Очакові, поранено двох медсестер.\n\nПарутине. Уночі снаряди влучили "
     "в будинок. Поранено літню жінку.\n\nУ ніч на 14 березня дрон влучив у лікарню в Очакові."),
    ("ru", "Российский дрон попал в больницу в Очакове, ранены две медсестры.\n\nПарутино. Ночью снаряды попали в "
     "дом. Ранена пожилая женщина.\n\nВ ночь на 14 марта дрон попал в больницу в Очакове."),
])
def test_the_same_object_told_again_or_an_outcome_still_joins(lang, text):
    found = _incidents(text, lang)
    at_first = [v for place, v in found if place in ("Ochakiv", "Очаків", "Очаков")]
    assert len(at_first) == 1, found
