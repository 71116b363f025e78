"""Statistics: people said to be in places of detention or still held are a count of people held (held_captive), in
English, Ukrainian and Russian; people back at work or on duty (medics after their release) are no count of people
freed (statistics.json measure `none`). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")


def figures(text: str, language: str) -> set[tuple[str, float, str]]:
    result = extract(text, dt.date(2025, 3, 2), language)
    return {(s.facts.measure, s.facts.value, s.facts.qualifier) for s in result.statistics}


@pytest.mark.parametrize(("text", "language", "figure"), [
    ("At least 61 civilians from the region remain in places of detention, the ombudsman said.", "en",
     ("held_captive", 61, "at_least")),
    ("According to the ombudsman, more than 1,000 civilians from Kherson are still in places of detention in Russia.",
     "en", ("held_captive", 1000, "at_least")),
    ("Some 300 residents of the region are in places of confinement run by the occupiers.", "en",
     ("held_captive", 300, "about")),
    ("Щонайменше 61 цивільний з області перебуває у місцях несвободи.", "uk", ("held_captive", 61, "at_least")),
    ("У місцях позбавлення волі перебувають щонайменше 45 мешканців Запорізької області.", "uk",
     ("held_captive", 45, "at_least")),
    ("Ще 300 мешканців області досі утримуються окупантами.", "uk", ("held_captive", 300, "exact")),
    ("Не менее 61 мирного жителя области находятся в местах несвободы.", "ru", ("held_captive", 61, "at_least")),
    ("Около 300 жителей области до сих пор удерживаются оккупантами.", "ru", ("held_captive", 300, "about")),
    ("В местах лишения свободы находятся не менее 45 жителей Херсонской области.", "ru",
     ("held_captive", 45, "at_least")),
])
def test_people_in_places_of_detention_or_still_held_are_held_captive(text, language, figure):
    assert figure in figures(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Two of the paramedics returned to duty last month.", "en"),
    ("Since their release in March, 11 ambulance workers have gone back to work.", "en"),
    ("Three of the nurses have resumed their duties at the district hospital.", "en"),
    ("Двоє медиків уже повернулися до роботи після звільнення.", "uk"),
    ("Троє звільнених фельдшерів вийшли на роботу в районній лікарні.", "uk"),
    ("Двое медиков уже вернулись к работе после освобождения.", "ru"),
    ("Трое фельдшеров после плена вышли на работу в районной больнице.", "ru"),
])
def test_people_back_at_work_are_no_count_of_people_freed(text, language):
    assert not any(measure == "released" for measure, _, _ in figures(text, language))


@pytest.mark.parametrize(("text", "language", "value"), [
    ("In total, 34 medics were returned from captivity in the latest exchange.", "en", 34),
    ("Загалом з полону повернули 34 медиків.", "uk", 34),
    ("Всего из плена вернули 34 медиков.", "ru", 34),
])
def test_near_miss_medics_returned_from_captivity_are_released(text, language, value):
    assert any(m == "released" and v == value for m, v, _ in figures(text, language))
