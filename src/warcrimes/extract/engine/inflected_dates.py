"""A date grammar for inflected languages (Ukrainian, Russian), its words all in the language's dates.json.

Month names are listed in every case they take ("18 лютого", "у лютому", "в феврале"); the other
expressions are phrases of folded tokens mapped to what they mean, resolved against the
publication date only:

    D MONTH [YYYY [year word]]           a day ("18 лютого 2025 року")
    D-D MONTH, з/с D по/до D MONTH        a range of days
    з/с D MONTH по/до D MONTH [YYYY]     a range across months ("з 14 квітня по 9 вересня")
    між/между D і/и D MONTH              a range of days ("між 3 і 5 травня")
    з/с MONTH YYYY до/по ... в MONTH YYYY  a range whose end is told after a few words ("до обміну в лютому 2025 року")
    DD.MM.YYYY, YYYY-MM-DD               a day
    [part] MONTH [YYYY]                  a month, or part of it ("на початку вересня")
    YYYY year word                       a year ("у 2024 році")
    night phrase + D MONTH               the night before D ("в ніч на 18 лютого": 17..18)
    deictic / night / window phrases     "вчора", "вночі", "минулої доби", relative to publication
    morning phrase                       "зранку" after "учора ввечері" / "уночі": the day published
    relative periods                     "минулого тижня" (last Monday..Sunday), "минулого місяця"
    [в/у] weekday                        the latest such day on or before publication
    [в/у] last-word weekday              that day of the week before publication's ("в прошлый понедельник")
    season [YYYY year word]              its months ("летом 2023 года": June-August 2023)

A date is "reported" (it dates the report, not the event) when a verb of reporting, by lemma,
governs it: one before it in the same clause ("сообщил губернатор в пятницу"), or one right after a
date that opens its clause ("17 сентября стало известно, что..."); "as_of" after "по состоянию на".
The words are the optional `reporting` table of dates.json.

The scan looks up each token once in a dict of heads and reads forward, so it is linear in the text.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from warcrimes.extract.engine.document import Mention
from warcrimes.extract.engine.text import Tokens, phrase_forms
from warcrimes.extract.engine.values import DateHit, DateValue

DAY = dt.timedelta(days=1)
STEP_OBJECT_REACH = 2  # tokens after a verb of telling where a step's noun makes it a step ("повідомили про підозру")


def _phrases(table: Mapping[str, Any], fold_table: dict[int, str]) -> dict[tuple[str, ...], Any]:
    return {phrase_forms(k, fold_table): v for k, v in table.items()}


# what may stand before a bulletin item's day, and after it
BULLETIN_BEFORE = frozenset({"-", "\u2013", "\u2014", "\u2022", "*", ".", "!", "?", ":"})
BULLETIN_AFTER = frozenset({",", ":", "-", "\u2013", "\u2014", "("})

# month-part bounds read before a year: the thirds of English "early/mid/late 2023" and the halves, as (months
# before the first, last month); a third's first number over 4 also picks a season's month (0, 1, 2)
YEAR_THIRDS = {(1, 10): (0, 4), (11, 20): (4, 8), (21, 31): (8, 12)}
YEAR_HALVES = {(1, 15): (0, 6), (16, 31): (6, 12)}


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


class DateGrammar:
    """One language's date words, compiled once; read(tokens, published) gives date mentions."""

    def __init__(
        self,
        code: str,
        words: Mapping[str, Any],
        fold_table: dict[int, str],
        lemmas: Callable[[str], tuple[str, ...]] | None = None,
    ) -> None:
        self.code = code
        fold1 = lambda w: "".join(phrase_forms(w, fold_table))  # noqa: E731 - one word, folded
        self.months = {fold1(k): int(v) for k, v in words["months"].items()}
        self.year_words = {fold1(w) for w in words["year_words"]}
        self.birth_words = {fold1(w) for w in words.get("birth_words", ())}
        self.day_words = {fold1(k): int(v) for k, v in words.get("day_words", {}).items()}
        self.day_tens = {fold1(k): int(v) for k, v in words.get("day_tens", {}).items()}
        self.weekdays = {fold1(k): int(v) for k, v in words["weekdays"].items()}
        self.weekday_prepositions = {fold1(w) for w in words["weekday_prepositions"]}
        last = words.get("last_weekday", {})
        self.last_words = {fold1(w) for w in last.get("words", ())}
        self.last_weekdays = self.weekdays | {fold1(k): int(v) for k, v in last.get("weekdays", {}).items()}
        self.range_openers = {fold1(w) for w in words["range_openers"]}
        self.range_joiners = {fold1(w) for w in words["range_joiners"]}
        between = words.get("between", {})
        self.between_openers = {fold1(w) for w in between.get("openers", ())}
        self.between_joiners = {fold1(w) for w in between.get("joiners", ())}
        self.range_link_words = int(words.get("range_link_words", 0))
        ago = words.get("ago", {})
        self.ago_words = {fold1(w) for w in ago.get("words", ())}
        self.ago_units = {fold1(k): int(v) for k, v in ago.get("units", {}).items()}
        self.ago_counts = {fold1(k): int(v) for k, v in ago.get("counts", {}).items()}
        self.seasons = {fold1(k): [int(m) for m in v] for k, v in words.get("seasons", {}).items()}
        self.season_genitive = {fold1(k): [int(m) for m in v] for k, v in words.get("season_genitive", {}).items()}
        self.season_shift = {fold1(k): int(v) for k, v in words.get("season_shift", {}).get("words", {}).items()}
        self.year_phrases = {phrase_forms(k, fold_table): int(v) for k, v in words.get("year_phrases", {}).items()}
        self._published = dt.date.min
        self.phrases: dict[tuple[str, ...], tuple[str, Any]] = {}
        for kind in ("deictic", "night", "window", "relative", "month_parts", "night_before", "morning", "anaphoric"):
            for phrase, value in _phrases(words.get(kind, {}), fold_table).items():
                self.phrases[phrase] = (kind, value)
        reporting = words.get("reporting", {})
        self.reporting_verbs = {fold1(w) for w in reporting.get("verbs", ())}
        self.known_words = {fold1(w) for w in reporting.get("known", ())}  # "стало известно": news, not the act
        self.topic_words = {fold1(w) for w in reporting.get("topic_words", ())}  # "рассказал о ...": not the report
        self.act_words = frozenset(fold1(w) for w in reporting.get("act_words", ()))  # "наслідки обстрілу ... ночі"
        self.step_words = {fold1(w) for w in reporting.get("step_words", ())}  # a court step's day: not the act's
        self.clause_breaks = set(reporting.get("clause_breaks", ()))
        self.as_of = [phrase_forms(p, fold_table) for p in reporting.get("as_of", ())]
        self.reach = int(reporting.get("reach", 6))
        self.lemmas = lemmas or (lambda form: (form,))
        eve = words.get("eve", {})
        self.eve_words = {fold1(w) for w in eve.get("words", ())}
        self.eve_nouns = frozenset(eve.get("nouns", ()))
        self._context: dict[str, int] = {}
        self.heads: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(self.phrases, key=len, reverse=True):
            self.heads.setdefault(phrase[0], []).append(phrase)

    # -- helpers ----------------------------------------------------------------------------------
    @staticmethod
    def _year(tokens: Tokens, i: int) -> int | None:
        word = tokens.lower[i] if i < len(tokens) else ""
        if len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2100:
            return int(word)
        return None

    def _resolve(self, day: int, month: int, year: int | None, published: dt.date) -> dt.date | None:
        year = year or self._told_year(published)
        guess = year or published.year
        try:
            found = dt.date(guess, month, day)
        except ValueError:
            return None
        if year is None and found > published + 7 * DAY:  # "18 грудня" read in January: last year
            found = found.replace(year=guess - 1) if not (month == 2 and day == 29) else found
        return found

    def _told_year(self, published: dt.date) -> int | None:
        """The earlier year the text last named ("У 2022 році ... у липні" is July 2022)."""
        told = self._context.get("year")
        return told if told is not None and told < published.year else None

    def _after_year(self, tokens: Tokens, i: int) -> tuple[int | None, int]:
        """An optional year after a month name ("2022 року", "минулого року"), and where it ends."""
        for phrase, shift in self.year_phrases.items():
            if tuple(tokens.lower[i : i + len(phrase)]) == phrase:
                self._context["year"] = self._published.year + shift
                return self._published.year + shift, i + len(phrase)
        year = self._year(tokens, i)
        if year is None:
            return None, i
        self._context["year"] = year
        i += 1
        if i < len(tokens) and tokens.lower[i] in self.year_words:
            i += 1
            if i < len(tokens) and tokens.lower[i] == ".":
                i += 1
        return year, i

    def _phrase_at(self, tokens: Tokens, i: int) -> tuple[tuple[str, ...], str, Any] | None:
        for phrase in self.heads.get(tokens.lower[i], ()):
            if tuple(tokens.lower[i : i + len(phrase)]) == phrase:
                kind, value = self.phrases[phrase]
                return phrase, kind, value
        return None

    # -- expressions ------------------------------------------------------------------------------
    def _day_month(self, tokens: Tokens, i: int, published: dt.date) -> DateHit | None:
        low = tokens.lower
        n = len(tokens)
        word = low[i]
        if not (word.isdigit() and len(word) <= 2):
            return self._day_in_words(tokens, i, published)
        day = int(word)
        # DD.MM.YYYY
        if i + 4 < n and low[i + 1] == "." and low[i + 2].isdigit() and low[i + 3] == "." and self._year(tokens, i + 4):
            month = int(low[i + 2])
            found = self._resolve(day, month, self._year(tokens, i + 4), published) if 1 <= month <= 12 else None
            if found:
                return DateHit(i, i + 5, found, found, "day", f"{self.code}/dates:numeric")
        item = self._bulletin_day(tokens, i, published)
        if item is not None:
            return item
        first_day, j = day, i + 1
        if j + 1 < n and low[j] in self.range_joiners and low[j + 1].isdigit() and len(low[j + 1]) <= 2:
            day, j = int(low[j + 1]), j + 2  # "17-18 лютого", "17 по 18"? handled by range_openers too
        if j < n and low[j] in self.months:
            month = self.months[low[j]]
            year, stop = self._after_year(tokens, j + 1)
            end = self._resolve(day, month, year, published)
            start = self._resolve(first_day, month, year or (end.year if end else None), published)
            if start and end and start <= end:
                kind = "day" if start == end else "range"
                return DateHit(i, stop, start, end, kind, f"{self.code}/dates:day-month")
        return None

    def _bulletin_day(self, tokens: Tokens, i: int, published: dt.date) -> DateHit | None:
        """'- 02.04, близько 11:00, Краматорськ: ...': a day and a month of two digits each, no year, opening a
        bulletin's item (after a list mark or a sentence's end) and followed by a comma, a colon, a dash or a
        capitalised word (stage 21). Times ("о 12.30"), prices and decimals stand after words and read no day."""
        low, n = tokens.lower, len(tokens)
        if i + 2 >= n or low[i + 1] != "." or not (tokens.touching(i) and tokens.touching(i + 1)):
            return None
        day, month = low[i], low[i + 2]
        if not (len(day) == 2 == len(month) and month.isdigit() and 1 <= int(month) <= 12):
            return None
        if i > 0 and low[i - 1] not in BULLETIN_BEFORE:
            return None
        after = low[i + 3] if i + 3 < n else ""
        if tokens.touching(i + 2) and after[:1].isalnum() or after == ".":
            return None
        if after not in BULLETIN_AFTER and not (i + 3 < n and tokens.is_cap(i + 3)):
            return None
        found = self._resolve(int(day), int(month), None, published)
        return DateHit(i, i + 3, found, found, "day", f"{self.code}/dates:bulletin") if found else None

    def _iso(self, tokens: Tokens, i: int, published: dt.date) -> DateHit | None:
        """"2024-05-03": an ISO day, its five tokens touching."""
        low, n = tokens.lower, len(tokens)
        year = self._year(tokens, i)
        if year is None or i + 4 >= n or low[i + 1] != "-" or low[i + 3] != "-":
            return None
        if not all(tokens.touching(k) for k in range(i, i + 4)):
            return None
        month, day = low[i + 2], low[i + 4]
        if not (len(month) == 2 and month.isdigit() and len(day) == 2 and day.isdigit()):
            return None
        try:
            found = dt.date(year, int(month), int(day))
        except ValueError:
            return None
        return DateHit(i, i + 5, found, found, "day", f"{self.code}/dates:iso")

    def _ago(self, tokens: Tokens, i: int, published: dt.date) -> DateHit | None:
        """"три дні тому", "две недели назад", "тиждень тому": counted back from publication (a week or more is
        approximate, as English "two weeks ago")."""
        low, n = tokens.lower, len(tokens)
        word = low[i]
        if word in self.ago_units:
            count, j = 1, i
        elif word.isdigit() and len(word) <= 3:
            count, j = int(word), i + 1
        else:
            count, j = self.ago_counts.get(word, 0), i + 1
        if not count or j + 1 >= n or low[j] not in self.ago_units or low[j + 1] not in self.ago_words:
            return None
        days = self.ago_units[low[j]]
        try:
            day = published - count * days * DAY
        except OverflowError:
            return None
        k = j + 2 + (j + 2 < n and low[j + 2] == ",")
        k += k < n and low[k] in self.weekday_prepositions
        if days == 7 and k < n and low[k] in self.weekdays:
            # "два тижні тому, у вівторок", "две недели назад, во вторник": that weekday of the week then (stage 20b)
            day = day - day.weekday() * DAY + self.weekdays[low[k]] * DAY
            return DateHit(i, k + 1, day, day, "day", f"{self.code}/dates:ago_weekday", relative=True)
        return DateHit(i, j + 2, day, day, "day" if days == 1 else "approx", f"{self.code}/dates:ago", relative=True)

    def _day_in_words(self, tokens: Tokens, i: int, published: dt.date) -> DateHit | None:
        """"дванадцятого березня", "двадцать первого марта": an ordinal day word, only before a month."""
        low, n = tokens.lower, len(tokens)
        tens = self.day_tens.get(low[i], 0)
        j = i + 1 if tens and i + 1 < n and low[i + 1] in self.day_words else i
        if low[j] not in self.day_words or j + 1 >= n or low[j + 1] not in self.months:
            return None
        year, stop = self._after_year(tokens, j + 2)
        found = self._resolve(tens + self.day_words[low[j]], self.months[low[j + 1]], year, published)
        return DateHit(i, stop, found, found, "day", f"{self.code}/dates:day-words") if found else None

    def _range(self, tokens: Tokens, i: int, published: dt.date) -> DateHit | None:
        """"з 1 по 5 березня", "с 3 до 7 марта", "між 3 і 5 травня", "з 14 квітня по 9 вересня", "с октября 2023 года
        до обмена в феврале 2025 года"."""
        low, n = tokens.lower, len(tokens)
        joiners = self.between_joiners if low[i] in self.between_openers else self.range_joiners
        if i + 3 < n and low[i + 1].isdigit() and low[i + 2] in joiners:
            second = self._day_month(tokens, i + 3, published)
            if second is None or second.granularity != "day":
                return None
            try:
                start = second.start.replace(day=int(low[i + 1]))
            except ValueError:
                return None
            if start > second.start:
                return None
            return DateHit(i, second.stop, start, second.end, "range", f"{self.code}/dates:range")
        if i + 1 >= n or joiners is self.between_joiners:
            return None
        first = self._day_month(tokens, i + 1, published) if low[i + 1][:1].isdigit() else self._month(
            tokens, i + 1, published)
        if first is None or first.granularity not in ("day", "month") or first.stop >= n:
            return None
        if low[first.stop] not in joiners:
            return None
        second = self._range_end(tokens, first.stop + 1, published)
        if second is None:
            return None
        start = first.start
        if not any(self._year(tokens, k) for k in range(first.first, first.stop)):  # its year is the end's
            start = start.replace(year=second.end.year) if (start.month, start.day) != (2, 29) else start
            if start > second.end:
                start = start.replace(year=start.year - 1)
        if start > second.end:
            return None
        return DateHit(i, second.stop, start, second.end, "range", f"{self.code}/dates:range-across")

    def _range_end(self, tokens: Tokens, j: int, published: dt.date) -> DateHit | None:
        """The end of a range after its joiner: a day or month right there, or after a few words and a preposition
        ("до обміну в лютому 2025 року"); never past a punctuation mark."""
        low, n = tokens.lower, len(tokens)
        for k in range(j, min(n, j + 1 + self.range_link_words)):
            if not low[k].isalnum():
                return None
            if k > j and low[k - 1] not in self.weekday_prepositions:
                continue
            found = self._day_month(tokens, k, published) if low[k][:1].isdigit() else self._month(tokens, k, published)
            if found is not None and found.granularity in ("day", "month", "range"):
                return found
            if k == j and low[k][:1].isdigit():
                return None
        return None

    def _month(self, tokens: Tokens, i: int, published: dt.date, first: int | None = None,
               part: tuple[int, int] | None = None, rule: str = "month") -> DateHit | None:
        month = self.months.get(tokens.lower[i]) if i < len(tokens) else None
        if month is None:
            return None
        year, stop = self._after_year(tokens, i + 1)
        if year is None and part is None:
            span = self._month_span(tokens, i, published)
            if span is not None:
                return span
        if year is None:
            year = self._told_year(published) or (published.year if month <= published.month else published.year - 1)
        last = calendar.monthrange(year, month)[1]
        lo, hi = part or (1, last)
        start, end = dt.date(year, month, lo), dt.date(year, month, min(hi, last))
        return DateHit(first if first is not None else i, stop, start, end, "part_of_month" if part else "month",
                    f"{self.code}/dates:{rule}")

    def _month_span(self, tokens: Tokens, i: int, published: dt.date) -> DateHit | None:
        """"у лютому-березні 2022 року", "с марта по май": two months, the year told after the second."""
        low, n = tokens.lower, len(tokens)
        if not (i + 2 < n and low[i + 1] in self.range_joiners and low[i + 2] in self.months):
            return None
        second = self._month(tokens, i + 2, published)
        if second is None:
            return None
        month = self.months[low[i]]
        year = second.end.year if month <= second.end.month else second.end.year - 1
        return DateHit(i, second.stop, dt.date(year, month, 1), second.end, "range", f"{self.code}/dates:month-range")

    def _year_alone(self, tokens: Tokens, i: int) -> DateHit | None:
        year = self._year(tokens, i)
        if year is None or i + 1 >= len(tokens) or tokens.lower[i + 1] not in self.year_words:
            return None
        after = i + 3 if i + 2 < len(tokens) and tokens.lower[i + 2] == "." else i + 2
        if after < len(tokens) and tokens.lower[after] in self.birth_words:
            return None  # "1951 року народження": a person's age, not when anything happened
        self._context["year"] = year
        return DateHit(i, i + 2, dt.date(year, 1, 1), dt.date(year, 12, 31), "year", f"{self.code}/dates:year")

    def _season(self, tokens: Tokens, i: int, published: dt.date) -> DateHit | None:
        """"летом 2023 года", "взимку": the season's months of the year told, else the latest one begun."""
        months = self.seasons.get(tokens.lower[i])
        if not months:
            return None
        year, stop = self._after_year(tokens, i + 1)
        first, last = months[0], months[-1]
        if year is None:
            year = self._told_year(published) or published.year
            if dt.date(year - (first > last), first, 1) > published:
                year -= 1
        start = dt.date(year - (first > last), first, 1)
        end = min(dt.date(year, last, calendar.monthrange(year, last)[1]), max(published, start))
        return DateHit(i, stop, start, end, "season", f"{self.code}/dates:season")

    def _season_year(self, first: int, last: int, published: dt.date) -> int:
        """The year a season told with no year begins in: the year the text told before, else the latest begun."""
        year = self._told_year(published)
        if year is not None:
            return year - (first > last)
        year = published.year
        return year - 1 if dt.date(year, first, 1) > published else year

    def _shifted_season(self, tokens: Tokens, i: int, published: dt.date) -> DateHit | None:
        """"минулої осені", "прошлым летом": the latest season over by publication; "цієї весни", "этой весной": the
        latest begun, up to publication (dates.json `season_shift`, stage 22), as English "last autumn"."""
        word = tokens.lower[i + 1] if i + 1 < len(tokens) else ""
        months = self.seasons.get(word) or self.season_genitive.get(word)
        if not months:
            return None
        shift, first, last = self.season_shift[tokens.lower[i]], months[0], months[-1]
        year = published.year - (dt.date(published.year, first, 1) > published)
        if shift < 0 and _month_end(year + (last < first), last) >= published:
            year -= 1
        year += shift + (shift < 0)
        end = min(_month_end(year + (last < first), last), published)
        return DateHit(i, i + 2, dt.date(year, first, 1), end, "season", f"{self.code}/dates:season_shift",
                       relative=True)

    def _part_of_year(
        self, tokens: Tokens, i: int, stop: int, bounds: tuple[int, int], published: dt.date
    ) -> DateHit | None:
        """A part phrase before a year ("на початку 2023 року", "в конце прошлого года": a third of the year, as
        English "early 2023"; "у першій половині 2023 року": a half) or before a season's genitive ("на початку
        осені", "в конце лета 2022 года": its first, middle or last month). Stage 22."""
        months = self.season_genitive.get(tokens.lower[stop]) if stop < len(tokens) else None
        if months:
            third = YEAR_THIRDS.get(bounds)
            if third is None:
                return None
            year, after = self._after_year(tokens, stop + 1)
            first, last = months[0], months[-1]
            start_year = year - (first > last) if year is not None else self._season_year(first, last, published)
            month = months[third[0] // 4]
            at = start_year + (month < first)
            end = min(_month_end(at, month), max(published, dt.date(at, month, 1)))
            return DateHit(i, after, dt.date(at, month, 1), end, "month", f"{self.code}/dates:season_part")
        span = YEAR_THIRDS.get(bounds) or YEAR_HALVES.get(bounds)
        if span is None:
            return None
        year, after = self._after_year(tokens, stop)
        if year is None:
            return None
        start, end = dt.date(year, span[0] + 1, 1), _month_end(year, span[1])
        return DateHit(i, after, start, min(end, max(published, start)), "part_of_year", f"{self.code}/dates:part_year")

    def _weekday(self, tokens: Tokens, i: int, published: dt.date) -> DateHit | None:
        j = i + 1 if tokens.lower[i] in self.weekday_prepositions else i
        if j + 1 < len(tokens) and tokens.lower[j] in self.last_words and tokens.lower[j + 1] in self.last_weekdays:
            monday = published - (published.weekday() + 7) * DAY  # "last Monday": the week before this one
            day = monday + self.last_weekdays[tokens.lower[j + 1]] * DAY
            return DateHit(i, j + 2, day, day, "day", f"{self.code}/dates:last_weekday", relative=True)
        if j >= len(tokens) or tokens.lower[j] not in self.weekdays:
            return None
        k = j + 1 + (j + 1 < len(tokens) and tokens.lower[j + 1] == ",")
        told = self._day_month(tokens, k, published) if k < len(tokens) and tokens.lower[k][:1].isdigit() else None
        if told is not None and told.granularity == "day":
            # "у суботу, 15 лютого", "в пятницу 7 марта": the day told beside the weekday, which may lie after
            # publication (a day of mourning, a funeral), not the latest such weekday (stage 22)
            return DateHit(i, told.stop, told.start, told.end, "day", f"{self.code}/dates:weekday_date")
        back = (published.weekday() - self.weekdays[tokens.lower[j]]) % 7
        day = published - back * DAY
        return DateHit(i, j + 1, day, day, "day", f"{self.code}/dates:weekday", relative=True)

    def _from_phrase(self, tokens: Tokens, i: int, published: dt.date) -> DateHit | None:
        found = self._phrase_at(tokens, i)
        if found is None:
            return None
        phrase, kind, value = found
        stop = i + len(phrase)
        rule = f"{self.code}/dates:{kind}:{' '.join(phrase)}"
        if kind == "deictic":
            eve = phrase[-1] in self.eve_words and stop < len(tokens)
            if eve and self.eve_nouns & set(self.lemmas(tokens.lower[stop])):
                return None  # "напередодні Дня захисту дітей": the eve of a day, not yesterday
            day = published + int(value) * DAY
            self._context["relative"] = 1
            return DateHit(i, stop, day, day, "day", rule, relative=True)
        if kind == "anaphoric":
            return self._anaphoric(tokens, i, stop, int(value), rule, published)
        if kind == "night":  # the value counts nights back: "позаминулої ночі", "позапрошлой ночью" is 2
            self._context["relative"] = 1
            back = int(value) * DAY
            return DateHit(i, stop, published - back, published - back + DAY, "night", rule, relative=True)
        if kind == "morning":
            return self._morning(tokens, i, stop, published + int(value) * DAY, rule)
        if kind == "window":
            return DateHit(i, stop, published - int(value) * DAY, published, "window", rule, relative=True)
        if kind == "night_before":
            told = self._day_month(tokens, stop, published)
            if told is None and stop < len(tokens) and tokens.lower[stop] in self.last_weekdays:
                # "у ніч проти четверга", "в ночь на четверг": the latest such day, whose small hours the night ends
                # in (stage 18b's reading of "вночі на понеділок"; the genitive read since stage 22)
                days_back = (published.weekday() - self.last_weekdays[tokens.lower[stop]]) % 7
                day = published - days_back * DAY
                return DateHit(i, stop + 1, day, day, "day", rule, relative=True)
            if told is None or told.granularity != "day":
                night = self.phrases.get(phrase[:-1])  # "вночі на Харківщині": "вночі" alone, last night
                if night is None or night[0] != "night" or (stop < len(tokens) and tokens.lower[stop] in self.weekdays):
                    return None  # "у ніч на понеділок": the weekday is read next, on its preposition
                return DateHit(i, stop - 1, published - DAY, published, "night", rule, relative=True)
            return DateHit(i, told.stop, told.start - DAY, told.start, "night", rule)
        if kind == "month_parts":
            bounds = (int(value[0]), int(value[1]))
            return self._month(tokens, stop, published, first=i, part=bounds, rule="part") or self._part_of_year(
                tokens, i, stop, bounds, published
            )
        if kind == "relative":
            unit, shift = value
            if unit == "weekend":  # "минулих вихідних", "на выходных": the latest Saturday and Sunday
                saturday = published - ((published.weekday() - 5) % 7) * DAY
                if int(shift) < 0 and published.weekday() >= 5:
                    saturday -= 7 * DAY
                return DateHit(i, stop, saturday, saturday + DAY, "weekend", rule, relative=True)
            if unit == "week":
                monday = published - published.weekday() * DAY + int(shift) * 7 * DAY
                return DateHit(i, stop, monday, min(monday + 6 * DAY, published), "week", rule, relative=True)
            if unit == "year":
                year = published.year + int(shift)
                end = min(dt.date(year, 12, 31), published)
                self._context["year"] = year
                return DateHit(i, stop, dt.date(year, 1, 1), end, "year", rule, relative=True)
            year, month = published.year, published.month + int(shift)
            while month < 1:
                year, month = year - 1, month + 12
            last = calendar.monthrange(year, month)[1]
            end = min(dt.date(year, month, last), published)
            return DateHit(i, stop, dt.date(year, month, 1), end, "month", rule, relative=True)
        return None

    def _anaphoric(
        self, tokens: Tokens, i: int, stop: int, shift: int, rule: str, published: dt.date
    ) -> DateHit | None:
        """'12 березня ... помер. Напередодні ввечері його побили', 'накануне вечером', 'на следующий день': a day
        told from the last day the paragraph named (dates.json `anaphoric`, stage 20b), as English's 'the day
        before'. With no day named before it, a word that also means yesterday ("напередодні", "накануне": a shift
        of -1) is the day before publication, as before; "наступного дня" gives no date."""
        if stop < len(tokens) and self.eve_nouns & set(self.lemmas(tokens.lower[stop])):
            return None  # "напередодні Дня захисту дітей": the eve of a day, not the day before
        told = self._context.get("day")
        if told is None and self._context.get("opens") == i:
            # "20 квітня ... загинуло подружжя. <blank line> Напередодні, у суботу ввечері, ...": a paragraph opened by
            # the word goes on from the day the paragraph before it named last
            told = self._context.get("opening")
        if told is not None:
            day = dt.date.fromordinal(told + shift)
            return DateHit(i, stop, day, day, "day", rule)
        if shift != -1:
            return None
        day = published - DAY
        self._context["relative"] = 1
        return DateHit(i, stop, day, day, "day", rule, relative=True)

    def _morning(self, tokens: Tokens, i: int, stop: int, day: dt.date, rule: str) -> DateHit | None:
        """'Зранку дрон атакував автобус' in a post that told 'учора ввечері' or 'уночі' before: the morning of the
        day published (dates.json `morning`, stage 20). Only after such a day told relative to publication, and not
        beside a weekday or a day's number ("у суботу вранці", "утром 6 августа": the morning of that day)."""
        low = tokens.lower
        beside = (i > 0 and low[i - 1] in self.weekdays) or (
            stop < len(tokens)
            and (low[stop][:1].isdigit() or low[stop] in self.weekdays or self._dated_after(tokens, stop))
        )
        if not self._context.get("relative") or beside:
            return None
        return DateHit(i, stop, day, day, "day", rule, relative=True)

    def _dated_after(self, tokens: Tokens, k: int) -> bool:
        """A day phrase at token k ("в суботу", "6 серпня" after a preposition), not a head word opening a place
        ("Зранку у Марганці дрон влучив ...": the morning of the day told, stage 21)."""
        low = tokens.lower
        if low[k] not in self.heads:
            return False
        after = low[k + 1] if k + 1 < len(tokens) else ""
        if after[:1].isdigit() or after in self.weekdays or after in self.months:
            return True
        return self._phrase_at(tokens, k) is not None

    def scan(self, tokens: Tokens, published: dt.date, frames: frozenset[int] = frozenset()) -> list[DateHit]:
        self._context = {}  # what the text told so far (one scan at a time per process)
        self._published = published
        hits: list[DateHit] = []
        i, n, low = 0, len(tokens), tokens.lower
        while i < n:
            word = low[i]
            if i in frames:
                self._context.pop("year", None)  # a new paragraph or case: the year told before is not its year
                before = self._context.pop("day", None)  # nor its day, for "напередодні" told inside it
                if before is not None:
                    self._context["opening"] = before  # ... but one opening it is told from that day (stage 21)
                    self._context["opens"] = i
            hit: DateHit | None = None
            if word in self.heads:
                hit = self._from_phrase(tokens, i, published)
            if hit is None and (word in self.range_openers or word in self.between_openers):
                hit = self._range(tokens, i, published)
            if hit is None and (word[:1].isdigit() or word in self.day_words or word in self.day_tens):
                hit = self._day_month(tokens, i, published) or self._iso(tokens, i, published) or self._year_alone(
                    tokens, i)
            if hit is None and (word[:1].isdigit() or word in self.ago_counts or word in self.ago_units):
                hit = self._ago(tokens, i, published)
            if hit is None and word in self.season_shift:
                hit = self._shifted_season(tokens, i, published)
            if hit is None and word in self.months:
                hit = self._month(tokens, i, published)
            if hit is None and word in self.seasons:
                hit = self._season(tokens, i, published)
            if hit is None and (word in self.weekdays or word in self.weekday_prepositions or word in self.last_words):
                hit = self._weekday(tokens, i, published)
            if hit is not None and hit.stop > i:
                hits.append(hit)
                if hit.granularity == "day" and not hit.relative and hit.start == hit.end:
                    self._context["day"] = hit.start.toordinal()  # the day "напередодні" is told from
                i = hit.stop
                continue
            i += 1
        return hits

    # -- roles ----------------------------------------------------------------------------------------
    def _reports(self, low: list[str], j: int) -> str | None:
        """"known", "reported" or "step" (a court or investigation step: "повідомили про підозру", "возбудили
        дело", "осудил") for the word at j, else None."""
        lemmas = self.lemmas(low[j])
        if any(lemma in self.known_words for lemma in lemmas):
            return "known"
        if any(lemma in self.step_words for lemma in lemmas):
            return "step"
        if not any(lemma in self.reporting_verbs for lemma in lemmas):
            return None
        for k in range(j + 1, min(len(low), j + 1 + STEP_OBJECT_REACH)):
            if any(lemma in self.step_words for lemma in self.lemmas(low[k])):
                return "step"  # "сообщили о подозрении": a notice of suspicion, not the telling of the act
        return "reported"

    def role(self, tokens: Tokens, first: int, stop: int) -> str:
        """"reported" when a verb of reporting governs the date, "known" when the day is when news came
        ("стало известно"), "step" when a court or investigation step does, "as_of" after "по состоянию на",
        else "event"."""
        low = tokens.lower
        if self._dateline(tokens, first, stop):
            return "reported"
        for phrase in self.as_of:
            if first >= len(phrase) and tuple(low[first - len(phrase) : first]) == phrase:
                return "as_of"
        for j in range(first - 1, max(-1, first - 1 - self.reach), -1):
            if low[j] in self.clause_breaks or low[j] in self.topic_words or self._act_noun(low[j]):
                break  # "Уточнено наслідки обстрілу Херсона минулої ночі": the night is the strike's
            found = self._reports(low, j)
            if found:
                return found
        if stop < len(tokens) and first > 0:
            found = self._reports(low, stop)
            if found:  # "Вчителька з Ізюма 2 травня розповіла, що ...": the day of the telling
                return found
        if first > 0 and low[first - 1] not in self.clause_breaks and low[first - 1] not in self.weekday_prepositions:
            return "event"
        for j in range(stop, min(len(tokens), stop + self.reach)):
            if low[j] in self.clause_breaks or low[j] in self.topic_words:
                break
            found = self._reports(low, j)
            if found:
                return found
        return "event"

    def _act_noun(self, word: str) -> bool:
        """A noun of an act (dates.json reporting `act_words`, by lemma), standing between a telling and a date."""
        return bool(self.act_words) and any(lemma in self.act_words for lemma in self.lemmas(word))

    @staticmethod
    def _dateline(tokens: Tokens, first: int, stop: int) -> bool:
        """'Москва. 6 февраля. INTERFAX.RU -', 'Белгород, 4 мая – РИА Новости.': an agency's dateline opening
        the text (a city, the day, then a dash or a full stop) dates the report."""
        low = tokens.lower
        if not 1 <= first <= 3 or stop >= len(tokens) or low[first - 1] not in {".", ","}:
            return False
        if not all(tokens.is_cap(k) or low[k] in {".", ","} for k in range(first)):
            return False
        return low[stop] in {".", "-", "\u2013", "\u2014"}

    def read(self, tokens: Tokens, published: dt.date, frames: frozenset[int] = frozenset()) -> list[Mention]:
        """Date mentions in token order; a pure function of the tokens, the publication date and the tokens
        that open a new paragraph or case (`frames`: a year told before one is not carried past it)."""
        out = []
        for hit in self.scan(tokens, published, frames):
            role = self.role(tokens, hit.first, hit.stop) if self.reporting_verbs or self.known_words else "event"
            value = DateValue(hit.start, hit.end, hit.granularity, hit.relative, role)
            out.append(Mention("date", tokens.starts[hit.first], tokens.end(hit.stop - 1), value, hit.rule))
        return out
