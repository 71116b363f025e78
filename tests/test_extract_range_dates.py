"""Stage 17 (issue 8): a stretch of days opened by "from" and closed by its end ("from 3 to 5 March") dates the
act; only an open "since"/"from" day with no end told is a start things ran on from."""

from __future__ import annotations

import pytest

from extract_fixtures import incident_days

pytestmark = pytest.mark.usefixtures("fake_gazetteer")


dates = incident_days


@pytest.mark.parametrize(("text", "span"), [
    ("Russian soldiers held two brothers in a garage in Izium from 3 to 5 March and beat them.", (3, 5)),
    ("Russian soldiers held two brothers in a garage in Izium for two days, from 3 March to 5 March, and beat "
     "them.", (3, 5)),
    ("From 10 to 14 April, troops tortured detained residents of Kherson in a police station basement.", (10, 14)),
])
def test_a_closed_stretch_after_from_dates_the_act(text, span):
    found = dates(text)
    assert found and found[0] is not None
    assert (found[0][0].day, found[0][1].day) == span


def test_an_open_since_day_still_dates_no_act():
    assert dates("He has been held in Izium since 3 March and is beaten daily.") == [None]
