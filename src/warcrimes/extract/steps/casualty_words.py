"""The words around a count that say what it counts, shared by the casualty readers.

A Casualty is a count read as people; measure words ("killed", "returned", "in captivity") come
from lexicons/<lang>/statistics.json and the nearest one in the clause says what happened.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from warcrimes.extract.document import Mention
from warcrimes.extract.steps.cues import keep_longest
from warcrimes.extract.steps.index import Spans
from warcrimes.extract.steps.lexicon import Hit, compiled, fold, table
from warcrimes.extract.values import CountValue

LEXICON = "statistics.json"


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


def measure_hits(folded: str, language: str) -> list[Hit]:
    """Measure words; places named after a harm ("torture chambers") shadow the harm and measure nothing."""
    hits = keep_longest(list(compiled(language, LEXICON, ("measure",)).scan(folded)))
    return [h for h in hits if h.value != "none"]


def nearest_measure(
    hits: list[Hit], start: int, end: int, lo: int, hi: int, reach: int, folded: str = ""
) -> Hit | None:
    """The measure word of a count: the one after it ("45 ... were returned") unless a comma or
    clause break comes first, else the one before it ("killing 51"), within `reach` characters."""
    before, after = None, None
    for hit in hits:
        if hit.start < lo or hit.end > hi:
            continue
        if hit.start >= end and hit.start - end <= reach and after is None:
            after = hit
        elif hit.end <= start and start - hit.end <= reach:
            before = hit
    if (
        before is not None
        and start - before.end <= 2
        and folded
        and before.value != "other"
        and not folded[before.end : start].strip()
    ):
        return before  # "freed 108 women from captivity", "killing 51 people"
    if after is not None and folded:
        between = folded[end : after.start]
        if not any(mark in between for mark in (",", ";", " and ", "(")) or before is None:
            return after
        if before is not None and not any(mark in folded[before.end : start] for mark in (" and ", ";")):
            return before
    if after is None or before is None:
        return after or before
    return after if after.start - end <= start - before.end else before


def age_apposition(folded: str, mention: Mention, victims: Spans) -> bool:
    """'a man, 56, was killed': a number between commas right after a person is that person's age."""
    if folded[max(0, mention.start - 2) : mention.start] != ", " or folded[mention.end : mention.end + 1] != ",":
        return False
    return any(v.end == mention.start - 2 for v in victims.starting(mention.start - 40, mention.start))
