"""Figures from the registry: counts of persons by derived status, over time, beside stated figures."""

from __future__ import annotations

import datetime as dt

from warcrimes.registry.figures import beside_stated, registry_figures, series
from warcrimes.registry.records import PartialDate, StatusEntry, StatusSource

LIST = StatusSource("list", "SHA-256:ab:row-2")


def entry(kind: str, day: dt.date, place: str | None = None) -> StatusEntry:
    return StatusEntry(kind, PartialDate.of(day), LIST, place_id=place)


PERSONS = [
    ("military", [entry("missing", dt.date(2022, 3, 1)), entry("held", dt.date(2022, 5, 1), "p")]),
    ("military", [entry("held", dt.date(2022, 4, 1), "p"), entry("released", dt.date(2023, 1, 8))]),
    ("civilian", [entry("held", dt.date(2022, 4, 1), "p"), entry("released", dt.date(2022, 9, 21))]),
    ("civilian", [entry("missing", dt.date(2022, 3, 1))]),
    ("military", [entry("killed", dt.date(2022, 7, 29)), entry("released", dt.date(2023, 1, 8))]),
    ("unknown", []),
]


def test_persons_are_counted_by_the_group_of_their_derived_status_and_category() -> None:
    figures = registry_figures(PERSONS)
    assert figures.by_group == {"missing": 1, "held": 1, "released": 3, "dead": 0}
    assert figures.by_category["civilian"] == {"missing": 1, "held": 0, "released": 1, "dead": 0}
    assert figures.no_history == 1 and figures.needs_review == 1
    assert figures.to_json()["held"] == 1 and figures.to_json()["released"] == 3


def test_figures_over_time_follow_the_histories() -> None:
    moments = series(PERSONS, [dt.date(2022, 3, 31), dt.date(2022, 8, 31), dt.date(2023, 1, 31)])
    assert [(f.by_group["missing"], f.by_group["held"], f.by_group["released"], f.by_group["dead"])
            for _, f in moments] == [(2, 0, 0, 0), (1, 3, 0, 1), (1, 1, 3, 0)]


def test_stated_figures_are_set_beside_the_registrys_with_the_difference() -> None:
    assert beside_stated(registry_figures(PERSONS), {"released": 3135, "held": 28000}) == {
        "released": {"registry": 3, "stated": 3135, "difference": 3132},
        "held": {"registry": 1, "stated": 28000, "difference": 27999}}
