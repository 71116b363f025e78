"""A sentence telling no act that opens with a marker of another case ("Окрім того, прокурори розслідують обстріл
X.", "Кроме того, следователи изучают обстрел X.") starts another incident: the act told after it does not join
the case before, and takes the place that sentence names and the day told right before its toll."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 3, 10)
UK_FIRST = ("Прокурори повідомили про підозру командиру російського підрозділу, який катував двох жителів "
            "Ворожби.\n\n")
RU_FIRST = "Следователи установили командира, который пытал двоих жителей Грайворона.\n\n"


@pytest.mark.parametrize(("text", "language", "town"), [
    (UK_FIRST + "Окрім того, прокурори розслідують обстріл Шостки. 3 березня російська армія вдарила по місту "
     "дронами. Загинули двоє цивільних.", "uk", "Shostka"),
    (UK_FIRST + "Крім того, слідчі встановлюють обставини удару по Глухову. 3 березня окупанти атакували місто. "
     "Загинули двоє цивільних.", "uk", "Hlukhiv"),
    (RU_FIRST + "Кроме того, следователи изучают обстоятельства обстрела Шебекино. 3 марта ВСУ ударили по городу "
     "дронами. Погибли двое мирных жителей.", "ru", "Shebekino"),
])
def test_the_other_case_is_its_own_incident_at_its_place(text, language, town):
    incidents = extract(text, PUBLISHED, language=language).incidents
    assert len(incidents) == 2
    second = incidents[1].facts
    assert second.location is not None and second.location.name == town
    assert second.victims.min == 2
    assert second.date is not None and (second.date.start.month, second.date.start.day) == (3, 3)


def test_a_detail_sentence_without_the_marker_stays_with_the_case():
    text = UK_FIRST.replace("катував двох жителів Ворожби", "3 березня обстріляв Ворожбу") + (
        "Прокурори розслідують обставини обстрілу. Загинули двоє цивільних.")
    incidents = extract(text, PUBLISHED, language="uk").incidents
    assert len(incidents) == 1
