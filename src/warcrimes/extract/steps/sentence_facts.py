"""What one sentence contributes to an incident: its cues, places, dates, counts and sources.

Assembly reads each sentence once into a SentenceFacts, then groups them; keeping the reading
apart from the grouping lets both be tested with hand-built documents.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.engine.index import Index
from warcrimes.extract.engine.language import table
from warcrimes.extract.engine.patterns import Match
from warcrimes.extract.steps.captivity_span import until_release
from warcrimes.extract.steps.casualty_words import (
    acts_over_months,
    clause_break,
    day_of_earlier_event,
    dead_found_over_time,
    words_between,
)
from warcrimes.extract.steps.period_tally import framed_by_a_period, settled_scope, strikes_over_a_period

CONTINUING = frozenset({"unlawful_detention", "deportation_transfer", "unfair_trial_forced_service"})
CAPTIVE_ACTS = CONTINUING | {"torture_ill_treatment", "sexual_violence"}  # acts a release ends (stage 21)
UNCERTAIN_DATE_ROLES = frozenset({"reported", "as_of", "known", "step"})  # known: the day news came ("стало известно");
# step: a court or investigation step's day ("6 травня повідомили про підозру")
_BREAKS = frozenset({",", ";", "("})
# words (runs of touching tokens: a comma or a quote mark is no word) from a removal verb to its destination
TRANSFER_REACH = 15
LOOT = "<loot_noun>"  # the class of goods a pillage cue names (cues.json): what was taken away was no person
STRUCTURE = "<structure_noun>"  # the class of structures a destruction cue names (cues.json)
TRANSFER_BACK = 8  # "з Олешок до Краснодарського краю вивезли 9 дітей": the destination told before the verb


@dataclass(slots=True)
class SentenceFacts:
    """The mentions of one sentence, sorted into what assembly needs.

    Slotted: made for every sentence, and its 45 fields outgrow an instance dictionary's shared keys, which made
    building one cost 7 us instead of 4 (docs/extraction.md, speed pass 6). A new fact is a new field."""

    span: tuple[int, int]
    labels: list[Mention] = field(default_factory=list)
    strong_attack: bool = False
    weak_attack: bool = False
    combat: bool = False  # soldiers killed or hurt by a strike, no one held or executed: combat, no violation
    damaged: bool = False  # a civilian object damaged ("пошкоджено приватний будинок") in a report telling attacks
    harm: set[str] = field(default_factory=set)
    one_killed: bool = False  # a killing done to one person told by a pronoun ("shot him")
    protected: list[Mention] = field(default_factory=list)
    victims: list[Mention] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    other_places: list[Mention] = field(default_factory=list)
    destinations: list[Mention] = field(default_factory=list)  # where people were taken: "drove us to a prison in X"
    regions: list[Mention] = field(default_factory=list)
    districts: list[Mention] = field(default_factory=list)
    dates: list[Mention] = field(default_factory=list)
    reported_dates: list[Mention] = field(default_factory=list)
    step_dated: bool = False  # a day of a later step (release, burial, finding) told beside the act: it happened before
    casualties: list[Mention] = field(default_factory=list)
    sources: list[Mention] = field(default_factory=list)
    parties: list[Mention] = field(default_factory=list)
    units: list[Mention] = field(default_factory=list)
    another: bool = False
    another_at: int = -1  # where "in a separate location" starts, when it starts mid-sentence
    second_agent: bool = False  # "another drone", "a second missile": a strike's own agent, anywhere in the sentence
    same_target: bool = False  # "hit the same wing", "struck it again": the target struck before
    also: bool = False  # "also": another act told beside the one before
    part: bool = False  # "of them", "including", "toll": a part or a later figure of what was told
    generic: bool = False
    topic: bool = False  # its acts are only named as a subject ("the forced deportation of children remains...")
    reaction: bool = False  # condemnation or rhetoric: names violations, tells of no event
    correction: bool = False  # an editor's correction notice: takes back a figure or a town, tells of no event
    tallied: bool = False  # its violations are framed as a tally ("documented cases of"), over the war, no scene
    attack_tally: bool = False  # attacks counted, no harm told and nothing named as hit ("shelled 14 times"; since
    # stage 24's aggV also with no word of harm at all, so "Nobody was hurt." told after it needs no rule of its own)
    war_long: bool = False  # harm told over the whole war, no scene, no record compared ("thousands killed since the
    # invasion"): a side's sweeping claim or a background toll, no incident
    role: str = ""  # set by the roles step: event | background | aggregate | pattern | court | reaction | other
    _event: bool | None = None
    statistical: bool = False  # its figures are all aggregates and it names no settlement
    legal_act: bool = False
    court_step: bool = False  # it tells a court step ("were sentenced to", "indictments against", "on charges of")
    court: bool = False  # a court step naming no scene or day of the act
    court_act: bool = False  # a court step whose act has its victims counted ("jailed for killing a civilian")
    convicted: bool = False  # a conviction or sentence ("was jailed for", "found guilty of"): the act is a crime
    boundary: bool = False  # "This is not the first such case": what follows is another event
    held: bool = False  # "died in Russian captivity": held by the enemy, soldier or civilian alike
    summary: bool = False  # "opened fire on civilians on separate occasions": sums up acts told one by one
    occurred: bool = False  # "The event took place in late December": dates the incident told
    biography: bool = False  # a person's life told beside the case ("was born in X in 1961", "is buried in Y")
    remains_returned: bool = False  # bodies handed over or repatriated ("the body was returned on 14 February")
    launch_tally: bool = False  # weapons launched or brought down, counted, nothing hit ("65 of 80 drones shot down")
    over_a_period: bool = False  # strikes told only over a span of months, nobody counted ("shelled daily since May")
    mandate: bool = False  # an organisation describing its work ("an NGO that provides legal aid to families of ...")
    link: Mention | None = None  # a captivity link's settlement ("then they brought us to a prison in X"): stage 23
    link_kind: str = ""  # what the link follows: "capture" (soldiers taken prisoner), "seizure" or "held" (either)
    link_from: Mention | None = None  # the link's own day: the stay's first day (the arrival)
    stops: list[SentenceFacts] = field(default_factory=list)  # one clause per place of custody it lists: stage 24

    @property
    def label_values(self) -> set[str]:
        return {m.value for m in self.labels}

    @property
    def is_event(self) -> bool:
        """A sentence that tells of a violation, not only of its reporting (the roles step decides)."""
        if self.role:
            return self.role in ("event", "background")
        if self._event is None:
            self._event = not (self.generic or self.legal_act or self.statistical) and self.tells_event()
        return self._event

    def tells_event(self) -> bool:
        """Its mentions tell of a violation (an act with a place, date, victims or harm)."""
        if self.combat:
            return False
        attack = self.strong_attack or (self.weak_attack and "execution" not in self.label_values)
        if attack and (self.places or self.protected) and (self.dates or self.parties):
            return True
        if self.strong_attack and self.protected:
            return True  # "One of the bombs hit a children's clinic": a protected target struck is an act told
        if attack and self.protected and self.places and "none" in self.harm:
            return True  # "It was the second time the clinic in Izium was hit; nobody was hurt" (stage 21b)
        if attack and "none" in self.harm and (self.places or self.regions):
            return True  # "attacks on Kharkiv Oblast damaged houses but caused no casualties"
        if self.damaged and (self.places or self.regions) and not self.labels:
            return True  # an entry of a night's list: "У Ворожбі пошкоджено приватний будинок", nobody hurt
        if self.labels and (
            self.harm
            or self.casualties
            or self.places
            or self.dates
            or self.victims
            or self.label_values - {"execution"}
        ):
            return True
        if attack and bool(self.harm or self.casualties):
            return True
        if self.one_killed and any(m.rule == "party:agent" for m in self.parties):
            return True  # "When we came out, one of the Russians shot him.": a side's killing of one person
        harmed = [c for c in self.casualties if c.value.measure in {"killed", "wounded"}]
        if harmed or self.harm and self.victims and self.parties:
            return True
        return bool(
            "killed" in self.harm and (self.victims or self.parties) and (self.dates or self.places or self.districts)
        )

    @property
    def anchored(self) -> bool:
        return bool(self.places or self.dates or self.casualties or self.regions or self.districts)


def _combat(doc: Document, facts: SentenceFacts, lo: int, hi: int) -> bool:
    """'Під Авдіївкою мій побратим загинув під час обстрілу, а мене взяли в полон': soldiers killed or hurt by a
    strike, with no word of an execution or of people held, died in combat (no violation); being taken prisoner
    (the `capture` patterns) names the speaker's capture, not the dead. Off in a language without `capture`."""
    if not (facts.strong_attack and facts.harm & {"killed", "injured"}) or facts.labels:
        return False
    if "capture" not in table(doc.language, "cues.json")["patterns"]:
        return False
    captured = doc.hits_within("capture", lo, hi)
    kinds = {v.value for v in facts.victims if not any(c.start <= v.start and v.end <= c.end for c in captured)}
    return kinds == {"combatant"}


def _attacks_told(doc: Document) -> bool:
    """The report tells a strike somewhere (a damaged house in it is the strike's damage, not a fire's or a storm's)."""
    told = doc.cache.get("attacks told")
    if told is None:
        told = doc.cache["attacks told"] = any(h.value not in ("weak", "damage") for h in doc.hits("attack"))
    return bool(told)


def read_sentence(doc: Document, lo: int, hi: int, aggregate: set[int], index: Index | None = None) -> SentenceFacts:
    """Sort the mentions lying in [lo, hi) into a SentenceFacts."""
    index = index or Index(doc)
    facts = SentenceFacts((lo, hi))
    facts.labels = index.within("violation", lo, hi)
    sentencing = doc.hits_within("sentencing", lo, hi)
    facts.convicted = bool(sentencing)
    # "according to the verdict", "the court established" (value `finding`) tell what a court found, no sentence passed;
    # "during the occupation of the village of X" is a time of occupation, no authority
    passed = [h for h in sentencing if h.value != "finding"]
    sham = passed and any(
        _passed_by(doc, h, passed[0]) and not _occupation_of(doc, h)
        for h in doc.hits_within("occupation_court", lo, hi)
    )
    if sham and not any(m.value == "unfair_trial_forced_service" for m in facts.labels):
        # "The Supreme Court of the so-called DPR sentenced nine marines": a sentence passed by an
        # occupation or proxy authority (GC III art. 130: denial of a fair trial).
        at = passed[0]
        facts.labels = facts.labels + [
            Mention("violation", at.start, at.end, "unfair_trial_forced_service", f"{at.id}+occupation_court")
        ]
    if any(m.value == "unfair_trial_forced_service" for m in facts.labels):
        facts.labels = [m for m in facts.labels if m.value != "unlawful_detention"]  # the prison term is the sentence
    elif terms := [h for h in sentencing if h.value != "finding"]:
        # "was sentenced to 15 years in prison for killing": the term is the court's, no detention; what "the court
        # established that" or "according to the verdict" (value `finding`) tells after it is the act found
        # "sentenced to 12 years for holding 38 residents in a basement": the act charged after "for" stays
        facts.labels = [
            m
            for m in facts.labels
            if m.value != "unlawful_detention"
            or m.start < terms[0].start
            or _charged(doc, m.start)
        ]
    transfer = index.within("transfer", lo, hi)
    places_to = [m for m in transfer if m.value == "destination"] + settlements_beyond_control(doc, index, lo, hi)
    verbs = [
        m
        for m in transfer
        if m.value == "verb"
        and any(
            doc.token_at(d.start) - doc.token_at(m.end) >= -TRANSFER_BACK
            and words_between(doc, m.end, d.start) <= TRANSFER_REACH
            for d in places_to
        )
    ]
    if verbs and doc.has_hit("own_evacuation", lo, hi):
        verbs = []  # "evacuated by Ukrainian police to a camp in Lviv": the country's own people moved, no deportation
    if verbs and not any(LOOT in m.rule for m in facts.labels):
        # "moved 19 children from a care home ... to a facility in Crimea"; grain or tractors taken to Crimea are
        # pillage (the class `loot_noun` in the cue), no deportation
        facts.labels = facts.labels + [
            Mention("violation", verbs[0].start, verbs[0].end, "deportation_transfer", f"{verbs[0].rule}+destination")
        ]
    for hit in index.within("attack", lo, hi):
        if hit.value == "weak":
            facts.weak_attack = True
        elif hit.value == "damage":
            facts.damaged = _attacks_told(doc)
        else:
            facts.strong_attack = True
    if facts.strong_attack or facts.weak_attack:
        # "a missile blew up the bridge": a structure destroyed by a strike is the attack's damage; only what troops
        # blew up, burned or demolished by hand is destruction of property (the class `structure_noun` in the cue)
        facts.labels = [m for m in facts.labels if STRUCTURE not in m.rule]
    harm = index.within("harm", lo, hi)
    facts.harm = {m.value for m in harm}
    # "one of the Russians shot him": one person killed by a side named as doing it (the `one_victim` object
    # pronoun right after the killing)
    facts.one_killed = any(
        m.value == "killed" and any(h.value == "object" for h in doc.starting_at("one_victim", m.end)) for m in harm
    )
    referents = doc.hits_within("referent", lo, hi)
    if "killed" in facts.harm and referents and not facts.labels:
        # "two of the detained men were taken out and shot": people killed while in the doers' power (GC IV art. 32)
        at = referents[0]
        facts.labels = [Mention("violation", at.start, at.end, "execution", f"{at.id}+killed")]
    # "taken to the city hospital" (a harm cue of care): the hospital treated the victims, it was not hit
    facts.protected = [
        p for p in index.within("protected", lo, hi) if not any(_inside(p, h) for h in harm) and not _left(doc, p)
    ]
    facts.victims = [v for v in index.within("victim", lo, hi) if not _speaking(doc, index, v)]
    facts.combat = _combat(doc, facts, lo, hi)
    facts.evidence = [m.value for m in index.within("evidence", lo, hi)]
    taken_to = {d.start for d in places_to} if verbs else set()  # "driven to a camp near Anapa": not the scene
    taken_to |= _moved_to(doc, index, transfer, lo, hi)  # "later transferred to a detention centre in Melitopol"
    taken_to -= _held_there(doc, index, taken_to, lo, hi)
    # "Olha Koval, 66, from Beryslav, was killed when ...": a hometown is the scene where its sentence tells a strike or
    # a death or wound; custody and torture ("X, 44, from Sumy, was tortured") happen away from home
    acted = bool(facts.harm - {"none"} or facts.strong_attack or facts.weak_attack)
    for place in index.within("place", lo, hi):
        event = place.value.role == "event" or (acted and _life_place(doc, place))
        scene = event and place.start not in taken_to
        (facts.places if scene else facts.other_places).append(place)
        if event and place.start in taken_to:
            facts.destinations.append(place)
    if len(facts.places) > 1 and "route_from" in doc.lang.classes:  # off in a language without the class
        ends = _route_ends(doc, facts.places, index.within("place", lo, hi))
        if ends and len(ends) < len(facts.places):
            facts.other_places += [p for p in facts.places if p.start in ends]
            facts.places = [p for p in facts.places if p.start not in ends]
    if len(facts.places) > 1 and "scene_preposition" in doc.lang.classes:  # off in a language without the class
        # "driving out of A when a drone struck the car near B": A is where they set out from
        starts = _route_starts(doc, facts.places)
        if starts and any(p.start not in starts and _placed(doc, p) for p in facts.places):
            facts.other_places += [p for p in facts.places if p.start in starts]
            facts.places = [p for p in facts.places if p.start not in starts]
    # "took 23 children to the Rostov region": where they were taken is not where the act happened
    regions = index.within("region", lo, hi)
    facts.regions = [r for r in regions if not any(d.start <= r.start < d.end for d in places_to)]
    facts.districts = index.within("district", lo, hi)
    published = any(h.value == "discovery" for h in doc.hits_within("discovery", lo, hi))  # posted, not found
    step_at = _procedure(doc, facts.labels, lo, hi)
    if step_at is not None:  # "A court in Chernihiv on Tuesday sentenced ... for killing": the court's town
        facts.other_places += [p for p in facts.places if p.end <= step_at]
        facts.places = [p for p in facts.places if p.end > step_at]
    until = "until_word" in doc.lang.classes  # off in a language without the class
    told = index.within("date", lo, hi)
    # a release told as the only day of a captive act's sentence ends the act's span (`_dates_a_finding`)
    captive = len(told) == 1 and bool(facts.label_values & CAPTIVE_ACTS)
    for date in told:
        role = getattr(date.value, "role", "event")
        if step_at is not None and date.end <= step_at:
            facts.reported_dates.append(date)
            continue
        first = doc.token_at(date.start)
        since = doc.in_class("since", first - 1) or doc.in_class("since", first) or date.value.granularity == "since"
        since = since and not day_of_earlier_event(doc, date)  # "since February 19, when a drone struck a hotel"
        if date.value.granularity == "range":
            since = False  # "from 3 to 5 March": a stretch whose end is told, not a day things ran on from
        if since and facts.label_values & CONTINUING:
            since = False  # "held in prison since 2019": the detention itself runs from then
        after = doc.token_at(date.end)
        # "beaten from November until the exchange": a stretch whose end is told after "until", no since-day, and
        # its first day is the act's, not the aftermath's the end names
        inside = after < len(doc.tokens) and doc.tokens.starts[after] < hi
        stretch = until and inside and doc.in_class("until_word", after)
        stretch = stretch or until_release(doc, date, hi)  # "від жовтня 2023 року аж до дня обміну" (stage 22)
        since = since and not stretch
        undated = not stretch and _dates_a_finding(doc, index, date, lo, hi, captive)
        facts.step_dated = facts.step_dated or (undated and not published)
        if role in UNCERTAIN_DATE_ROLES or dateline(doc, date.start, date.end) or since or undated or (
            publication_line(doc, date)
        ):
            facts.reported_dates.append(date)
        else:
            facts.dates.append(date)
    if len(facts.dates) > 1:
        background = [d for d in facts.dates if _capture_date(doc, d.start, lo)]
        if len(background) < len(facts.dates):
            facts.dates = [d for d in facts.dates if d not in background]
    counted = index.within("casualty", lo, hi)
    # "drones caused 38 per cent of civilian casualties": a share of a tally counts no victims of one act
    facts.casualties = [m for m in counted if m.start not in aggregate and m.value.count.unit != "percent"]
    # a town's toll over months names the town, and so do the dead found there so far
    running = any(h.value == "total" for h in doc.hits_within("running_total", lo, hi))
    running = running or dead_found_over_time(doc, lo, hi) or acts_over_months(doc, lo, hi)
    running = running or bool(counted) and framed_by_a_period(doc, lo, hi)  # stage 23: its counts a period's
    # "27 were killed in the Kherson city community in October": the settlement is the toll's scope (stage 24, aggV)
    running = running or bool(counted) and all(settled_scope(doc, p) for p in facts.places)
    facts.statistical = bool(counted) and not facts.casualties and (not facts.places or running)
    facts.sources = index.within("source", lo, hi)
    facts.parties = index.within("party", lo, hi)
    facts.units = index.within("unit", lo, hi)
    counted = [c for c in facts.casualties if not c.rule.startswith("casualty:singular")]  # "a prisoner" is anyone
    facts.generic = doc.has_hit("generic", lo, hi) and not (facts.places or facts.dates or counted)
    facts.reaction = doc.has_hit("reaction", lo, hi) and not (facts.places or facts.dates or facts.casualties)
    facts.reaction = facts.reaction or _earlier_war(doc, facts, lo, hi) or _military_claim(doc, facts, lo, hi)
    facts.correction = _correction(doc, lo, hi)
    facts.legal_act = doc.has_hit("legal_act", lo, hi)
    facts.topic = _topic_only(doc, facts, lo, hi)
    sham = any(m.value == "unfair_trial_forced_service" for m in facts.labels)
    facts.court_step = doc.has_hit("court", lo, hi)
    facts.court = facts.court_step and not (sham or facts.places or facts.dates)
    suspects = doc.has_hit("suspects", lo, hi)
    if not facts.court and not facts.dates and suspects:
        # "police identified two soldiers implicated in the shooting in X": the people counted are
        # suspects, an investigation step even where the act's place is named (a day named keeps the act)
        facts.court = facts.court_step = True
    # "was jailed for killing a civilian": the act a court step punishes, with its victims counted, is an incident
    if facts.court and not suspects and (facts.labels or facts.harm):
        step = doc.hits_within("court", lo, hi)[0]
        facts.court_act = any(c.start >= step.end and c.value.category and c.value.measure for c in facts.casualties)
    war_long = not facts.places and doc.has_hit("war_scope", lo, hi)
    facts.tallied = war_long or not facts.places and _framed_as_cases(doc, facts, lo, hi)
    facts.war_long = war_long and not doc.has_hit("record", lo, hi)  # "the deadliest strike since the invasion"
    facts.boundary = doc.has_hit("boundary", lo, hi)
    facts.attack_tally = (
        not (facts.harm - {"none"} or facts.labels or facts.protected or facts.damaged or facts.casualties)
        and any(h.value == "count" for h in doc.hits_within("attack_tally", lo, hi))
        and not any(h.value == "object" for h in doc.hits_within("attack_tally", lo, hi))  # "damaging five houses"
    )
    facts.occurred = doc.has_hit("occurred", lo, hi)
    facts.biography = doc.has_hit("biography", lo, hi)
    # "Russia launched 80 drones overnight, 65 of which were shot down": an air force's tally of a night, no strike told
    facts.launch_tally = doc.has_hit("launch_tally", lo, hi) and not (
        facts.places or facts.labels or facts.protected or facts.damaged or facts.harm - {"none"}
        or any(c.value.measure in ("killed", "wounded") for c in facts.casualties))
    # "X is a non-governmental organisation that provides legal aid to families of civilians detained by Russia": the
    # acts named are the body's field of work; a day, a harm, a count or a strike would tell a case (stage 22)
    facts.mandate = doc.has_hit("mandate", lo, hi) and not (
        facts.dates or facts.harm or facts.casualties or facts.strong_attack)
    facts.summary = doc.has_hit("summary", lo, hi)
    facts.over_a_period = strikes_over_a_period(doc, facts)
    facts.held = doc.has_hit("held", lo, hi)
    returned = doc.hits_within("remains_returned", lo, hi, first_only=True)
    # "A prisoner died in Russian custody on 9 January; his body was handed over on 14 February": a death while held,
    # dated before the return is told, is the act; the return only its aftermath (GC III arts 120-121)
    facts.remains_returned = bool(returned) and not (
        facts.held and "killed" in facts.harm and any(d.start < returned[0].start for d in facts.dates))
    facts.also = doc.has_hit("also", lo, hi)
    facts.part = doc.has_hit("part_of_told", lo, hi)
    more = any(doc.in_class("more", doc.token_at(c.end)) for c in facts.casualties)
    opener = doc.in_class("another", doc.token_at(lo))
    facts.another = more and bool(facts.labels) or opener or doc.has_hit("another", lo, hi)
    more_victims = any(c.start - lo <= 9 for c in facts.casualties) and not facts.labels
    if opener and more_victims and not (facts.places or facts.dates or facts.regions):
        facts.another = False  # "Another 6 were injured.": more victims of the event just told
    marks = [h.start for h in doc.hits_within("another", lo, hi) if h.start > lo]
    facts.second_agent = doc.has_hit("second_agent", lo, hi)
    facts.another = facts.another or facts.second_agent
    facts.same_target = doc.has_hit("same_target", lo, hi)
    facts.another_at = min(marks) if marks else -1
    return facts


def _military_claim(doc: Document, facts: SentenceFacts, lo: int, hi: int) -> bool:
    """'Its General Staff said its forces had struck an ammunition depot near X overnight': a strike on a military
    target (roles.json `military_target`) with nobody hurt, no victim and no protected object named is a side's
    claim of a lawful strike or its counter-claim, no incident (stage 21)."""
    if facts.labels or facts.harm - {"none"} or facts.casualties or facts.victims or facts.protected:
        return False
    return (facts.strong_attack or facts.weak_attack) and doc.has_hit("military_target", lo, hi)


CORRECTION_LEAD = 2  # tokens from a sentence's start within which "Correction:" heads a notice


def _correction(doc: Document, lo: int, hi: int) -> bool:
    """'Correction: an earlier version of this story said five people were killed in X.', 'This article was
    corrected: ...': an editor's notice takes back what the story said (`correction` patterns); its figures and town
    tell no event. A label ("Correction:") counts at the sentence's start only."""
    first = doc.token_at(lo)

    def leads(at: int) -> bool:  # "Correction:", "(Corrects ...", "10:15 — Correction:": no word before it
        return doc.token_at(at) - first < CORRECTION_LEAD or not any(c.isalpha() for c in doc.text[lo:at])

    return any(
        not doc.text[h.start : h.end].rstrip(": ").isalpha() or leads(h.start)
        for h in doc.hits_within("correction", lo, hi)
    )


def _dates_a_finding(doc: Document, index: Index, date: Mention, lo: int, hi: int, captive: bool = False) -> bool:
    """'Police found the bodies of four men near X on 3 October', 'the bodies of those killed were exhumed on
    16 September': a day nearer a verb of finding (`discovery` value `found`) than to any act told in its
    sentence dates the finding, not the act (CONTRACT.md: null when the text dates only the discovery). The
    remains found and what is seen on them (`remains`: "bodies", "gunshot wounds", "signs of torture") are no act."""
    # "investigators found that in March soldiers broke into a house": the finding of a fact tells the act;
    # "shot two men on 12 September; their bodies were found later": a finding in another clause dates nothing
    # "a video of it, posted on 6 October, shows ...": a publication (`discovery` value `discovery`) is a later step
    # too, and governs the days nearer it than any act ("On 14 September troops shot a prisoner, according to a
    # brigade that published the video": the act's day); stage 23 (before: any video or photo named took every day)
    found = [
        h
        for h in doc.hits_within("discovery", lo, hi)
        if (h.value == "discovery" or not doc.starting_at("finding_of_fact", h.start))
        and not _another_clause(doc, date, h)
        and not _attribution_tail(doc, h, hi)
    ]
    # "came home in an exchange on 4 June", "received a letter in February", "was buried on 24 June": what came
    # after the act (`aftermath`) is dated as a finding is
    # "shot two men on 3 March and returned their bodies": a day before "and" and the aftermath is the first verb's
    # "In February, Russia returned her body": the comma of a date opening its sentence ends no clause
    opening = _opening_comma(doc, date, lo)
    told = index.within("harm", lo, hi) + index.within("violation", lo, hi) if captive else []
    found += [
        h
        for h in doc.hits_within("aftermath", lo, hi)
        # "beaten for two years before being returned to Ukraine this May": a release told after an act of captivity
        # ends it, its day the last of the act's span (within it, CONTRACT.md); a step after a killing or a seizure,
        # and the release of witnesses told before the act ("those released in May said guards beat them")
        if not (h.value == "release" and any(m.end <= h.start for m in told))
        if not clause_break(doc, *_between(date, h), conjunction=date.end <= h.start)
        or (opening and date.end <= h.start and not clause_break(doc, opening, h.start, conjunction=True))
        if not date.start <= h.start < date.end  # "from October 2023 until the exchange in February 2025": its end
    ]
    if not found:
        return False
    remains = doc.hits_within("remains", lo, hi)

    def seen(m: Mention | Match) -> bool:  # found, or the finding itself ("exhumed" is both)
        return any(r.start <= m.start and m.end <= r.end for r in remains + found)

    acts = [m for m in index.within("harm", lo, hi) + index.within("violation", lo, hi) if not seen(m)]
    acts += [m for m in index.within("attack", lo, hi) if m.value != "weak"]
    at = doc.token_at(date.start), doc.token_at(date.end)

    def distance(m: Mention | Match) -> int:
        first, last = doc.token_at(m.start), doc.token_at(m.end)
        return max(0, first - at[1], at[0] - last)

    nearest_act = min((distance(m) for m in acts), default=None)
    return nearest_act is None or min(distance(h) for h in found) < nearest_act


OPENING_WORDS = 1  # words before a date that still open its sentence ("In February, ...", "On 3 March, ...")


def _opening_comma(doc: Document, date: Mention, lo: int) -> int | None:
    """The offset just past the comma right after a date that opens its sentence ("In February, Russia returned her
    body"), else None: that comma closes the adverbial, not a clause, so a step's verb after it still governs the
    date (stage 21)."""
    first, after = doc.token_at(date.start), doc.token_at(date.end)
    if first - doc.token_at(lo) > OPENING_WORDS or after >= len(doc.tokens) or doc.tokens.lower[after] != ",":
        return None
    return doc.tokens.end(after)


def _life_place(doc: Document, place: Mention) -> bool:
    """A place named as part of a person's life ("27, from Mykolaiv", "born in X": places.json `reference_before`
    value `life`)."""
    return any(h.value == "life" for h in doc.ending_at("reference_before", place.start))


def _between(a: Mention | Match, b: Mention | Match) -> tuple[int, int]:
    return (a.end, b.start) if a.end <= b.start else (b.end, a.start)


def _charged(doc: Document, start: int) -> bool:
    """'for holding ...', 'for the unlawful detention of ...': an act right after a charge link (class
    `charge_link`, an article aside) is what the court tried, not the prison term."""
    k = doc.token_before(start)
    if doc.in_class("definite", k) or doc.in_class("indefinite", k):
        k = doc.token_before(doc.tokens.starts[k])
    return doc.in_class("charge_link", k)


ATTRIBUTION_WORDS = 4  # "..., the district court found." : the words of a speaker between the comma and the verb


def _attribution_tail(doc: Document, verb: Match, hi: int) -> bool:
    """'held 38 residents from 3 to 29 March, the court found.': a verb of finding closing its sentence after a
    comma and a few words is the attribution of what came before (the court's finding of fact), no discovery."""
    tokens, j = doc.tokens, doc.token_at(verb.start)
    if any(c.isalnum() for c in doc.text[verb.end : hi]):
        return False
    for k in range(j - 1, max(-1, j - ATTRIBUTION_WORDS - 2), -1):
        if tokens.lower[k] == ",":
            return k < j - 1
    return False


def _another_clause(doc: Document, a: Mention | Match, b: Mention | Match) -> bool:
    """A semicolon, or a comma and a conjunction ("..., and their bodies were found"), between two spans; after a day
    told first, a colon or a word opening a clause of cause ("detained in September 2023 after soldiers found a
    flag", "задержали 2 февраля: при проверке нашли", class `cause_clause`): the finding is the act's cause, the day
    the act's (stage 21)."""
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    tokens = doc.tokens
    for j in range(doc.token_at(lo), doc.token_at(hi)):
        if tokens.lower[j] == ";" or (tokens.lower[j] == "," and doc.in_class("conjunction", j + 1)):
            return True
        if a.end <= b.start and (tokens.lower[j] == ":" or doc.in_class("cause_clause", j)):
            return True
    return False


def _earlier_war(doc: Document, facts: SentenceFacts, lo: int, hi: int) -> bool:
    """'worse than anything the Nazis did in Kharkiv in 1943', 'compared it to the bombing of Coventry in 1940':
    a comparison (roles.json `comparison`) whose every date ends before the war began (`earlier_wars_before`)
    names another war's act as rhetoric, not an incident of this one."""
    before = doc.lang.table("roles.json").get("earlier_wars_before")
    if not before or not facts.dates or not doc.has_hit("comparison", lo, hi):
        return False
    return all(d.value.end.year < int(before) for d in facts.dates + facts.reported_dates)


def _moved_to(doc: Document, index: Index, transfer: list[Mention], lo: int, hi: int) -> set[int]:
    """Starts of settlements a removal verb takes people to ("was then moved to a pre-trial detention centre in
    Melitopol"): where the people were taken, not where the act told with the verb happened. Inside Ukraine
    this tells no deportation; the destination is only no scene."""
    verbs = [m.end for m in transfer if m.value == "verb"]
    if not verbs:
        return set()
    return {
        p.start
        for p in index.within("place", lo, hi)
        # "to" after the verb ("promised to evacuate soldiers in Avdiivka" names where they were)
        if any(
            v <= to.start and doc.token_at(p.start) - doc.token_at(v) <= TRANSFER_REACH
            for to in doc.ending_at("moved_to_before", p.start)
            for v in verbs
        )
    }


MOVED_ON = frozenset({"unlawful_detention", "deportation_transfer"})  # acts that go on where people are moved
SCENE_REACH = 5  # tokens from a destination to the "where" that tells what was done there ("X, Y Oblast, where")


ROUTE_BACK = 4  # tokens from "from" to the route's first place: "from the village of Pokrovske"
ROUTE_GAP = 4  # tokens between a route's two places: "from Nikopol to Marhanets", "from Izium towards Kharkiv"


def _route_ends(doc: Document, scenes: list[Mention], places: list[Mention]) -> set[int]:
    """Starts of the scene places that only name a vehicle's route, "a bus travelling from A to B" (classes
    `route_from`, `route_to`; `places` are all the sentence's places, in order): where it came from and went to, not
    where it was hit, when the sentence names another place ("near C", "in C"); with no other place the route stays
    the only clue."""
    tokens, ends = doc.tokens, set()
    for a, b in zip(places, places[1:], strict=False):
        first = doc.token_at(a.start)
        opened = False
        for j in range(first - 1, max(-1, first - 1 - ROUTE_BACK), -1):
            if doc.in_class("route_from", j):
                opened = True
                break
            if not tokens.words[j][:1].islower():
                break
        if not opened:
            continue
        after, second = doc.token_at(a.end), doc.token_at(b.start)
        gap = range(after, second)
        if len(gap) <= ROUTE_GAP and doc.in_class("route_to", second - 1) and not any(
            tokens.words[j] in {".", ";", "!", "?"} for j in gap
        ):
            ends |= {a.start, b.start}
    return ends & {p.start for p in scenes}


def _route_starts(doc: Document, scenes: list[Mention]) -> set[int]:
    """Starts of the scene places a movement set out from (places.json `route_start`: "from", "out of", a few
    lowercase words before the name at most: "out of the town of A"); the caller drops them when another scene of
    the sentence is placed by a preposition of place (`_placed`): "driving out of A ... struck near B", "a man from A
    was wounded in B", but not "a man from A and a resident of B were killed" (two victims' hometowns)."""
    tokens, starts = doc.tokens, set()
    for place in scenes:
        first = doc.token_at(place.start)
        for j in range(first - 1, max(-1, first - 1 - ROUTE_BACK), -1):
            if doc.ending_at("route_start", tokens.end(j)):
                starts.add(place.start)
                break
            if not tokens.words[j][:1].islower():
                break
    return starts


def _placed(doc: Document, place: Mention) -> bool:
    """A place a preposition of the scene governs (class `scene_preposition`: in, at, near), an article or "the
    village of" between: "near the village of B", "in B" (stage 25)."""
    j = doc.token_before(place.start)
    while j >= 0 and any(doc.in_class(c, j) for c in ("definite", "indefinite", "settlement_noun", "partitive_of")):
        j -= 1
    return doc.in_class("scene_preposition", j)


def _held_there(doc: Document, index: Index, taken_to: set[int], lo: int, hi: int) -> set[int]:
    """Starts of destinations followed by 'where' and an act told after it ("taken across the border to a
    detention site in Novozybkov, Bryansk Oblast, where guards beat them daily"): the act happened there."""
    if not taken_to:
        return set()
    # "taken to Melitopol, where he was held for a week": the holding goes on from where it began; an abuse told
    # there ("where guards beat them") happened there
    acts = [m.start for m in index.within("violation", lo, hi) if m.value not in MOVED_ON]
    kept = set()
    for place in index.within("place", lo, hi):
        if place.start not in taken_to:
            continue
        stop = doc.tokens.end(min(doc.token_at(place.end) + SCENE_REACH, len(doc.tokens) - 1))
        where = [h for h in doc.hits_within("scene_after", place.end, min(stop, hi))]
        if where and any(a > where[0].start for a in acts):
            kept.add(place.start)
    return kept


def settlements_beyond_control(doc: Document, index: Index, lo: int, hi: int) -> list[Mention]:
    """'They were taken to Simferopol': a settlement named right after 'to' (`destination_before`) that lies
    outside Ukraine or in a region occupied before 2022 (places.json `beyond_control`) is a destination."""
    beyond = frozenset(doc.lang.table("places.json").get("beyond_control", ()))
    return [
        Mention("transfer", p.start, p.end, "destination", f"{p.rule}+beyond_control")
        for p in index.within("place", lo, hi)
        if (p.value.admin1 in beyond or (p.value.country or "UA") != "UA")
        and doc.ending_at("destination_before", p.start)
    ]


TOPIC_REACH = 3  # tokens between "the ... deportation of" and the violation cue it names


def _topic_only(doc: Document, facts: SentenceFacts, lo: int, hi: int) -> bool:
    """'The forced deportation of children remains an obstacle to peace': every act is named as a subject
    ('the <act> of'), with no settlement, count, or side named as doing it: a topic, not an event."""
    if not facts.labels or facts.places or facts.casualties or any(m.rule == "party:agent" for m in facts.parties):
        return False
    topics = doc.hits_within("topic", lo, hi)
    return bool(topics) and all(
        any(t.start <= m.start and doc.token_at(m.start) - t.stop <= TOPIC_REACH for t in topics)
        for m in facts.labels
    )


CASE_REACH = 5  # tokens between "cases of" and the violation it frames


def _framed_as_cases(doc: Document, facts: SentenceFacts, lo: int, hi: int) -> bool:
    """'documented cases of summary executions', 'facts of sexual violence': the violations are counted
    as a tally, not told as one event."""
    frames = doc.hits_within("case_frame", lo, hi)
    return bool(frames) and all(
        any(0 <= doc.token_at(m.start) - f.stop <= CASE_REACH for f in frames) for m in facts.labels
    )


CAPTURE_REACH = 8  # tokens before a date that may tell a capture: "captured in Mariupol in April 2022"


def _capture_date(doc: Document, start: int, lo: int) -> bool:
    """'marines captured in Mariupol in April 2022 were sentenced on Aug. 11': the capture is background."""
    clause = max(lo, doc.reach_before(start, CAPTURE_REACH))
    for j in range(doc.token_at(clause), doc.token_at(start)):
        if doc.tokens.lower[j] in _BREAKS or doc.in_class("clause_conjunction", j):
            clause = doc.tokens.end(j)
    return doc.has_hit("capture", clause, start)


def _occupation_of(doc: Document, cue: Match) -> bool:
    """'the occupation of the village of Kozacha Lopan': the cue inside an `occupation_period` phrase names a time and
    a place occupied, not an occupation authority."""
    return any(h.start <= cue.start and cue.end <= h.end for h in doc.starting_at("occupation_period", cue.start))


def _passed_by(doc: Document, cue: Match, sentencing: Match) -> bool:
    """'A court of the so-called DPR sentenced', 'were sentenced by an occupation court': the occupation names
    the court; not in the clause of the act after the sentence ('sentenced ... for killing a man during the
    occupation', class `act_clause`)."""
    if cue.start < sentencing.start:
        return True
    return doc.first_in_class("act_clause", doc.token_at(sentencing.end), doc.token_at(cue.start)) < 0


def _procedure(doc: Document, labels: list[Mention], lo: int, hi: int) -> int | None:
    """Offset of a court step told between a date and the violation (or harm: 'an investigation into the
    killing of a man') it concerns, else None."""
    if any(m.value == "unfair_trial_forced_service" for m in labels):
        return None  # a sham trial: the sentencing is the violation and its date the event's
    acts = labels or doc.within("harm", lo, hi)
    if not acts:
        return None
    steps = doc.hits_within("procedure", lo, hi)
    if not steps:
        return _split_procedure(doc, acts[0].start, lo)
    if steps[0].start > acts[0].start:
        return None
    return steps[0].start


def _split_procedure(doc: Document, label_at: int, lo: int) -> int | None:
    """'were charged earlier this month with raping ...': a date between the court step and the act
    it concerns dates the step; the act is dated after it."""
    for step in doc.hits_within("court_step", lo, label_at):
        if doc.first_in_class("charge_link", step.stop, doc.token_at(label_at)) >= 0:
            return label_at
    return None


REPORTER_REACH = 2  # tokens between "journalists" and their verb of speech: "выяснили журналисты издания"


SPEAKER_GAP = 1  # tokens between a victim noun and the verb that makes it the speaker: "residents have said"


def _left(doc: Document, place: Mention) -> bool:
    """'подружжя, яке поверталося з церкви', 'возвращались из церкви': a protected object named after a preposition
    of where one comes from (class `origin_preposition`) is where the victims had been, not what was struck (stage
    21)."""
    k = doc.token_before(place.start)
    return k >= 0 and doc.in_class("origin_preposition", k)


def _speaking(doc: Document, index: Index, victim: Mention) -> bool:
    """'journalists found that ...', 'выяснили журналисты': journalists speaking report, they are no victims;
    nor are people of any kind whose verb of saying or finding follows them at once ('residents said',
    'officers have found')."""
    first, last = doc.token_at(victim.start), doc.token_at(victim.end - 1)
    lo, hi = index.sentence_of(victim.start)
    if victim.value != "journalist":
        after = doc.token_at(victim.end)
        return any(
            0 <= doc.token_at(s.start) - after <= SPEAKER_GAP and not _of_themselves(doc, s)
            for s in index.within("speech", lo, hi)
        )
    for speech in index.within("speech", lo, hi):
        if -REPORTER_REACH <= doc.token_at(speech.start) - last <= REPORTER_REACH + 1 or (
            0 <= first - doc.token_at(speech.end - 1) <= REPORTER_REACH
        ):
            return True
    return False


def _of_themselves(doc: Document, speech: Mention) -> bool:
    """'prisoners said they were beaten': a pronoun right after the verb of saying tells the speakers' own
    harm; they stay victims."""
    at = doc.token_at(speech.end)
    if doc.first_in_class("own_harm_pronoun", at, min(at + SPEAKER_GAP + 2, len(doc.tokens))) >= 0:
        return True
    # "військовополонені розповіли, що в СІЗО Брянська їх били": a plural object pronoun later in the clause told
    _, hi = doc.sentence_of(speech.end)
    return doc.first_in_class("plural_object_pronoun", at, doc.token_at(hi)) >= 0


def _inside(inner: Mention, outer: Mention) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


DATELINE_TOKENS = 6  # tokens of a line's head before a report's date: "(Kyiv,", "KYIV,", "Белгород,"


def dateline(doc: Document, start: int, end: int) -> bool:
    """'(Kyiv, April 13, 2023) -', 'KYIV, June 8 (Reuters)', 'Белгород, 14 ноября. ...': the date of the
    report, not the event."""
    text, tokens = doc.text, doc.tokens
    first = doc.token_at(start)
    floor = max(0, first - DATELINE_TOKENS)
    line_start = text.rfind("\n", tokens.end(floor - 1) if floor > 0 else 0, start) + 1
    if line_start == 0 and floor > 0:
        return False  # the line began more than DATELINE_TOKENS tokens before: no dateline
    head = text[line_start:start].strip()
    if not head.endswith((",", ".")):
        return False
    if head.endswith(",") and (head.startswith("(") or head[:-1].replace(" ", "").isupper()):
        return True
    if head.endswith(",") and _filed_from(head[:-1]) and _story_dash_after(doc, end):
        return True  # "Kupiansk, Ukraine, Oct 13 (Agency) -": a city and its country, then the story's dash
    # "Белгород, 14 ноября. Украинский беспилотник ...": a capitalised city alone before the day, the day closed
    words = head[:-1].split()
    after = doc.token_at(end)
    closed = after < len(tokens) and tokens.lower[after] in {".", "-", "\u2013", "\u2014"}
    return 1 <= len(words) <= 2 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) and closed


FILED_PIECES = 3  # "Kupiansk, Kharkiv region, Ukraine,": a city, its region and its country
FILED_WORDS = 3  # words of one piece: "Kryvyi Rih", "New York"
STORY_DASH_TOKENS = 12  # tokens after a dateline's date within which its agency's tag and the story's dash stand


def _filed_from(head: str) -> bool:
    """'Kupiansk, Ukraine', 'KHARKIV, Ukraine': two or three comma-separated pieces of capitalised words."""
    pieces = [p.split() for p in head.split(",")]
    return 2 <= len(pieces) <= FILED_PIECES and all(
        1 <= len(words) <= FILED_WORDS and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
        for words in pieces
    )


def publication_line(doc: Document, date: Mention) -> bool:
    """The publication day opening a line with nothing after it but a time of day and the story's dash ('15 September
    2026' under a press service's name, 'Tuesday 23 September 2025, 09:40 — The toll ...'): the report's date
    line, not the day of an act the report tells (stage 25b)."""
    value, text, tokens = date.value, doc.text, doc.tokens
    if getattr(value, "start", None) != doc.published or value.end != doc.published:
        return False
    line_start = text.rfind("\n", 0, date.start) + 1
    if text[line_start : date.start].strip():
        return False
    line_end = text.find("\n", date.end)
    line_end = len(text) if line_end < 0 else line_end
    for k in range(doc.token_at(date.end), len(tokens)):
        if tokens.starts[k] >= line_end:
            return True  # the date alone on its line (a time of day aside)
        word = tokens.lower[k]
        if word in ("\u2014", "\u2013") or word == "-" and not tokens.touching(k - 1):
            return True  # the story's dash after the date line
        if not (word.isdigit() or word in TIME_MARKS):
            return False
    return True


TIME_MARKS = frozenset({",", ":", "."})  # what stands between a date line's date and its time of day ("23 May, 09:40")


def _story_dash_after(doc: Document, end: int) -> bool:
    """A dash opening the story within STORY_DASH_TOKENS tokens after the dateline's date, on its line."""
    tokens, text = doc.tokens, doc.text
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    first = doc.token_at(end)
    for k in range(first, min(len(tokens), first + STORY_DASH_TOKENS)):
        if tokens.starts[k] >= line_end:
            return False
        if tokens.lower[k] in ("\u2014", "\u2013") or tokens.lower[k] == "-" and not tokens.touching(k - 1):
            return True
    return False
