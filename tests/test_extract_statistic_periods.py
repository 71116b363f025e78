"""Statistics say what span of time they cover, and series keep running totals apart from monthly figures."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.domain.facts import StatisticFacts
from warcrimes.domain.hashing import content_hash
from warcrimes.domain.records import ExtractedStatistic, Extraction, NewReport
from warcrimes.extract import extract
from warcrimes.queries.statistics import series
from warcrimes.services.reports import add_report
from warcrimes.store import Store

pytestmark = pytest.mark.usefixtures("fake_gazetteer")


def periods(text: str) -> dict[float, dict | None]:
    found = extract(text, dt.date(2024, 3, 1)).to_contract()["statistics"]
    return {s["value"]: s.get("period") for s in found}


def test_a_running_total_since_the_invasion_is_cumulative():
    found = periods("Since February 24, 2022, at least 10,500 civilians have been killed in Ukraine, monitors said.")
    assert found[10500] == {"kind": "cumulative", "start": "2022-02-24", "end": "2024-03-01"}


def test_a_monthly_toll_covers_its_month():
    found = periods("Monitors said 120 civilians were killed across Ukraine in January.")
    assert found[120] == {"kind": "period", "start": "2024-01-01", "end": "2024-01-31"}


def test_a_figure_as_of_a_day_is_a_point():
    found = periods("As of February 20, about 28,000 Ukrainians remain in Russian captivity, the Ombudsman said.")
    assert found[28000]["kind"] == "point"


def test_a_figure_the_text_does_not_date_has_no_period():
    assert periods("Ukraine brought home 100 prisoners of war in an exchange, the headquarters said.")[100] is None


def killed(value: float, as_of: dt.date, kind: str) -> StatisticFacts:
    return StatisticFacts(
        "killed",
        "civilian",
        value,
        "exact",
        "persons",
        as_of,
        "HRMMU",
        period={"kind": kind, "start": None, "end": None},
    )


def test_series_keep_cumulative_and_monthly_figures_apart(store: Store) -> None:
    for text, published, figure in (
        (
            "Since the invasion 10,000 civilians were killed.",
            dt.date(2024, 1, 15),
            killed(10000, dt.date(2024, 1, 15), "cumulative"),
        ),
        ("In January 120 civilians were killed.", dt.date(2024, 2, 10), killed(120, dt.date(2024, 1, 31), "period")),
        (
            "Since the invasion 10,120 civilians were killed.",
            dt.date(2024, 2, 10),
            killed(10120, dt.date(2024, 2, 10), "cumulative"),
        ),
    ):
        original = text.encode()
        add_report(
            store, NewReport(content_hash(original), original, text, "text/plain", published, publisher="UN"),
            Extraction(statistics=(ExtractedStatistic(figure),)), actor="system")
    found = {s.period: [p.value for p in s.points] for s in series(store, measure="killed")}
    assert found == {"cumulative": [10000, 10120], "period": [120]}


def test_people_held_captive_are_counted_on_a_day():
    found = periods("On Feb. 25 the Ombudsman said 28,000 Ukrainians are held captive by Russia.")
    assert found[28000]["kind"] == "point"
