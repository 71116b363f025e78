"""Count mentions: digits, number words and vague amounts with their qualifiers, in one token scan.

"at least seven" -> min 7, max null; "between 10 and 12" -> 10..12; "five of the six" -> 5 of 6.
Years, dates, times, ordinals ("110th"), article numbers and money are not counts. The rule
tables (qualifiers, vague words, what a number may not stand beside) are in
lang/en/numbers.json with their source; this module only holds the grammar.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from warcrimes.extract.engine.document import Mention
from warcrimes.extract.engine.language import load
from warcrimes.extract.engine.text import Tokens
from warcrimes.extract.engine.values import CountValue
from warcrimes.extract.lang.en.calendar_refs import _FULL_MONTHS, MONTHS

_LEX = load("en").table("numbers.json", ("units", "tens", "scales", "vague", "qualifiers", "not_count_before"))
_UNITS: dict[str, int] = _LEX["units"]
_TENS: dict[str, int] = _LEX["tens"]
_SCALES: dict[str, int] = _LEX["scales"]
_EXACT_WORDS: dict[str, int] = _LEX["exact_words"]
_VAGUE: dict[tuple[str, ...], int] = {tuple(k.split()): v for k, v in _LEX["vague"].items()}
_QUALIFIERS: dict[tuple[str, ...], str] = {tuple(k.split()): v for k, v in _LEX["qualifiers"].items()}
# "handed over 1,000 bodies": "over" the particle of the verb before it, no qualifier of the count (stage 25)
_PARTICLE_VERBS: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _LEX["particle_verbs"].items()}
_NOT_BEFORE = frozenset(_LEX["not_count_before"])
_NOT_AFTER = frozenset(_LEX["not_count_after"])
_COUNT_NOUNS = frozenset(_LEX["count_nouns"])
_ONE_NOT_BEFORE = frozenset(_LEX["one_not_count_before"])
_ONE_NOT_AFTER = frozenset(_LEX["one_not_count_after"])
_RATIO_CONNECTORS = frozenset(_LEX["ratio_connectors"])
_RATIO_DENOMINATORS = frozenset(_LEX["ratio_denominators"])
_RATIO_NOT_AFTER = frozenset(_LEX["ratio_not_after"])
_WHOLE_NOUNS = frozenset(_LEX["one_of_whole_nouns"])
_WHOLE_REACH: int = _LEX["one_of_whole_reach"]
_VAGUE_HEADS = frozenset(key[0] for key in _VAGUE)
_WORD_HEADS = frozenset(_UNITS) | frozenset(_TENS) | _VAGUE_HEADS | {"a", "an"}
_SPACES = frozenset(" \u00a0\u202f\u2009")
_RANGE = frozenset(["-", "\u2013", "\u2014", "to", "or"])
_PLACE_BEFORE = frozenset(["in", "at", "near", "of", "from", "to"])  # "in Kherson, 5." names a place, not a person
_MAX_DIGITS = 15  # beyond this a digit run is an identifier, and int() of huge runs is slow


def _digits(word: str) -> bool:
    """ASCII digits only: "²" and other Unicode digits pass str.isdigit but are no numerals here."""
    return word.isascii() and word.isdigit()


@dataclass(frozen=True, slots=True)
class _Number:
    """A number read at tokens [first, stop): its value, and whether it was a vague word."""

    first: int
    stop: int
    value: float
    vague: bool = False
    percent: bool = False
    ignore: bool = False  # a time, a dotted date, a fraction: consumed, never a count


class NumberScanner:
    """Finds counts in one token list (and the text, to see the spaces in "3 135")."""

    def __init__(self, tokens: Tokens, text: str) -> None:
        self.t, self.low, self.text = tokens, tokens.lower, text
        self.n = len(tokens.lower)

    def at(self, i: int) -> str:
        return self.low[i] if 0 <= i < self.n else ""

    def is_month(self, i: int) -> bool:
        return self.at(i) in MONTHS and self.t.words[i][0].isupper()

    # -- one number ----------------------------------------------------------------------------
    def number(self, i: int) -> _Number | None:
        low = self.at(i)
        if low[:1].isdigit():
            return self.digits(i)
        if low in _WORD_HEADS:
            return self.vague(i) or self.spelled(i)
        return None

    def digits(self, i: int) -> _Number | None:
        """Digits: "28,000", "3 135", "1.5 million", "90%"; times and dotted dates are consumed, ignored."""
        t, word = self.t, self.at(i)
        if not _digits(word) or len(word) > _MAX_DIGITS:
            return None
        groups, j = [word], i + 1
        after_month = self.is_month(i - 1) or (
            self.at(i - 1) == "." and self.is_month(i - 2) and self.at(i - 2) not in _FULL_MONTHS
        )  # "Feb. 24" is a date; "in November.\n1,234 people" ends a sentence before a count
        if len(word) <= 3 and not after_month:
            j = self._comma_groups(i, groups)
            spaced = len(groups) == 1  # "3 135" (space or no-break space), never mixed with commas
            while spaced and len(groups) < 5 and self._group(j) and t.starts[j] - t.end(j - 1) == 1:
                if self.text[t.starts[j] - 1] not in _SPACES:
                    break
                groups.append(self.at(j))
                j += 1
        value = float(int("".join(groups)))
        sep = self.at(j)
        if sep in (":", "/", ".", "-") and t.touching(j - 1) and t.touching(j) and _digits(self.at(j + 1)):
            if sep in (":", "/") or (self.at(j + 2) == sep and t.touching(j + 1)):
                while self.at(j) == sep and t.touching(j - 1) and t.touching(j) and _digits(self.at(j + 1)):
                    j += 2  # 10:30, 24/7, 24.02.2024, 2024-02-24, version numbers
                return _Number(i, j, value, ignore=True)
            if sep == "." and len(groups) == 1 and len(self.at(j + 1)) <= 6:
                value = float(f"{word}.{self.at(j + 1)}")
                j += 2
        return self._scaled(i, j, value)

    def _comma_groups(self, i: int, groups: list[str]) -> int:
        """Extend `groups` with "1,234,567" or South Asian "4,02,000" groups; the token after them."""
        t, k = self.t, i + 1
        seq: list[str] = []
        while len(seq) < 6 and self.at(k) == "," and t.touching(k - 1) and t.touching(k):
            following = self.at(k + 1)
            if len(following) not in (2, 3) or not _digits(following):
                break
            seq.append(following)
            k += 2
        western = 0
        while western < len(seq) and len(seq[western]) == 3:
            western += 1
        pairs = 0
        while pairs < len(seq) and len(seq[pairs]) == 2:
            pairs += 1
        take = pairs + 1 if len(groups[0]) <= 2 and 0 < pairs < len(seq) else western
        groups.extend(seq[:take])
        return i + 1 + 2 * take

    def _group(self, j: int) -> bool:
        word = self.at(j)
        return len(word) == 3 and _digits(word)

    def _scaled(self, first: int, j: int, value: float, vague: bool = False) -> _Number:
        """Apply "million"/"thousand" and "%"/"percent" after a number."""
        scale = _SCALES.get(self.at(j))
        if scale and scale >= 1000:
            value, j = value * scale, j + 1
        word = self.at(j)
        if word in ("%", "percent", "pct"):
            return _Number(first, j + 1, value, vague, True)
        if word == "per" and self.at(j + 1) == "cent":
            return _Number(first, j + 2, value, vague, True)
        return _Number(first, j, value, vague)

    def spelled(self, i: int) -> _Number | None:
        """Number words: "seven", "twenty-one", "a hundred and five", "two thousand three hundred"."""
        total, current, j, last, top_scale = 0, 0, i, "", 10**12
        if self.at(i) in ("a", "an"):
            if self.at(i + 1) not in ("hundred", "thousand", "million", "dozen", "couple"):
                return None
            current, j, last = 1, i + 1, "unit"
        while j < self.n and j - i < 16:
            word = self.at(j)
            if word in _UNITS and last not in ("unit",):
                current, last = current + _UNITS[word], "unit"
            elif word in _TENS and last not in ("unit", "tens"):
                current, last = current + _TENS[word], "tens"
            elif word == "hundred" and last == "unit" and current < 100:
                current, last = current * 100, "hundred"
            elif word in _SCALES and word != "hundred" and last and _SCALES[word] < top_scale:
                total, current, last, top_scale = total + current * _SCALES[word], 0, "scale", _SCALES[word]
            elif word in _EXACT_WORDS and last == "unit" and total == 0:
                current, last = current * _EXACT_WORDS[word], "scale"
                j += 1
                break
            elif word == "-" and last == "tens" and self.t.touching(j - 1) and self.t.touching(j):
                if self.at(j + 1) not in _UNITS:
                    break
            elif (
                word == "and" and last in ("hundred", "scale") and (self.at(j + 1) in _UNITS or self.at(j + 1) in _TENS)
            ):
                pass
            else:
                break
            j += 1
        if not last:
            return None
        while self.at(j - 1) in ("-", "and"):
            j -= 1
        return self._scaled(i, j, float(total + current))

    def vague(self, i: int) -> _Number | None:
        """Vague amounts ("dozens", "tens of thousands", "several"): the ACLED-style floor in numbers.json."""
        for size in (3, 2, 1):
            key = tuple(self.low[i : i + size])
            if len(key) == size and key in _VAGUE:
                return _Number(i, i + size, float(_VAGUE[key]), vague=True)
        return None

    # -- the count around a number ---------------------------------------------------------------
    def qualifier(self, first: int) -> tuple[str | None, int]:
        """The qualifier phrase ending just before token `first`, and where it starts."""
        for size in (3, 2, 1):
            key = tuple(self.low[max(0, first - size) : first])
            if len(key) == size and key in _QUALIFIERS:
                if size == 1 and self.at(first - 2) in _PARTICLE_VERBS.get(key[0], ()):
                    return None, first  # "handed over 1,000 bodies": the verb's particle
                return _QUALIFIERS[key], first - size
        return None, first

    def excluded(self, a: _Number, stop: int) -> bool:
        """Years, dates, article numbers, model names, measures and money are not counts."""
        before, after = self.at(a.first - 1), self.at(stop)
        if before in _NOT_BEFORE or after in _NOT_AFTER:
            return True
        if after in ("a", "p") and self.at(stop + 1) == "." and self.at(stop + 2) == "m":
            return True  # 5 a.m.
        abbreviated = before == "." and self.is_month(a.first - 2) and self.at(a.first - 2) not in _FULL_MONTHS
        if abbreviated or self.is_month(a.first - 1) or self.is_month(stop):
            return True
        if after == "of" and self.is_month(stop + 1):
            return True
        if after == "-" and self.t.touching(stop - 1) and self.at(stop + 1) in _NOT_AFTER:
            return True  # "10-year-old", "155-mm"
        if before == "-" and self.t.touching(a.first - 1) and self.at(a.first - 2)[:1].isalpha():
            return self.t.touching(a.first - 2)  # "Su-25", "S-300", "Kh-101"
        if self.apposed_age(a, stop):
            return True
        word = self.at(a.first)
        if word == "one" and a.stop == a.first + 1:
            return before in _ONE_NOT_BEFORE or after in _ONE_NOT_AFTER
        return False

    def apposed_age(self, a: _Number, stop: int) -> bool:
        """"Viktor, 67, was shot", "said Oleksandr, 54.": a number set off by commas right after a capitalised
        name is the person's age, not a count of people."""
        word, name = self.at(a.first), a.first - 2
        if not word.isdigit() or stop != a.first + 1 or not 0 < a.value < 120 or self.at(a.first - 1) != ",":
            return False
        if self.at(stop) not in (",", ".", ";", ")") or name < 0 or not self.t.is_cap(name):
            return False
        return self.at(name).isalpha() and self.at(name) not in _NOT_BEFORE and self.at(name - 1) not in _PLACE_BEFORE

    def is_year(self, a: _Number, qualified: bool) -> bool:
        word = self.at(a.first)
        return (
            a.stop == a.first + 1
            and len(word) == 4
            and word.isdigit()
            and 1900 <= a.value <= 2100
            and not qualified
            and self.at(a.stop) not in _COUNT_NOUNS
        )

    def count(self, i: int) -> tuple[Mention | None, int]:
        """The count whose number starts at token i, and the token to resume scanning from."""
        a = self.number(i)
        if a is None or a.ignore:
            return None, a.stop if a else i + 1
        qualifier, first = self.qualifier(i)
        between = self.at(i - 1) == "between"
        if between:
            first = i - 1
        stop, b, total, whole_at = a.stop, None, None, i
        connector = self.at(stop)
        if not a.vague and (connector in _RANGE or (connector == "and" and between)):
            b = self.number(stop + 1)
            if b is None or b.vague or b.ignore or b.value <= a.value:
                b = None
            else:
                stop = b.stop
        if b is None and not a.percent and not a.vague:
            share = self.ratio(a)
            if share is not None:
                span = self.t.starts[first], self.t.end(share[1] - 1)
                value = CountValue(None, None, "about", share[0], "percent")
                return Mention("count", span[0], span[1], value, "ratio"), share[1]
        of_at = stop + 1 if connector == "out" and self.at(stop + 1) == "of" else stop  # "27 out of 46"
        if b is None and self.at(of_at) == "of" and not a.percent:
            k = of_at + 1 + (self.at(of_at + 1) in ("the", "them", "those", "these", "all"))
            c = self.number(k)
            if (
                c is not None
                and not (c.vague or c.percent or c.ignore or self.is_year(c, False))
                and c.value >= a.value
            ):
                total, stop, whole_at = int(c.value), c.stop, k
        if total is not None and self.at(i) == "one" and a.stop == i + 1 and self.of_a_tally(stop):
            return self.count(whole_at)  # "one of 94 cases": the tally, not the one case told
        if self.excluded(a, b.stop if b else a.stop) or self.is_year(a, qualifier is not None):
            return None, max(stop, i + 1)
        value = self._value(a, b, qualifier, total)
        span = self.t.starts[first], self.t.end(stop - 1)
        rule = "range" if b else "vague" if a.vague else "spelled" if self.at(i)[:1].isalpha() else "digits"
        return Mention("count", span[0], span[1], value, rule), stop

    def of_a_tally(self, stop: int) -> bool:
        """A noun of cases or acts within a few words after the whole ("one of 37 summary executions")."""
        for j in range(stop, min(stop + _WHOLE_REACH, self.n)):
            word = self.at(j)
            if word in _WHOLE_NOUNS:
                return True
            if not word.isalpha():
                return False
        return False

    def ratio(self, a: _Number) -> tuple[float, int] | None:
        """"nine in ten", "one in five": a share of a population, as a percentage and the token after it.
        A unit of time or place after the denominator ("three in four days") keeps the plain count."""
        if self.at(a.stop) not in _RATIO_CONNECTORS:
            return None
        d = self.number(a.stop + 1)
        if d is None or d.vague or d.percent or d.ignore or d.value not in _RATIO_DENOMINATORS:
            return None
        if not 0 < a.value < d.value or self.at(d.stop) in _RATIO_NOT_AFTER:
            return None
        low = round(100 * a.value / d.value)
        return float(low), d.stop

    def _value(self, a: _Number, b: _Number | None, qualifier: str | None, total: int | None) -> CountValue:
        unit = "percent" if a.percent or (b is not None and b.percent) else "persons"
        low = int(a.value) if a.value.is_integer() else None
        if b is not None:
            high = int(b.value) if b.value.is_integer() else None
            return CountValue(low, high, "range", a.value, unit, total)
        if a.vague:
            return CountValue(low, None, "at_least" if qualifier == "at_least" else "vague", a.value, unit, total)
        qualifier = qualifier or "exact"
        bounds = {"at_least": (low, None), "at_most": (None, low)}.get(qualifier, (low, low))
        return CountValue(bounds[0], bounds[1], qualifier, a.value, unit, total)

    def scan(self, skip: list[tuple[int, int]]) -> list[Mention]:
        """Every count, skipping tokens inside `skip` spans (the date mentions, when known)."""
        found, i, n, low, starts = [], 0, self.n, self.low, self.t.starts
        heads, s = _WORD_HEADS, 0
        while i < n:
            word = low[i]
            if word[0].isdigit() or word in heads:
                while s < len(skip) and skip[s][1] <= starts[i]:
                    s += 1
                if s < len(skip) and skip[s][0] <= starts[i]:
                    i += 1
                    continue
                mention, i = self.count(i)
                if mention is not None:
                    found.append(mention)
                continue
            i += 1
        return found


def find_counts(tokens: Tokens, text: str, dates: Sequence[Mention] = ()) -> list[Mention]:
    """Count mentions in token order; tokens inside the given date mentions are never counts."""
    return NumberScanner(tokens, text).scan([(m.start, m.end) for m in dates])
