"""Incident assembly: group the sentences that tell one event into one incident.

A lead sentence opens an incident; later sentences join it unless they name another
settlement or a date that cannot be the same event (a background incident), or say
"another"/"separate". Sentences that only attribute or add detail ("This was reported by...",
"Shocking photos appear to show...") join the incident being told. A sentence naming several
settlements, each with its own victims ("2 people in Bakhmut, 1 in Avdiivka"), opens one
incident per settlement. Incidents with no place, date or count are dropped (CONTRACT.md).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from warcrimes.extract.document import Document, Mention
from warcrimes.extract.pipeline import step
from warcrimes.extract.steps.incident_facts import to_incident
from warcrimes.extract.steps.index import Index
from warcrimes.extract.steps.lexicon import fold
from warcrimes.extract.steps.sentence_facts import SentenceFacts, read_sentence
from warcrimes.extract.steps.statistics import add_statistic

_DAY = dt.timedelta(days=1)


@dataclass
class Draft:
    """An incident being assembled: its sentences, and the place and date that define it."""

    sentences: list[SentenceFacts] = field(default_factory=list)
    place: Mention | None = None
    date: Mention | None = None
    casualties: list[Mention] = field(default_factory=list)  # pinned by a multi-place split
    events: list[SentenceFacts] = field(default_factory=list)  # the sentences that tell the violation
    closed: bool = False  # a "not the first case" sentence came after it

    def add(self, facts: SentenceFacts) -> None:
        self.sentences.append(facts)
        if facts.is_event:
            self.events.append(facts)
        if self.place is None and facts.places and facts.is_event:
            self.place = facts.places[0]
        if self.date is None and facts.dates and (facts.is_event or facts.occurred):
            self.date = facts.dates[0]

    @property
    def anchored(self) -> bool:
        return any(s.anchored for s in self.events) or self.place is not None


def _same_place(a: Mention | None, b: Mention | None) -> bool:
    return a is None or b is None or fold(a.value.name or "") == fold(b.value.name or "")


def _overlap(a: Mention | None, b: Mention | None) -> bool:
    """Dates that can be one event's: overlapping, or a day apart (a night attack spans midnight)."""
    if a is None or b is None:
        return True
    return a.value.start <= b.value.end + _DAY and b.value.start <= a.value.end + _DAY


def _compatible(draft: Draft, facts: SentenceFacts) -> bool:
    place = facts.places[0] if facts.places else None
    date = facts.dates[0] if facts.dates else None
    if place is not None and draft.place is not None and not _same_place(draft.place, place):
        return False
    if place is not None and draft.place is None:
        region = _draft_region(draft)
        if region and place.value.admin1 and region != place.value.admin1:
            return False
        if facts.casualties and any(s.casualties for s in draft.events):
            return False  # a place with its own victims after a place-less account: a second event
    if place is None and facts.regions and (facts.casualties or "none" in facts.harm):
        region = draft.place.value.admin1 if draft.place is not None else _draft_region(draft)
        if region and all(r.value.admin1 != region for r in facts.regions):
            return False
    if not _overlap(draft.date, date):
        return False
    if _narrower_other_act(draft, facts, date) or _another_toll(draft, facts) or _property_after_people(draft, facts):
        return False
    if _other_side(draft, facts):
        return False
    return not (facts.another and (place is not None or date is not None or facts.casualties))


_PART = ("of them", "of whom", "among them", "including", "of the", "of those", "toll", "in hospital", "later")


def _another_toll(draft: Draft, facts: SentenceFacts) -> bool:
    """'Russian troops killed seven POWs near Bakhmut ... Last week, the military said Russian troops killed
    two POWs in Donetsk Oblast': a new agent with a new count of dead is another killing."""
    told = {c.value.count.value for s in draft.events for c in s.casualties if c.value.measure == "killed"}
    new = [c for c in facts.casualties if c.value.measure == "killed" and not c.value.update]
    if not told or not new or new[0].value.count.value in told:
        return False
    agent = any(m.rule == "party:agent" for m in facts.parties)
    return agent and not any(word in facts.lowered for word in _PART)


def _other_side(draft: Draft, facts: SentenceFacts) -> bool:
    """'Russian forces tortured detainees ... Ukrainian forces also ill-treated prisoners': the other
    side's acts are other incidents."""
    if not facts.labels and not facts.casualties:
        return False
    told = {m.value for s in draft.events for m in s.parties if m.rule == "party:agent"}
    now = {m.value for m in facts.parties if m.rule == "party:agent"}
    return bool(told) and bool(now) and not (told & now)


def _property_after_people(draft: Draft, facts: SentenceFacts) -> bool:
    """'Soldiers also stole cars and grain' after a killing: looting is an act of its own."""
    told = {m.value for s in draft.events for m in s.labels}
    return facts.label_values == {"pillage_destruction"} and bool(told) and "pillage_destruction" not in told


def _narrower_other_act(draft: Draft, facts: SentenceFacts, date: Mention | None) -> bool:
    """'held 300 villagers in a basement in March ... also executed a man on March 10': another act,
    with its own victim and a day inside the month the incident told."""
    if date is None or draft.date is None or not facts.labels or not facts.casualties:
        return False
    if date.value.granularity != "day" or draft.date.value.granularity in ("day", "night"):
        return False
    told = {m.value for s in draft.events for m in s.labels}
    return bool(told) and not (facts.label_values & told)


def _draft_region(draft: Draft) -> str | None:
    for facts in draft.events:
        for region in facts.regions:
            return region.value.admin1
    return None


def _split_by_place(facts: SentenceFacts) -> list[tuple[Mention, list[Mention]]] | None:
    """Per-settlement victims in one sentence, or None when it tells of one place."""
    places: list[Mention] = []
    for place in facts.places:
        if all(fold(p.value.name) != fold(place.value.name) for p in places):
            places.append(place)
    counted = [c for c in facts.casualties if c.value.measure in {"killed", "wounded", None}]
    if len(places) < 2 or len(counted) < 2:
        return None
    pairs = []
    used: set[int] = set()
    for i, place in enumerate(places):
        lower = places[i - 1].end if i else facts.span[0]
        before = [c for c in counted if lower <= c.start < place.start and c.start not in used]
        after = [
            c
            for c in counted
            if place.end <= c.start and c.start not in used and (i + 1 == len(places) or c.start < places[i + 1].start)
        ]
        chosen = before[-1:] or after[:1]
        if not chosen:
            continue
        used.add(chosen[0].start)
        pairs.append((place, chosen))
    return pairs if len(pairs) >= 2 else None


def _figures(facts: SentenceFacts) -> set[tuple[str | None, float]]:
    return {(c.value.measure, c.value.count.value) for c in facts.casualties if c.value.measure}


def _repeats(drafts: list[Draft], facts: SentenceFacts) -> Draft | None:
    """An earlier incident whose figure this sentence repeats ("a civilian died", quoted again)."""
    figures = _figures(facts)
    if not figures or facts.places or facts.dates:
        return None
    for draft in drafts:
        if draft.events and _figures(draft.events[0]) & figures:
            return draft
    return None


def _total_of_split(doc: Document, facts: SentenceFacts, split: list[tuple[Mention, list[Mention]]]) -> None:
    """'3 civilians in the region: 2 in Huliaipole and 1 in Orikhiv': the 3 is a statistic."""
    pinned = [c for _, chosen in split for c in chosen]
    for casualty in facts.casualties:
        if casualty in pinned or casualty.value.measure not in {"killed", "wounded"}:
            continue
        parts = sum(c.value.count.value for c in pinned if c.value.measure in {casualty.value.measure, None})
        if parts == casualty.value.count.value:
            source = facts.sources[0].value.name if facts.sources else None
            add_statistic(doc, casualty, casualty.value.measure, source, once=True)


def _separate_part(doc: Document, current: Draft | None, facts: SentenceFacts) -> Draft | None:
    """'two were wounded in the incident and four were hurt in a separate location': the counts after
    the marker are a second event of the same statement (and day); those before stay with the first."""
    at = facts.another_at
    if current is None or at < 0 or facts.labels or len(facts.casualties) < 2:
        return None
    told = [c for c in facts.casualties if c.start < at]
    after = [c for c in facts.casualties if c.start > at]
    if told and not any(mark in doc.text[told[-1].end : at] for mark in (",", ";", " and ")):
        after = told[-1:]  # "four were hurt in a separate location": the count of its own clause
    before = [c for c in facts.casualties if c.start < (after[0].start if after else at)]
    if not before or not after:
        return None
    separate = Draft(casualties=after[:1], date=current.date)
    separate.add(facts)
    separate.place = next((p for p in facts.places if p.start > at), None)
    return separate


def group(doc: Document, sentences: list[SentenceFacts]) -> list[Draft]:
    """Drafts of incidents, in the order the text first tells them."""
    drafts: list[Draft] = []
    current: Draft | None = None
    for facts in sentences:
        if not facts.is_event:
            if current is not None:
                current.add(facts)
                current.closed = current.closed or facts.boundary
            continue
        separate = _separate_part(doc, current, facts)
        if separate is not None:
            current.add(facts)
            drafts.append(separate)
            current = separate
            continue
        split = _split_by_place(facts)
        if split:
            _total_of_split(doc, facts, split)
            told = facts.span[0]
            for place, casualties in split:
                draft = Draft(place=place, casualties=casualties)
                draft.add(facts)
                draft.place = place
                if len(facts.dates) > 1:  # "near Bakhmut earlier this month ..., and on August 5 near Klishchiivka"
                    first = min(place.start, casualties[0].start)
                    own = [d for d in facts.dates if told <= d.start < first]
                    draft.date = own[-1] if own else min(facts.dates, key=lambda d: abs(d.start - first))
                    told = max(place.end, casualties[0].end)
                drafts.append(draft)
            current = drafts[-1]
            continue
        target = None
        if (
            current is not None
            and current.closed
            and not (facts.places and current.place and _same_place(current.place, facts.places[0]))
        ):
            current = None
        repeated = _repeats(drafts, facts)
        if repeated is not None:
            target = repeated
        elif current is not None and _compatible(current, facts):
            target = current
        elif facts.places:
            target = next(
                (
                    d
                    for d in drafts
                    if d.place is not None
                    and _same_place(d.place, facts.places[0])
                    and _overlap(d.date, facts.dates[0] if facts.dates else None)
                    and not facts.another
                ),
                None,
            )
        if target is None:
            target = Draft()
            drafts.append(target)
        target.add(facts)
        current = target
    return [d for d in drafts if d.anchored]


def topic_place(doc: Document) -> Mention | None:
    """The settlement the report is about: named most often as a possible scene (first on a tie)."""
    counts: Counter[str] = Counter()
    first: dict[str, Mention] = {}
    for mention in doc.of_kind("place"):
        if mention.value.role == "event":
            key = fold(mention.value.name or "")
            counts[key] += 1
            first.setdefault(key, mention)
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], -first[k].start))
    return first[best]


def _fallback_place(draft: Draft, topic: Mention | None) -> None:
    """A draft that names no place happened where the report is set, if its region agrees."""
    if draft.place is not None or topic is None or any(s.districts for s in draft.events):
        return
    region = _draft_region(draft)
    if region is None or region == topic.value.admin1:
        draft.place = topic


def _frame_date(sentences: list[SentenceFacts]) -> Mention | None:
    """The period a round-up opens with ("Over the past day, Russian strikes killed two"): the date
    of every incident it then lists that names no other."""
    for facts in sentences[:2]:
        if facts.statistical and facts.dates:
            return facts.dates[0]
        window = [d for d in facts.dates if d.value.granularity == "window"]
        if window and not facts.is_event:
            return window[0]
    return None


def _opens_list(doc: Document, facts: SentenceFacts) -> bool:
    """'On April 22, the Russians killed 4 residents of the region:' then one line per town."""
    return doc.text[facts.span[0] : facts.span[1]].rstrip().endswith(":")


def _first_count(draft: Draft, measure: str) -> float | None:
    pool = draft.casualties or [c for s in draft.events for c in s.casualties if not c.value.loose]
    return next((c.value.count.value for c in pool if c.value.measure == measure), None)


def _is_rollup(doc: Document, draft: Draft, drafts: list[Draft], windowed: bool) -> bool:
    """A place-less toll over settlements the report then lists one by one: the list adds up to it,
    or it opens the list (':'), or the report is a round-up of a period ('Over the past day')."""
    if draft.place is not None or any(s.districts for s in draft.events):
        return False
    own = _first_count(draft, "killed")
    if own is None and _first_count(draft, "wounded") is None:
        return False
    region = _draft_region(draft)
    parts = [
        d
        for d in drafts
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


def _rollups(doc: Document, drafts: list[Draft], windowed: bool = False) -> tuple[list[Draft], list[Draft]]:
    """A region-wide toll that the settlement-by-settlement list adds up to is a total, not an event.
    Returns the drafts kept and the roll-ups (their dates frame the list that follows)."""
    kept, rolled = [], []
    for draft in drafts:
        if _is_rollup(doc, draft, drafts, windowed):
            source = next((m.value.name for s in draft.sentences for m in s.sources), None)
            for facts in draft.events:
                for casualty in facts.casualties:
                    if casualty.value.measure in {"killed", "wounded"}:
                        add_statistic(doc, casualty, casualty.value.measure, source, once=True)
            rolled.append(draft)
            continue
        kept.append(draft)
    return kept, rolled


def _frames(doc: Document, sentences: list[SentenceFacts], rolled: list[Draft]) -> list[tuple[int, Mention]]:
    """Dates stated once above a list ('On April 22 ...:', a roll-up, 'Over the past day'), by offset:
    each dates the incidents after it that name no date of their own."""
    frames = []
    opening = _frame_date(sentences)
    if opening is not None:
        frames.append((0, opening))
    for facts in sentences:
        if facts.dates and (_opens_list(doc, facts) or facts.is_event and _split_by_place(facts)):
            frames.append((facts.span[0], facts.dates[0]))  # 'On April 22, ... 2 in Ocheretyne, 1 in Kurakhove'
    for draft in rolled:
        if draft.date is not None:
            frames.append((draft.sentences[0].span[0], draft.date))
    return sorted(frames, key=lambda f: f[0])


def _framed(frames: list[tuple[int, Mention]], draft: Draft) -> Mention | None:
    start = draft.sentences[0].span[0]
    before = [date for at, date in frames if at <= start]
    return before[-1] if before else None


@step("assemble", requires=("sentences",), adds=("incidents",))
def assemble(doc: Document) -> None:
    folded = fold(doc.text)
    aggregate = {m.start for m in doc.of_kind("aggregate")}
    index = Index(doc)
    sentences = [read_sentence(doc, lo, hi, aggregate, folded, index) for lo, hi in doc.sentences]
    topic = topic_place(doc)
    windowed = any(d.value.granularity == "window" for s in sentences[:3] for d in s.dates + s.reported_dates)
    kept, rolled = _rollups(doc, group(doc, sentences), windowed)
    frames = _frames(doc, sentences, rolled)
    for draft in kept:
        _fallback_place(draft, topic)
        frame = _framed(frames, draft)
        if draft.date is None and frame is not None and not draft.closed:
            draft.date = frame
        incident = to_incident(doc, draft.sentences, draft.place, draft.date, draft.casualties)
        if incident is not None:
            doc.incidents.append(incident)
