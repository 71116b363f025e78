"""Days told from another day: "the next day", "two days later", "earlier that day" count from the
last day the text named; fixed holidays ("New Year's Eve") are their day in the latest year.

A layer between the calendar references (calendar_refs.py) and the deictic scanner (dates.py);
the phrases live in dates.json ("anaphoric_days", "holidays").
"""

from __future__ import annotations

import datetime as dt

from warcrimes.extract.lang.en.calendar_refs import LEXICON, CalendarReader, Hit

_SMALL: dict[str, int] = LEXICON["small_counts"]
ANAPHORIC: dict[str, list[tuple[tuple[str, ...], int]]] = {}
for _phrase, _shift in LEXICON["anaphoric_days"].items():
    ANAPHORIC.setdefault(_phrase.split()[0], []).append((tuple(_phrase.split()), int(_shift)))
_ANAPHORIC_DIRECTIONS: dict[str, int] = LEXICON["anaphoric_directions"]
# "two days later", "a week earlier": days per unit counted from the last day named (weeks: stage 21)
_UNIT_DAYS: dict[str, int] = {"day": 1, "days": 1, "week": 7, "weeks": 7}
_ADVERB_DIRECTIONS = frozenset({"later", "earlier"})  # weeks only as adverbs: "a week earlier", not "weeks before X"
HOLIDAYS: dict[str, list[tuple[tuple[str, ...], tuple[int, int]]]] = {}
for _phrase, _month_day in LEXICON["holidays"].items():
    _month, _day = (int(part) for part in _month_day.split("-"))
    HOLIDAYS.setdefault(_phrase.split()[0], []).append((tuple(_phrase.split()), (_month, _day)))
for _options in HOLIDAYS.values():
    _options.sort(key=lambda option: -len(option[0]))  # "christmas day" before "christmas"


class DayReferences(CalendarReader):
    """Adds days counted from the last day named, and fixed holidays, to the calendar reader."""

    previous: dt.date | None = None  # the last day named so far: "the next day" counts from it

    def holiday(self, i: int) -> Hit | None:
        """Fixed-date holidays: "on New Year's Eve", "on Christmas Day"."""
        for words, (month, day) in HOLIDAYS.get(self.at(i), ()):
            if tuple(self.low[i : i + len(words)]) == words and self.t.words[i][0].isupper():
                date = dt.date(self.infer_year(month, day), month, day)
                return Hit(i, i + len(words), date, date, "day", "holiday")
        return None

    def anaphoric(self, i: int) -> Hit | None:
        """A day told from the last day named before it ("the same day", "the next day", "a day
        later", "two days after", "a week earlier"); with no day named before, no date."""
        if self.previous is None:
            return None
        shift, stop = None, i
        word, unit = self.at(i), self.at(i + 1)
        for words, days in ANAPHORIC.get(word, ()):
            # the second word compared first: "the" heads many phrases and most of its tokens start none
            if (len(words) < 2 or words[1] == unit) and tuple(self.low[i : i + len(words)]) == words:
                shift, stop = days, i + len(words)
                break
        if shift is None:
            if unit not in _UNIT_DAYS:  # asked first: what follows a head is seldom "day" or "week"
                return None
            count = _SMALL.get(word) or (int(word) if word.isascii() and word.isdigit() and len(word) <= 2 else 0)
            direction = _ANAPHORIC_DIRECTIONS.get(self.at(i + 2))
            if not count or direction is None or word in ("several", "few"):
                return None
            if _UNIT_DAYS[unit] > 1 and self.at(i + 2) not in _ADVERB_DIRECTIONS:
                return None  # "three weeks after artillery hit X on Jan. 22": a clause follows, counted from its day
            shift, stop = count * direction * _UNIT_DAYS[unit], i + 3
        day = self.previous + dt.timedelta(days=shift)
        return Hit(i, stop, day, day, "day", "anaphoric")
