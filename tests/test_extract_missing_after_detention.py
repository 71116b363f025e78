"""Statistics: people detained or held whose fate is now unknown are counted as missing (CONTRACT.md measure
`missing`), the detention being how they went (steps/statistics.py `_missing_since`); a missing count in a clause of
its own beside a count of people detained keeps both apart. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")


def figures(text: str, language: str = "en") -> set[tuple[str, float]]:
    return {(s.facts.measure, s.facts.value) for s in extract(text, dt.date(2025, 3, 2), language).statistics}


@pytest.mark.parametrize(("text", "language"), [
    ("At least 27 men who were detained by Russian forces are still missing.", "en"),
    ("A further 27 people detained in the region are missing, the group said.", "en"),
    ("The whereabouts of 27 people detained at checkpoints in the district remain unknown.", "en"),
    ("Since 2022, 27 residents have disappeared after being detained by the occupiers.", "en"),
    ("Щонайменше 27 чоловіків, затриманих окупантами, досі вважаються зниклими безвісти.", "uk"),
    ("Не менее 27 задержанных оккупантами жителей области до сих пор числятся пропавшими без вести.", "ru"),
])
def test_people_detained_and_now_missing_are_missing(text, language):
    found = figures(text, language)
    assert ("missing", 27) in found and not {f for f in found if f[1] == 27 and f[0] != "missing"}


@pytest.mark.parametrize(("text", "kept"), [
    ("Since 2022, 640 civilians have been detained by the occupiers and 27 are missing.", ("detained", 640)),
    ("In total, 130 residents are held in Russian captivity; 27 remain missing.", ("held_captive", 130)),
    ("Overall, 95 people remain in Russian captivity, while 27 others are missing.", ("held_captive", 95)),
])
def test_near_miss_a_count_held_beside_a_missing_count_stays_held(text, kept):
    found = figures(text)
    assert kept in found and ("missing", 27) in found
