"""Statistics: a percent share of incidents or attacks ("38% of the incidents in which aid workers were hurt") is
no figure of people (statistics.json `share_of_acts`); a percent share of people killed, freed or of deaths stays
one. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")


def percents(text: str, language: str = "en") -> set[tuple[str, float]]:
    found = extract(text, dt.date(2025, 3, 2), language).statistics
    return {(s.facts.measure, s.facts.value) for s in found if s.facts.unit == "percent"}


@pytest.mark.parametrize(("text", "language"), [
    ("Shelling accounted for 38% of incidents in which humanitarian staff were killed or injured.", "en"),
    ("Artillery caused 38 per cent of the attacks in which aid workers were wounded, the forum said.", "en"),
    ("Drones were used in 38% of all recorded strikes that killed civilians this year.", "en"),
    ("Обстріли становили 38% інцидентів, у яких загинули або були поранені гуманітарні працівники.", "uk"),
    ("На обстрелы пришлось 38% инцидентов, в которых погибли или были ранены гуманитарные работники.", "ru"),
])
def test_a_share_of_incidents_is_no_figure(text, language):
    assert not percents(text, language)


@pytest.mark.parametrize(("text", "figure"), [
    ("Since February, 38% of the civilians killed in attacks on the region were women.", ("killed", 38)),
    ("According to the mission, 38% of released prisoners reported torture.", ("tortured", 38)),
    ("Nearly 38 per cent of civilian deaths this year were caused by glide bombs.", ("killed", 38)),
])
def test_near_miss_a_share_of_people_stays(text, figure):
    assert figure in percents(text)
