"""What one sentence contributes to an incident: its cues, places, dates, counts and sources.

Assembly reads each sentence once into a SentenceFacts, then groups them; keeping the reading
apart from the grouping lets both be tested with hand-built documents.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from warcrimes.extract.document import Document, Mention
from warcrimes.extract.steps.index import Index
from warcrimes.extract.steps.lexicon import fold, table

_PHRASES = table("en", "cues.json")["sentence_phrases"]  # knowledge as data: see "sentence_phrases_note"
WEAK_ATTACK = frozenset(_PHRASES["weak_attack"])  # need a harm word and no execution word to be an attack
DISCOVERY = tuple(_PHRASES["discovery"])
ANOTHER = tuple(_PHRASES["another"])
LEGAL_ACT = tuple(_PHRASES["legal_act"])  # acts of courts and assemblies date the act, not an incident
GENERIC = tuple(_PHRASES["generic"])  # statements of law or of a pattern tell of no one event
BOUNDARY = tuple(_PHRASES["boundary"])
PROCEDURE = tuple(_PHRASES["procedure"])  # court steps: a date told before one dates the step
OCCUPATION_COURT = tuple(_PHRASES["occupation_court"])
CAPTURE = tuple(_PHRASES["capture"])  # a date right after one of these dates the capture
OCCURRED = tuple(_PHRASES["occurred"])
CONTINUING = frozenset({"unlawful_detention", "deportation_transfer", "unfair_trial_forced_service"})
UNCERTAIN_DATE_ROLES = frozenset({"reported", "as_of"})


@dataclass
class SentenceFacts:
    """The mentions of one sentence, sorted into what assembly needs."""

    span: tuple[int, int]
    labels: list[Mention] = field(default_factory=list)
    strong_attack: bool = False
    weak_attack: bool = False
    harm: set[str] = field(default_factory=set)
    protected: list[Mention] = field(default_factory=list)
    victims: list[Mention] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    other_places: list[Mention] = field(default_factory=list)
    regions: list[Mention] = field(default_factory=list)
    districts: list[Mention] = field(default_factory=list)
    dates: list[Mention] = field(default_factory=list)
    reported_dates: list[Mention] = field(default_factory=list)
    casualties: list[Mention] = field(default_factory=list)
    sources: list[Mention] = field(default_factory=list)
    parties: list[Mention] = field(default_factory=list)
    units: list[Mention] = field(default_factory=list)
    another: bool = False
    another_at: int = -1  # where "in a separate location" starts, when it starts mid-sentence
    lowered: str = ""  # the sentence, folded
    generic: bool = False
    _event: bool | None = None
    statistical: bool = False  # its figures are all aggregates and it names no settlement
    legal_act: bool = False
    boundary: bool = False  # "This is not the first such case": what follows is another event
    occurred: bool = False  # "The event took place in late December": dates the incident told

    @property
    def label_values(self) -> set[str]:
        return {m.value for m in self.labels}

    @property
    def is_event(self) -> bool:
        """A sentence that tells of a violation, not only of its reporting (decided once, then kept)."""
        if self._event is None:
            self._event = self._tells_event()
        return self._event

    def _tells_event(self) -> bool:
        if self.generic or self.legal_act:
            return False
        if self.statistical:
            return False
        attack = self.strong_attack or (self.weak_attack and "execution" not in self.label_values)
        if attack and (self.places or self.protected) and (self.dates or self.parties):
            return True
        if attack and "none" in self.harm and (self.places or self.regions):
            return True  # "attacks on Kharkiv Oblast damaged houses but caused no casualties"
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
        harmed = [c for c in self.casualties if c.value.measure in {"killed", "wounded"}]
        if harmed or self.harm and self.victims and self.parties:
            return True
        return bool(
            "killed" in self.harm and (self.victims or self.parties) and (self.dates or self.places or self.districts)
        )

    @property
    def anchored(self) -> bool:
        return bool(self.places or self.dates or self.casualties or self.regions or self.districts)


def read_sentence(
    doc: Document, lo: int, hi: int, aggregate: set[int], folded: str, index: Index | None = None
) -> SentenceFacts:
    """Sort the mentions lying in [lo, hi) into a SentenceFacts."""
    index = index or Index(doc)
    facts = SentenceFacts((lo, hi))
    lowered = facts.lowered = folded[lo:hi]
    facts.labels = index.within("violation", lo, hi)
    if _occupation_sentence(lowered) and not any(m.value == "unfair_trial_forced_service" for m in facts.labels):
        at = lo + lowered.find("sentenced") if "sentenced" in lowered else lo
        facts.labels = facts.labels + [
            Mention("violation", at, at + 9, "unfair_trial_forced_service", "cue:occupation-court")
        ]
    if any(m.value == "unfair_trial_forced_service" for m in facts.labels):
        facts.labels = [m for m in facts.labels if m.value != "unlawful_detention"]  # the prison term is the sentence
    transfer = index.within("transfer", lo, hi)
    verbs = [m for m in transfer if m.value == "verb"]
    if verbs and any(m.value == "destination" for m in transfer):
        # "moved 19 children from a care home ... to a facility in Crimea"
        facts.labels = facts.labels + [
            Mention("violation", verbs[0].start, verbs[0].end, "deportation_transfer", "cue:transfer+destination")
        ]
    for hit in index.within("attack", lo, hi):
        if fold(doc.text[hit.start : hit.end]) in WEAK_ATTACK:
            facts.weak_attack = True
        else:
            facts.strong_attack = True
    facts.harm = {m.value for m in index.within("harm", lo, hi)}
    facts.protected = index.within("protected", lo, hi)
    facts.victims = index.within("victim", lo, hi)
    facts.evidence = [m.value for m in index.within("evidence", lo, hi)]
    for place in index.within("place", lo, hi):
        (facts.places if place.value.role == "event" else facts.other_places).append(place)
    facts.regions = index.within("region", lo, hi)
    facts.districts = index.within("district", lo, hi)
    discovery = any(word in lowered for word in DISCOVERY)
    filmed = discovery and any(e in {"video", "photo"} for e in facts.evidence)
    step_at = _procedure(lowered, facts.labels, lo)
    for date in index.within("date", lo, hi):
        role = getattr(date.value, "role", "event")
        if step_at is not None and date.end <= step_at:
            facts.reported_dates.append(date)
            continue
        since = (
            folded[max(lo, date.start - 6) : date.start].endswith(("since ", "from "))
            or folded[date.start : date.end].startswith("since")
            or date.value.granularity == "since"
        )
        if since and facts.label_values & CONTINUING:
            since = False  # "held in prison since 2019": the detention itself runs from then
        undated = discovery and not (facts.harm or facts.strong_attack)
        if role in UNCERTAIN_DATE_ROLES or _dateline(doc.text, date.start) or since or filmed or undated:
            facts.reported_dates.append(date)
        else:
            facts.dates.append(date)
    if len(facts.dates) > 1:
        background = [d for d in facts.dates if _capture_date(folded, d.start, lo)]
        if len(background) < len(facts.dates):
            facts.dates = [d for d in facts.dates if d not in background]
    counted = index.within("casualty", lo, hi)
    facts.casualties = [m for m in counted if m.start not in aggregate]
    facts.statistical = bool(counted) and not facts.casualties and not facts.places
    facts.sources = index.within("source", lo, hi)
    facts.parties = index.within("party", lo, hi)
    facts.units = index.within("unit", lo, hi)
    facts.generic = any(word in lowered for word in GENERIC) and not (facts.places or facts.dates or facts.casualties)
    facts.legal_act = any(word in lowered for word in LEGAL_ACT)
    facts.boundary = any(word in lowered for word in BOUNDARY)
    facts.occurred = any(word in lowered for word in OCCURRED)
    more = any(folded[c.end : c.end + 6] == " more " for c in facts.casualties)
    facts.another = (
        more and bool(facts.labels) or lowered.startswith("another ") or any(word in lowered for word in ANOTHER)
    )
    more_victims = any(c.start - lo <= 9 for c in facts.casualties) and not facts.labels
    if lowered.startswith("another ") and more_victims and not (facts.places or facts.dates or facts.regions):
        facts.another = False  # "Another 6 were injured.": more victims of the event just told
    marks = [at for at in (lowered.find(word) for word in ANOTHER) if at > 0]
    facts.another_at = lo + min(marks) if marks else -1
    return facts


def _occupation_sentence(lowered: str) -> bool:
    """'The Supreme Court of the so-called DPR sentenced nine marines': a sentence passed by an
    occupation or proxy authority (GC III art. 130: denial of a fair trial)."""
    if "sentenced" not in lowered and "convicted" not in lowered:
        return False
    return any(word in lowered for word in OCCUPATION_COURT)


def _capture_date(folded: str, start: int, lo: int) -> bool:
    """'marines captured in Mariupol in April 2022 were sentenced on Aug. 11': the capture is background."""
    clause = folded[max(lo, start - 45) : start]
    for mark in (",", ";", "(", " and ", " but "):
        clause = clause.rsplit(mark, 1)[-1]
    return any(word in clause for word in CAPTURE)


def _procedure(lowered: str, labels: list[Mention], lo: int) -> int | None:
    """Offset of a court step told between a date and the violation it concerns, else None."""
    if not labels or any(m.value == "unfair_trial_forced_service" for m in labels):
        return None  # a sham trial: the sentencing is the violation and its date the event's
    found = [lowered.find(word) for word in PROCEDURE]
    first = min((at for at in found if at >= 0), default=-1)
    if first < 0:
        return _split_procedure(lowered, labels[0].start - lo, lo)
    if lo + first > labels[0].start:
        return None
    return lo + first


_STEP_VERBS = ("charged ", "indicted ", "convicted ", "sentenced ")


def _split_procedure(lowered: str, label_at: int, lo: int) -> int | None:
    """'were charged earlier this month with raping ...': a date between the court step and the act
    it concerns dates the step; the act is dated after it."""
    for verb in _STEP_VERBS:
        at = lowered.find(verb)
        if 0 <= at < label_at and any(w in lowered[at:label_at] for w in (" with ", " for ")):
            return lo + label_at
    return None


def _dateline(text: str, start: int) -> bool:
    """'(Kyiv, April 13, 2023) -' or 'KYIV, June 8 (Reuters)': the date of the report, not the event."""
    line_start = text.rfind("\n", 0, start) + 1
    prefix = text[line_start:start]
    if len(prefix) > 40 or not prefix.rstrip().endswith(","):
        return False
    head = prefix.strip()
    return head.startswith("(") or head[:-1].replace(" ", "").isupper()
