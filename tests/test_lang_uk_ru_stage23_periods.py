"""Stage 23 (Ukrainian, Russian): a count told over a span of months running to the report, naming no settlement in
its clause, is a period's figure measured by the act it counts (statistics.json `long_since`, `tally_act`); one act
with its day and village stays an incident. All texts are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 6, 10)


@pytest.mark.parametrize(("lang", "text", "measure", "value"), [
    ("uk", "З березня 2022 року правозахисники задокументували затримання 214 цивільних у Запорізькій області.",
     "detained", 214),
    ("uk", "За останній рік монітори зафіксували викрадення 57 мешканців Херсонської області.", "detained", 57),
    ("uk", "Від початку року на окупованих територіях області зафіксовано депортацію 40 дітей.", "deported", 40),
    ("uk", "Від початку повномасштабного вторгнення в області зафіксовано вбивство 312 цивільних.", "killed", 312),
    ("ru", "С марта 2022 года правозащитники задокументировали задержание 214 мирных жителей в Запорожской области.",
     "detained", 214),
    ("ru", "За последний год мониторы зафиксировали похищение 57 жителей Херсонской области.", "detained", 57),
    ("ru", "С начала года в оккупированных районах области зафиксирована депортация 40 детей.", "deported", 40),
    ("ru", "С начала полномасштабного вторжения в области зафиксировано убийство 312 мирных жителей.", "killed", 312),
])
def test_acts_counted_over_months_are_a_statistic_measured_by_the_act(lang, text, measure, value):
    extraction = extract(text, PUBLISHED, lang)
    assert extraction.incidents == ()
    assert [(s.facts.measure, s.facts.value) for s in extraction.statistics] == [(measure, value)]


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "3 березня 2023 року в Пологах окупанти затримали 14 чоловіків."),
    ("ru", "3 марта 2023 года в Пологах оккупанты задержали 14 мужчин."),
])
def test_a_detention_with_its_day_and_village_stays_an_incident(lang, text):
    extraction = extract(text, PUBLISHED, lang)
    [incident] = extraction.incidents
    assert incident.facts.victims.min == 14
    assert incident.facts.location.name == "Polohy"
    assert extraction.statistics == ()
