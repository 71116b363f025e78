"""Statistics over time: one series per measure and population, points in date order with sources."""

from __future__ import annotations

import datetime as dt

from warcrimes.domain.facts import StatisticFacts
from warcrimes.domain.hashing import content_hash
from warcrimes.domain.records import ExtractedStatistic, Extraction, NewReport
from warcrimes.queries.statistics import series
from warcrimes.services.reports import add_report
from warcrimes.store import Store


def state(store: Store, text: str, published: dt.date, publisher: str, *figures: StatisticFacts) -> None:
    original = text.encode()
    add_report(store, NewReport(content_hash(original), original, text, "text/plain", published,
                               publisher=publisher),
                     Extraction(statistics=tuple(ExtractedStatistic(f) for f in figures)), actor="system")


def captive(value: float, as_of: dt.date | None, qualifier: str = "about") -> StatisticFacts:
    return StatisticFacts("held_captive", "mixed", value, qualifier, "persons", as_of, "Ukraine's Ombudsman")


def test_captives_reported_month_after_month_form_one_series_in_date_order(store: Store) -> None:
    state(store, "In July about 28,500 citizens are held captive.", dt.date(2024, 7, 10), "Telegram",
          captive(28500, dt.date(2024, 7, 10)))
    state(store, "In January about 27,500 citizens are held captive.", dt.date(2024, 1, 28), "Telegram",
          captive(27500, dt.date(2024, 1, 28)))
    state(store, "At least 560 children killed.", dt.date(2024, 9, 5), "Children of War Watch",
          StatisticFacts("killed", "child", 560, "at_least", "persons", dt.date(2024, 9, 5)))
    [held] = series(store, measure="held_captive")
    assert [p.value for p in held.points] == [27500, 28500] and held.change == 1000
    assert held.points[0].sources == ("Telegram",) and held.points[0].dated_by == "as_of"
    assert len(series(store)) == 2


def test_a_figure_repeated_by_a_near_copy_is_one_point_with_both_sources(store: Store) -> None:
    text = ("Today, about 28,500 Ukrainian citizens are in Russian captivity, the Ombudsman said, "
            "adding that fourteen children were taken from the Tokmak boarding school.")
    figure = captive(28500, dt.date(2024, 7, 10))
    state(store, text, dt.date(2024, 7, 10), "Telegram", figure)
    state(store, "Repost: " + text, dt.date(2024, 7, 10), "Digest", figure)
    [held] = series(store)
    assert len(held.points) == 1 and held.points[0].sources == ("Telegram", "Digest")


def test_an_undated_figure_takes_the_report_date(store: Store) -> None:
    state(store, "Some 28,000 held.", dt.date(2024, 2, 25), "Wire", captive(28000, None))
    [held] = series(store)
    assert held.points[0].as_of == dt.date(2024, 2, 25) and held.points[0].dated_by == "published"
