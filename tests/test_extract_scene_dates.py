"""A day set in a scene-setting sentence inside an account ('On May 3, troops stormed the trench near X.')
dates the act told around it; days of attribution ('reported on May 9') or of a court step do not."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2024, 5, 20)


def dates(text: str) -> list[dict | None]:
    return [i["date"] for i in extract(text, PUBLISHED).to_contract()["incidents"]]


@pytest.mark.parametrize("text", [
    "Russian soldiers shot three captured Ukrainian soldiers near Bakhmut. On May 3, the Russians stormed the "
    "trenches near Bakhmut. They then shot the three men who had laid down their arms.",
    "Troops executed two prisoners of war near Avdiivka. The assault on the positions near Avdiivka began on "
    "May 3 at dawn. The two were shot after they surrendered.",
    "Occupiers shot four unarmed Ukrainian defenders near Pokrovsk. Fighting around Pokrovsk was heavy on May 3, "
    "and the four were cut off from their unit.",
])
def test_a_day_set_in_the_scene_dates_the_killing(text):
    assert dates(text) == [{"start": "2024-05-03", "end": "2024-05-03"}]


@pytest.mark.parametrize("text", [
    "Russian soldiers shot three captured Ukrainian soldiers near Bakhmut. This was reported by the "
    "Prosecutor General's Office on May 9.",
    "Russian soldiers shot three captured Ukrainian soldiers near Bakhmut. Prosecutors charged a Russian officer "
    "with giving the order on May 9.",
])
def test_the_day_of_the_report_or_of_a_court_step_dates_nothing(text):
    assert dates(text) == [None]
