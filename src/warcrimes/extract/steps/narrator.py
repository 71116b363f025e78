"""First-person accounts: in "нас били на допросах", "мене тримали у підвалі" the speaker (and those with them)
are the victims, and the side holding them is the accused, whichever side tells it.

A returned prisoner's or a civilian's testimony (an interview, a quoted account) names its victims only by
"we" and "I"; what kind of person the speaker is, the report says before the account ("returned from Ukrainian
captivity", "a resident of Kherson"), and whose captivity it was ("из украинского плена", "з російського
полону") names the side that held them. The words are the language's patterns: `narrator` (a first-person
object of an act of abuse or holding) and `captor` (a side's captivity, valued by that side) in cues.json.
"""

from __future__ import annotations

from warcrimes.extract.engine.document import Document
from warcrimes.extract.steps.people import given_names
from warcrimes.extract.steps.sentence_facts import SentenceFacts


def narrated(doc: Document, sentences: list[SentenceFacts]) -> bool:
    """The incident's victims are the speaker (and those with them): its sentences, or the one that set its scene
    just before ("Нас повезли в лагерь под Львовом. На допросах избивали."), tell an act with a first-person
    object."""
    if any(doc.has_hit("narrator", *s.span) for s in sentences):
        return True
    start = sentences[0].span[0] if sentences else 0
    return start > 1 and doc.has_hit("narrator", *doc.sentence_of(start - 2))


CIVILIAN_KINDS = frozenset({"civilian", "child"})  # victim words naming people outside the fight (stage 25b)


def narrator_kind(doc: Document, events: list[SentenceFacts]) -> str | None:
    """The kind of victim the report makes its speaker, by the victim words told before the account: a soldier
    back from captivity is a prisoner of war, a resident a civilian."""
    first = events[0].span[0]
    before = [m.value for m in doc.of_kind("victim") if m.end <= first]
    kinds = before or [m.value for m in doc.of_kind("victim")]  # a headline told first: the report's words
    soldiers = kinds.count("combatant")
    named_civilians = sum(kind in CIVILIAN_KINDS for kind in kinds)
    # soldiers named no fewer times than civilians, in a report of captivity: a soldier back from it; where residents
    # and workers are named more ("residents ... employees ... servicemen moved in"), the soldiers are the occupiers
    if "pow" in kinds or soldiers and soldiers >= named_civilians and doc.hits("captivity"):
        return "pow"
    return next((kind for kind in kinds if kind != "combatant"), None)


def captors(doc: Document) -> str | None:
    """The one side whose captivity the report names ("вернулся из украинского плена": UA), else the one side the
    report names at all ("украинские военные взяли меня в плен"), else None."""
    sides = {m.value for m in doc.hits("captor")}
    if not sides:
        sides = {m.value for m in doc.of_kind("party") if m.value in ("RU", "UA")}
    return sides.pop() if len(sides) == 1 else None


def speaker(doc: Document, events: list[SentenceFacts]) -> str | None:
    """The person the report names before a first-person account (the returned soldier interviewed, the resident
    quoted), in the nominative ("с рядовым Алексеем Смирновым": Алексей Смирнов): the account is theirs, so they
    are its source when nobody else is cited."""
    opening = doc.sentences[0][0] if doc.sentences else 0
    told = [s.span[0] for s in events if s.span[0] > opening]  # a headline telling the act opens the report
    first = told[0] if told else len(doc.text)
    given = given_names(doc.lang.code)
    tokens = doc.tokens
    for i in range(len(tokens) - 1):
        if tokens.starts[i] >= first:
            break
        if not (tokens.is_cap(i) and tokens.is_cap(i + 1) and not tokens.touching(i)):
            continue
        if tokens.lower[i] in given:
            return f"{tokens.words[i]} {tokens.words[i + 1]}"  # named in the nominative: as written
        name = next((lemma for lemma in tokens.lemmas[i][1:] if lemma in given), None)
        if name is not None:
            nominatives = getattr(doc.lang.lemmatizer, "nominatives", None)
            form = tokens.lower[i + 1]
            surname = next((f for f in nominatives(form) if f != form), form) if nominatives else form
            return f"{name.capitalize()} {surname.capitalize()}"
    return None
