"""Date mentions: one left-to-right scan over tokens, resolved against the publication date only.

The scan looks up each token in a dict of heads (month and weekday names, "last", "yesterday",
digits...) and parses a short grammar forward from a head, so the cost is linear in the text.
dateparser's `search_dates` was measured missing "Last week", splitting "Feb. 24" into two
hits and costing milliseconds per call, which is why this grammar is written by hand.
Words live in lang/en/dates.json; the resolution rules are documented there. Absolute
dates and ranges are read by calendar_refs.py; this module adds the deictic words. This is the
English date grammar, reached through Language.read_dates by the language-neutral dates step.
"""

from __future__ import annotations

import datetime as dt

from warcrimes.extract.engine.document import Mention
from warcrimes.extract.engine.text import Tokens
from warcrimes.extract.engine.values import DateValue
from warcrimes.extract.lang.en.calendar_refs import (
    DAY,
    LEXICON,
    MONTHS,
    ORDINAL_DAYS,
    PREPOSITIONS,
    WEEKDAYS,
    Hit,
    day_number,
    month_end,
    shift_months,
    year_number,
    year_part,
)
from warcrimes.extract.lang.en.date_anaphora import ANAPHORIC, HOLIDAYS, DayReferences
from warcrimes.extract.lang.en.date_roles import DateRoles

_DAY_PARTS = frozenset(LEXICON["day_parts"])
_MONTH_PARTS: dict[str, list[int]] = LEXICON["month_parts"]
_PART_PHRASES: dict[str, list[tuple[tuple[str, ...], list[int]]]] = {}
for _phrase, _bounds in LEXICON["month_part_phrases"].items():
    _PART_PHRASES.setdefault(_phrase.split()[0], []).append((tuple(_phrase.split()), _bounds))
_NIGHT_AFTER = frozenset(LEXICON["night_after"])
_LINK_WORDS = int(LEXICON["range_link_words"])
_LINK_PREPOSITIONS = frozenset(["in", "on"])
_SEASONS: dict[str, list[int]] = LEXICON["seasons"]
_SMALL: dict[str, int] = LEXICON["small_counts"]
_AGO_UNITS: dict[str, str] = LEXICON["ago_units"]
_ANNIVERSARY_NOUNS = frozenset(LEXICON["anniversary_nouns"])
_EXACTLY = frozenset(LEXICON["exactly"])
_SINCE_WHEN = frozenset(LEXICON["since_when"])
_VAGUE = frozenset(LEXICON["vague_counts"])
_SEASON_PREPOSITIONS = frozenset(LEXICON["season_prepositions"])
_JOINABLE = frozenset(["day", "month", "part_of_month", "part_of_year", "season", "year"])
_JOINERS = frozenset(["to", "until", "till", "through", "-", "\u2013", "\u2014"])
_ANCHORS: dict[str, list[tuple[tuple[str, ...], dt.date]]] = {}
for _phrase, _iso in LEXICON["anchors"].items():
    _words = tuple(_phrase.split())
    _ANCHORS.setdefault(_words[0], []).append((_words, dt.date.fromisoformat(_iso)))


MONTH_REACH = 60  # tokens after a month told within which "the 23rd" and a bare "in the autumn" take its month, year
CLAUSE_TOKENS = 16  # tokens of a clause between a range's "from" day and its ", until" day
NEWS_DAYS = dt.timedelta(days=7)  # a day named this close before publication is the news the report tells


class Scanner(DateRoles, DayReferences):
    """Finds date expressions, absolute and deictic, in one token list for one publication date."""

    event_day: dt.date | None = None  # the last day named as an event's day (not said on, not "as of")
    month_seen: tuple[int, int, int] | None = None  # year, month and end token of the last month or day told
    year_seen: tuple[int, int] | None = None  # the last year told in a calendar reference, and its end token

    def __init__(self, tokens: Tokens, published: dt.date) -> None:
        super().__init__(tokens, published)
        self.roles: dict[tuple[int, int], str] = {}  # role of a day hit as the scan found it, read again by find_dates

    def role_of(self, first: int, stop: int) -> str:
        """`role(first, stop)`, remembered: a function of the tokens alone, asked once by the scan (for the
        event day) and once more for the mention."""
        found = self.roles.get((first, stop))
        if found is None:
            found = self.roles[first, stop] = self.role(first, stop)
        return found

    def digits(self, i: int) -> Hit | None:
        hit = self.calendar(i, self.at(i - 1) == "between")
        if hit:
            return hit
        year = year_number(self.at(i))
        if year and self.at(i - 1) in PREPOSITIONS and self.at(i - 2) != "born":  # "a man born in 1965"
            stop, end_year = i + 1, year
            later = year_number(self.at(i + 2))
            if self.at(i + 1) in ("-", "\u2013", "to", "and") and later and later > year:
                stop, end_year = i + 3, later
            return Hit(i, stop, dt.date(year, 1, 1), dt.date(end_year, 12, 31), "year", "year")
        return self.ago(i)

    def ago(self, i: int) -> Hit | None:
        """Counted back from publication: "two days ago", "a week ago", "3 years ago"."""
        unit = _AGO_UNITS.get(self.at(i + 1))
        if unit is None:  # "a man", "two people": no unit of time, so neither branch below can read it
            return self.anaphoric(i)
        low = self.at(i)
        count = _SMALL.get(low) or (int(low) if low.isascii() and low.isdigit() and len(low) <= 3 else 0)
        after_the = self.at(i + 2) == "after" and self.at(i + 3) == "the" and self.at(i + 4) in _ANNIVERSARY_NOUNS
        if count and unit == "year" and low not in _VAGUE and after_the:
            return self.years_after(i, i + 5, count)  # "a year after the tragedy"
        if not count or not unit or self.at(i + 2) != "ago":
            return self.anaphoric(i)
        if unit == "year" and low not in _VAGUE and (self.at(i + 3) == "today" or self.at(i - 1) in _EXACTLY):
            # "exactly a year ago", "two years ago today": the day of publication that many years before
            return self.anniversary(i, i + 3 + (self.at(i + 3) == "today"), self.p.year - count, own=True)
        try:
            if unit in ("minute", "hour"):
                day = self.p - dt.timedelta(days=count // 24 if unit == "hour" else 0)
            elif unit == "day":
                day = self.p - dt.timedelta(days=count)
            elif unit == "week":
                day = self.p - dt.timedelta(days=7 * count)
            else:
                day = shift_months(self.p, count * (12 if unit == "year" else 1))
        except (ValueError, OverflowError):
            return None
        return Hit(i, i + 3, day, day, "approx" if unit in ("week", "month", "year") else "day", "ago", True)

    def month_word(self, i: int) -> Hit | None:
        return self.calendar(i, self.at(i - 1) == "between")

    def part_phrase(self, i: int) -> Hit | None:
        """A part of a month told in several words: "the first days of March", "the first few days of May"."""
        for words, bounds in _PART_PHRASES.get(self.at(i), ()):
            if tuple(self.low[i : i + len(words)]) == words:
                j = i + len(words)
                ref = self.ref(j)
                if ref is None and (year_number(self.at(j)) or self.at(j) in _SEASONS or self.at(j + 1) == "year"):
                    return self.part(i, bounds, j)  # "the first half of 2023", "the second half of last year"
                return self.part(i, bounds, j) if ref is not None and ref.day is None else None
        return None

    def part(self, i: int, bounds: list[int] | None = None, j: int = -1) -> Hit | None:
        """Parts of a month or year: "early February", "mid-March 2022", "late last month", "early 2023"."""
        if bounds is None:
            bounds = _MONTH_PARTS[self.at(i)]
            j = i + 1
            if self.at(j) in ("-", "of"):
                j += 1
        ref, word, year = self.ref(j), self.at(j), year_number(self.at(j))
        if ref is None and word in _SEASONS:
            return self.season_part(i, j, bounds)
        if ref is not None:
            span = self.interval(ref) if ref.day is None else None
            if span is None:
                return None
            base, stop = span[0], ref.stop
        elif word in ("this", "last") and self.at(j + 1) in ("month", "year"):
            base, stop = self.p.replace(day=1), j + 2
            if self.at(j + 1) == "year":
                third = year_part(self.p.year - (word == "last"), bounds)
                return Hit(i, stop, third[0], third[1], "part_of_year", "part", True) if third else None
            if word == "last":
                base = shift_months(base, 1)
        elif year:
            third = year_part(year, bounds)
            return Hit(i, j + 1, third[0], third[1], "part_of_year", "part") if third else None
        else:
            return None
        last = month_end(base.year, base.month)
        start = base.replace(day=bounds[0])
        return Hit(i, stop, start, min(last, base.replace(day=min(bounds[1], last.day))), "part_of_month", "part")

    def season_part(self, i: int, j: int, bounds: list[int]) -> Hit | None:
        """"early spring 2023", "late summer", "the end of autumn": the season's first, middle or last month (a
        third of it, as "early 2023" is a third of the year); halves and weeks of a season are not read (stage 22)."""
        span = year_part(2000, bounds)
        if span is None or span[1].month - span[0].month != 3:
            return None
        season = self.season(j, told=True)
        if season is None:
            return None
        index = span[0].month // 4
        month = shift_months(season.start, -index)
        end = min(month_end(month.year, month.month), max(self.p, month))
        return Hit(i, season.stop, month, end, "month", "season_part", season.relative)

    def ordinal_day(self, i: int, free: bool = False) -> Hit | None:
        """"the 23rd" after a month was told ("Last November, on the night of the 23rd", "In March 2022 ... On the
        12th, ..."): that day of the month told last, within MONTH_REACH tokens. An ordinal read alone ends its
        phrase (a stop or comma follows), so "the 3rd Brigade" and "the 47th floor" are no day; `free` when a
        night phrase ("the night of") already says it is a day (stage 22)."""
        word = self.at(i + 1)
        day = day_number(word) if word[-2:] in ("st", "nd", "rd", "th") else None
        after = self.at(i + 2)
        if day is None or self.month_seen is None or after == "of":
            return None
        if not free and after.isalnum():
            return None
        year, month, stop = self.month_seen
        if i - stop > MONTH_REACH:
            return None
        try:
            found = dt.date(year, month, day)
        except ValueError:
            return None
        return Hit(i, i + 2, found, found, "day", "ordinal_day") if found <= self.p + DAY else None

    def weekday(self, i: int, mode: str = "on") -> Hit | None:
        """A weekday: "on Monday" is the latest Monday up to publication, "last Tuesday" strictly before."""
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
                return Hit(i, j + 1, day, day + DAY, "night", "weekday", True)
            j += 1
        return Hit(i, j, day, day, "day", "weekday", True)

    def deictic(self, i: int) -> Hit | None:
        """Deictic days counted from publication: "today", "yesterday", "tonight", "overnight"."""
        low, p = self.at(i), self.p
        if low == "overnight":
            k = i + 2 if self.at(i + 1) in ("on", "into", "to") else i + 1
            if self.at(k) in WEEKDAYS:
                day = dt.date.fromordinal(self.p.toordinal() - (self.p.weekday() - WEEKDAYS[self.at(k)]) % 7)
                return Hit(i, k + 1, day - DAY, day, "night", "overnight", True)
            dated = self.calendar(k) if k > i + 1 else None
            if dated is not None and dated.granularity == "day":
                return Hit(i, dated.stop, dated.start - DAY, dated.start, "night", "overnight")
            return Hit(i, i + 1, p - DAY, p, "night", "overnight", True)
        if low == "tonight":
            return Hit(i, i + 1, p, p + DAY, "night", "tonight", True)
        day = p if low == "today" else p - DAY
        j = i + 1
        if self.at(j) in _DAY_PARTS:
            if self.at(j) == "night":
                return Hit(i, j + 1, day, day + DAY, "night", low, True)
            j += 1
        return Hit(i, j, day, day, "day", low, True)

    def the(self, i: int) -> Hit | None:
        """Phrases opening with "the": "the night of Feb. 18", "the day before yesterday", "the weekend"."""
        nxt = self.at(i + 1)
        if nxt == "night" and self.at(i + 2) == "before" and self.at(i + 3) == "last":
            return Hit(i, i + 4, self.p - 2 * DAY, self.p - DAY, "night", "night_before_last", True)
        if nxt == "night" and self.at(i + 2) == "of":
            if self.at(i + 3) == "the":
                inner = self.ordinal_day(i + 3, free=True)
                return Hit(i, inner.stop, inner.start, inner.start + DAY, "night", "night_of") if inner else None
            inner = self.weekday(i + 3) if self.at(i + 3) in WEEKDAYS else self.calendar(i + 3, True)
            if inner and inner.granularity in ("day", "range", "night") and (inner.end - inner.start).days <= 1:
                return Hit(i, inner.stop, inner.start, inner.start + DAY, "night", "night_of")
            return None
        if nxt == "night" and self.at(i + 2) in ("to", "into") and self.at(i + 3) in WEEKDAYS:
            day = self.p - dt.timedelta(days=(self.p.weekday() - WEEKDAYS[self.at(i + 3)]) % 7)
            return Hit(i, i + 4, day - DAY, day, "night", "night_to", True)  # "in the night to Monday"
        if nxt == "night" and self.at(i + 2) in ("to", "into"):
            inner = self.calendar(i + 3, True)  # "in the night to 14 March": the evening of the 13th to that morning
            if inner and inner.granularity == "day":
                return Hit(i, inner.stop, inner.start - DAY, inner.start, "night", "night_to")
            return None
        if nxt == "night" and self.at(i - 1) in _NIGHT_AFTER and self.night_closes(i + 2):
            day = self.previous or self.p - DAY  # "During the night, drones struck ...": the night told, else last
            return Hit(i, i + 2, day, day + DAY, "night", "the_night", self.previous is None)
        if nxt == "day" and self.at(i + 2) == "before" and self.at(i + 3) == "yesterday":
            return Hit(i, i + 4, self.p - 2 * DAY, self.p - 2 * DAY, "day", "day_before_yesterday", True)
        if nxt == "weekend":
            return self.weekend(i, i + 2)
        if nxt == "past":
            return self.past(i + 1, i)
        if nxt[:1].isdigit():
            found = self.ordinal_day(i)
            if found is not None:
                return found
        if nxt in ORDINAL_DAYS and self.at(i + 2) == "of":
            found = self.calendar(i + 1)  # "the twelfth of November last year" (stage 25)
            if found is not None:
                return found
        if nxt == "day" and self.at(i - 1) == "over" and self.at(i + 2) in (",", ".", "", "in", "the"):
            return Hit(i, i + 2, self.p - DAY, self.p, "window", "past", True)  # a daily round-up: "Over the day, ..."
        return self.anaphoric(i)

    def night_closes(self, k: int) -> bool:
        """'During the night, ...', 'during the night Russian forces ...': "the night" ends its phrase (punctuation, a
        capitalised word or an article follows), so it is no "night shift", "night of 3 May" or "night to Monday"."""
        word = self.at(k)
        if word in PREPOSITIONS:
            return False
        return not word.isalnum() or word in ("the", "a", "an") or self.t.words[k][:1].isupper()

    def weekend(self, first: int, stop: int, before: bool = False) -> Hit:
        saturday = self.p - dt.timedelta(days=(self.p.weekday() - 5) % 7 + (7 if before else 0))
        return Hit(first, stop, saturday, saturday + DAY, "weekend", "weekend", True)

    def past(self, i: int, first: int | None = None) -> Hit | None:
        """A window ending at publication: "the past week", "past two weeks", "past 24 hours"."""
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
                return self.deictic(j) if self.at(j) == "today" else self.anaphoric(i)  # "earlier that day"
            mode, j = "this", j + 1
        if mode in _PART_PHRASES:
            part = self.part_phrase(i)  # "the last days of April": a part of the month, not the past days
            if part is not None:
                return part
        if mode == "past" or mode == "last" and (self.at(j) in ("day", "days", "hours") or self.at(j).isdigit()):
            return self.past(i)  # "in the last 24 hours", "over the last day"
        unit, p = self.at(j), self.p
        monday = p - dt.timedelta(days=p.weekday())
        step = {"last": -1, "this": 0, "next": 1}[mode]
        if unit in WEEKDAYS:
            hit = self.weekday(j, mode)
            return Hit(i, hit.stop, hit.start, hit.end, hit.granularity, "weekday", True) if hit else None
        if unit == "week":
            start = monday + dt.timedelta(days=7 * step)
            return Hit(i, j + 1, start, p if step == 0 else start + 6 * DAY, "week", f"{mode}_week", True)
        if unit == "month":
            start = shift_months(p.replace(day=1), -step)
            end = p if step == 0 else month_end(start.year, start.month)
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
            return Hit(i, j + 1, p - DAY, p, "night", "last_night", True)
        if unit in _SEASONS and step <= 0:
            first, last = _SEASONS[unit]
            year = p.year - (dt.date(p.year, first, 1) > p)
            if step < 0 and month_end(year + (last < first), last) >= p:
                year -= 1
            end = month_end(year + (last < first), last)
            return Hit(i, j + 1, dt.date(year, first, 1), min(end, p), "season", f"{mode}_season", True)
        if unit == "day" and step == 0 and self.at(j + 1) in ("in", "of") and year_number(self.at(j + 2)):
            return self.anniversary(i, j + 3, int(self.at(j + 2)))
        if unit == "day" and step == 0 and self.at(j + 1) == "last" and self.at(j + 2) == "year":
            return self.anniversary(i, j + 3, p.year - 1, own=True)  # "on this day last year"
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
                month_end(year, month),
                "month",
                f"{mode}_month_name",
                True,
            )
        return None

    def anniversary(self, i: int, stop: int, year: int, own: bool = False) -> Hit:
        """"On this day in 2022": the day of the year of the news told, which is the last day the text named
        as an event's (not a statement's or a figure's "as of" day) when it lies in the week before
        publication (a report on a strike of yesterday: its anniversary), else of publication. `own`: the
        phrase counts back from publication itself ("on this day last year", "a year after the tragedy")."""
        seen = None if own else self.event_day
        recent = seen is not None and year < seen.year and dt.timedelta(0) <= self.p - seen <= NEWS_DAYS
        base = seen if seen is not None and recent else self.p
        day = base.replace(year=year, day=28) if (base.month, base.day) == (2, 29) else base.replace(year=year)
        return Hit(i, stop, day, day, "day", "anniversary", True)

    def years_after(self, i: int, stop: int, count: int) -> Hit:
        """"A year after the tragedy, ...": the sentence stands that many years after the day of the event told
        last (the anniversary of a strike dated before it); with no such day it stands at publication, and
        the phrase dates the tragedy itself, that many years before."""
        seen = self.event_day
        if seen is not None and seen.year + count <= self.p.year:
            later = seen.replace(year=seen.year + count, day=28 if (seen.month, seen.day) == (2, 29) else seen.day)
            if later <= self.p:
                return Hit(i, stop, later, later, "day", "anniversary", True)
        return self.anniversary(i, stop, self.p.year - count, own=True)

    def season(self, i: int, told: bool = False) -> Hit | None:
        """Meteorological seasons (see dates.json): "summer 2022", "the winter of 2022", "in the summer", "the winter
        of 2022-2023" (December to February). With no year, the year of a past period the text told just before
        ("held from April to November 2023 ... died after beatings in the autumn"), else the latest begun;
        `told`: a part word before it ("late summer") stands for the preposition."""
        k = i + 2 if self.at(i + 1) == "of" else i + 1
        year = year_number(self.at(k))
        first, last = _SEASONS[self.at(i)]
        if year and last < first and self.at(k + 1) in ("-", "\u2013", "/") and self.at(k + 2) in (
            str(year + 1), str(year + 1)[2:]
        ):
            return Hit(i, k + 3, dt.date(year, first, 1), month_end(year + 1, last), "season", "season")
        if not year:
            before = self.at(i - 2) if self.at(i - 1) == "the" else self.at(i - 1)
            if (before not in _SEASON_PREPOSITIONS and not told) or self.at(i + 1) == "of":
                return None  # "the fall of Mariupol"
            year, k = self.p.year - (dt.date(self.p.year, first, 1) > self.p), i
            seen = self.year_seen
            if seen is not None and i - seen[1] <= MONTH_REACH and seen[0] < year and first <= last:
                year = seen[0]
        end_year = year + (last < first)
        return Hit(i, k + 1, dt.date(year, first, 1), month_end(end_year, last), "season", "season")

    def since(self, i: int) -> Hit | None:
        """From a date up to publication: "since Feb. 3", "since 2014"."""
        inner = None if self.at(i + 1) == "since" else self.dispatch(i + 1)
        if inner is None:
            inner = self.anchor(i + 1)
        if inner is None or inner.start > self.p:
            return None
        if self.at(inner.stop) == "," and self.at(inner.stop + 1) in _SINCE_WHEN and inner.granularity != "since":
            return inner  # "the deadliest since February 19, when a drone struck a hotel": that event's day
        return Hit(i, inner.stop, inner.start, self.p, "since", "since", inner.relative)

    def anchor(self, i: int) -> Hit | None:
        """A named event with a known date within a few words: "the start of the full-scale invasion"."""
        for j in range(i, min(i + 8, self.n)):
            word = self.at(j)
            if word in (".", ",", ";", "since"):
                return None
            for phrase, day in _ANCHORS.get(word, ()):
                if tuple(self.low[j : j + len(phrase)]) == phrase:
                    return Hit(i, j + len(phrase), day, day, "day", "anchor")
        return None

    def dispatch(self, i: int) -> Hit | None:
        low = self.at(i)
        head = _HEADS.get(low)
        if head is not None:
            return head(self, i)
        if low[:1].isdigit():
            return self.digits(i)
        return None

    def joined(self, a: Hit) -> Hit:
        """Two dated expressions joined by "to": "from late February to mid-May 2022" is one range."""
        if a.granularity not in _JOINABLE:
            return a
        joiner = a.stop if self.at(a.stop) in _JOINERS else self.clause_joiner(a)
        if joiner is None:
            return a
        b = self.dispatch(joiner + 1)
        if b is None and self.at(a.first - 1) == "from" and self.at(joiner) not in ("-", "\u2013", "\u2014"):
            b = self.linked_end(joiner + 1)
        if b is None or b.granularity not in _JOINABLE:
            return a
        for year in (a.start.year, b.end.year, b.end.year - 1):  # the first part may lack its year
            try:
                start = a.start.replace(year=year)
            except ValueError:
                continue
            if start <= b.end:
                return Hit(a.first, b.stop, start, b.end, "range", "range", a.relative or b.relative)
        return a

    def linked_end(self, j: int) -> Hit | None:
        """'from October 2023 until the exchange in February 2025': a range's end told a few words after its
        joiner, right after "in"/"on"; never past a punctuation mark."""
        for k in range(j + 1, min(self.n, j + 1 + _LINK_WORDS)):
            if not self.at(k - 1).isalnum():
                return None
            if self.at(k - 1) in _LINK_PREPOSITIONS:
                found = self.dispatch(k)
                if found is not None and found.granularity in _JOINABLE:
                    return found
        return None

    def clause_joiner(self, a: Hit) -> int | None:
        """'from 7 March, when the first were taken, until 8 September 2022': a range opened by "from" whose
        end follows a clause set off by commas; the index of its "until"/"to", else None."""
        if self.at(a.first - 1) != "from" or self.at(a.stop) != ",":
            return None
        for j in range(a.stop + 1, min(a.stop + 1 + CLAUSE_TOKENS, self.n)):
            word = self.at(j)
            if word in (".", ";", "!", "?", "from"):
                return None
            if word == "," and self.at(j + 1) in _JOINERS and self.at(j + 1) not in ("-", "–", "—"):
                return j + 1
        return None

    def scan(self) -> list[Hit]:
        hits, i, n, low = [], 0, self.n, self.low
        heads = _HEADS
        while i < n:
            word = low[i]
            if word in heads or word[0].isdigit():
                hit = self.dispatch(i)
                if hit is not None and hit.stop > i:
                    hit = self.joined(hit)
                    hits.append(hit)
                    if hit.granularity in ("day", "month", "part_of_month") and hit.start.month == hit.end.month:
                        self.month_seen = (hit.start.year, hit.start.month, hit.stop)
                    if not hit.relative and hit.granularity in PERIOD_KINDS | {"day", "part_of_month"}:
                        self.year_seen = (hit.end.year, hit.stop)
                    if hit.granularity == "day":
                        self.previous = hit.start
                        if self.role_of(hit.first, hit.stop) == "event":
                            self.event_day = hit.start
                    i = hit.stop
                    continue
            i += 1
        return hits


_HEADS = {word: Scanner.month_word for word in MONTHS}
_HEADS.update({word: Scanner.weekday for word in WEEKDAYS})
_HEADS.update({word: Scanner.part for word in _MONTH_PARTS})
_HEADS.update({word: Scanner.part_phrase for word in _PART_PHRASES})  # "last" is relative_period's, which asks it
_HEADS.update({word: Scanner.deictic for word in ("today", "tonight", "yesterday", "overnight")})
_HEADS.update({word: Scanner.relative_period for word in ("last", "this", "next", "earlier", "past")})
_HEADS.update({word: Scanner.season for word in _SEASONS})
_HEADS.update({word: Scanner.ago for word in _SMALL if not word.isdigit()})
_HEADS.update({word: Scanner.anaphoric for word in ANAPHORIC if word not in _HEADS})
_HEADS.update({word: Scanner.holiday for word in HOLIDAYS})
_HEADS["the"] = Scanner.the
_HEADS["since"] = Scanner.since


PERIOD_KINDS = frozenset({"year", "season", "part_of_year", "range", "month"})
PAST_PERIOD = dt.timedelta(days=180)  # a period the text sets that began this long before publication is a past one


def _in_the_period(scanner: Scanner, hits: list[Hit]) -> list[Hit]:
    """"The village was occupied in the spring of 2022. ... 'On 5 March they came ...'" in a text published in March
    2023: a day and month told with no year, read in the publication's year, takes the year of a past period the
    text set before it (a year, a season, a part of a year, a range or a month told with its year, begun half a year
    or more before publication and over by it; "worse than in 1943" after the day sets no frame) that holds that
    day, when the publication-year reading lies in no period the text sets. Not in news of the days before
    publication: a text telling any day relative to publication ("yesterday", "on Monday", "two days ago") or a day
    of the publication's year with its year keeps the reading."""
    if not scanner.yearless:
        return hits
    p = scanner.p
    periods = [h for h in hits if h.granularity in PERIOD_KINDS and not h.relative and h.first not in scanner.yearless]
    past = [h for h in periods if h.start < p - PAST_PERIOD and h.end < p]
    if not past or any(h.relative for h in hits):
        return hits
    if any(h.start.year == p.year and h.first not in scanner.yearless for h in hits):
        return hits
    out = []
    for h in hits:
        if h.first in scanner.yearless and h.start == h.end and not any(q.start <= h.start <= q.end for q in periods):
            for q in reversed([q for q in past if q.first < h.first]):  # a frame set before the day, not after it
                for year in range(q.end.year, q.start.year - 1, -1):
                    try:
                        day = h.start.replace(year=year)
                    except ValueError:
                        continue
                    if q.start <= day <= q.end:
                        h = Hit(h.first, h.stop, day, day, h.granularity, h.rule, h.relative)
                        break
                else:
                    continue
                break
        out.append(h)
    return out


def find_dates(tokens: Tokens, published: dt.date) -> list[Mention]:
    """Date mentions in token order; pure function of the tokens and the publication date."""
    scanner = Scanner(tokens, published)
    mentions = []
    for hit in _in_the_period(scanner, scanner.scan()):
        value = DateValue(hit.start, hit.end, hit.granularity, hit.relative, scanner.role_of(hit.first, hit.stop))
        end = tokens.end(hit.stop - 1)
        mentions.append(Mention("date", tokens.starts[hit.first], end, value, hit.rule))
    return mentions
