"""The words around a count that say what it counts, shared by the casualty readers.

A Casualty is a count read as people; measure words ("killed", "returned", "in captivity") are the
language's "measure" patterns (lang/<xx>/statistics.json) and the nearest one in the clause says
what happened.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from operator import add, ne

from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.engine.index import Spans
from warcrimes.extract.engine.language import table
from warcrimes.extract.engine.patterns import Match, keep_longest
from warcrimes.extract.engine.text import fold
from warcrimes.extract.engine.values import CountValue

LEXICON = "statistics.json"
_BREAKS = frozenset({",", ";", "("})
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb"})


@dataclass(frozen=True, slots=True)
class Casualty:
    """A count read as people: how many, who (victim category), what happened (measure)."""

    count: CountValue
    category: str | None  # civilian, pow, child, ... or None when the text names no people
    measure: str | None  # killed, wounded, released, deported, held_captive, ... or None
    update: bool = False  # "the toll has risen to 10": a later figure replaces an earlier one
    noun: str = ""
    loose: bool = False  # no people named and the measure word far off: fit for a tally, not a victim count


@cache
def implicit_counts(language: str) -> dict[str, int]:
    return {fold(noun): int(n) for noun, n in table(language, LEXICON)["implicit"]["count"].items()}


def implicit_count(language: str, form: str) -> int:
    """How many people a victim phrase names by itself ("подружжя", "пожилую пару": two), by the whole folded
    phrase or its last word (the head noun after an adjective), else one."""
    counts = implicit_counts(language)
    return counts.get(form) or counts.get(form.rsplit(" ", 1)[-1], 1)


OWN_REPORT_RULES = frozenset({"source:publisher", "source:header"})  # the body whose own report the text is


def measure_hits(doc: Document) -> list[Match]:
    """Measure words; places named after a harm ("torture chambers") shadow the harm and measure nothing, and
    so do people named by an act told before ("two of the detained men were shot": cues.json `referent`)."""
    referents = doc.hits("referent")
    # "launched 112 drones, 97 of which were shot down": a weapon brought down (cues.json `interception`) is no one
    # killed, so "shot" there measures nothing (stage 22)
    downed = {h.start for h in doc.hits("interception") if h.value == "before"}
    # "Northern Lens Investigations concluded that seven civilians were shot": a word of a body's name measures nothing,
    # where the body is cited and where the text names again the body whose own report it is
    bodies = sorted((m.start, m.end) for m in doc.of_kind("source") if m.value.kind == "organisation")
    for name in {m.value.name for m in doc.of_kind("source") if m.rule in OWN_REPORT_RULES}:
        at = doc.text.find(name)
        while at >= 0:
            bodies.append((at, at + len(name)))
            at = doc.text.find(name, at + len(name))
    bodies.sort()

    def named(h: Match) -> bool:
        at = bisect_right(bodies, (h.start, len(doc.text))) - 1
        return at >= 0 and bodies[at][1] >= h.end

    return [
        h
        for h in keep_longest(doc.hits("measure"))
        if h.value != "none"
        and h.start not in downed
        and not any(r.start <= h.start and h.end <= r.end for r in referents)
        and not named(h)
    ]


def tokens_between(doc: Document, start: int, end: int) -> range:
    """Indices of the tokens lying in characters [start, end)."""
    return range(doc.token_at(start), doc.token_at(end))


def clause_break(doc: Document, start: int, end: int, conjunction: bool = False) -> bool:
    """A comma, semicolon or bracket (and with `conjunction`, an 'and') between two offsets; the commas
    of an aside (casualties.json `parenthetical`: "4 з них, на жаль, загинули") break nothing."""
    asides = doc.hits_within("parenthetical", start, end)
    for j in tokens_between(doc, start, end):
        if any(a.start <= doc.tokens.starts[j] < a.end for a in asides):
            continue
        if doc.tokens.lower[j] in _BREAKS or (conjunction and doc.in_class("conjunction", j)):
            return True
    return False


def day_of_earlier_event(doc: Document, date: Mention | Match) -> bool:
    """'the deadliest since February 19, when a drone struck a hotel, killing four': a date after 'since' that a comma
    and a relative 'when' (class `relative_when`) follow is the day of the earlier event the clause tells, no span
    from that day on (stage 21). Off in a language without the class."""
    after = doc.token_at(date.end)
    return after + 1 < len(doc.tokens) and doc.tokens.lower[after] == "," and doc.in_class("relative_when", after + 1)


def words_between(doc: Document, start: int, end: int) -> int:
    """How many words begin in characters [start, end), a word being a run of touching tokens
    ("12,345", "seventy-three-year-old" and "killed," are one each), so long Cyrillic words and
    numbers split into several tokens weigh what short English ones do."""
    first, stop = doc.token_at(start), doc.token_at(end)
    if stop <= first:
        return 0
    before = doc.cache.get("words before")
    if before is None:
        before = doc.cache["words before"] = _words_before_tokens(doc)
    return before[stop] - before[first]


def _words_before_tokens(doc: Document) -> list[int]:
    """For each token index (and one past the last), how many words begin before it: words_between is
    then a subtraction, not a walk over the tokens (it is asked for each measure word near each count)."""
    starts, words = doc.tokens.starts, doc.tokens.words
    if not starts:
        return [0]
    # token j > 0 begins a word unless it touches the one before (starts where that one ends); map, not a
    # generator, keeps the walk over every token at C speed
    ends = map(add, starts, map(len, words))
    return [0, *accumulate([True, *map(ne, starts[1:], ends)])]


MEASURE_WORDS = 10  # words between a count and its measure word ("45 ... were returned", "killing 51")
NAMED_MEASURE_WORDS = 13  # a victim noun named one by one reaches a little further ("a 55-year-old man ...")
FAR_MEASURE_WORDS = 26  # a count with no people named, its measure earlier in the sentence


def _opens_quote(doc: Document, start: int, end: int) -> bool:
    """A quotation opens between two offsets (a quote mark touching the word after it, not the one before):
    what follows is someone's words, not the count's clause ("One soldier wrote: 'Nobody dies today.'")."""
    tokens = doc.tokens
    return any(
        tokens.lower[j] in QUOTE_MARKS and tokens.touching(j) and not (j > 0 and tokens.touching(j - 1))
        for j in tokens_between(doc, start, end)
    )


def relative_between(doc: Document, start: int, end: int) -> bool:
    """A relative pronoun between two offsets ("12 convicted, of whom 5 got life"): a clause of its own."""
    return any(doc.in_class("relative_pronoun", j) for j in tokens_between(doc, start, end))


def nearest_measure(
    doc: Document, hits: list[Match], start: int, end: int, lo: int, hi: int, reach: int, strict: bool = True
) -> Match | None:
    """The measure word of a count: the one after it ("45 ... were returned") unless a comma or
    clause break comes first, and not inside a quotation opened after the count, else the one before it
    ("killing 51"), within `reach` words."""
    before, after = None, None
    gap_after = gap_before = 0
    for hit in hits:
        if hit.start < lo or hit.end > hi:
            continue
        if hit.start >= end and after is None:
            gap = words_between(doc, end, hit.start)
            if gap <= reach and not _opens_quote(doc, end, hit.start):
                after, gap_after = hit, gap
        elif hit.end <= start:
            gap = words_between(doc, hit.end, start)
            if gap <= reach:
                before, gap_before = hit, gap
    if strict and before is not None and before.value != "other" and not doc.text[before.end : start].strip():
        return _act_before_wounded(doc, hits, before)  # "freed 108 women from captivity", "killing 51 people"
    if strict and after is not None:
        if not clause_break(doc, end, after.start, conjunction=True) or before is None:
            return after
        between = tokens_between(doc, before.end, start)
        if not any(doc.in_class("conjunction", j) or doc.tokens.lower[j] == ";" for j in between):
            return before
    if after is None or before is None:
        return after or before
    return after if gap_after <= gap_before else before


def _act_before_wounded(doc: Document, hits: list[Match], before: Match) -> Match:
    """'добили пораненого бійця', 'застрелили раненого военного': the wounded word right before the person says
    who they were; the killing word right before it is what was done to them."""
    if before.value != "wounded":
        return before
    act = next((h for h in hits if h.end <= before.start and not doc.text[h.end : before.start].strip()), None)
    return act if act is not None and act.value == "killed" else before


def age_apposition(doc: Document, mention: Mention, victims: Spans) -> bool:
    """'a man, 56, was killed', 'O.K., 54, was shot', 'Ihor M., 44, was detained': a number between commas right
    after a person is that person's age; a word of the time it held at may stand before it ('Maksym, then 16,':
    class `age_then`, stage 25)."""
    tokens, first = doc.tokens, doc.token_at(mention.start)
    after = doc.token_at(mention.end)
    then = first > 1 and doc.in_class("age_then", first - 1) and tokens.lower[first - 2] == ","
    if then:
        first -= 1  # "Maksym, then 16, was taken": the age he was then
    if first == 0 or tokens.lower[first - 1] != "," or tokens.touching(first - 1) or not tokens.touching(after - 1):
        return False
    if after >= len(tokens) or tokens.lower[after] != ",":
        return False
    comma = tokens.starts[first - 1]
    if then and first > 1 and tokens.is_cap(first - 2) and tokens.lower[first - 2].isalpha():
        return True  # "Maksym, then 16,": a name before (not "rose to 12, then 16, then 20")
    if doc.ends_with("initials", comma):
        return True  # "O.K., 54, was shot": a person by initials (casualties.json `initials`), the number their age
    return any(v.end == comma for v in victims.starting(doc.sentence_of(mention.start)[0], comma))


def dead_found_over_time(doc: Document, lo: int, hi: int) -> bool:
    """The dead recovered, exhumed or found over a time ('so far', 'since', 'in total': the `cumulative`
    patterns) in a sentence telling no one attack and no rubble of one (`recovered_dead` patterns): a running
    total of the dead found in a place, not one event's toll."""
    found = {h.value for h in doc.hits_within("recovered_dead", lo, hi)}
    if "found" not in found or "rubble" in found or doc.has_hit("one_attack", lo, hi):
        return False
    return doc.has_hit("cumulative", lo, hi)


MONTH_DAYS = 28  # a toll told over at least this many days ("since January") is over months, not one act's


def acts_over_months(doc: Document, lo: int, hi: int) -> bool:
    """Many acts told in the plural (`repeated_acts` plural: attacks, strikes) with a running span ('since', 'so
    far': `cumulative`) of a month or more and no one attack: "Since January, Russian attacks on the town have
    killed 97 people and wounded 410" is the town's toll over months, a figure, though it names the town."""
    if not any(h.value == "plural" for h in doc.hits_within("repeated_acts", lo, hi)):
        return False
    if doc.has_hit("one_attack", lo, hi):
        return False
    if doc.has_hit("long_since", lo, hi):
        return True  # "since the start of the year", "this year alone": a span of months, whatever the day
    return doc.has_hit("cumulative", lo, hi) and any(
        d.value.start is not None and d.value.end is not None and (d.value.end - d.value.start).days >= MONTH_DAYS
        for d in doc.within("date", lo, hi)
    )
