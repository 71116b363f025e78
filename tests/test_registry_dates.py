"""List dates: day first as Ukrainian offices write them, other formats read, guesses flagged."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warcrimes.registry.dates import AMBIGUOUS, MONTH_FIRST, TWO_DIGIT_YEAR, date_from_cell, parse_date
from warcrimes.registry.records import PartialDate, RegistryInputError

TODAY = dt.date(2024, 6, 1)


@pytest.mark.parametrize(("text", "value"), [
    ("12.03.1990", PartialDate(1990, 3, 12)),
    ("1.3.1990", PartialDate(1990, 3, 1)),
    ("1990-03-12", PartialDate(1990, 3, 12)),
    ("03.2022", PartialDate(2022, 3)),
    ("2022-03", PartialDate(2022, 3)),
    ("1990", PartialDate(1990)),
    ("12 березня 1990 р.", PartialDate(1990, 3, 12)),
    ("12 марта 1990 г.", PartialDate(1990, 3, 12)),
    ("березень 2022", PartialDate(2022, 3)),
    ("March 2022", PartialDate(2022, 3)),
])
def test_dates_in_the_formats_lists_use_are_read_without_a_note(text: str, value: PartialDate) -> None:
    assert parse_date(text, kind="birth", today=TODAY) == parse_date(text, kind="event", today=TODAY)
    read = parse_date(text, kind="birth", today=TODAY)
    assert (read.value, read.note) == (value, None)


def test_a_slash_date_that_could_be_either_way_is_read_day_first_and_flagged() -> None:
    read = parse_date("03/04/1990", kind="birth", today=TODAY)
    assert (read.value, read.note) == (PartialDate(1990, 4, 3), AMBIGUOUS)


def test_a_slash_date_that_can_only_be_month_first_is_read_so_and_flagged() -> None:
    read = parse_date("04/23/1990", kind="birth", today=TODAY)
    assert (read.value, read.note) == (PartialDate(1990, 4, 23), MONTH_FIRST)


def test_a_dot_date_is_day_first_by_convention_and_not_flagged() -> None:
    assert parse_date("03.04.1990", kind="birth", today=TODAY).note is None


def test_two_digit_years_go_to_the_past_for_births_and_this_century_for_events() -> None:
    assert parse_date("12.03.85", kind="birth", today=TODAY) .value == PartialDate(1985, 3, 12)
    assert parse_date("12.03.05", kind="birth", today=TODAY).value == PartialDate(2005, 3, 12)
    event = parse_date("12.03.23", kind="event", today=TODAY)
    assert (event.value, event.note) == (PartialDate(2023, 3, 12), TWO_DIGIT_YEAR)


@pytest.mark.parametrize(("text", "message"), [
    ("31.02.1990", "not a real calendar date"),
    ("next week", "not a date in a known format"),
    ("12.03.2031", "in the future"),
    ("12.03.1850", "before 1900"),
    ("32874", "spreadsheet's day number"),
    ("1" * 200, "too long"),
])
def test_an_unreadable_date_gets_a_sentence_that_does_not_repeat_it(text: str, message: str) -> None:
    with pytest.raises(RegistryInputError, match=message) as caught:
        parse_date(text, kind="birth", today=TODAY)
    assert text not in str(caught.value)


def test_a_real_date_cell_from_a_spreadsheet_is_taken_as_it_is() -> None:
    assert date_from_cell(dt.datetime(1990, 3, 12), kind="birth", today=TODAY).value == PartialDate(1990, 3, 12)
    assert date_from_cell("12.03.1990", kind="birth", today=TODAY).value == PartialDate(1990, 3, 12)


@given(st.text(max_size=50))
def test_any_text_is_read_as_a_past_date_or_refused_with_a_sentence(text: str) -> None:
    try:
        read = parse_date(text, kind="event", today=TODAY)
    except RegistryInputError as refused:
        assert str(refused).endswith(("YYYY, or '12 березня 1990'", "year", "again"))
    else:
        assert dt.date(1900, 1, 1) <= read.value.first_day <= TODAY
