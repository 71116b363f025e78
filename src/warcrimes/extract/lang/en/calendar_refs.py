"""Calendar references in tokens: "Feb. 24", "24 February 2024", "2024-02-24", "Feb. 18-20", ranges.

The absolute half of the date grammar; dates.py adds the deictic half ("last week",
"yesterday", "on Monday") on top of CalendarReader. A date without a year is the most recent
one not more than `year_slack_days` (dates.json) after publication.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from warcrimes.extract.engine.language import load
from warcrimes.extract.engine.text import Tokens
from warcrimes.extract.engine.values import DateHit as Hit

LEXICON = load("en").table("dates.json", ("months", "weekdays", "month_parts", "seasons", "small_counts"))
MONTHS: dict[str, int] = LEXICON["months"]
WEEKDAYS: dict[str, int] = LEXICON["weekdays"]
DAY = dt.timedelta(days=1)
PREPOSITIONS = frozenset(LEXICON["prepositions"])
_AMBIGUOUS = frozenset(LEXICON["ambiguous_months"])
_CONNECTORS = frozenset(LEXICON["range_connectors"])
_SLACK = dt.timedelta(days=int(LEXICON["year_slack_days"]))
_ANCHOR_WORDS = tuple(LEXICON["anchors"])
_SPAN_OPENERS = frozenset(LEXICON["span_openers"])
ORDINAL_DAYS: dict[str, int] = LEXICON["ordinal_days"]  # "the twelfth of November" (stage 25)
_FULL_MONTHS = frozenset(max((w for w in MONTHS if MONTHS[w] == m), key=len) for m in range(1, 13))


@dataclass(frozen=True, slots=True)
class Ref:
    """A calendar reference before year resolution: any of month, day, year may be missing."""

    stop: int
    month: int | None
    day: int | None
    year: int | None


def day_number(word: str) -> int | None:
    """1-31 from "24" or "24th"."""
    if not word.isascii():
        return None
    if word[-2:] in ("st", "nd", "rd", "th"):
        word = word[:-2]
    if 0 < len(word) <= 2 and word.isdigit():
        day = int(word)
        return day if 1 <= day <= 31 else None
    return None


def year_number(word: str) -> int | None:
    if len(word) == 4 and word.isascii() and word.isdigit():
        year = int(word)
        return year if 1900 <= year <= 2100 else None
    return None


def month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return following - DAY


def shift_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month `months` months earlier (clamped to the month's end)."""
    year, month0 = divmod(day.year * 12 + day.month - 1 - months, 12)
    return dt.date(year, month0 + 1, min(day.day, month_end(year, month0 + 1).day))


# month-part bounds that also part a year: (months before the first, last month)
YEAR_SPANS = {(1, 10): (0, 4), (11, 20): (4, 8), (21, 31): (8, 12), (1, 15): (0, 6), (16, 31): (6, 12)}


def year_part(year: int, bounds: list[int]) -> tuple[dt.date, dt.date] | None:
    """Thirds of a year: "early 2023" = January-April, "mid" = May-August, "late" = September-December; halves:
    "the first half of 2023" = January-June. A week or the first days of a year is no part read here (None)."""
    span = YEAR_SPANS.get((bounds[0], bounds[1]))
    if span is None:
        return None
    return dt.date(year, span[0] + 1, 1), month_end(year, span[1])


class CalendarReader:
    """Reads calendar references (month, day, year, ranges) in one token list for one publication date."""

    def __init__(self, tokens: Tokens, published: dt.date) -> None:
        self.t = tokens
        self.low = tokens.lower
        self.n = len(tokens.lower)
        self.p = published
        self.told: tuple[int, int] | None = None  # (year, month) of the last reference told with its year
        self.story: tuple[int, int] | None = None  # the same, not opening a span to the report ("since ...")
        self.yearless: set[int] = set()  # first tokens of days told with no year, read in the publication's year
        self._month_first: bool | None = None  # slashed dates month first ("5/14/2024"), read once from the text

    # -- token helpers ---------------------------------------------------------------------------
    def at(self, i: int) -> str:
        return self.low[i] if 0 <= i < self.n else ""

    def month_at(self, i: int) -> int | None:
        """A month name at token i, capitalised as a name is (lowercase "march" is a verb)."""
        month = MONTHS.get(self.at(i))
        return month if month and self.t.words[i][0].isupper() else None

    def after_dot(self, i: int) -> int:
        """Skip the abbreviation dot of "Feb." (not the full stop after "May.") when it touches the word."""
        if self.at(i) == "." and self.t.touching(i - 1) and self.at(i - 1) not in _FULL_MONTHS:
            return i + 1
        return i

    # -- calendar references -------------------------------------------------------------------
    def ref(self, i: int) -> Ref | None:
        """Month [day] [, year] | day [of] month [year] | ISO | dd.mm.yyyy, starting at token i."""
        low = self.at(i)
        month = self.month_at(i)
        if month:
            j = self.after_dot(i + 1)
            day = day_number(self.at(j))
            if day:
                j += 1
            k = j + 1 if self.at(j) in (",", "of") else j
            year, after = self.year_at(k)
            if year:
                j = after
            if day is None and year is None and low in _AMBIGUOUS and self.at(i - 1) not in PREPOSITIONS:
                return None
            return Ref(j, month, day, year)
        day = day_number(low)
        if day is None and self.at(i + 1) == "of" and self.at(i - 1) == "the":
            day = ORDINAL_DAYS.get(low)  # "the twelfth of November": a word ordinal only before "of" and a month
        if day:
            j = i + 2 if self.at(i + 1) == "of" else i + 1
            month = self.month_at(j) if j < self.n else None
            if month:
                j = self.after_dot(j + 1)
                k = j + 1 if self.at(j) == "," else j
                year, after = self.year_at(k)
                return Ref(after if year else j, month, day, year)
            return self.numeric(i)
        year = year_number(low)
        if year and self.at(i + 1) == "-" and self.t.touching(i) and self.t.touching(i + 1):
            month, day = day_number(self.at(i + 2)), day_number(self.at(i + 4))
            if month and month <= 12 and day and self.at(i + 3) == "-" and self.t.touching(i + 2):
                return Ref(i + 5, month, day, year)
        return None

    def year_at(self, k: int) -> tuple[int | None, int]:
        """An explicit year at token k ("2022", "last year", "this year") and the token after it."""
        year = year_number(self.at(k))
        if year:
            return year, k + 1
        if self.at(k) in ("last", "this") and self.at(k + 1) == "year":
            return self.p.year - (self.at(k) == "last"), k + 2
        return None, k

    def numeric(self, i: int) -> Ref | None:
        """24.02.2024 or 24/02/2024: day first (Ukrainian and European usage) unless that cannot be."""
        sep = self.at(i + 1)
        if sep == "/" and self.at(i + 3) != "/":
            return self.short_slashed(i)
        if sep not in (".", "/") or self.at(i + 3) != sep or not (self.t.touching(i) and self.t.touching(i + 2)):
            return None
        first, second, year = (
            day_number(self.at(i)),
            day_number(self.at(i + 2)),
            year_number(self.at(i + 4)),
        )
        if not (first and second and year and self.t.touching(i + 1) and self.t.touching(i + 3)):
            return None
        month_first = sep == "/" and self.month_first()
        if month_first and first <= 12:
            day, month = second, first
        else:
            day, month = (second, first) if second > 12 else (first, second)
        return Ref(i + 5, month, day, year) if month <= 12 else None

    def short_slashed(self, i: int) -> Ref | None:
        """'02/04', '27/03' in a bulletin line or table ("- 02/04, approx. 11:00, X: ..."): a day and a month of two
        digits each around a slash, no year (stage 21); day first unless the text's slashed dates put the month
        first. Two digits each, so "24/7", "9/11" and "1/2" are no date; nothing touching before or after."""
        a, b = self.at(i), self.at(i + 2)
        if not (len(a) == 2 == len(b) and a.isdigit() and b.isdigit()):
            return None
        if not (self.t.touching(i) and self.t.touching(i + 1)):
            return None
        if (i > 0 and self.t.touching(i - 1)) or (self.t.touching(i + 2) and self.at(i + 3)[:1].isalnum()):
            return None
        day, month = (int(b), int(a)) if self.month_first() else (int(a), int(b))
        return Ref(i + 3, month, day, None) if 1 <= month <= 12 and 1 <= day <= 31 else None

    def month_first(self) -> bool:
        """Whether the text's slashed dates put the month first: one of them ("5/14/2024") cannot be day first and
        none ("14/5/2024") month first. A bulletin keeps one order, so "5/3/2024" beside "5/14/2024" is 3 May.
        One pass over the tokens, made at the first slashed date and remembered."""
        if self._month_first is None:
            day_first = month_first = False
            low = self.low
            for k in range(1, self.n - 3):
                if low[k] == "/" and low[k + 2] == "/" and year_number(low[k + 3]):
                    a, b = day_number(low[k - 1]), day_number(low[k + 1])
                    if a and b:
                        day_first |= a > 12
                        month_first |= b > 12
            self._month_first = month_first and not day_first
        return self._month_first

    def infer_year(self, month: int, day: int | None) -> int:
        """The most recent year in which month/day is not more than the slack after publication; but the year of
        the last reference told with a year in the same month ("In March 2022 troops occupied X. On 12 March ...",
        "... from 3 to 29 March"): a year-less day goes on in the month the text set."""
        if self.told is not None and self.told[1] == month:
            try:
                if dt.date(self.told[0], month, day or 1) <= self.p + _SLACK:
                    return self.told[0]
            except ValueError:
                pass
        if self.story is not None and self.story[0] < self.p.year and self.story[1] < month:
            # "It was the 17th of January 2024 ... Then in February they brought us to X": a month with no year told
            # after a reference of an earlier year, later in that year, goes on in the year the text set (as the
            # Ukrainian and Russian grammars read it, engine/inflected_dates.py `_told_year`; stage 23)
            try:
                if dt.date(self.story[0], month, day or 1) <= self.p + _SLACK:
                    return self.story[0]
            except ValueError:
                pass
        year = self.p.year
        try:
            candidate = dt.date(year, month, day or 1)
        except ValueError:
            return year
        return year - 1 if candidate > self.p + _SLACK else year

    def interval(self, a: Ref, b: Ref | None = None) -> tuple[dt.date, dt.date, str] | None:
        """Resolve one reference or a range of two, carrying a known year across the range."""
        last = b or a
        if a.month is None or last.month is None:
            return None
        key_a, key_b = (a.month, a.day or 1), (last.month, last.day or 1)
        if last.year is None:
            end_year = a.year + (key_b < key_a) if a.year else self.infer_year(last.month, last.day)
        else:
            end_year = last.year
        start_year = a.year or (end_year - 1 if key_a > key_b else end_year)
        try:
            start = dt.date(start_year, a.month, a.day or 1)
            end = dt.date(end_year, last.month, last.day) if last.day else month_end(end_year, last.month)
        except ValueError:
            return None
        if start > end:
            return None
        told = last if last.year is not None else a
        if told.year is not None and told.month is not None:
            self.told = self.story = (told.year, told.month)
        if b is not None:
            return start, end, "range"
        return start, end, "day" if a.day else "month"

    # -- expressions ---------------------------------------------------------------------------
    def calendar(self, i: int, between: bool = False) -> Hit | None:
        """A reference at i, widened into a range when a connector and a second reference follow."""
        a = self.ref(i)
        if a is None:
            return self.day_range_first(i, between)
        j = a.stop
        connector = self.at(j)
        if connector in _CONNECTORS and (connector != "and" or between):
            b = self.ref(j + 1)
            if b is None and a.day:
                day = day_number(self.at(j + 1))
                if day and self.at(j + 2) != ":":  # "28 July 2022 to 01:00" is a time
                    k = j + 3 if self.at(j + 2) == "," else j + 2
                    year = year_number(self.at(k))
                    b = Ref(k + 1 if year else j + 2, a.month, day, year)
            if b is not None and (b.month is None) == (a.month is None):
                span = self.interval(a, b)
                if span:
                    return Hit(i, b.stop, *span, rule="range")
        kept, story = self.told, self.story
        span = self.interval(a)
        if self.after_anchor(i):
            self.told = kept  # "the full-scale invasion in February 2022": the war's start sets no year for the story
        if self.after_anchor(i) or self.at(i - 1) in _SPAN_OPENERS:
            self.story = story  # "Since 24 February 2022, the Mission verified ...": a span to the report, no story
        if span and a.year is None and a.day is not None and span[0].year == self.p.year:
            self.yearless.add(i)
        return Hit(i, a.stop, *span, rule="absolute") if span else None

    def after_anchor(self, i: int) -> bool:
        """The reference at i dates an event every report takes as known, named right before it after a preposition
        ("the full-scale invasion in February 2022", dates.json `anchors`)."""
        j = i - 1 if self.at(i - 1) in PREPOSITIONS else i
        for key in _ANCHOR_WORDS:
            words = key.split(" ")
            if [self.at(k) for k in range(j - len(words), j)] == words:
                return True
        return False

    def day_range_first(self, i: int, between: bool) -> Hit | None:
        """A bare day, a connector, then day and month: "18 to 19 February", "18-20 February 2024"."""
        day = day_number(self.at(i))
        connector = self.at(i + 1)
        if not day or connector not in _CONNECTORS:
            return None  # "and" is safe here: "7 and 8 June" can only be two days
        b = self.ref(i + 2)
        if b is None or b.day is None or b.month is None:
            return None
        span = self.interval(Ref(i + 1, b.month, day, b.year), b)
        return Hit(i, b.stop, *span, rule="range") if span else None
