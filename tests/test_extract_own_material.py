"""Statistics: an organisation's count of its own material (videos or clips it verified, testimonies it collected,
names in its annex) is no figure of the people shown or named (statistics.json `thing` media words, `own_part`);
a list of victims that is no part of the report (an exchange list) stays a figure. Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")


def figures(text: str) -> set[tuple[str, float]]:
    return {(s.facts.measure, s.facts.value) for s in extract(text, dt.date(2025, 3, 2), "en").statistics}


@pytest.mark.parametrize("text", [
    "In total, the OSINT team has archived 312 clips showing prisoners of war in captivity.",
    "The group has geolocated 312 recordings of captured soldiers held in Russian custody.",
    "Since 2022, investigators have collected 312 testimonies from people who were held captive.",
    "The project has published 312 images of prisoners held captive by the occupiers.",
])
def test_a_count_of_its_own_material_is_no_figure(text):
    assert not {f for f in figures(text) if f[1] == 312}


@pytest.mark.parametrize("text", [
    "The annex lists 58 names of civilians held in Russian captivity.",
    "Annex II gives the names of 58 detainees who remain in custody.",
    "The appendix contains a list of 58 civilians still held by Russia.",
])
def test_names_in_the_reports_annex_are_no_figure(text):
    assert not {f for f in figures(text) if f[1] == 58}


@pytest.mark.parametrize(("text", "figure"), [
    ("The exchange list includes the names of 339 deported Ukrainian children.", ("other", 339)),
    ("The list handed to Moscow holds the names of 339 abducted Ukrainian children.", ("other", 339)),
    ("At least 312 prisoners of war are held captive in the colony, the ombudsman said.", ("held_captive", 312)),
])
def test_near_miss_a_list_or_count_of_people_stays(text, figure):
    assert figure in figures(text)
