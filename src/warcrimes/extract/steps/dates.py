"""Date mentions: one left-to-right scan over tokens, resolved against the publication date only.

The scan looks up each token in a dict of heads (month and weekday names, "last", "yesterday",
digits...) and parses a short grammar forward from a head, so the cost is linear in the text.
dateparser's `search_dates` was measured missing "Last week", splitting "Feb. 24" into two
hits and costing milliseconds per call, which is why this grammar is written by hand.
Words live in lexicons/en/dates.json; the resolution rules are documented there.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from warcrimes.extract.document import Document, Mention
from warcrimes.extract.grammar_lexicon import load_lexicon
from warcrimes.extract.pipeline import step
from warcrimes.extract.tokens import Tokens, tokens_of
from warcrimes.extract.values import DateValue

_LEX = load_lexicon("dates.json", ("months", "weekdays", "month_parts", "seasons", "small_counts"))
MONTHS: dict[str, int] = _LEX["months"]
WEEKDAYS: dict[str, int] = _LEX["weekdays"]
_AMBIGUOUS = frozenset(_LEX["ambiguous_months"])
_DAY_PARTS = frozenset(_LEX["day_parts"])
_MONTH_PARTS: dict[str, list[int]] = _LEX["month_parts"]
_SEASONS: dict[str, list[int]] = _LEX["seasons"]
_CONNECTORS = frozenset(_LEX["range_connectors"])
_SMALL: dict[str, int] = _LEX["small_counts"]
_AGO_UNITS: dict[str, str] = _LEX["ago_units"]
_REPORTING = frozenset(_LEX["reporting_verbs"])
_CHANNELS = frozenset(_LEX["reporting_channels"])
_SLACK = dt.timedelta(days=int(_LEX["year_slack_days"]))
_PREPOSITIONS = frozenset(
    [
        "in",
        "on",
        "of",
        "since",
        "during",
        "until",
        "till",
        "by",
        "from",
        "through",
        "throughout",
        "before",
        "after",
        "between",
        "early",
        "mid",
        "late",
        "last",
        "this",
        "next",
        "and",
        "to",
        "-",
        "end",
        "beginning",
    ]
)
_DAY = dt.timedelta(days=1)
_FULL_MONTHS = frozenset(max((w for w in MONTHS if MONTHS[w] == m), key=len) for m in range(1, 13))
_SEASON_PREPOSITIONS = frozenset(
    ["in", "during", "over", "through", "throughout", "since", "until", "by", "of"]
)


@dataclass(frozen=True, slots=True)
class Hit:
    """A parsed expression: token span [first, stop), the interval and how it was read."""

    first: int
    stop: int
    start: dt.date
    end: dt.date
    granularity: str
    rule: str
    relative: bool = False


@dataclass(frozen=True, slots=True)
class _Ref:
    """A calendar reference before year resolution: any of month, day, year may be missing."""

    stop: int
    month: int | None
    day: int | None
    year: int | None


def _day_number(word: str) -> int | None:
    """1-31 from "24" or "24th"."""
    if not word.isascii():
        return None
    if word[-2:] in ("st", "nd", "rd", "th"):
        word = word[:-2]
    if 0 < len(word) <= 2 and word.isdigit():
        day = int(word)
        return day if 1 <= day <= 31 else None
    return None


def _year_number(word: str) -> int | None:
    if len(word) == 4 and word.isascii() and word.isdigit():
        year = int(word)
        return year if 1900 <= year <= 2100 else None
    return None


def _month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return following - _DAY


def _shift_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month `months` months earlier (clamped to the month's end)."""
    year, month0 = divmod(day.year * 12 + day.month - 1 - months, 12)
    return dt.date(year, month0 + 1, min(day.day, _month_end(year, month0 + 1).day))


def _year_part(year: int, bounds: list[int]) -> tuple[dt.date, dt.date]:
    """ "early 2023" = January-April, "mid" = May-August, "late" = September-December."""
    third = {1: 0, 11: 1}.get(bounds[0], 2)
    return dt.date(year, 4 * third + 1, 1), _month_end(year, 4 * third + 4)


class Scanner:
    """Finds date expressions in one token list for one publication date."""

    def __init__(self, tokens: Tokens, published: dt.date) -> None:
        self.t = tokens
        self.low = tokens.lower
        self.n = len(tokens.lower)
        self.p = published

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
    def ref(self, i: int) -> _Ref | None:
        """Month [day] [, year] | day [of] month [year] | ISO | dd.mm.yyyy, starting at token i."""
        low = self.at(i)
        month = self.month_at(i)
        if month:
            j = self.after_dot(i + 1)
            day = _day_number(self.at(j))
            if day:
                j += 1
            k = j + 1 if self.at(j) in (",", "of") else j
            year = _year_number(self.at(k))
            if year:
                j = k + 1
            if day is None and year is None and low in _AMBIGUOUS and self.at(i - 1) not in _PREPOSITIONS:
                return None
            return _Ref(j, month, day, year)
        day = _day_number(low)
        if day:
            j = i + 2 if self.at(i + 1) == "of" else i + 1
            month = self.month_at(j) if j < self.n else None
            if month:
                j = self.after_dot(j + 1)
                k = j + 1 if self.at(j) == "," else j
                year = _year_number(self.at(k))
                return _Ref(k + 1 if year else j, month, day, year)
            return self.numeric(i)
        year = _year_number(low)
        if year and self.at(i + 1) == "-" and self.t.touching(i) and self.t.touching(i + 1):
            month, day = _day_number(self.at(i + 2)), _day_number(self.at(i + 4))
            if month and month <= 12 and day and self.at(i + 3) == "-" and self.t.touching(i + 2):
                return _Ref(i + 5, month, day, year)
        return None

    def numeric(self, i: int) -> _Ref | None:
        """24.02.2024 or 24/02/2024: day first (Ukrainian and European usage) unless that cannot be."""
        sep = self.at(i + 1)
        if (
            sep not in (".", "/")
            or self.at(i + 3) != sep
            or not (self.t.touching(i) and self.t.touching(i + 2))
        ):
            return None
        first, second, year = (
            _day_number(self.at(i)),
            _day_number(self.at(i + 2)),
            _year_number(self.at(i + 4)),
        )
        if not (first and second and year and self.t.touching(i + 1) and self.t.touching(i + 3)):
            return None
        day, month = (second, first) if second > 12 else (first, second)
        return _Ref(i + 5, month, day, year) if month <= 12 else None

    def infer_year(self, month: int, day: int | None) -> int:
        """The most recent year in which month/day is not more than the slack after publication."""
        year = self.p.year
        try:
            candidate = dt.date(year, month, day or 1)
        except ValueError:
            return year
        return year - 1 if candidate > self.p + _SLACK else year

    def interval(self, a: _Ref, b: _Ref | None = None) -> tuple[dt.date, dt.date, str] | None:
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
            end = dt.date(end_year, last.month, last.day) if last.day else _month_end(end_year, last.month)
        except ValueError:
            return None
        if start > end:
            return None
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
                day = _day_number(self.at(j + 1))
                if day and self.at(j + 2) != ":":  # "28 July 2022 to 01:00" is a time
                    k = j + 3 if self.at(j + 2) == "," else j + 2
                    year = _year_number(self.at(k))
                    b = _Ref(k + 1 if year else j + 2, a.month, day, year)
            if b is not None and (b.month is None) == (a.month is None):
                span = self.interval(a, b)
                if span:
                    return Hit(i, b.stop, *span, rule="range")
        span = self.interval(a)
        return Hit(i, a.stop, *span, rule="absolute") if span else None

    def day_range_first(self, i: int, between: bool) -> Hit | None:
        """ "18 to 19 February", "18-20 February 2024": a bare day, a connector, then day month."""
        day = _day_number(self.at(i))
        connector = self.at(i + 1)
        if not day or connector not in _CONNECTORS or (connector == "and" and not between):
            return None
        b = self.ref(i + 2)
        if b is None or b.day is None or b.month is None:
            return None
        span = self.interval(_Ref(i + 1, b.month, day, b.year), b)
        return Hit(i, b.stop, *span, rule="range") if span else None

    def digits(self, i: int) -> Hit | None:
        hit = self.calendar(i, self.at(i - 1) == "between")
        if hit:
            return hit
        year = _year_number(self.at(i))
        if year and self.at(i - 1) in _PREPOSITIONS:
            stop, end_year = i + 1, year
            later = _year_number(self.at(i + 2))
            if self.at(i + 1) in ("-", "\u2013", "to", "and") and later and later > year:
                stop, end_year = i + 3, later
            return Hit(i, stop, dt.date(year, 1, 1), dt.date(end_year, 12, 31), "year", "year")
        return self.ago(i)

    def ago(self, i: int) -> Hit | None:
        """ "two days ago", "a week ago", "3 years ago": counted back from publication."""
        low = self.at(i)
        count = _SMALL.get(low) or (int(low) if low.isascii() and low.isdigit() and len(low) <= 3 else 0)
        unit = _AGO_UNITS.get(self.at(i + 1))
        if not count or not unit or self.at(i + 2) != "ago":
            return None
        try:
            if unit in ("minute", "hour"):
                day = self.p - dt.timedelta(days=count // 24 if unit == "hour" else 0)
            elif unit == "day":
                day = self.p - dt.timedelta(days=count)
            elif unit == "week":
                day = self.p - dt.timedelta(days=7 * count)
            else:
                day = _shift_months(self.p, count * (12 if unit == "year" else 1))
        except (ValueError, OverflowError):
            return None
        return Hit(i, i + 3, day, day, "approx" if unit in ("week", "month", "year") else "day", "ago", True)

    def month_word(self, i: int) -> Hit | None:
        return self.calendar(i, self.at(i - 1) == "between")

    def part(self, i: int) -> Hit | None:
        """ "early February", "mid-March 2022", "late last month", "the end of May", "early 2023"."""
        bounds = _MONTH_PARTS[self.at(i)]
        j = i + 1
        if self.at(j) in ("-", "of"):
            j += 1
        ref, word, year = self.ref(j), self.at(j), _year_number(self.at(j))
        if ref is not None:
            span = self.interval(ref) if ref.day is None else None
            if span is None:
                return None
            base, stop = span[0], ref.stop
        elif word in ("this", "last") and self.at(j + 1) in ("month", "year"):
            base, stop = self.p.replace(day=1), j + 2
            if self.at(j + 1) == "year":
                start, end = _year_part(self.p.year - (word == "last"), bounds)
                return Hit(i, stop, start, end, "part_of_year", "part", True)
            if word == "last":
                base = _shift_months(base, 1)
        elif year:
            return Hit(i, j + 1, *_year_part(year, bounds), "part_of_year", "part")
        else:
            return None
        last = _month_end(base.year, base.month)
        start = base.replace(day=bounds[0])
        return Hit(
            i, stop, start, min(last, base.replace(day=min(bounds[1], last.day))), "part_of_month", "part"
        )

    def weekday(self, i: int, mode: str = "on") -> Hit | None:
        """ "on Monday" (most recent, publication day included), "last Tuesday", "Monday night"."""
        wd = WEEKDAYS[self.at(i)]
        j = i + 1
        explicit = self.calendar(j + 1 if self.at(j) in (",", "(") else j)
        if explicit and explicit.granularity == "day":
            stop = explicit.stop + (self.at(explicit.stop) == ")")
            return Hit(i, stop, explicit.start, explicit.end, "day", "weekday_date")
        back = (self.p.weekday() - wd) % 7
        if mode == "last":
            back = back or 7
        day = self.p - dt.timedelta(days=back)
        if mode == "next":
            day = self.p + dt.timedelta(days=(wd - self.p.weekday() - 1) % 7 + 1)
        if self.at(j) in _DAY_PARTS:
            if self.at(j) in ("night", "nighttime"):
                return Hit(i, j + 1, day, day + _DAY, "night", "weekday", True)
            j += 1
        return Hit(i, j, day, day, "day", "weekday", True)

    def deictic(self, i: int) -> Hit | None:
        """ "today", "yesterday", "tonight", "overnight": counted from publication."""
        low, p = self.at(i), self.p
        if low == "overnight":
            k = i + 2 if self.at(i + 1) in ("on", "into", "to") else i + 1
            if self.at(k) in WEEKDAYS:
                day = dt.date.fromordinal(self.p.toordinal() - (self.p.weekday() - WEEKDAYS[self.at(k)]) % 7)
                return Hit(i, k + 1, day - _DAY, day, "night", "overnight", True)
            return Hit(i, i + 1, p - _DAY, p, "night", "overnight", True)
        if low == "tonight":
            return Hit(i, i + 1, p, p + _DAY, "night", "tonight", True)
        day = p if low == "today" else p - _DAY
        j = i + 1
        if self.at(j) in _DAY_PARTS:
            if self.at(j) == "night":
                return Hit(i, j + 1, day, day + _DAY, "night", low, True)
            j += 1
        return Hit(i, j, day, day, "day", low, True)

    def the(self, i: int) -> Hit | None:
        """ "the night of Feb. 18", "the day before yesterday", "the weekend", "the past week"."""
        nxt = self.at(i + 1)
        if nxt == "night" and self.at(i + 2) == "of":
            inner = self.weekday(i + 3) if self.at(i + 3) in WEEKDAYS else self.calendar(i + 3, True)
            if (
                inner
                and inner.granularity in ("day", "range", "night")
                and (inner.end - inner.start).days <= 1
            ):
                return Hit(i, inner.stop, inner.start, inner.start + _DAY, "night", "night_of")
            return None
        if nxt == "day" and self.at(i + 2) == "before" and self.at(i + 3) == "yesterday":
            return Hit(i, i + 4, self.p - 2 * _DAY, self.p - 2 * _DAY, "day", "day_before_yesterday", True)
        if nxt == "weekend":
            return self.weekend(i, i + 2)
        if nxt == "past":
            return self.past(i + 1, i)
        return None

    def weekend(self, first: int, stop: int, before: bool = False) -> Hit:
        saturday = self.p - dt.timedelta(days=(self.p.weekday() - 5) % 7 + (7 if before else 0))
        return Hit(first, stop, saturday, saturday + _DAY, "weekend", "weekend", True)

    def past(self, i: int, first: int | None = None) -> Hit | None:
        """ "the past week", "past two weeks", "past 24 hours": a window ending at publication."""
        j, count = i + 1, 1
        word = self.at(j)
        if word in _SMALL or (word.isascii() and word.isdigit() and len(word) <= 3):
            count, j = _SMALL.get(word) or int(word), j + 1
        days = {
            "hours": count / 24,
            "day": 1,
            "days": count,
            "week": 7,
            "weeks": 7 * count,
            "month": 30,
            "months": 30 * count,
            "year": 365,
        }.get(self.at(j))
        if not days:
            return None
        start = self.p - dt.timedelta(days=max(1, round(days)))
        return Hit(i if first is None else first, j + 1, start, self.p, "window", "past", True)

    def relative_period(self, i: int) -> Hit | None:
        """last/this/next/earlier + week, month, year, weekend, night, weekday, month name, season."""
        mode, j = self.at(i), i + 1
        if mode == "earlier":
            if self.at(j) != "this":
                return self.deictic(j) if self.at(j) == "today" else None
            mode, j = "this", j + 1
        if mode == "past":
            return self.past(i)
        unit, p = self.at(j), self.p
        monday = p - dt.timedelta(days=p.weekday())
        step = {"last": -1, "this": 0, "next": 1}[mode]
        if unit in WEEKDAYS:
            hit = self.weekday(j, mode)
            return Hit(i, hit.stop, hit.start, hit.end, hit.granularity, "weekday", True) if hit else None
        if unit == "week":
            start = monday + dt.timedelta(days=7 * step)
            return Hit(i, j + 1, start, p if step == 0 else start + 6 * _DAY, "week", f"{mode}_week", True)
        if unit == "month":
            start = _shift_months(p.replace(day=1), -step)
            end = p if step == 0 else _month_end(start.year, start.month)
            return Hit(i, j + 1, start, end, "month", f"{mode}_month", True)
        if unit == "year":
            return Hit(
                i,
                j + 1,
                dt.date(p.year + step, 1, 1),
                p if step == 0 else dt.date(p.year + step, 12, 31),
                "year",
                f"{mode}_year",
                True,
            )
        if unit == "weekend" and step <= 0:
            return self.weekend(i, j + 1, before=step < 0 and p.weekday() >= 5)
        if unit == "night" and step < 0:
            return Hit(i, j + 1, p - _DAY, p, "night", "last_night", True)
        if unit in _SEASONS and step <= 0:
            first, last = _SEASONS[unit]
            year = p.year - (dt.date(p.year, first, 1) > p)
            if step < 0 and _month_end(year + (last < first), last) >= p:
                year -= 1
            end = _month_end(year + (last < first), last)
            return Hit(i, j + 1, dt.date(year, first, 1), min(end, p), "season", f"{mode}_season", True)
        if unit == "day" and step == 0 and self.at(j + 1) in ("in", "of") and _year_number(self.at(j + 2)):
            year = int(self.at(j + 2))
            day = p.replace(year=year, day=28) if (p.month, p.day) == (2, 29) else p.replace(year=year)
            return Hit(i, j + 3, day, day, "day", "anniversary", True)
        if unit in ("morning", "afternoon", "evening") and step == 0:
            return Hit(i, j + 1, p, p, "day", "this_" + unit, True)
        month = self.month_at(j)
        if month:
            year = p.year + step
            if (step < 0 and month < p.month) or (step > 0 and month > p.month):
                year = p.year
            return Hit(
                i,
                j + 1,
                dt.date(year, month, 1),
                _month_end(year, month),
                "month",
                f"{mode}_month_name",
                True,
            )
        return None

    def season(self, i: int) -> Hit | None:
        """ "summer 2022", "the winter of 2022", "in the summer" (meteorological seasons, see dates.json)."""
        k = i + 2 if self.at(i + 1) == "of" else i + 1
        year = _year_number(self.at(k))
        first, last = _SEASONS[self.at(i)]
        if not year:
            if (
                self.at(i - 1) != "the"
                or self.at(i - 2) not in _SEASON_PREPOSITIONS
                or self.at(i + 1) == "of"
            ):
                return None  # "the fall of Mariupol"
            year, k = self.p.year - (dt.date(self.p.year, first, 1) > self.p), i
        end_year = year + (last < first)
        return Hit(i, k + 1, dt.date(year, first, 1), _month_end(end_year, last), "season", "season")

    def since(self, i: int) -> Hit | None:
        """ "since Feb. 3", "since 2014": from that date up to publication."""
        inner = None if self.at(i + 1) == "since" else self.dispatch(i + 1)
        if inner is None or inner.start > self.p:
            return None
        return Hit(i, inner.stop, inner.start, self.p, "since", "since", inner.relative)

    def dispatch(self, i: int) -> Hit | None:
        low = self.at(i)
        head = _HEADS.get(low)
        if head is not None:
            return head(self, i)
        if low[:1].isdigit():
            return self.digits(i)
        return None

    def role(self, first: int) -> str:
        """ "reported" when a reporting verb governs the date ("wrote on Telegram on Feb. 25")."""
        j = first - 1
        if self.at(j) == "of" and self.at(j - 1) in _DAY_PARTS and self.at(j - 2) == "the":
            j -= 3  # "as of the morning of June 28"
        if self.at(j) == "of" and self.at(j - 1) == "as":
            return "as_of"
        steps = 0
        while j >= 0 and steps < 6:
            word = self.at(j)
            if word in _REPORTING:
                return "reported"
            if word not in _CHANNELS:
                return "event"
            j, steps = j - 1, steps + 1
        return "event"

    def scan(self) -> list[Hit]:
        hits, i, n, low = [], 0, self.n, self.low
        heads = _HEADS
        while i < n:
            word = low[i]
            if word in heads or word[0].isdigit():
                hit = self.dispatch(i)
                if hit is not None and hit.stop > i:
                    hits.append(hit)
                    i = hit.stop
                    continue
            i += 1
        return hits


_HEADS = {word: Scanner.month_word for word in MONTHS}
_HEADS.update({word: Scanner.weekday for word in WEEKDAYS})
_HEADS.update({word: Scanner.part for word in _MONTH_PARTS})
_HEADS.update({word: Scanner.deictic for word in ("today", "tonight", "yesterday", "overnight")})
_HEADS.update({word: Scanner.relative_period for word in ("last", "this", "next", "earlier", "past")})
_HEADS.update({word: Scanner.season for word in _SEASONS})
_HEADS.update({word: Scanner.ago for word in _SMALL if not word.isdigit()})
_HEADS["the"] = Scanner.the
_HEADS["since"] = Scanner.since


def find_dates(tokens: Tokens, published: dt.date) -> list[Mention]:
    """Date mentions in token order; pure function of the tokens and the publication date."""
    scanner = Scanner(tokens, published)
    mentions = []
    for hit in scanner.scan():
        value = DateValue(hit.start, hit.end, hit.granularity, hit.relative, scanner.role(hit.first))
        end = tokens.end(hit.stop - 1)
        mentions.append(Mention("date", tokens.starts[hit.first], end, value, hit.rule))
    return mentions


@step("dates", requires=("sentences",), adds=("dates",))
def dates(doc: Document) -> None:
    for mention in find_dates(tokens_of(doc), doc.published):
        doc.add(mention)
