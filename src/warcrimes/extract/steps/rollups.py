"""Totals over a list of settlements, and the dates stated once above a list.

"On April 22, the Russians killed 4 residents of the region:" then one line per town: the 4 is a
statistic (the lines add up to it, it opens the list, or the report is a daily round-up) and its
date dates every line that names none.
"""

from __future__ import annotations

from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.steps.drafts import Draft, draft_region, split_by_place
from warcrimes.extract.steps.sentence_facts import SentenceFacts
from warcrimes.extract.steps.statistics import add_statistic


def _frame_date(sentences: list[SentenceFacts]) -> Mention | None:
    """The period a round-up opens with ("Over the past day, Russian strikes killed two"): the date
    of every incident it then lists that names no other."""
    for facts in sentences[:3]:
        if facts.statistical and facts.dates and facts.harm & {"killed", "injured"}:
            return facts.dates[0]  # a toll, not an exchange: "Ukraine brought home 90 POWs on Friday" frames nothing
        window = [d for d in facts.dates if d.value.granularity == "window"]
        if window and not facts.is_event:
            return window[0]
        if facts.dates and _attack(facts) and facts.role != "pattern":
            # 'Russia hit Nikopol district overnight.' then the towns it hit; not a place's pattern of strikes ("X
            # has been hit almost daily this spring": stage 25b), whose span dates no strike
            return facts.dates[0]
    return None


def _attack(facts: SentenceFacts) -> bool:
    return facts.strong_attack or facts.weak_attack


def _opens_list(doc: Document, facts: SentenceFacts) -> bool:
    """'On April 22, the Russians killed 4 residents of the region:' then one line per town."""
    return doc.text[facts.span[0] : facts.span[1]].rstrip().endswith(":")


def _first_count(draft: Draft, measure: str) -> float | None:
    pool = draft.casualties or [c for s in draft.events for c in s.casualties if not c.value.loose]
    return next((c.value.count.value for c in pool if c.value.measure == measure), None)


ROLLUP_REACH = 40  # drafts either side a roll-up's list may span; keeps a hostile text linear


def _is_rollup(doc: Document, draft: Draft, drafts: list[Draft], windowed: bool, at: int) -> bool:
    """A place-less toll over settlements the report then lists one by one: the list adds up to it,
    or it opens the list (':'), or the report is a round-up of a period ('Over the past day')."""
    if draft.place is not None or any(s.districts for s in draft.events):
        return False
    own = _first_count(draft, "killed")
    if own is None and _first_count(draft, "wounded") is None:
        return False
    region = draft_region(draft)
    parts = [
        d
        for d in drafts[max(0, at - ROLLUP_REACH) : at + ROLLUP_REACH]
        if d is not draft and d.place is not None and (region is None or d.place.value.admin1 in (None, region))
    ]
    pinned = [d for d in parts if d.casualties]
    total = sum(c.value.count.value for d in pinned for c in d.casualties[:1])
    if region and own is not None and len(pinned) >= 2 and own == total:
        return True
    start = draft.sentences[0].span[0]
    later = [d for d in parts if d.sentences[0].span[0] > start]
    if len(later) < 2:
        return False
    opener = any(_opens_list(doc, s) for s in draft.events)
    summed = sum(_first_count(d, "killed") or 0 for d in later)
    return opener or windowed or (own is not None and own == summed)


def rollups(doc: Document, drafts: list[Draft], windowed: bool = False) -> tuple[list[Draft], list[Draft]]:
    """A region-wide toll that the settlement-by-settlement list adds up to is a total, not an event.
    Returns the drafts kept and the roll-ups (their dates frame the list that follows)."""
    kept, rolled = [], []
    for at, draft in enumerate(drafts):
        if _is_rollup(doc, draft, drafts, windowed, at):
            source = next((m.value.name for s in draft.sentences for m in s.sources), None)
            source = source or next((m.value.name for m in doc.of_kind("source")), None)  # the post's author
            for facts in draft.events:
                for casualty in facts.casualties:
                    if casualty.value.measure in {"killed", "wounded"}:
                        add_statistic(doc, casualty, casualty.value.measure, source, once=True)
            rolled.append(draft)
            continue
        kept.append(draft)
    return kept, rolled


def dates_above(doc: Document, sentences: list[SentenceFacts], rolled: list[Draft]) -> list[tuple[int, Mention]]:
    """Dates stated once above a list ('On April 22 ...:', a roll-up, 'Over the past day'), by offset:
    each dates the incidents after it that name no date of their own."""
    frames = []
    opening = _frame_date(sentences)
    if opening is not None:
        frames.append((0, opening))
    for facts in sentences:
        if facts.dates and (_opens_list(doc, facts) or facts.is_event and split_by_place(facts)):
            frames.append((facts.span[0], facts.dates[0]))  # 'On April 22, ... 2 in Ocheretyne, 1 in Kurakhove'
    for draft in rolled:
        if draft.date is not None:
            frames.append((draft.sentences[0].span[0], draft.date))
    return sorted(frames, key=lambda f: f[0])


def framed(frames: list[tuple[int, Mention]], draft: Draft) -> Mention | None:
    start = draft.sentences[0].span[0]
    before = [date for at, date in frames if at <= start]
    return before[-1] if before else None
