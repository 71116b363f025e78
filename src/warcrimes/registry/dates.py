"""Dates as offices write them in lists: day first (12.03.1990), ISO, month and year, or in words.

Ukrainian and Russian offices write the day first with dots; a dot date is read day-first without
comment. With slashes or hyphens a spreadsheet may have written the month first, so a date like
03/04/1990 is read day-first and flagged as ambiguous; 04/23/1990 can only be month-first and is
read so, flagged. Two-digit years are flagged. Messages never repeat the value (it may be a birth
date). No clock: the caller passes today.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from warcrimes.registry.records import PartialDate, RegistryInputError

DateKind = Literal["birth", "event"]
FORMATS = "DD.MM.YYYY, YYYY-MM-DD, MM.YYYY, YYYY, or '12 березня 1990'"
EARLIEST_YEAR = 1900
# Bounded, anchored patterns: nothing here can backtrack badly.
_NUMERIC = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})", re.ASCII)
_ISO = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?", re.ASCII)
_MONTH_YEAR = re.compile(r"(\d{1,2})[./](\d{4})", re.ASCII)
_YEAR = re.compile(r"\d{4}", re.ASCII)
_SERIAL = re.compile(r"\d{5}(?:\.0+)?", re.ASCII)

AMBIGUOUS = "ambiguous_day_month"
MONTH_FIRST = "month_first"
TWO_DIGIT_YEAR = "two_digit_year"


@dataclass(frozen=True)
class ReadDate:
    """A date read from a list, and a note when the reading involved a guess."""

    value: PartialDate
    note: str | None = None


@cache
def _month_words() -> tuple[dict[str, int], frozenset[str]]:
    path = resources.files("warcrimes.registry") / "data" / "months.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    words = {word: number for number, names in enumerate(raw["months"], start=1) for word in names}
    return words, frozenset(raw["year_words"])


def _fail(problem: str) -> RegistryInputError:
    return RegistryInputError(f"{problem}; write it as {FORMATS}")


def _make(year: int, month: int | None, day: int | None) -> PartialDate:
    try:
        return PartialDate(year, month, day)
    except RegistryInputError:
        raise _fail("not a real calendar date") from None


def _full_year(two_digits: int, kind: DateKind, today: dt.date) -> int:
    """A birth year 25 is 1925 if 2025 is still ahead, an event year is always this century."""
    if kind == "event":
        return 2000 + two_digits
    return 2000 + two_digits if 2000 + two_digits <= today.year else 1900 + two_digits


def _numeric(match: re.Match[str], kind: DateKind, today: dt.date) -> ReadDate:
    first, separator, second, year_text = match.groups()
    a, b = int(first), int(second)
    year = int(year_text) if len(year_text) == 4 else _full_year(int(year_text), kind, today)
    note = TWO_DIGIT_YEAR if len(year_text) == 2 else None
    if b > 12 >= a:
        return ReadDate(_make(year, a, b), MONTH_FIRST)
    if separator != "." and a <= 12 and b <= 12 and a != b:
        note = AMBIGUOUS
    return ReadDate(_make(year, b, a), note)


def _in_words(text: str) -> ReadDate | None:
    months, year_words = _month_words()
    tokens = [t for t in text.replace(",", " ").split() if t not in year_words]
    if len(tokens) not in (2, 3) or not tokens[-1].isdecimal() or len(tokens[-1]) != 4:
        return None
    month = months.get(tokens[-2].rstrip("."))
    if month is None:
        return None
    if len(tokens) == 3:
        return ReadDate(_make(int(tokens[-1]), month, int(tokens[0]))) if tokens[0].isdecimal() else None
    return ReadDate(_make(int(tokens[-1]), month, None))


def _read(text: str, kind: DateKind, today: dt.date) -> ReadDate:
    if (match := _NUMERIC.fullmatch(text)) is not None:
        return _numeric(match, kind, today)
    if (match := _ISO.fullmatch(text)) is not None:
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        return ReadDate(_make(year, month, day))
    if (match := _MONTH_YEAR.fullmatch(text)) is not None:
        return ReadDate(_make(int(match.group(2)), int(match.group(1)), None))
    if _YEAR.fullmatch(text):
        return ReadDate(_make(int(text), None, None))
    if _SERIAL.fullmatch(text):
        raise RegistryInputError("a spreadsheet's day number, not a date: format the column as dates or text "
                                 "in the spreadsheet and save the list again")
    in_words = _in_words(text)
    if in_words is None:
        raise _fail("not a date in a known format")
    return in_words


def parse_date(text: str, *, kind: DateKind, today: dt.date) -> ReadDate:
    """Read one date cell; raises RegistryInputError with a sentence that does not repeat the value."""
    cleaned = " ".join(text.strip().lower().split())
    if len(cleaned) > 40:
        raise _fail("too long to be a date")
    read = _read(cleaned, kind, today)
    if read.value.first_day > today:
        raise RegistryInputError("the date lies in the future; check the day, month and year")
    if read.value.year < EARLIEST_YEAR:
        raise RegistryInputError(f"the date is before {EARLIEST_YEAR}; check the year")
    return read


def date_from_cell(value: object, *, kind: DateKind, today: dt.date) -> ReadDate:
    """A spreadsheet cell: a real date (XLSX) is taken as it is, text is parsed."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        if value > today:
            raise RegistryInputError("the date lies in the future; check the day, month and year")
        return ReadDate(PartialDate.of(value))
    return parse_date(str(value), kind=kind, today=today)
