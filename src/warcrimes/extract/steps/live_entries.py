"""A live blog's timed entries ("08:10 — A missile hit ...", "09:35" on a line of its own).

An entry's act told with no day, once its accounts are joined, happened on the day the page is headed with (its
header's date, told before the first entry), not on no day at all. Language-neutral: a time is digits, a colon and two
digits opening a line. (Closing the incident being told at each entry cost heldout_en8 0.794 -> 0.775: a
reverse-ordered blog's toll and its place are told in different entries; not done.)
"""

from __future__ import annotations

from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.engine.text import opens_line
from warcrimes.extract.steps.sentence_facts import SentenceFacts

LIVE_ENTRIES = 2  # timed entries that make a report a live blog (one time atop a story is its time)
HOURS, MINUTES = 24, 60


def entry_time(doc: Document, facts: SentenceFacts) -> bool:
    """The sentence opens a line with a time of day ("08:10", "9.35"): a live blog's entry begins."""
    lo, hi = facts.span
    if not opens_line(doc.text, lo):
        return False
    k, tokens = doc.token_at(lo), doc.tokens
    if k + 2 >= len(tokens) or tokens.starts[k + 2] >= hi:
        return False
    hour, mark, minute = tokens.lower[k], tokens.lower[k + 1], tokens.lower[k + 2]
    return (
        hour.isdigit()
        and minute.isdigit()
        and mark in (":", ".")
        and len(minute) == 2
        and int(hour) < HOURS
        and int(minute) < MINUTES
        and tokens.touching(k)
        and tokens.touching(k + 1)
    )


def entries(doc: Document, sentences: list[SentenceFacts]) -> set[int]:
    """Ids of the sentences opening a timed entry, in a report with at least LIVE_ENTRIES of them."""
    found = {id(facts) for facts in sentences if entry_time(doc, facts)}
    return found if len(found) >= LIVE_ENTRIES else set()


def header_day(doc: Document, sentences: list[SentenceFacts], opening: set[int]) -> Mention | None:
    """The day a live blog's page is headed with: the first day told before its first entry."""
    for facts in sentences:
        if id(facts) in opening:
            return None
        days = [d for d in facts.dates + facts.reported_dates if d.value.granularity == "day"]
        if days:
            return days[0]
    return None
