"""One victim told by a pronoun or by a name with an age, no count written: 'troops beat him with rifle butts',
'she was constantly beaten', 'he had died in custody', 'Ivan, 58, was shot at a checkpoint'.

An incident whose sentences count no one but tell an act done to one person has one victim (CONTRACT.md: the
count as stated; one person is 1). The words are the language's `one_victim` patterns (casualties.json):
value `object` for a pronoun right after the act ("beat him"), `subject` for a pronoun or a name with its age
before the act with only auxiliaries (and one other word) between ("he was held", "she was constantly
beaten"). A language without the label keeps such incidents uncounted.
"""

from __future__ import annotations

from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.engine.patterns import Match
from warcrimes.extract.engine.values import CountValue
from warcrimes.extract.steps.casualty_words import Casualty
from warcrimes.extract.steps.named_victims import does_the_act, pronoun_pair
from warcrimes.extract.steps.sentence_facts import SentenceFacts

PAIR = 2  # "both": the two people told before
ADVERB_GAP = 1  # tokens between a subject's auxiliaries and the act ("she was constantly beaten")
DOER_GAP = 2  # tokens after the act within which people or a count make the subject the doer ("he had shot two")
_HARM_MEASURE = {"killed": "killed", "injured": "wounded"}
# acts done to property: "looted her shop", "struck her car" tell no one harmed
_DONE_TO_THINGS = frozenset({"pillage_destruction", "attack_on_protected_objects"})


def _acts(doc: Document, span: tuple[int, int]) -> list[Mention]:
    """What was done in a sentence: violation cues, harm (not 'nobody was hurt') and verbs of removal."""
    found = [m for m in doc.within("violation", *span) if m.value not in _DONE_TO_THINGS]
    found += [m for m in doc.within("harm", *span) if m.value in _HARM_MEASURE]
    found += [m for m in doc.within("transfer", *span) if m.value == "verb"]
    return sorted(found, key=lambda m: m.start)


def _doer(doc: Document, act: Mention, hi: int) -> bool:
    """'he had shot two men', 'she had beaten them': people or a count right after the act are its victims, and the
    subject before it the doer; not after a passive's agent word ('was shot by soldiers': casualties.json
    `agent_after`)."""
    if doc.starts_with("agent_after", act.end, hi):
        return False  # "was shot dead by soldiers": the people after "by" did it
    reach = min(hi, doc.reach_after(act.end, DOER_GAP))
    return bool(doc.within("victim", act.end, reach) or doc.within("count", act.end, reach)) or any(
        doc.in_class("object_pronoun", j) for j in range(doc.token_at(act.end), doc.token_at(reach))
    )


def _object(doc: Document, pronoun: Match, acts: list[Mention]) -> Mention | None:
    """The act a pronoun is the object of: inside it ('took him away') or ending right before it ('beat him')."""
    first = doc.token_at(pronoun.start)
    for act in acts:
        if act.start <= pronoun.start and pronoun.end <= act.end:
            return act
        if act.end <= pronoun.start and doc.token_at(act.end) == first:
            return act
    return None


def _subject(doc: Document, subject: Match, acts: list[Mention], hi: int) -> Mention | None:
    """The act a pronoun or a name is the subject of: after it with at most one word between ('was constantly
    beaten'); with no auxiliary in the subject, only a death ('he died in custody')."""
    end = doc.token_at(subject.end)
    for act in acts:
        if act.start < subject.end:
            continue
        between = range(end, doc.token_at(act.start))
        if len(between) > ADVERB_GAP or any(not doc.tokens.lower[j].isalpha() for j in between):
            return None
        auxiliary = doc.first_in_class("auxiliary", doc.token_at(subject.start), end) >= 0
        if not auxiliary and not (act.kind == "harm" and doc.has_hit("death_word", act.start, act.end)):
            return None
        return None if _doer(doc, act, hi) else act
    return None


def antecedent(doc: Document, hit: Match, back: int = 1) -> str | None:
    """The kind of the person a pronoun stands for: the last victim word before it (or inside a name's words,
    'Andrii, 15, was') in its sentence or the one before ('Maksym, 14, ... Officials took him': a child; 'A local
    resident said he was held': a civilian), not one doing the act ('a serviceman killed him')."""
    lo = doc.sentence_of(hit.start)[0]
    for _ in range(back):
        lo = doc.sentence_of(lo - 1)[0] if lo > 0 else lo
    before = [m for m in doc.within("victim", lo, hit.end) if m.end <= hit.end and not does_the_act(doc, m)]
    return before[-1].value if before and before[-1].value else None


def _relative_after(doc: Document, hit: Match, hi: int) -> Mention | None:
    """The one person joined to a pronoun by 'and' and a possessive ('him and his son', 'її та її матір'): the victim
    noun right after the casualties.json `pronoun_and` match that starts at the pronoun, or None."""
    for pair in doc.starting_at("pronoun_and", hit.start):
        for victim in doc.within("victim", pair.end, hi):
            if doc.token_at(victim.start) == doc.token_at(pair.end) and pronoun_pair(doc, victim) is not None:
                return victim
    return None


AGE_NOUN_GAP = 2  # tokens after an age within which the noun it describes stands ("a 62-year-old night watchman")
_ONE_AGE = frozenset({"years", "infant"})  # `age` values that describe one person before a noun


def _plural_age(doc: Document, age: Match) -> bool:
    """'71-річні', '65-летние': an age adjective in the plural (pymorphy3's parses of its last word, uk/ru) describes
    several people, whom a count or a plural noun counts; English ages have no number of their own."""
    parses = getattr(doc.lang.lemmatizer, "parses", None)
    if parses is None:
        return False
    last = doc.token_before(age.end)
    found = parses(doc.tokens.lower[last]) if last >= 0 else []
    return bool(found) and all("plur" in p.tag.grammemes for p in found)


def _described(doc: Document, age: Match, hi: int) -> tuple[int, Mention | None]:
    """Where the person an age describes ends, and the victim word naming them if there is one: 'a 62-year-old
    watchman' (no victim word: the age says it is a person), 'a 15-year-old resident' (the resident)."""
    reach = min(hi, doc.reach_after(age.end, AGE_NOUN_GAP))
    noun = next((m for m in doc.within("victim", age.end, reach)), None)
    if noun is not None:
        return noun.end, noun
    j = doc.token_at(age.end)
    if j < len(doc.tokens) and doc.tokens.lower[j].isalpha() and doc.tokens.starts[j] < hi:
        return doc.tokens.end(j), None
    return age.end, None


def _aged_person(doc: Document, facts: SentenceFacts, acts: list[Mention]) -> Mention | None:
    """One person told by an age before a noun ('injuring a 62-year-old watchman', '71-річна господиня дістала
    поранення', '65-летнего местного жителя застрелили'): the age marks a person whatever the noun, so a sentence
    telling an act or harm with one such age has one victim. Not a plural age, not one who did the act or is
    accused or speaks, not an age of a thing struck ('a 100-year-old church': a protected object or a place)."""
    lo, hi = facts.span
    if not acts and not facts.harm & {"killed", "injured"}:
        return None
    ages = [a for a in doc.hits_within("age", lo, hi) if a.value in _ONE_AGE and not _plural_age(doc, a)]
    for age in ages:
        end, noun = _described(doc, age, hi)
        if noun is not None and does_the_act(doc, noun):
            continue
        if doc.within("protected", age.end, end) or doc.within("place", age.end, end):
            continue
        if doc.starts_with("accused_after", end, hi) or doc.has_hit("on_trial", lo, age.start):
            continue  # "a 35-year-old soldier was sentenced": the accused
        if any(h.value == "said" for h in doc.hits_within("speech", end, doc.reach_after(end, DOER_GAP))):
            continue  # "a 45-year-old resident said ...": who tells it
        act = next((a for a in acts if a.start >= end and doc.token_at(a.start) - doc.token_at(end) <= DOER_GAP), None)
        if act is not None and _doer(doc, act, hi):
            continue  # "a 35-year-old serviceman shot a pensioner": the age describes the doer
        minor = age.value == "infant" or doc.in_class("minor_age", doc.token_at(age.start))
        kind = noun.value if noun is not None and noun.value else ("child" if minor else "civilian")
        kind = "child" if minor and kind == "civilian" else kind
        harmed = [h.value for h in doc.within("harm", lo, hi) if h.value in _HARM_MEASURE]
        measure = _HARM_MEASURE[harmed[0]] if harmed else None
        casualty = Casualty(CountValue(1, 1, "exact", 1.0), kind, measure, False, age.id)
        return Mention("casualty", age.start, end, casualty, f"casualty:aged<-{age.id}")
    return None


# measures that tell no act done to the people counted
_NOT_DONE_TO = frozenset(
    {"surveyed", "released", "evacuated", "cases_opened", "court_step", "none", "other", "repatriated"}
)
_DONE_TO_THEM = frozenset({"killed", "wounded", "detained", "deported", "tortured", "held_captive", "missing"})
_NOT_TOLD_HERE = frozenset({"aggregate", "pattern", "reaction"})  # sentence roles whose counts are no one event's


def counted_elsewhere(doc: Document, sentences: list[SentenceFacts]) -> Mention | None:
    """The count of the incident's people told in one of its sentences that the roles step did not make an act
    sentence but which tells an act done to them ('The troops stopped a bus and took away four employees.' before
    'We consider their detention an enforced disappearance.'): the group's size told where its seizure is, not a
    tally, a statistic or people picked out ('38 interviewed', '1,200 evacuated')."""
    for facts in sentences:
        if facts.is_event or facts.role in _NOT_TOLD_HERE or facts.statistical:
            continue
        acts = _acts(doc, facts.span)
        if not facts.parties:  # "we evacuated 1,200 residents": a removal is an act done to them only by a side
            acts = [a for a in acts if a.kind != "transfer"]
        for casualty in facts.casualties:
            value: Casualty = casualty.value
            if (
                (acts or value.measure in _DONE_TO_THEM)  # "затримали 34-річного Андрія К.": the measure is the act
                and not value.loose
                and value.count.min
                and value.count.of_total is None  # "seven of the 46 children": a part, the group is the whole
                and value.measure not in _NOT_DONE_TO
                and value.category != "combatant"  # "charged two Russian officers": soldiers told beside are doers
            ):
                return casualty
    return None


def aged_one(doc: Document, sentences: list[SentenceFacts]) -> Mention | None:
    """One victim told by an age in any sentence of an incident that counts no one (its act sentences first, then the
    sentences telling more of it: 'A drone hit a shop. A 58-year-old saleswoman was wounded.')."""
    ordered = [s for s in sentences if s.is_event] + [s for s in sentences if not s.is_event]
    for facts in ordered:
        found = _aged_person(doc, facts, _acts(doc, facts.span))
        if found is not None:
            return found
    return None


def one_victim(doc: Document, events: list[SentenceFacts]) -> Mention | None:
    """A casualty of one person for an incident whose sentences count no one, or None."""
    for facts in events:
        lo, hi = facts.span
        acts = _acts(doc, facts.span)
        if not acts:
            continue
        for hit in doc.hits_within("one_victim", lo, hi):
            act = _object(doc, hit, acts) if hit.value.startswith("object") else _subject(doc, hit, acts, hi)
            if act is None:
                continue
            if hit.value.endswith("_both") and doc.within("victim", hit.end, doc.reach_after(hit.end, 1)):
                continue  # "beat both men and their wives": "both" is a determiner, its noun says who
            measure = _HARM_MEASURE.get(act.value) if act.kind == "harm" else None
            kin = _relative_after(doc, hit, hi)
            if kin is not None:  # "beat her and her mother": two people (casualties.json `pronoun_and`)
                casualty = Casualty(CountValue(2, 2, "exact", 2.0), kin.value, measure, False, hit.id)
                return Mention("casualty", hit.start, kin.end, casualty, f"casualty:pair<-{hit.id}")
            many = PAIR if hit.value.endswith("_both") else 1  # "shot both", "обох розстріляли": two (stage 20)
            count = CountValue(many, many, "exact", float(many))
            casualty = Casualty(count, antecedent(doc, hit), measure, False, hit.id)
            return Mention("casualty", hit.start, hit.end, casualty, f"casualty:one<-{hit.id}")
    return None
