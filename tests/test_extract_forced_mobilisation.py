"""Statistics: a total of people forcibly mobilised by the occupier is a figure of measure `other` (no measure of
CONTRACT.md names them; statistics.json measure `mobilised`), in English, Ukrainian and Russian; one dated
conscription in a named village stays an incident, and a state's own mobilisation (no coercion word) is no figure.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")


@pytest.mark.parametrize(("text", "language", "qualifier"), [
    ("Since 2022, 640 men have been forcibly mobilised in the occupied parts of the region.", "en", "exact"),
    ("The occupiers have forcibly conscripted at least 640 residents of the peninsula, the ombudsman said.", "en",
     "at_least"),
    ("In total, about 640 men from the occupied districts were forced into the Russian army.", "en", "about"),
    ("З 2022 року окупанти примусово мобілізували щонайменше 640 мешканців області.", "uk", "at_least"),
    ("Загалом близько 640 чоловіків з окупованих районів примусово мобілізовані до армії рф.", "uk", "about"),
    ("С 2022 года оккупанты принудительно мобилизовали не менее 640 жителей области.", "ru", "at_least"),
    ("Всего около 640 мужчин с оккупированных территорий насильно мобилизованы в армию рф.", "ru", "about"),
])
def test_a_total_forcibly_mobilised_is_an_other_figure(text, language, qualifier):
    found = {(s.facts.measure, s.facts.value, s.facts.qualifier) for s in
             extract(text, dt.date(2025, 3, 2), language).statistics}
    assert ("other", 640, qualifier) in found


@pytest.mark.parametrize("text", [
    "On 3 May, Russian troops forcibly mobilised 12 men in the village of Kalanchak.",
    "On 14 April soldiers forcibly conscripted 12 men at a checkpoint in Kalanchak.",
    "Russian forces forcibly mobilised 12 residents of Kalanchak on 3 May, relatives said.",
])
def test_near_miss_one_dated_conscription_in_a_village_stays_an_incident(text):
    result = extract(text, dt.date(2025, 3, 2), "en")
    assert not result.statistics
    assert any(i.facts.victims.min == 12 for i in result.incidents)


@pytest.mark.parametrize("text", [
    "Ukraine has mobilised thousands of men this year.",
    "Since 2022, the country has mobilised 640,000 soldiers, the ministry said.",
    "The army drafted 640 reservists in the region in March.",
])
def test_near_miss_a_mobilisation_without_coercion_is_no_figure(text):
    assert not extract(text, dt.date(2025, 3, 2), "en").statistics
