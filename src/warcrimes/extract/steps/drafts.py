"""An incident being assembled (a Draft) and the rules for whether the next sentence joins it.

A sentence joins the incident being told unless it names another settlement or a date that cannot
be the same event, says "another"/"separate", tells another count of dead by a named side, the other
side's acts, looting after an act against people, or another act on a day inside the month told.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from warcrimes.extract.engine.document import Mention
from warcrimes.extract.engine.text import fold
from warcrimes.extract.steps.sentence_facts import SentenceFacts

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
    # closed only by the next item opening ("Lyman: ...", or its strike at another place): the day told above the
    # list still dates it
    by_next_item: bool = False
    apart: bool = False  # a numbered item's act ("Count 2:"): joins no earlier account (`coreference`)
    scene_date: Mention | None = None  # a day set in a scene-setting sentence told within the incident
    answer_place: Mention | None = None  # an answer's act after a question turn: the place of the topic before
    left_place: Mention | None = None  # the place of the act the answer before told (stage 21); anchors nothing
    # What the event sentences told so far, kept as they are added (comparing a new sentence with
    # every earlier one would make a long text quadratic).
    labels_told: set[str] = field(default_factory=set)
    acts_told: set[str] = field(default_factory=set)  # the kinds of act told (`acts_of`)
    agents_told: set[str] = field(default_factory=set)
    killed_told: set[float] = field(default_factory=set)
    counted: bool = False  # some event sentence counted victims
    harmed: bool = False  # some event sentence counted killed or wounded
    attacked: bool = False  # some event sentence told an attack
    stepped: bool = False  # some event sentence gave its day to a later step (release, burial, finding): stage 21
    unharmed: bool = False  # an event sentence said nobody was hurt ("a drone hit the school; no casualties"): 21b
    stay: bool = False  # a stay at a place of detention a captivity link opened: dated by its acts, else the link's day
    captive_of: Draft | None = None  # a later place of custody a list told: the incident of the place before (24)
    struck_apart: set[str] = field(default_factory=set)  # protected kinds a second strike told after it hit (25)
    # the account opened on its act told back ("after the attack on a hospital in X"): a day told later is that
    # act's, whatever its toll then (`own_day_after_told`, stage 25b)
    told_back: bool = False
    body_told: bool = False  # an event sentence below the report's first line (not only a title) told its act
    owners_told: bool = False  # goods taken after an act on people: the act its sentence names is the one told (25)

    def add(self, facts: SentenceFacts) -> None:
        self.sentences.append(facts)
        if facts.is_event:
            self.events.append(facts)
            self.labels_told.update(m.value for m in facts.labels)
            self.acts_told.update(acts_of(facts))
            self.agents_told.update(m.value for m in facts.parties if m.rule == "party:agent")
            self.killed_told.update(c.value.count.value for c in facts.casualties if c.value.measure == "killed")
            self.counted = self.counted or bool(facts.casualties)
            self.harmed = self.harmed or any(c.value.measure in {"killed", "wounded"} for c in facts.casualties)
            self.attacked = self.attacked or facts.strong_attack or facts.weak_attack
            self.stepped = self.stepped or facts.step_dated
            self.unharmed = self.unharmed or "none" in facts.harm
        if self.place is None and facts.places and facts.is_event:
            self.place = facts.places[0]
        told = self.date is None and (facts.is_event or facts.occurred)
        if facts.dates and (told or days_of_months(self.date, facts.dates[0]) or _day_of_year(self.date, facts)):
            self.date = facts.dates[0]  # its first day told, or the days of the months (or the year) told before
        elif (
            self.scene_date is None
            and (facts.dates or _bound(facts))
            and self.events
            and sets_scene(facts)
            and (not facts.places or same_place(self.place, facts.places[0]))
            # an act told beside a later step's day ("On 3 March the family learned ...") stays undated: a day told
            # after it in the account dates no act of its (stage 21); a bound still bounds it ("missing since ...")
            and not (facts.dates and self.stepped)
        ):
            # "On October 2, troops stormed the positions near X. ... They shot four of them.": the scene
            # set inside the account dates the act told after it; "he had been missing since March 3" bounds it
            self.scene_date = facts.dates[0] if facts.dates else _bound(facts)

    @property
    def anchored(self) -> bool:
        return (
            self.place is not None
            or self.date is not None
            or self.answer_place is not None
            or any(s.anchored for s in self.events)
            or self.stepped  # undated, but before a later step's day told with it
        )


def acts_of(facts: SentenceFacts) -> set[str]:
    """The kinds of act a sentence tells: its violation labels, a killing for an execution word or a death ("two of
    the detained men were shot"); an attack's kind is its target's, told apart by place and day instead."""
    acts = facts.label_values - {"execution"}
    if "execution" in facts.label_values or "killed" in facts.harm:
        acts.add("killing")
    return acts


def days_of_months(told: Mention | None, later: Mention) -> bool:
    """'Between March and September 2022 ...', later 'from 7 March ... until 8 September 2022': a range of days
    opening in the first month and closing in the last month of a range of months told before gives its days."""
    if told is None or later.value.granularity != "range" or told.value.granularity not in ("range", "month"):
        return False
    first, last, start, end = told.value.start, told.value.end, later.value.start, later.value.end
    months = (first.year, first.month) != (last.year, last.month) and first.day == 1 and (last + _DAY).day == 1
    return (
        months
        and (start.year, start.month) == (first.year, first.month)
        and (end.year, end.month) == (last.year, last.month)
        and (start, end) != (first, last)
    )


NARROWING = frozenset({"day", "night", "range", "month", "part_of_month"})
COARSE = frozenset({"year", "season", "part_of_year", "week", "window", "month", "part_of_month"})
SHORTEST_NARROWED = dt.timedelta(days=3)  # a weekend or a day's window is not narrowed: its days lie a day apart


def _day_of_year(told: Mention | None, facts: SentenceFacts) -> bool:
    """'Слідство, яке триває з 2022 року, встановило ... 9 березня 2022 року військові затримали ...': an act told
    with its own day (or month) inside the only year told before is dated by it, not by the whole year (stage 21).
    Stage 22: any period told first narrows so (a season, a week of a digest, a month: "This week: a strike in X ...
    1. X. On Tuesday a bomb struck ..." is Tuesday), when the act's own date lies inside it and is shorter."""
    if told is None or told.value.granularity not in COARSE or told.value.end - told.value.start < SHORTEST_NARROWED:
        return False
    if not (facts.is_event or (told.value.granularity != "year" and (facts.occurred or sets_scene(facts)))):
        return False  # the day of a scene set inside the account ("1. X. On Tuesday a bomb struck a pharmacy.") too
    later = facts.dates[0]
    return later.value.granularity in NARROWING and _narrower(later, told)


def _bound(facts: SentenceFacts) -> Mention | None:
    """'missing since March 3', 'held since spring': a span from that day to the report, within which the act
    told around it happened."""
    return next((d for d in facts.reported_dates if d.value.granularity == "since"), None)


def sets_scene(facts: SentenceFacts) -> bool:
    """A sentence that sets the scene of the act told around it: no act of its own, no source speaking and
    no court step (whose days are the report's or the court's, not the act's). A speaker's label opening the
    sentence ("DOROSH: Near X, in November.") is no source speaking in it: the whole answer is the speaker's
    (stage 25)."""
    return facts.role == "other" and not (_speaks(facts) or facts.court_step or facts.biography)


def _speaks(facts: SentenceFacts) -> bool:
    """A source cited in the sentence, other than the speaker's label it opens with (`source:header` there)."""
    return any(s.rule != "source:header" or s.start != facts.span[0] for s in facts.sources)


def same_place(a: Mention | None, b: Mention | None) -> bool:
    return a is None or b is None or fold(a.value.name or "") == fold(b.value.name or "")


def overlap(a: Mention | None, b: Mention | None) -> bool:
    """Dates that can be one event's: overlapping, or a day apart (a night attack spans midnight)."""
    if a is None or b is None:
        return True
    return a.value.start <= b.value.end + _DAY and b.value.start <= a.value.end + _DAY


def compatible(draft: Draft, facts: SentenceFacts) -> bool:
    place = facts.places[0] if facts.places else None
    date = facts.dates[0] if facts.dates else None
    if place is not None and draft.place is not None and not same_place(draft.place, place):
        return False
    if place is not None and draft.place is None:
        region = draft_region(draft)
        if region and place.value.admin1 and region != place.value.admin1:
            return False
        if facts.casualties and draft.counted:
            return False  # a place with its own victims after a place-less account: a second event
    if place is None and facts.regions and (facts.casualties or "none" in facts.harm):
        region = draft.place.value.admin1 if draft.place is not None else draft_region(draft)
        if region and all(r.value.admin1 != region for r in facts.regions):
            return False
    if not overlap(draft.date, date) or _next_day(draft.date, date, facts) or own_day_after_told(draft, facts):
        return False
    if _narrower_other_act(draft, facts, date) or another_toll(draft, facts) or property_after_people(draft, facts):
        return False
    if _harm_after_none(draft, facts) or second_strike(draft, facts):
        return False
    if _other_side(draft, facts) or _also_other_act(draft, facts) or _other_act_anchored(draft, facts):
        return False
    if facts.second_agent and facts.same_target:
        return True  # "a second drone hit the same wing, killing a nurse": a double strike, one attack (stage 25)
    return not (facts.another and (place is not None or date is not None or facts.casualties))


def _next_day(told: Mention | None, date: Mention | None, facts: SentenceFacts) -> bool:
    """'A missile struck Kharkiv on Aug. 10. A day later, a bomb hit a shopping centre there': two days,
    each named to the day, with a new attack and its own victims, are two events."""
    if told is None or date is None or told.value.granularity != "day" or date.value.granularity != "day":
        return False
    attack = facts.strong_attack or facts.weak_attack or bool(facts.labels)
    return told.value.start != date.value.start and attack and bool(facts.casualties)


HARMED = frozenset({"killed", "wounded"})


def own_day_after_told(draft: Draft, facts: SentenceFacts) -> bool:
    """'A drone struck a truck in X ... One man was killed. Two colleagues were wounded. ... On 21 September a drone
    struck a van in the town, injuring the driver': after an account that told its act and harm below the report's
    title with no day of its own (or only a month), an attack told with a day of its own and its own harmed, of
    whom none is a dead count the account told, is an earlier or later strike, not the account's day (stage 25b). A
    headline's toll and the lead that gives its day ("Drone kills two in X. On Monday a drone hit X, killing two")
    stay one: the lead repeats the dead, and the headline is the title; so does an account opening on its act
    told back ("found dead after the attack on the hospital in X. ... On 26 May a missile hit the hospital, killing
    two"): its later day is that act's."""
    date = facts.dates[0] if facts.dates else None
    if date is None or date.value.granularity != "day" or not draft.body_told or not draft.harmed or draft.told_back:
        return False
    if draft.date is not None and draft.date.value.granularity in ("day", "night"):
        return False  # two days each named: `_next_day`
    if facts.part or not (facts.strong_attack or facts.weak_attack):
        return False
    harmed = [c for c in facts.casualties if c.value.measure in HARMED and not c.value.update]
    if not harmed:
        return False
    return not any(c.value.measure == "killed" and c.value.count.value in draft.killed_told for c in harmed)


def second_strike(draft: Draft, facts: SentenceFacts) -> bool:
    """'Drones hit a block of flats ... Forty minutes later, another drone struck a maternity hospital': a strike of
    its own by a second agent (roles.json `another`, value `agent`), after the account told a strike, is another
    event wherever in the sentence the agent stands; not when it hits the target struck before ("a second drone hit
    the same wing": a double strike, `same_target`) (stage 25, mulX)."""
    return facts.second_agent and facts.strong_attack and draft.attacked and not facts.same_target


def another_toll(draft: Draft, facts: SentenceFacts) -> bool:
    """'Russian troops killed seven POWs near Bakhmut ... Last week, the military said Russian troops killed
    two POWs in Donetsk Oblast': a new agent with a new count of dead is another killing."""
    told = draft.killed_told
    new = [c for c in facts.casualties if c.value.measure == "killed" and not c.value.update]
    if not told or not new or new[0].value.count.value in told:
        return False
    agent = any(m.rule == "party:agent" for m in facts.parties)
    return agent and not facts.part


def _other_side(draft: Draft, facts: SentenceFacts) -> bool:
    """'Russian forces tortured detainees ... Ukrainian forces also ill-treated prisoners': the other
    side's acts are other incidents."""
    if not facts.labels and not facts.casualties:
        return False
    told = draft.agents_told
    now = {m.value for m in facts.parties if m.rule == "party:agent"}
    return bool(told) and bool(now) and not (told & now)


def _also_other_act(draft: Draft, facts: SentenceFacts) -> bool:
    """'used 30 villagers as human shields ... The occupiers also executed two men': another act, with
    victims of its own, after one that counted its own."""
    if not facts.also or not facts.labels or facts.part:
        return False
    told = draft.labels_told
    counted = any(c.value.measure for c in facts.casualties)
    return bool(told) and counted and not (facts.label_values & told) and draft.counted


def _harm_after_none(draft: Draft, facts: SentenceFacts) -> bool:
    """'a drone hit the village school, no casualties ... Two elderly men were killed': dead or wounded counted
    after an act told with nobody hurt belong to another act, not to the hit that hurt nobody (stage 21b)."""
    if not draft.unharmed or draft.harmed or "none" in facts.harm:
        return False
    return any(c.value.measure in {"killed", "wounded"} and (c.value.count.min or 0) > 0 for c in facts.casualties)


def property_after_people(draft: Draft, facts: SentenceFacts) -> bool:
    """'Soldiers also stole cars and grain' after a killing: looting is an act of its own, and so it stays when its
    sentence names the act told before only to say whose goods they were ("from the farm the murdered man had run":
    an act the account told already, stage 25)."""
    told = draft.labels_told
    return (
        "pillage_destruction" in facts.label_values
        and acts_of(facts) - {"pillage_destruction"} <= draft.acts_told
        and bool(told or draft.harmed)
        and "pillage_destruction" not in told
    )


def _narrower_other_act(draft: Draft, facts: SentenceFacts, date: Mention | None) -> bool:
    """'held 300 villagers in a basement in March ... also executed a man on March 10', '... On 28 March, two of
    the detained men were shot': another kind of act, with its own victims and a day inside the month told."""
    acts = acts_of(facts)
    if date is None or draft.date is None or not acts or not facts.casualties:
        return False
    if draft.date.value.granularity in ("day", "night"):
        return False
    told = draft.acts_told
    if date.value.granularity != "day":
        # stage 22: "held in a colony from April to November 2023 ... two of them died after beatings in the
        # autumn": deaths told in a shorter period inside a stay whose account killed no one are another event
        killed = any(c.value.measure == "killed" for c in facts.casualties)
        return killed and "killing" in acts - told and bool(told) and _narrower(date, draft.date)
    return bool(told) and not (acts & told)


def _narrower(inner: Mention, outer: Mention) -> bool:
    """`inner`'s interval lies inside `outer`'s and is shorter (a season inside a stay of months)."""
    a, b = inner.value, outer.value
    return b.start <= a.start and a.end <= b.end and (a.end - a.start) < (b.end - b.start)


def _other_act_anchored(draft: Draft, facts: SentenceFacts) -> bool:
    """'A soldier shot him on the spot near X. ... In December 2023 they moved us to a colony in Donskoy, where guards
    beat us': after a killing, or an act told with its victims, that named no day, another kind of act naming its
    own day is another event (the killing at capture and the torture in the camp), not the day of the first."""
    acts = acts_of(facts)
    if facts.dates and acts and acts <= CUSTODY_ACTS and draft.date is None and draft.attacked and not draft.acts_told:
        # "a drone had been hovering above X before it turned towards the church. ... On 9 August 2022 he was
        # detained": a custody told with its own day after an undated strike is another event (stage 25)
        return not (facts.strong_attack or facts.weak_attack)
    if not facts.dates or not acts or not draft.acts_told or draft.date is not None:
        return False
    # an act told with a later step's day ("released on 29 March, they said guards beat them"): it lies before that
    # step, so another kind of act naming its own day there is another event (stage 21)
    if not (draft.counted or "killing" in draft.acts_told or draft.stepped):
        return False  # "Among those released were women illegally imprisoned ... held since 2019": one case told on
    return not (acts & draft.acts_told)


CUSTODY_ACTS = frozenset({"unlawful_detention", "torture_ill_treatment", "enforced_disappearance"})


def draft_region(draft: Draft) -> str | None:
    for facts in draft.events:
        for region in facts.regions:
            return region.value.admin1
    return None


def split_by_place(facts: SentenceFacts) -> list[tuple[Mention, list[Mention]]] | None:
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
