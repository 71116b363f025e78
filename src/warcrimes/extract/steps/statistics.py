"""Aggregate figures become statistics, not incidents (CONTRACT.md: totals over a period, region, category).

A casualty count is aggregate when what it measures is itself a tally (released, held captive,
a percentage), when it is too large for one event, or when its sentence scopes it over a period
or several regions and names no single settlement. Adds doc.statistics and mentions of kind
"aggregate" so assembly leaves those counts out of incidents.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left

from warcrimes.domain.facts import StatisticFacts
from warcrimes.domain.records import ExtractedStatistic, Provenance
from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.engine.index import Index
from warcrimes.extract.engine.language import table
from warcrimes.extract.engine.patterns import Match
from warcrimes.extract.engine.pipeline import step
from warcrimes.extract.steps.casualty_words import (
    Casualty,
    acts_over_months,
    clause_break,
    day_of_earlier_event,
    dead_found_over_time,
    measure_hits,
    words_between,
)
from warcrimes.extract.steps.period_tally import act_measure, one_strike, over_a_period, toll_over_a_period

_ALWAYS = frozenset(
    {"released", "held_captive", "cases_opened", "surveyed", "court_step", "evacuated", "repatriated"}
)
# people forcibly mobilised by the occupier ("Since 2022, 640 men have been forcibly mobilised"): no measure of the
# contract names them, so the tally is `other` (CONTRACT.md); nor the dead handed back ("Russia handed over 1,000
# bodies", casualties.REPATRIATED): a repatriation, no toll and no release of the living (stage 25)
_MEASURE: dict[str, str] = {"mobilised": "other", "repatriated": "other"}
# Counts of people interviewed are neither victims nor a series (CONTRACT.md: "counts of interviews"):
# they stay out of incidents (aggregate) and out of statistics; so do counts of cases at a court step
# ("17 of them reached court", "12 were sent to trial"): no measure of the contract counts them; nor people
# evacuated ("евакуйовано понад 150 тисяч людей"): moved to safety, not harmed, held or missing.
NOT_FIGURES = frozenset({"surveyed", "court_step", "evacuated"})
_QUALIFIERS = {
    "exact": "exact",
    "at_least": "at_least",
    "about": "about",
    "at_most": "at_most",
    "range": "exact",
}
_POPULATION = {
    "pow": "pow",
    "combatant": "pow",
    "wounded_combatant": "pow",
    "child": "child",
    "civilian": "civilian",
    "medical_personnel": "civilian",
    "journalist": "civilian",
    "humanitarian_worker": "civilian",
}
REPEATED = 10  # smaller figures recur by chance ("1 person killed" in a total and in one village)
LARGE = 1000  # more victims than any single strike of the war so far: a tally, not an event
INHERIT_SENTENCES = 5  # sentences after a tally sharing its measure: "We freed 108 women... 37 are evacuees"
OPENING_TOKENS = 2  # a sentence opens with a count that starts within its first tokens ("Another 37 are ...")


_INDEXES: dict[int, Index] = {}


def _index(doc: Document) -> Index:
    """One index per document for the length of the step (rebuilt when the step starts)."""
    found = _INDEXES.get(id(doc))
    if found is None or found.doc is not doc:
        _INDEXES.clear()
        found = _INDEXES[id(doc)] = Index(doc)
    return found


def _sentence_has(doc: Document, kind: str, lo: int, hi: int, role: str | None = None) -> bool:
    for mention in _index(doc).within(kind, lo, hi):
        if role is None or getattr(mention.value, "role", None) == role:
            return True
    return False


def is_aggregate(
    doc: Document,
    casualty: Mention,
    periods: list[tuple[int, int]],
    strong: frozenset[int] = frozenset(),
    countrywide: list[tuple[int, int]] | None = None,
    spread: list[tuple[int, int]] | None = None,
) -> bool:
    """True when the count is a tally over time, space or category rather than one event's victims."""
    countrywide = countrywide or []
    spread = spread or []
    value: Casualty = casualty.value
    lo, hi = _index(doc).sentence_of(casualty.start)
    if value.measure in _ALWAYS or value.count.unit == "percent":
        return True
    if doc.starts_with("share_of_tally", casualty.end):
        return True  # "responsible for 11 of the executions": a share of a tally
    settlement = _sentence_has(doc, "place", lo, hi, "event")
    if value.count.value >= LARGE and not settlement:
        return True
    if lo in strong:
        return True  # a breakdown of a total: "14,302 casualties, including 5,118 killed"
    at = bisect_left(periods, (lo, -1))
    scoped = at < len(periods) and periods[at][0] < hi
    regions = {m.value.admin1 for m in _index(doc).within("region", lo, hi)}
    totals = {h.value for h in doc.hits_within("running_total", lo, hi)}
    single = doc.has_hit("one_attack", lo, hi) or one_strike(doc, lo, hi)
    if scoped and ("as_of" in totals or not (settlement or single)):
        # "In total, as of 11:00, 31 people were killed in the city": a running total, even of one city; but
        # "four people are currently known to have been injured in the attack" is the toll of one event, and so is
        # "last month a drone hit a minibus, killing four" (one weapon told, `period_tally.one_strike`: stage 25)
        return True
    if "total" in totals and not (settlement and _one_day(doc, lo, hi)):
        # "in all, over 300 residents of the town died": a running total, settlement or not; but "в общей сложности
        # 3 человека были ранены при атаке на X в понедельник" is one act's toll, its town and day told (stage 24)
        return True
    if over_a_period(doc, casualty, lo, hi):
        return True  # "Since 2022, the group has documented the detention of 214 civilians in the region" (stage 23)
    if value.measure in ("killed", "wounded") and settlement and _toll_over_span(doc, lo, hi):
        return True  # "Over the past week, Russian attacks on Kherson killed 14 people": the city's toll, no one event
    if value.measure in ("killed", "wounded") and acts_over_months(doc, lo, hi):
        return True  # "since January, attacks on the town have killed 97 people": the town's toll over months
    if value.measure == "killed" and dead_found_over_time(doc, lo, hi):
        return True  # "since the town was liberated, police have recovered 34 bodies": the dead found so far
    if not settlement and not regions and _scoped_before(doc, lo, spread):
        return True  # "Yesterday, the Russians shelled 21 settlements of the region. 2 people were killed."
    if len(regions) >= 2 and not settlement:
        return True
    at = bisect_left(countrywide, (lo, -1))
    if at < len(countrywide) and countrywide[at][0] < hi and not settlement and not regions:
        return True  # "42 civilians were killed in Ukraine": the whole country's toll
    if toll_over_a_period(doc, casualty, lo, hi):
        # "Russian strikes have killed 14 civilians in the region this month", "17 civilians were killed and 64
        # injured in the region in June", "З лютого в області загинули 23 цивільних", "over the week the shelling
        # killed nine in the district": many acts over a week or more, one tally (stage 24)
        return True
    if value.measure in ("missing", "mobilised") and not settlement and not _dated(doc, lo, hi):
        # "Forty villagers are still missing": people missing are counted on a day, like those held; "640 men of the
        # region have been forcibly mobilised since 2022": the occupation's conscription told as a total
        return True
    return value.measure == "deported" and value.category == "child" and not settlement and not _dated(doc, lo, hi)


_ONE_DAY = frozenset({"day", "night"})
_WEEKS = frozenset({"week", "window", "month", "part_of_month"})


def _toll_over_span(doc: Document, lo: int, hi: int) -> bool:
    """A settlement's toll over a span of a week or more told beside its own incidents ("Over the past week, attacks
    on the city killed 14", "За минулий тиждень у Херсоні загинули 14 людей"): a span word (statistics.json
    `toll_span` span), no day or night of the sentence's own, no single attack ("the strike", "a missile": `one_attack`,
    `toll_span` single), the acts many or unnamed, and an incident of the same settlement told in another sentence
    (a toll told alone stays the town's incident). Its counts are the city's figures, not that incident's victims."""
    spans = {h.value for h in doc.hits_within("toll_span", lo, hi)}
    if "single" in spans or doc.has_hit("one_attack", lo, hi):
        return False  # "Over the past week, a strike on a school in Sumy killed 3 children": one event
    dates = [d for d in _index(doc).within("date", lo, hi) if getattr(d.value, "role", "event") == "event"]
    if any(d.value.granularity in _ONE_DAY for d in dates):
        return False
    if not _beside_its_incident(doc, lo, hi):
        return False  # "Over the past three months, shelling of Izium wounded 40 people" told alone: its incident
    plural = "plural" in {h.value for h in doc.hits_within("repeated_acts", lo, hi)}
    if "span" not in spans:
        # "Russian strikes on Kherson killed 6 people last week": many acts over a week or a month told by its date
        return plural and bool(dates) and all(d.value.granularity in _WEEKS for d in dates)
    return plural or not _index(doc).within("violation", lo, hi)


def _beside_its_incident(doc: Document, lo: int, hi: int) -> bool:
    """Another sentence tells an act or a count at a settlement this sentence names: the toll is told beside one of
    the settlement's own incidents."""
    index = _index(doc)
    names = {m.value.name for m in index.within("place", lo, hi) if getattr(m.value, "role", None) == "event"}
    for place in doc.of_kind("place"):
        if lo <= place.start < hi or place.value.name not in names or getattr(place.value, "role", None) != "event":
            continue
        start, end = index.sentence_of(place.start)
        if index.within("violation", start, end) or index.within("casualty", start, end):
            return True
    return False


def _since_an_event(doc: Document, hit: Match) -> bool:
    """'the deadliest since February 19, when a drone struck a hotel, killing four': 'since' before the day of an
    earlier event (casualty_words.day_of_earlier_event) opens no period; the clause's toll is that event's."""
    first = doc.token_at(hit.start)
    if doc.token_at(hit.end) != first + 1 or not doc.in_class("since", first):
        return False
    after = doc.tokens.starts[first + 1] if first + 1 < len(doc.tokens) else len(doc.text)
    end = _index(doc).sentence_of(after)[1]
    return any(d.start == after and day_of_earlier_event(doc, d) for d in _index(doc).within("date", after, end))


_EVENT_SPANS = frozenset({"day", "night", "weekend", "week", "month", "part_of_month", "range", "window"})


def _dated(doc: Document, lo: int, hi: int) -> bool:
    """The sentence dates an act to a day, week or month ("last week they took 23 children to Rostov"):
    one removal, not a tally of the war's deportations."""
    return any(
        d.value.granularity in _EVENT_SPANS and getattr(d.value, "role", "event") == "event"
        for d in _index(doc).within("date", lo, hi)
    )


def _one_day(doc: Document, lo: int, hi: int) -> bool:
    """The sentence dates what it tells to a day or a night ("on Monday", "в понедельник")."""
    return any(
        d.value.granularity in _ONE_DAY and getattr(d.value, "role", "event") == "event"
        for d in _index(doc).within("date", lo, hi)
    )


SPREAD_BACK = 2  # sentences of its paragraph back within which a day's round frames a toll (a comment between)


def _scoped_before(doc: Document, lo: int, periods: list[tuple[int, int]]) -> bool:
    """A sentence just before, in the paragraph, spreads over a day's round or many places and names no settlement of
    its own: "Over the past day the Russians shelled 36 settlements of the region, including the city of X. They used
    artillery and drones. Two people were killed." (a settlement the round includes, `subset` includes, is one of its
    many; stage 25: one sentence naming no place may stand between)."""
    for _ in range(SPREAD_BACK):
        if lo <= 0:
            return False
        start, end = _index(doc).sentence_of(lo - 1)
        if start >= lo or "\n\n" in doc.text[end:lo]:
            return False
        at = bisect_left(periods, (start, -1))
        if at < len(periods) and periods[at][0] < end:
            return not _own_settlement(doc, start, end, periods[at][1])
        if _sentence_has(doc, "place", start, end, "event") or _index(doc).within("casualty", start, end):
            return False
        lo = start
    return False


def _own_settlement(doc: Document, start: int, end: int, spread: int) -> bool:
    """Sentence [start, end) names a settlement of its own: one not listed after an 'including' (casualties.json
    `subset` includes) that follows the spread ending at `spread`."""
    includes = [h.end for h in doc.hits_within("subset", spread, end) if h.value == "includes"]
    return any(
        not any(at <= p.start for at in includes)
        for p in _index(doc).within("place", start, end)
        if getattr(p.value, "role", None) == "event"
    )


_STOCKS = frozenset({"held_captive", "missing"})


WITH_PERSON = "with_person"  # the casualty rule of a count told with one person ("me and 40 other men")


def _narrated(doc: Document, casualty: Mention) -> bool:
    """A count that holds the speaker of a first-person account ("beat me and about forty other men", the
    `narrator` hits of its sentence): the speaker's own case, never a figure, even told over "every day"."""
    lo, hi = _index(doc).sentence_of(casualty.start)
    return any(h.start < casualty.start for h in doc.hits_within("narrator", lo, hi))


def _continues(doc: Document, lo: int, hi: int, casualty: Mention, last_start: int) -> bool:
    """A count without a measure belongs to the tally just told: same sentence, or a next sentence
    that opens with a count or breaks the total down ("Of them, 20 are officers")."""
    index = _index(doc)
    if not 0 <= index.sentence_number(lo) - index.sentence_number(last_start) <= INHERIT_SENTENCES:
        return False
    j = doc.token_at(casualty.end)
    before = doc.text[max(lo, casualty.start - 2) : casualty.start]
    if _index(doc).within("violation", lo, hi) or _index(doc).within("harm", lo, hi):
        return False  # "Nine of them said they were beaten": a finding of its own, not the tally's part
    listed = doc.in_class("copula", j) or doc.tokens.lower[j : j + 1] == [","] or before.startswith(",")
    opens = lo == last_start or any(  # "37 are evacuees, 11 officers"
        c.start < doc.reach_after(lo, OPENING_TOKENS) for c in _index(doc).within("count", lo, hi)[:1]
    )
    return listed and opens or doc.has_hit("partitive", lo, hi)


def _breakdown(doc: Document, lo: int, hi: int, tallies: list[int]) -> bool:
    """'12% of the victims were children; 9 were killed and 40 injured': a count beside a tally figure, in a
    sentence naming no settlement, region, date or act, breaks that tally down; it tells no event.
    (Extending this to the sentence after a tally cost held-back statistics F1 0.884 -> 0.878.)"""
    if not tallies or tallies[-1] != lo:
        return False
    index = _index(doc)
    if index.within("region", lo, hi) or index.within("violation", lo, hi) or index.within("district", lo, hi):
        return False
    if _sentence_has(doc, "place", lo, hi, "event"):
        return False
    return all(getattr(d.value, "role", "event") in ("reported", "as_of") for d in index.within("date", lo, hi))


def _measures(doc: Document) -> list[Match]:
    """The document's measure words (casualty_words.measure_hits), once per document, in text order."""
    found = doc.cache.get("statistics measures")
    if found is None:
        found = doc.cache["statistics measures"] = sorted(measure_hits(doc), key=lambda h: h.start)
    return found


def _measures_within(doc: Document, lo: int, hi: int) -> list[Match]:
    """The measure words starting in [lo, hi): a bisection, so a check per count stays linear in a long report."""
    found = _measures(doc)
    starts = doc.cache.get("statistics measure starts")
    if starts is None:
        starts = doc.cache["statistics measure starts"] = [h.start for h in found]
    return found[bisect_left(starts, lo) : bisect_left(starts, hi)]


def tells_release(doc: Document, lo: int, hi: int) -> bool:
    """Whether a measure word of freeing ('released', 'came home', 'exchanged') starts in [lo, hi)."""
    return any(h.value == "released" for h in _measures_within(doc, lo, hi))


COURT_WORDS = 6  # words between a count and the court outcome it counts ("19 war crimes cases ended in verdicts")
_COURT_BETWEEN = frozenset({"cases_opened", "court_step"})  # the cases a court decides may stand between the two


def _court_outcome(doc: Document, casualty: Mention, measure: str, lo: int, hi: int) -> bool:
    """A tally of a court step's outcome ("23 verdicts", "verdicts in 44 cases", "12 have ended in convictions",
    "courts have convicted 150 soldiers"): a court outcome word (statistics.json `court_outcome`) in the count's
    clause, within a few words and with no other measure word between, save the cases it decides. CONTRACT.md:
    counts of court steps are neither incidents nor statistics. A count measured `other` by the courts' own
    verb (uk/ru "суди засудили N полонених") stays a tally unless a trial of the accused side is told (cues.json
    `trial` lawful): the captor's courts trying captives is the unfair-trial violation, its victims counted."""
    people = casualty.value.category is not None
    if measure == "other" and people and not any(h.value == "lawful" for h in doc.hits_within("trial", lo, hi)):
        return False  # "російські суди засудили 160 полонених": the captor's courts trying captives, a tally of victims
    outcomes = doc.hits_within("court_outcome", lo, hi)
    if not outcomes:
        return False
    hits = [h for h in _measures_within(doc, lo, hi) if h.value not in _COURT_BETWEEN]
    for outcome in outcomes:
        if outcome.start < casualty.end and casualty.start < outcome.end:
            return True
        first, last = (casualty.end, outcome.start) if outcome.start >= casualty.end else (outcome.end, casualty.start)
        if words_between(doc, first, last) > COURT_WORDS or clause_break(doc, first, last, conjunction=True):
            continue
        if not any(first <= h.start and h.end <= last for h in hits):
            return True
    return False


_HELD = frozenset({"detained", "held_captive"})
MISSING_WORDS = 10  # words between a count of people detained and the missing word of its clause


def _missing_since(doc: Document, casualty: Mention, lo: int, hi: int) -> bool:
    """'27 men who were detained by the occupiers are still missing', 'the whereabouts of 27 people held at
    checkpoints remain unknown': people taken whose fate is now unknown are counted as missing (CONTRACT.md measure
    `missing`), the detention being how they went; a missing word after the count in its clause (no comma,
    semicolon or 'and' between) says so. '27 were detained and 3 are missing' keeps the two apart."""
    for hit in _measures_within(doc, lo, hi):
        if hit.value != "missing":
            continue
        if hit.start >= casualty.end:
            first, last = casualty.end, hit.start
        elif doc.text[hit.start : casualty.start].lower().startswith("whereabouts"):
            first, last = hit.end, casualty.start  # "the whereabouts of 27 people detained ..."
        else:
            continue
        if words_between(doc, first, last) <= MISSING_WORDS and not clause_break(doc, first, last, conjunction=True):
            return True
    return False


CONTINUED_REACH = 4  # tokens: "Another 117 people were injured": the count follows the opener


def _continued(doc: Document, lo: int, hi: int, casualty: Mention, tallies: list[int]) -> bool:
    """'In total, 31 people were killed in the city. Another 117 were injured': a sentence that opens by
    adding to the count just told, or by picking a part out of it ('Among the dead were 11 children', 'Of
    them, ...': `partitive`), right after a tally in the same paragraph and naming no settlement, region or
    act of its own, goes on with that tally (its counts are figures, not one event's victims)."""
    if not tallies or lo == 0:
        return False
    openers = [h for label in ("tally_continued", "partitive") for h in doc.starting_at(label, lo) if h.end <= hi]
    # "Nineteen of those killed were children", "Six children were among the victims": a share of the tally's
    # people named anywhere in the sentence (`tally_share`)
    share = doc.has_hit("tally_share", lo, hi)
    if not openers and not share:
        return False
    opener = (openers[0].end if openers[0].label == "partitive" else lo) if openers else lo  # "Among the dead were 11"
    if not share and casualty.start >= doc.reach_after(opener, CONTINUED_REACH):
        return False
    start, end = _index(doc).sentence_of(lo - 1)
    if start != tallies[-1] or "\n\n" in doc.text[end:lo]:
        return False
    index = _index(doc)
    if index.within("region", lo, hi) or index.within("violation", lo, hi):
        return False
    return not _sentence_has(doc, "place", lo, hi, "event")


def _part_of_case(doc: Document, casualty: Mention, case: tuple[int, int] | None, lo: int) -> bool:
    """A count picked out of one event's victims ("Two of them", "Of them, two") in the sentence of that event's
    count or the one right after it."""
    if case is None or not (case[0] == lo or _next_to(doc, case, lo)):
        return False
    for hit in doc.hits_within("partitive", lo, casualty.start):
        if doc.token_at(hit.start) - doc.token_at(lo) <= 1:
            return True  # "Of them, two were released"
    return bool(doc.starting_at("partitive", casualty.end))  # "Two of them were released"


def _next_to(doc: Document, case: tuple[int, int], lo: int) -> bool:
    """The sentence starting at `lo` comes right after the one spanning `case`."""
    return not doc.text[case[1] : lo].strip(" \n\t\"'\u201d")


def _sample_part(doc: Document, casualty: Mention, lo: int, hi: int, sample: int | None) -> bool:
    """'Of the 120 people we interviewed, 34 were released in exchanges', 'We interviewed 120 former detainees, 34 of
    whom had been freed', '... Of them, 34 were freed': a part of the people an organisation spoke to, picked out by
    how they came out of captivity, describes its sample, not the exchanges (CONTRACT.md: counts of interviews are
    neither). `sample` is the start of the sentence of the latest count of people interviewed. Only releases: what the
    sample tells of what was done to them (torture) is the organisation's finding."""
    surveyed = [h for h in _measures_within(doc, lo, casualty.start) if h.value == "surveyed"]
    if surveyed and (doc.starts_with("sample_opener", lo) or doc.hits_within("partitive", surveyed[0].end, hi)):
        return True
    if sample is None or lo == sample or "\n\n" in doc.text[sample:lo]:
        return False
    start, _ = _index(doc).sentence_of(lo - 1) if lo else (lo, lo)
    return start == sample and bool(doc.hits_within("partitive", lo, casualty.start))


def _released_share(doc: Document, release: list[int], casualty: Mention) -> bool:
    """'Among those freed, 12 were seriously wounded or ill': a share of an exchange, not one event's victims."""
    lo, hi = _index(doc).sentence_of(casualty.start)
    at = bisect_left(release, lo)
    if at == len(release) or release[at] >= hi:
        return False
    return doc.has_hit("partitive", lo, hi)


COMPOSITION_LEAD = 3  # tokens from a sentence's start within which "Among them" / "Of them" opens it


def _composition(doc: Document, release: list[int], casualty: Mention) -> bool:
    """'Today 150 people came home. Among them are 143 soldiers and seven civilians held in the occupied areas.':
    a sentence opening with a partitive, right after a sentence of its paragraph counting people freed, and naming
    no scene of its own, tells who the released are: parts of the figure told (released too), not an event's
    victims (stage 21)."""
    index = _index(doc)
    lo, hi = index.sentence_of(casualty.start)
    if lo == 0 or _sentence_has(doc, "place", lo, hi, "event"):
        return False
    if {m.value for m in index.within("violation", lo, hi)} - {"unlawful_detention"}:
        return False  # "Among them are 14 soldiers unlawfully convicted", "12 of them say they were tortured": an act
    opening = doc.reach_after(lo, COMPOSITION_LEAD)
    if not any(h.start < opening for h in doc.hits_within("partitive", lo, hi)):
        return False
    before, _ = index.sentence_of(lo - 1)
    if "\n\n" in doc.text[before:lo]:
        return False
    at = bisect_left(release, before)
    return at < len(release) and release[at] < lo


ATTRIBUTIVE_REACH = 4  # tokens after a count within which "of the returned" names who the people counted are


def _group_case(doc: Document, casualty: Mention, lo: int, hi: int) -> bool:
    """'Twelve of the returned servicemen were held in the detention centre in X': a part of those freed told with
    a scene and an act of their own (a place, a violation after the count) is a group's case, not a share of the
    exchange; 'Among those freed, 12 were wounded' names no scene and stays a share (stage 21)."""
    reach = doc.reach_after(casualty.end, ATTRIBUTIVE_REACH)
    told = [h for h in _measures_within(doc, casualty.end, reach) if h.value == "released"]
    named = bool(told) and bool(_index(doc).within("victim", told[0].end, doc.reach_after(told[0].end, 1)))
    # "Among those released were four civilians seized in X": a partitive over the freed, told before the count
    among = doc.has_hit("partitive", lo, casualty.start) and tells_release(doc, lo, casualty.start)
    if not (named or among):
        return False  # the freeing is the count's verb ("12 were returned"), not a word naming who they are
    acts = [m for m in _index(doc).within("violation", lo, hi) if m.start > casualty.end]
    return bool(acts) and _sentence_has(doc, "place", lo, hi, "event")


def _strong(doc: Document, casualty: Mention) -> bool:
    """A count that can only be a tally, making its whole sentence one: too large for one event and
    tied to no settlement, or a count of people freed or held ("of the 75 returned, 62 reported torture")."""
    value: Casualty = casualty.value
    if value.measure in {"released", "held_captive"}:
        return True
    lo, hi = _index(doc).sentence_of(casualty.start)
    return value.count.value >= LARGE and not _sentence_has(doc, "place", lo, hi, "event")


AS_OF_SENTENCES = 10  # sentences (lines) below "Figures as of 30 November:" that it heads, in its paragraph


def _as_of(doc: Document, lo: int, hi: int):
    """The day a figure stands on: an "as of" date in its sentence, else one heading its paragraph
    ("As of 30 November:" then the figures), else the publication date."""
    for mention in _index(doc).within("date", lo, hi):
        if getattr(mention.value, "role", "event") == "as_of":
            return mention.value.end
    index = _index(doc)
    first = max(0, index.sentence_number(lo) - AS_OF_SENTENCES)
    heading = doc.sentences[first][0] if doc.sentences else 0
    for mention in reversed(index.within("date", heading, lo)):
        if getattr(mention.value, "role", "event") == "as_of" and "\n\n" not in doc.text[mention.end : lo]:
            return mention.value.end
    return doc.published


def _source(doc: Document, lo: int, hi: int, last: str | None) -> str | None:
    found = [m.value.name for m in _index(doc).within("source", lo, hi)]
    if found:
        return found[0]
    first = doc.of_kind("source")
    return last or (first[0].value.name if first else None)


def period_of(
    doc: Document, casualty: Mention, as_of: dt.date, measure: str | None = None
) -> dict[str, str | None] | None:
    """What span of time a figure covers, so a series keeps running totals apart from monthly or daily
    ones: cumulative ("since February 2022", "in total"), period ("in November", "over the past day")
    or point ("as of June 30"); None when the text does not say."""
    lo, hi = _index(doc).sentence_of(casualty.start)
    running = doc.has_hit("cumulative", lo, hi)
    dates = [d for d in _index(doc).within("date", lo, hi) if getattr(d.value, "role", "event") != "reported"]
    nearest = min(dates, key=lambda d: abs(d.start - casualty.start), default=None)
    if nearest is None:
        return {"kind": "cumulative", "start": None, "end": as_of.isoformat()} if running else None
    value = nearest.value
    if value.granularity == "since" or running:
        return {"kind": "cumulative", "start": value.start.isoformat(), "end": as_of.isoformat()}
    if getattr(value, "role", "event") == "as_of" or (measure or casualty.value.measure) in _STOCKS:
        day = min(value.end, as_of).isoformat()  # people held or missing are counted on a day, not over a span
        return {"kind": "point", "start": day, "end": day}
    return {"kind": "period", "start": value.start.isoformat(), "end": min(value.end, as_of).isoformat()}


def add_statistic(doc: Document, casualty: Mention, measure: str, source: str | None, once: bool = False) -> None:
    """Record one casualty count as an aggregate figure of the report (once per span; with `once`,
    once per measure and value: a total told twice)."""
    value: Casualty = casualty.value
    spans, figures = doc.cache.setdefault("statistic spans", set()), doc.cache.setdefault("statistic figures", set())
    if (casualty.start, casualty.end) in spans:
        return
    if once and (_MEASURE.get(measure, measure), value.count.value) in figures:
        return
    spans.add((casualty.start, casualty.end))
    figures.add((_MEASURE.get(measure, measure), value.count.value))
    lo, hi = _index(doc).sentence_of(casualty.start)
    # "cases against more than 500 POWs" counts people; "122,000 war crimes registered" counts cases
    counted_cases = measure == "cases_opened" and value.category is None
    unit = "percent" if value.count.unit == "percent" else "cases" if counted_cases else "persons"
    as_of = _as_of(doc, lo, hi)
    facts = StatisticFacts(
        measure=_MEASURE.get(measure, measure),
        population=_POPULATION.get(value.category or _category_before(doc, casualty, lo) or "", "mixed"),
        value=value.count.value,
        qualifier=_QUALIFIERS.get(value.count.qualifier, "exact"),
        unit=unit,
        as_of=as_of,
        reported_by=source,
        span=(casualty.start, casualty.end),
        period=period_of(doc, casualty, as_of, measure),
    )
    doc.statistics.append(
        ExtractedStatistic(facts, (Provenance("value", casualty.start, casualty.end, casualty.rule),))
    )
    if facts.measure == "released" and _each_side(doc, casualty, lo, hi):
        # "вернулись по 84 человека с каждой стороны": an exchange's figure told once for both sides is two figures,
        # one returned to each side (stage 19)
        doc.statistics.append(doc.statistics[-1])


def _category_before(doc: Document, casualty: Mention, lo: int) -> str | None:
    """The people of a count told with no noun of its own are those of the count just before it in its sentence
    ("19 civilians were killed and 104 injured", "загинули 19 людей, ще 104 отримали поранення")."""
    before = [c for c in _index(doc).within("casualty", lo, casualty.start) if c.end <= casualty.start]
    return before[-1].value.category if before else None


def _each_side(doc: Document, casualty: Mention, lo: int, hi: int) -> bool:
    """"по 84 человека с каждой стороны", "по 50 осіб з кожного боку": the count after "по", each side's."""
    k = doc.token_before(casualty.start)
    return k >= 0 and doc.tokens.lower[k] == "по" and doc.has_hit("each_side", lo, hi)


def _tally_measure(doc: Document, casualty: Mention, measure: str) -> str:
    """The measure of a tally whose word means more in a total than in one event: Ukrainian
    'постраждали' is the injured of one strike but the killed and injured together in a national
    count ("1 600 дітей постраждали": measure other). The language's `tally_measures` maps the
    measure pattern (as written in statistics.json) to the tally's measure."""
    remap = table(doc.language, "statistics.json").get("tally_measures", {})
    pattern = casualty.rule.rsplit(":", 1)[-1]
    if pattern not in remap or f"measure.{measure}:" not in casualty.rule:
        return measure
    # "3 664 загиблих і 8 210 постраждалих": beside the killed, and no other count of the injured,
    # it counts the injured
    beside = [c for c in _index(doc).within("casualty", *_index(doc).sentence_of(casualty.start)) if c is not casualty]
    killed = any(c.value.measure == "killed" for c in beside)
    injured = any(c.value.measure == measure and c.rule.rsplit(":", 1)[-1] not in remap for c in beside)
    return measure if killed and not injured else str(remap[pattern])


ROUND_UP_SENTENCES = 3  # a day's round-up says so in its headline or first sentences


def _round_up(doc: Document, aggregates: list[Mention]) -> None:
    """A day's round-up of a region ("over the past day 1 person was killed and 12 injured in the
    oblast"): the killed and injured it counts in sentences naming no settlement are the region's
    daily figures (statistics), and stay an incident of the region too (no settlement tells them).
    The `round_up` label (a language's "over the past day" phrases) must stand in the first sentences."""
    opening = [(lo, hi) for lo, hi in doc.sentences if any(c.isalpha() for c in doc.text[lo:hi])][:ROUND_UP_SENTENCES]
    if not opening or not doc.has_hit("round_up", opening[0][0], opening[-1][1]):
        return
    taken = {m.start for m in aggregates} | {m.start for m in doc.of_kind("aggregate")}
    for casualty in doc.of_kind("casualty"):
        value: Casualty = casualty.value
        if value.measure not in {"killed", "wounded"} or casualty.start in taken:
            continue
        if casualty.rule.startswith("casualty:singular") or value.count.qualifier not in _QUALIFIERS:
            continue
        lo, hi = _index(doc).sentence_of(casualty.start)
        if _sentence_has(doc, "place", lo, hi, "event"):
            continue
        add_statistic(doc, casualty, value.measure, _source(doc, lo, hi, None), once=True)


@step(
    "statistics",
    requires=("sentences", "casualty", "date", "source", "place", "region", "violation", "victim"),
    adds=("aggregate", "statistics"),
)
def statistics(doc: Document) -> None:
    _INDEXES.clear()
    periods = sorted((h.start, h.end) for h in doc.hits("aggregate") if not _since_an_event(doc, h))
    countrywide = sorted((h.start, h.end) for h in doc.hits("country"))
    spread = sorted((h.start, h.end) for h in doc.hits("spread"))
    seen: set[tuple[str, float, str | None]] = set()
    aggregates: list[Mention] = []
    last_source: str | None = None
    last_measure: tuple[int, str] | None = None  # (sentence start, measure) of the latest statistic
    _INDEXES.clear()
    strong = frozenset(_index(doc).sentence_of(c.start)[0] for c in doc.of_kind("casualty") if _strong(doc, c))
    release = sorted(h.start for h in _measures(doc) if h.value == "released")
    tallies: list[int] = []  # starts of the sentences holding aggregate figures, in order
    sample: int | None = None  # start of the sentence of the latest count of people interviewed
    case: tuple[int, int] | None = None  # (start, end) of the sentence of the latest count of one event's victims
    # "Військовий ... повернувся з полону": one person named by a noun in the singular (the count grammar's empty
    # count before the noun) is one person's story, never a figure
    by_noun = {m.start for m in doc.of_kind("count") if m.start == m.end and m.rule.endswith(":singular")}
    for casualty in doc.of_kind("casualty"):
        value: Casualty = casualty.value
        if casualty.rule.startswith(("casualty:singular", "casualty:told-next")) or casualty.start in by_noun:
            continue  # "a civilian died", "They were deported" (people counted just before): one event's victims
        if WITH_PERSON in casualty.rule and _narrated(doc, casualty):
            case = _index(doc).sentence_of(casualty.start)
            continue  # "guards beat me and about forty other men every day": the speaker among them, one case
        lo, hi = _index(doc).sentence_of(casualty.start)
        composed = bool(release) and _composition(doc, release, casualty)
        measure = "released" if composed else value.measure
        inherited = False  # "Of them, fourteen were children": a part of the tally just told
        if measure is None and last_measure and _continues(doc, lo, hi, casualty, last_measure[0]):
            measure, inherited = last_measure[1], True
        if measure is None and over_a_period(doc, casualty, lo, hi):
            measure = act_measure(doc, casualty, lo, hi)  # "documented the detention of 214 civilians since 2022"
        if measure is None or value.count.qualifier not in _QUALIFIERS:
            continue
        if measure in _HELD and _missing_since(doc, casualty, lo, hi):
            measure = "missing"
        if measure == "released" and _group_case(doc, casualty, lo, hi):
            case = (lo, hi)
            continue
        if (
            not composed
            and not _released_share(doc, release, casualty)
            and not is_aggregate(
                doc,
                Mention(
                    "casualty",
                    casualty.start,
                    casualty.end,
                    Casualty(value.count, value.category, measure),
                    casualty.rule,
                ),
                periods,
                strong,
                countrywide,
                spread,
            )
            and not _breakdown(doc, lo, hi, tallies)
            and not (inherited and _breakdown(doc, lo, hi, [lo]))
            and not _continued(doc, lo, hi, casualty, tallies)
        ):
            case = (lo, hi)
            continue
        if _part_of_case(doc, casualty, case, lo):
            # "Three servicemen were shot near X. Two of them were later released in an exchange.": what became of
            # some of one event's victims is a detail of that event, no figure (CONTRACT.md: not per-incident counts)
            aggregates.append(Mention("aggregate", casualty.start, casualty.end, measure, "statistic:part-of-case"))
            continue
        case = None
        if not tallies or tallies[-1] != lo:
            tallies.append(lo)
        if measure == "surveyed":
            sample = lo
        if (
            measure in NOT_FIGURES
            or _court_outcome(doc, casualty, measure, lo, hi)
            or measure == "released"
            and _sample_part(doc, casualty, lo, hi, sample)
            or measure == "cases_opened"
            and doc.has_hit("facts_told", lo, hi)
            or value.count.unit == "percent"
            and (
                doc.starts_with("share_of_capacity", casualty.end)  # "40% от общей вместимости колонии" (stage 19)
                or doc.starts_with("share_of_acts", casualty.end)  # "38% of the incidents recorded": a share of acts
            )
        ):
            # "За цими фактами розпочато 2 кримінальні провадження": the proceedings of the events told, no tally
            aggregates.append(Mention("aggregate", casualty.start, casualty.end, measure, "statistic:not-a-figure"))
            continue
        if any(h.value == "list" for h in doc.hits_within("aggregate", lo, hi)):
            if doc.hits_within("own_part", lo, hi):
                # "Annex II lists the names of 58 detainees": the organisation's own material, no figure
                aggregates.append(Mention("aggregate", casualty.start, casualty.end, measure, "statistic:own-list"))
                continue
            measure = "other"  # "the list holds the names of 339 children": people named, not harmed there
        source = _source(doc, lo, hi, last_source)
        last_source = source or last_source
        key = (measure, value.count.value, source)
        aggregates.append(Mention("aggregate", casualty.start, casualty.end, measure, "statistic:aggregate"))
        last_measure = (lo, measure)
        if key in seen:
            continue
        seen.add(key)
        add_statistic(doc, casualty, _tally_measure(doc, casualty, measure), source)
    _round_up(doc, aggregates)
    figures = {(s.facts.measure, s.facts.value) for s in doc.statistics if s.facts.value >= REPEATED}
    for casualty in doc.of_kind("casualty"):
        if (casualty.value.measure, casualty.value.count.value) in figures:
            aggregates.append(
                Mention("aggregate", casualty.start, casualty.end, casualty.value.measure, "statistic:repeated")
            )  # a total quoted again later is still a total
    doc.mentions["aggregate"] = sorted(doc.of_kind("aggregate") + aggregates, key=lambda m: (m.start, m.end))
