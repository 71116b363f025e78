"""Captivity told as a chain of links: capture, transfer, the stay at a place of detention, release.

Stage 22: a stay "from October 2023 until the exchange" ends on the day of the release the report tells elsewhere
("came home in the exchange on 5 February"). Stage 23: a link between capture and stay ("then they brought us to the
pre-trial detention centre in Taganrog", "лист надійшов із СІЗО в Сімферополі") is no act of its own; it says where
the stay told next happened (`link_place`, read by steps/roles.py and steps/assemble.py).

A returned prisoner's account names the day of the exchange once, at the link it belongs to (the lead, the
host's introduction, the body's announcement), and then tells the camp stay with "until the exchange" and no
day of its own. The contract wants the ill-treatment of a stay dated as the span from its first day to the release
(CONTRACT.md: an interval when the act spans one), so the day the stay ends is taken from the release link. Words:
`until_word` (classes.json: "until", "до", "аж") right before a release (roles.json `aftermath`, value `release`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.engine.text import fold

if TYPE_CHECKING:
    from warcrimes.extract.steps.sentence_facts import SentenceFacts

LINK_REACH = 10  # tokens from a link's preposition to the settlement it names: "to the pre-trial detention centre in X"
UNTIL_RELEASE_REACH = 3  # tokens from "until" to the release it names: "until the exchange", "аж до дня обміну"
RELEASE_DAY_REACH = 6  # tokens between a release and its day: "came home in the exchange on the 5th of February"
RELEASE_WINDOW = RELEASE_DAY_REACH + 6  # words around a day searched for a release (a release phrase is a few words)
DAY_GRAINS = frozenset({"day"})
LINK_LABELS = frozenset({"unlawful_detention"})  # the only act a link's place of detention is read as
CAPTURED_MOVES = frozenset({"deportation_transfer"})  # a captured soldier's transfer to a camp in Russia
REPORT_ROLES = frozenset({"reported", "as_of", "known"})  # the report's or the news's day, no release's


def link_place(doc: Document, facts: SentenceFacts, held_told: str) -> Mention | None:
    """The settlement a captivity link names, when the sentence is one: told after the report told a capture or a
    custody (`held_told`: "capture", "seizure" or "held", "" before any), people moved to, held at or heard from
    (roles.json `captivity_link`) a place of detention (classes.json `detention_place`) in a named settlement, and
    no act but that place's detention word ("Then in February they brought us to the pre-trial detention centre in
    Taganrog."). The contract's incident is the stay there (its ill-treatment, dated from its first day), not the
    transfer; a capture's killing and a seizure at home stay incidents of their own at their own place."""
    if not held_told or "detention_place" not in doc.lang.classes:
        return None
    # prisoners of war taken to the captor's camps are no deportation (GC III art. 12 lets a captor hold them on its
    # own territory; GC IV art. 49 protects civilians): after a capture, a move across the border is a link too
    allowed = LINK_LABELS | CAPTURED_MOVES if held_told == "capture" else LINK_LABELS
    harmed = any(c.value.measure in ("killed", "wounded") for c in facts.casualties)
    if facts.label_values - allowed or facts.harm - {"none"} or facts.strong_attack or harmed:
        return None
    lo, hi = facts.span
    settlements = sorted(facts.places + facts.other_places, key=lambda p: p.start)
    for link in doc.hits_within("captivity_link", lo, hi):
        first = doc.token_at(link.end)
        stop = min(doc.token_at(hi), first + LINK_REACH)
        named = [k for k in range(first, stop) if doc.in_class("detention_place", k)]
        if not named:
            continue
        end = doc.tokens.end(stop - 1)
        # its detention word is the link's destination: a cue before the link ("were held in a camp") is an act
        if any(not link.end <= m.start < end for m in facts.labels if m.value in LINK_LABELS):
            return None
        if any(m.start < link.start for m in facts.labels if m.value not in LINK_LABELS):
            return None  # a move told before the link's verb is another act ("deported ... and later taken to")
        place = next((p for p in settlements if link.end <= p.start < end), None)
        if place is not None:
            return place
    return None


def since_day(doc: Document, facts: SentenceFacts) -> Mention | None:
    """'с декабря 2023 года его избивали', 'beaten since June 2023': the day or month an act says it began on (a
    span read as running on to the report gives its first day)."""
    for date in facts.reported_dates:
        if date.value.granularity == "since" and date.value.role == "event":
            value = replace(date.value, end=date.value.start, granularity="day")
            return Mention("date", date.start, date.end, value, f"{date.rule}+stay_from")
        if date.value.role != "event" or date.value.granularity not in ("day", "month", "part_of_month"):
            continue
        first = doc.token_at(date.start)
        if doc.in_class("since", first - 1) or doc.in_class("since", first):
            return date
    return None


def dated_report(date: Mention) -> bool:
    return getattr(date.value, "role", "event") in REPORT_ROLES


def until_release(doc: Document, date: Mention, hi: int) -> bool:
    """'from October 2023 until the exchange', 'від жовтня 2023 року аж до дня обміну': the date is the first day
    of a stay whose end the sentence names by a release (no day of its own told), within a few words after it and
    no comma or semicolon between."""
    if "until_word" not in doc.lang.classes:
        return False
    tokens = doc.tokens
    first = doc.token_at(date.end)
    stop = min(len(tokens), doc.token_at(hi), first + UNTIL_RELEASE_REACH + 2)
    for k in range(first, stop):
        if tokens.lower[k] in (",", ";", ".") or tokens.starts[k] >= hi:
            return False
        if doc.in_class("until_word", k):
            near = tokens.end(min(len(tokens) - 1, k + UNTIL_RELEASE_REACH))
            # a release that starts within reach ("аж до дня обміну."): its hit may run on over the stop
            return any(h.value == "release" and h.start < near for h in doc.hits_within("aftermath", tokens.end(k), hi))
    return False


def release_days(doc: Document) -> list[Mention]:
    """The days the report tells a release on ("returned in the exchange of 24 August", "Під час обміну 14 вересня",
    "Сьогодні ... в результаті обміну повернулися"): a day-grained date within a few tokens of a release in its
    sentence, in text order."""
    if "release days" in doc.cache:
        return doc.cache["release days"]
    found: list[Mention] = []
    for date in doc.of_kind("date"):
        if date.value.granularity not in DAY_GRAINS or date.value.start > doc.published or dated_report(date):
            continue
        lo, hi = doc.sentence_of(date.start)
        at, stop = doc.token_at(date.start), doc.token_at(date.end)
        # only the releases near the day are looked at: linear in the report's length
        window = (
            max(lo, doc.reach_before(date.start, RELEASE_WINDOW)),
            min(hi, doc.reach_after(date.end, RELEASE_WINDOW)),
        )
        for h in doc.hits_within("aftermath", *window):
            gap = max(0, doc.token_at(h.start) - stop, at - doc.token_at(h.end))  # 0: "обміну 14 вересня"
            if h.value == "release" and gap <= RELEASE_DAY_REACH:
                found.append(date)
                break
    found.sort(key=lambda d: d.start)
    doc.cache["release days"] = found
    return found


def ended_by_release(doc: Document, date: Mention | None, told_at: int) -> Mention | None:
    """The stay's first day carried on to the report's release day: the release told nearest before the stay's
    sentence (the narrator's), else the first told after it; none when that day is not later than the first."""
    if date is None:
        return None
    days = release_days(doc)  # in text order
    at = bisect_left(days, told_at, key=lambda d: d.start)
    end = days[at - 1] if at else next(iter(days), None)
    if end is None or end.value.start <= date.value.end:
        return None
    value = replace(date.value, end=end.value.end, granularity="range")
    return Mention("date", date.start, date.end, value, "held_until_release")


HELD_ACROSS = "custody_stop+across"  # incident_facts.HELD_ACROSS: the deportation follows the holding told
CUSTODY_LABELS = frozenset({"unlawful_detention", "torture_ill_treatment", "deportation_transfer"})
BREAKS = frozenset({",", ";", ":", "—", "–"})
ORIGIN_CLASSES = ("origin_preposition", "route_from")  # "a farmer from X", "фермера з X", "фермера из X"


def custody_stops(doc: Document, facts: SentenceFacts, held_told: str = "") -> list[SentenceFacts] | None:
    """One sentence telling one captive's successive places of custody ("held for a month in a basement in X, then
    transferred to the pre-trial centre in Y, and in spring taken to a colony in Z, where guards beat him"): one clause
    per place, each with the acts and the days told in it, the sentence's victims and doers shared; None when the
    sentence names fewer than two. The contract's incident is one violation at one place and time (CONTRACT.md),
    so each new place of custody is an incident of its own (stage 24). A place is one of custody when a place of
    detention (classes.json `detention_place`) or a move of the captive (roles.json `captivity_link`, a removal verb)
    leads to it, after the sentence (or the report before it, `held_told`) told the custody; the next place follows
    a word of sequence (classes.json
    `sequence_word`: then, later, потім, затем) or a move, with no other captive named between. A hometown ("a
    farmer from X"), a place after a release ("exchanged in Z") and a life's places (no custody told) are none."""
    if "sequence_word" not in doc.lang.classes or "detention_place" not in doc.lang.classes:
        return None
    values = facts.label_values
    harmed = any(c.value.measure in ("killed", "wounded") for c in facts.casualties)
    if not (values & CUSTODY_LABELS or held_told) or values - CUSTODY_LABELS or harmed or facts.strong_attack:
        return None
    lo, hi = facts.span
    stops, held = _stops(doc, facts, lo, hi, bool(held_told))
    beyond = frozenset(doc.lang.table("places.json").get("beyond_control", ()))
    if len(stops) == 1 and _moved_on(doc, facts, stops[0], held_told):
        # "He was then moved to Y as well.": the captive's next place of custody (stage 25b), held there
        labels = _held_labels(facts.labels, stops[0], held_told, beyond, moved=True)
        others = [p for p in facts.places + facts.other_places if p.start != stops[0].start]
        return [replace(facts, labels=labels, places=stops, other_places=others, stops=[])]
    if len(stops) == 1 and (_next_place(doc, facts, stops[0], held_told) or _held_elsewhere(doc, facts, stops[0])):
        return [replace(facts, places=stops, other_places=[p for p in facts.places if p is not stops[0]], stops=[])]
    if len(stops) == 1 and (cut := _unnamed_first(doc, facts, stops[0], held_told)) is not None:
        # "held for four months in the basement of the town's police, and then taken to a prison in Y": the first
        # place names no settlement (the one told before goes on), the next is an incident of its own (stage 25b)
        return _clauses(facts, [None, stops[0]], [lo, cut, hi], held_told, beyond)
    # a route of moves with no place of detention named ("driven to X and later to a sanatorium in Y") lists no
    # custody; told after a custody with no act of its own ("the family later moved to X and then to a centre in Y"),
    # a list needs two places of detention ("two months in a cell in X, then to the SIZO in Y")
    if len(stops) < 2 or held < (1 if values & CUSTODY_LABELS - {"deportation_transfer"} else 2):
        return None
    tokens = doc.tokens
    moves = {doc.token_at(h.start) for h in doc.hits_within("captivity_link", lo, hi)}
    moves |= {doc.token_at(m.start) for m in doc.within("transfer", lo, hi) if m.value == "verb"}
    bounds = [lo]
    for before, place in zip(stops, stops[1:], strict=False):
        first, stop = doc.token_at(before.end), doc.token_at(place.start)
        # the next clause opens at the break before its word of sequence or move: "X, where he was beaten, and was
        # later moved to Y" keeps the beating at X; "..., and in spring taken to Y" gives the spring to Y
        marker = next((k for k in range(first, stop) if _sequence(doc, k) or k in moves), stop)
        cut = next(
            (k for k in range(marker, first - 1, -1) if tokens.lower[k] in BREAKS or doc.in_class("conjunction", k)),
            marker,
        )
        bounds.append(tokens.starts[cut] if cut < len(tokens) else before.end)
    bounds.append(hi)
    clauses = _clauses(facts, stops, bounds, held_told, beyond)
    if not values & CUSTODY_LABELS and not any(c.dates for c in clauses[1:]):
        return None  # told after a custody with no act and no time of its own: one captivity (stage 23's convention)
    return clauses


def _held_labels(
    labels: list[Mention], place: Mention, held_told: str, beyond: frozenset[str], moved: bool = False
) -> list[Mention]:
    """A clause's acts at a place of custody: held there unless it tells the holding or what was done there, and a
    civilian held across the border deported there (second to the holding); `moved`: the move's own removal word is
    the way there, no act of its own."""
    if moved:
        labels = [m for m in labels if m.value != "deportation_transfer"]
    if held_told != "capture" and not any(m.value in CUSTODY_LABELS - {"deportation_transfer"} for m in labels):
        # "then moved to the pre-trial centre in Y": held there, the text's word for the act before; prisoners of
        # war held are no act (GC III art. 21), only what was done to them there
        labels = [*labels, Mention("violation", place.start, place.end, "unlawful_detention", "custody_stop")]
    across = (place.value.country or "UA") != "UA" or place.value.admin1 in beyond
    if across and held_told != "capture" and not any(m.value == "deportation_transfer" for m in labels):
        # a civilian held across the border was deported there (GC IV art. 49; dropped for prisoners of war)
        labels = [*labels, Mention("violation", place.start, place.end, "deportation_transfer", HELD_ACROSS)]
    if not across:
        labels = [m for m in labels if m.value != "deportation_transfer"]
    return sorted(labels, key=lambda m: m.start)


def _clauses(
    facts: SentenceFacts, stops: Sequence[Mention | None], bounds: list[int], held_told: str, beyond: frozenset[str]
) -> list[SentenceFacts]:
    """The sentence cut at `bounds`, one clause per place of custody; a clause whose place is None (a place of
    detention with no settlement named) keeps only its own acts and goes on with the incident told before."""
    clauses = []
    for place, start, end in zip(stops, bounds, bounds[1:], strict=False):
        named = {p.start for p in stops if p is not None} if place is None else {place.start}
        labels = [m for m in facts.labels if start <= m.start < end]
        if place is not None:
            labels = _held_labels(labels, place, held_told, beyond)
        clauses.append(
            replace(
                facts,
                span=(start, end),
                labels=labels,
                dates=[d for d in facts.dates if start <= d.start < end],
                victims=[v for v in facts.victims if start <= v.start < end],
                casualties=[c for c in facts.casualties if start <= c.start < end],
                places=[place] if place is not None else [],
                other_places=[p for p in facts.places + facts.other_places if p.start not in named],
                destinations=[d for d in facts.destinations if start <= d.start < end],
                regions=[],
                districts=[],
                stops=[],
                link=None,
            )
        )
    return clauses


def _next_place(doc: Document, facts: SentenceFacts, place: Mention, held_told: str) -> bool:
    """'I was in a basement in X for a month. After that they took us to a detention centre in Y, where we stayed until
    April 2023.': after a civilian's custody told before, a sentence moving the captive on (a word of sequence or a
    move before the place) to a place of detention, telling an act there and a time of its own, is the next place's
    incident, not more of the one before; a move told with no time stays with it (stage 23's convention), and a link
    with no act of its own opens the stay told next (`link_place`); prisoners of war moved on are stage 23's stays."""
    if held_told not in ("seizure", "held") or not facts.dates or link_place(doc, facts, held_told) is not None:
        return False
    lo, at = facts.span[0], doc.token_at(place.start)
    window = range(max(doc.token_at(lo), at - LINK_REACH), at)
    moved = any(lo <= h.start and doc.token_at(h.end) <= at for h in doc.hits_within("captivity_link", lo, place.start))
    moved = moved or any(m.value == "verb" for m in doc.within("transfer", lo, place.start))
    before = range(doc.token_at(lo), at)
    # "soldiers took her and her husband from their house and drove them to a prison in X": a captive named, or a
    # seizure told, before the place is an account of its own, no next place of the one told before
    seizing = [name for name in ("seizure_verb", "home_noun") if name in doc.lang.classes]
    seized = any(doc.in_class(name, k) for name in seizing for k in before)
    return (
        any(doc.in_class("detention_place", k) for k in window)
        and (moved or any(_sequence(doc, k) for k in before))
        and not seized
        and not any(v.start < place.start for v in facts.victims + facts.casualties)
        and not any(m.start < place.start and m.value not in CUSTODY_LABELS for m in facts.labels)
    )


def _moved_on(doc: Document, facts: SentenceFacts, place: Mention, held_told: str) -> bool:
    """'He was then moved to Y as well.': after a civilian's custody, a sentence moving the captive on (a word of
    sequence and a move) to a settlement the report has already told as a place of custody is the next place's
    incident, though it names no place of detention and no time of its own; a move to a town told only as a route
    or a home stays with the custody told before (stage 23's convention, stage 24's refused route)."""
    if held_told not in ("seizure", "held") or facts.dates:
        return False
    lo = facts.span[0]
    at = doc.token_at(place.start)
    before = range(doc.token_at(lo), at)
    moved = any(doc.token_at(h.end) <= at for h in doc.hits_within("captivity_link", lo, place.start))
    moved = moved or any(m.value == "verb" for m in doc.within("transfer", lo, place.start))
    seizing = [name for name in ("seizure_verb", "home_noun") if name in doc.lang.classes]
    return (
        moved
        and any(_sequence(doc, k) for k in before)
        and not any(doc.in_class(name, k) for name in seizing for k in before)
        and not any(v.start < place.start for v in facts.victims + facts.casualties)
        and not (facts.label_values - CUSTODY_LABELS)
        and _custody_place_told(doc, place, lo)
    )


def _custody_place_told(doc: Document, place: Mention, before: int) -> bool:
    """The settlement was named earlier in the report right after a place of detention ('the pre-trial detention
    centre No. 2 in Y'): a place the report already told as one of custody."""
    name = fold(place.value.name or "")
    for told in doc.of_kind("place"):
        if told.start >= before:
            break
        if fold(getattr(told.value, "name", "") or "") != name:
            continue
        at = doc.token_at(told.start)
        floor = doc.token_at(doc.sentence_of(told.start)[0])
        if any(doc.in_class("detention_place", k) for k in range(max(floor, at - LINK_REACH), at)):
            return True
    return False


def _unnamed_first(doc: Document, facts: SentenceFacts, place: Mention, held_told: str) -> int | None:
    """'He was held for four months in the basement of the town's police, where he was beaten, and was then taken
    to a pre-trial detention centre in Y': after a civilian's custody told before, a place of detention naming no
    settlement, then a word of sequence and a move to a place of detention in a named one. Where the second clause
    opens (the break before its word of sequence), or None. A seizure told in the sentence ('detained at home and
    then taken to a prison in Y') is stage 24's one captivity at the place of custody, not read here."""
    if held_told not in ("seizure", "held"):
        return None
    tokens = doc.tokens
    lo, hi = facts.span
    first, at = doc.token_at(lo), doc.token_at(place.start)
    if any(p.start < place.start for p in facts.places + facts.other_places):
        return None  # a settlement before: stage 24's list or a route
    if any(v.start < place.start for v in facts.victims + facts.casualties):
        return None  # another captive named between
    moves = {doc.token_at(h.start) for h in doc.hits_within("captivity_link", lo, place.start)}
    moves |= {doc.token_at(m.start) for m in doc.within("transfer", lo, place.start) if m.value == "verb"}
    marker = next((k for k in range(first, at) if _sequence(doc, k)), None)
    if marker is None or not any(marker <= k < at for k in moves):
        return None
    seizing = [name for name in ("seizure_verb", "home_noun") if name in doc.lang.classes]
    if any(doc.in_class(name, k) for name in seizing for k in range(first, at)):
        return None
    held_first = any(doc.in_class("detention_place", k) for k in range(first, marker))
    held_next = any(doc.in_class("detention_place", k) for k in range(max(marker, at - LINK_REACH), at))
    if not (held_first and held_next):
        return None
    cut = next(
        (k for k in range(marker, first, -1) if tokens.lower[k] in BREAKS or doc.in_class("conjunction", k)), marker
    )
    return tokens.starts[cut]


def _held_elsewhere(doc: Document, facts: SentenceFacts, place: Mention) -> bool:
    """'X was taken from his home in A by soldiers in late September and held in the temporary detention facility in
    B': one sentence telling a civilian seized at one settlement and held at a place of detention in another tells one
    captivity, at the place of custody (the half-A golds that tell such a stay: heldout_en19's and heldout_uk_ru26's
    notes). A custody only heard of ("a cellmate saw him in the SIZO in B") is no stay and is not read here."""
    lo, at = facts.span[0], doc.token_at(place.start)
    seizing = [name for name in ("seizure_verb", "home_noun") if name in doc.lang.classes]
    first = next((k for k in range(doc.token_at(lo), at) if any(doc.in_class(n, k) for n in seizing)), None)
    window = range(max(doc.token_at(lo), at - LINK_REACH), at)
    seized_at = [
        p
        for p in facts.places
        if p.start < place.start
        and doc.token_at(p.start) > (first or 0)
        and fold(p.value.name or "") != fold(place.value.name or "")
    ]
    return (
        first is not None
        and any(doc.in_class("detention_place", k) for k in window)
        and bool(seized_at)
        # "detained A in X, and two more men were held in a prison in Y": others counted between, another captivity
        and not any(seized_at[0].end <= c.start < place.start for c in facts.casualties)
    )


def _origin(doc: Document, move: int, at: int) -> bool:
    """'taken from his home in X': a word of origin between the move and the place makes it where the move began."""
    words = range(doc.token_at(move), at)
    return any(name in doc.lang.classes and doc.in_class(name, k) for name in ORIGIN_CLASSES for k in words)


def _sequence(doc: Document, k: int) -> bool:
    return doc.in_class("sequence_word", k)


def _stops(doc: Document, facts: SentenceFacts, lo: int, hi: int, held_before: bool) -> tuple[list[Mention], int]:
    """The sentence's places of custody in order, one per settlement told in a row, and how many of them a place of
    detention names; [] when two are not told as a sequence of one captive's custody."""
    moves = [h.end for h in doc.hits_within("captivity_link", lo, hi)]
    moves += [m.end for m in doc.within("transfer", lo, hi) if m.value == "verb"]
    custody = [m.start for m in facts.labels if m.value in CUSTODY_LABELS]
    released = [h.start for h in doc.hits_within("aftermath", lo, hi) if h.value == "release"]
    destinations = {d.start for d in facts.destinations}
    # "to a 'health camp' in Yeysk": a camp named by a word of removal (cues.json `transfer.destination`) is where the
    # deported were placed, no place of detention
    placements = [(m.start, m.end) for m in doc.within("transfer", lo, hi) if m.value == "destination"]
    seen: set[int] = set()
    candidates = []
    for place in sorted(facts.places + facts.other_places + facts.destinations, key=lambda p: p.start):
        if place.start not in seen:
            seen.add(place.start)
            candidates.append(place)
    stops: list[Mention] = []
    detained = 0
    for place in candidates:
        at = doc.token_at(place.start)
        if at and any(name in doc.lang.classes and doc.in_class(name, at - 1) for name in ORIGIN_CLASSES):
            continue  # "a farmer from X": where the captive lived
        if any(r < place.start for r in released):
            break  # "... until he was exchanged in Z": no custody told after a release
        floor = doc.token_at(stops[-1].end) if stops else doc.token_at(lo)
        window = range(max(floor, at - LINK_REACH), at)
        held = any(
            doc.in_class("detention_place", k) and not any(a <= doc.tokens.starts[k] < b for a, b in placements)
            for k in window
        )
        moved = place.start in destinations or any(
            floor <= doc.token_at(m) <= at and at - doc.token_at(m) <= LINK_REACH and not _origin(doc, m, at)
            for m in moves
        )
        # "held in a cellar in X, then in a school in Y": the holding told once goes on at the next place
        moved = moved or bool(stops) and any(_sequence(doc, k) for k in window)
        if not (held or moved) or not (held_before or any(c < place.end for c in custody)):
            continue
        if stops and fold(stops[-1].value.name or "") == fold(place.value.name or ""):
            continue  # another cell of the same town: one place
        if stops and not _in_sequence(doc, facts, stops[-1], place, moves):
            return [], 0
        stops.append(place)
        detained += held
    return stops, detained


def _in_sequence(doc: Document, facts: SentenceFacts, before: Mention, place: Mention, moves: list[int]) -> bool:
    """The place follows the one before as the same captive's next: a word of sequence or a move between them, and
    no other victim named or counted between ("her husband in X, and her son was taken to Y": two captives)."""
    first, stop = doc.token_at(before.end), doc.token_at(place.start)
    if any(before.end <= v.start < place.start for v in facts.victims + facts.casualties):
        return False
    return any(_sequence(doc, k) for k in range(first, stop)) or any(before.end <= m <= place.start for m in moves)
