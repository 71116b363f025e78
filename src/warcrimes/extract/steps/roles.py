"""Sentence roles: what each sentence does, decided once, before incidents are assembled.

    event       tells a specific violation (an act with its place, date, victims or harm)
    background  tells an earlier or other event after a marker ("Previously,", "In a similar case")
    aggregate   states figures over a period, region or category (its counts are statistics)
    pattern     states a law or a pattern ("POWs are tortured every day"): yields nothing
    court       a court or investigation step, an arrest warrant, a resolution: yields nothing
    reaction    condemnation or rhetoric ("an act of terror"), an editor's correction notice: yields nothing
    other       attribution or detail: joins the incident being told

Only event and background sentences open or define incidents; aggregates feed statistics (the
statistics step) and never become incidents. The cues are the language's patterns
(lang/<xx>/roles.json); each role mention's rule names the cue that decided it.
"""

from __future__ import annotations

from dataclasses import dataclass

from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.engine.index import Index
from warcrimes.extract.engine.pipeline import step
from warcrimes.extract.steps.sentence_facts import SentenceFacts, read_sentence
from warcrimes.extract.steps.statistics import tells_release

ROLES = ("event", "background", "aggregate", "pattern", "court", "reaction", "other")
YIELDING = frozenset({"event", "background"})


@dataclass(frozen=True, slots=True)
class SentenceRole:
    """A sentence's role and what it says (its facts, sorted for assembly)."""

    role: str
    facts: SentenceFacts


def role_of(facts: SentenceFacts) -> tuple[str, str]:
    """The role of a sentence and the name of the cue that decided it."""
    if facts.correction:
        return "reaction", "correction"  # an editor's notice taking back a figure or a town: no event, no source
    if facts.legal_act:
        return "court", "legal_act"
    if facts.court:
        return ("background", "court_act") if facts.court_act else ("court", "court_step")
    if facts.reaction:
        return "reaction", "reaction"
    if facts.generic:
        return "pattern", "generic"
    if facts.topic:
        return "pattern", "topic"
    if facts.statistical:
        return "aggregate", "aggregate-counts"
    if facts.tallied and facts.labels:
        return ("aggregate", "tally") if facts.casualties else ("pattern", "tally")
    if facts.summary:
        return "other", "summary"  # the acts it sums up are told one by one after it
    if facts.biography and not (facts.labels or facts.strong_attack or facts.weak_attack or _doer(facts)):
        return "other", "biography"  # "His wife died in 2019 and is buried in X": a life, not a case
    if facts.remains_returned and not (facts.labels or facts.strong_attack or facts.weak_attack or _doer(facts)):
        return "other", "remains_returned"  # "The body of X, who died in captivity, was returned on ...": the aftermath
    if facts.tells_event():
        return ("background", "boundary") if facts.boundary and facts.another else ("event", "event")
    return "other", "other"


def _there(doc: Document, facts: SentenceFacts, before: SentenceFacts) -> bool:
    """'Следствие по делу об убийстве жителей села X продолжается. Ранее было установлено, что в августе 2024 года
    там были убиты четверо': a sentence naming no place of its own that says the act happened 'there' (class
    `there`) tells it at the place the sentence before it names, in one paragraph (stage 20). A language without
    the class keeps such sentences placeless."""
    lo, hi = facts.span
    if "there" not in doc.lang.classes or facts.places or facts.regions or not before.places:
        return False
    if "\n\n" in doc.text[before.span[1] : lo]:
        return False
    return any(doc.in_class("there", j) for j in range(doc.token_at(lo), doc.token_at(hi)))


def _told_of_the_group(doc: Document, facts: SentenceFacts, before: SentenceFacts) -> bool:
    """'Twelve of them were held in X. All of them describe systematic beatings.': a sentence opening with words
    pointing back to people the sentence before counted (`group_back`) tells that group's treatment, so a pattern
    word in it is no statement of a pattern (stage 21). One paragraph; a language without the label keeps it."""
    lo = facts.span[0]
    if not facts.generic or not before.casualties or "\n\n" in doc.text[before.span[1] : lo]:
        return False
    return doc.starts_with("group_back", lo)


COMPOSITION_LEAD = 3  # tokens from a sentence's start within which "Among them" / "Some of those" opens it
HELD_ONLY = frozenset({"unlawful_detention"})


def _composition(doc: Document, facts: SentenceFacts, before: SentenceFacts | None) -> bool:
    """'Among those released were marines and border guards captured in X, some held for two years.', 'Some of those
    who returned today had been in captivity since 2022.': a sentence opening with a partitive (`partitive`) that
    points to people freed (a measure word of freeing in it, or in the sentence before in its paragraph) and tells no
    act but their having been held, at no place but where they were captured, says who the released are: the
    exchange's composition, no incident (stage 21).
    'Among them was a medic who saw guards shoot two prisoners in X' tells an act of its own and stays an event."""
    lo, hi = facts.span
    if not facts.label_values <= HELD_ONLY or facts.strong_attack or facts.harm & {"killed", "injured"}:
        return False
    if not doc.hits_within("partitive", lo, doc.reach_after(lo, COMPOSITION_LEAD)):
        return False
    if any(not doc.ending_at("capture_before", m.start) for m in facts.places + facts.regions):
        return False  # "Among those released were civilians seized in X in March": a detention with its scene
    held = doc.hits_within("held_state", lo, hi)
    if not all(any(h.start <= m.start < h.end for h in held) for m in facts.labels):
        return False  # "... were women illegally imprisoned by the occupiers since 2019": an act, not a state
    if tells_release(doc, lo, hi):
        return True
    return (
        before is not None
        and "\n\n" not in doc.text[before.span[1] : lo]
        and tells_release(doc, *before.span)
    )


STRIKES = frozenset({"attack_on_civilians", "attack_on_protected_objects", "prohibited_weapons"})


def _sums_up_the_release(doc: Document, facts: SentenceFacts) -> bool:
    """'Police document the Easter strikes and identify those who tortured residents of X': a headline (the report's
    first line, no stop) naming a strike and an act of another family (custody, torture, a killing of captives) sums
    up several items the release then tells one by one; it is no incident of its own (stage 21)."""
    lo, hi = facts.span
    if not doc.sentences or lo != doc.sentences[0][0]:
        return False
    if doc.text[hi - 1 : hi] in (".", "!", "?") or doc.text[hi : hi + 1] != "\n":
        return False
    acts = facts.label_values - {"execution"}
    strikes = bool(acts & STRIKES) or facts.strong_attack or facts.weak_attack
    return strikes and bool(acts - STRIKES)


def _doer(facts: SentenceFacts) -> bool:
    return any(m.rule == "party:agent" for m in facts.parties)


def read_roles(doc: Document) -> list[Mention]:
    aggregate = {m.start for m in doc.of_kind("aggregate")}
    index = Index(doc)
    out = []
    before: SentenceFacts | None = None
    for lo, hi in doc.sentences:
        facts = read_sentence(doc, lo, hi, aggregate, index)
        if before is not None and _there(doc, facts, before):
            facts.places = list(before.places)  # "... в селе Гончаровка. Ранее ... расстреляли там четырех"
        if before is not None and _told_of_the_group(doc, facts, before):
            facts.generic = False
        role, cue = role_of(facts)
        if role == "event" and _composition(doc, facts, before):
            role, cue = "aggregate", "composition"
        elif role == "event" and _sums_up_the_release(doc, facts):
            role, cue = "other", "summary_headline"
        before = facts
        facts.role = role
        out.append(Mention("role", lo, hi, SentenceRole(role, facts), f"role:{role}<-{cue}"))
    return out


@step(
    "roles",
    requires=(
        "sentences",
        "date",
        "place",
        "region",
        "violation",
        "attack",
        "harm",
        "victim",
        "casualty",
        "aggregate",
        "source",
        "party",
    ),
    adds=("role",),
)
def roles(doc: Document) -> None:
    for mention in read_roles(doc):
        doc.add(mention)
