"""Stage 17 (issue 8): the day a body was returned or handed over comes after the death and dates nothing; a day
told before "and" and the handover belongs to the act before it."""

from __future__ import annotations

import pytest

from extract_fixtures import incident_days

pytestmark = pytest.mark.usefixtures("fake_gazetteer")


dates = incident_days


@pytest.mark.parametrize("text", [
    "A Ukrainian prisoner of war died in Russian custody in Izium after beatings; his body was handed over on "
    "14 February.",
    "A Ukrainian serviceman died in Russian captivity in Izium after beatings. His body was returned on 14 February.",
    "A detained teacher from Kherson died in Russian custody after torture; Russia repatriated her remains on "
    "14 February.",
])
def test_a_body_handed_over_dates_no_death(text):
    assert dates(text) == [None]


@pytest.mark.parametrize(("text", "day"), [
    ("Russian troops shot two civilians in Izium on 3 March and returned their bodies to relatives on 5 March.", 3),
    ("A Ukrainian prisoner of war died in Russian custody in Izium on 9 January; his body was handed over on "
     "14 February.", 9),
])
def test_the_death_keeps_its_own_day(text, day):
    found = dates(text)
    assert found and found[0] is not None and found[0][0].day == day
