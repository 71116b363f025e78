"""People counted by their nouns, no number written: 'a civilian died', 'killing the driver and a
passenger' (two), 'a woman and her two children' (three), 'raping a woman' (one)."""

from __future__ import annotations

from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.engine.index import Index, Spans
from warcrimes.extract.engine.language import table
from warcrimes.extract.engine.patterns import Match, keep_longest
from warcrimes.extract.engine.values import CountValue
from warcrimes.extract.steps.casualty_words import (
    NAMED_MEASURE_WORDS,
    Casualty,
    age_apposition,
    implicit_count,
    nearest_measure,
    relative_between,
    tokens_between,
    words_between,
)
from warcrimes.extract.steps.people import find_persons
from warcrimes.extract.steps.sentence_facts import settlements_beyond_control

_DONE_TO_SOMEONE = frozenset({"killed", "wounded", "detained", "tortured", "deported"})
SPEAKER_GAP = 2  # tokens after a victim noun within which its verb of saying makes it the speaker ("the surgeon said")
HEAD_WORDS = 3  # words before a victim noun that may hold its article ("a 55-year-old man", "the parish priest")
NEAR_WORDS = 2  # tokens: a count or an act right beside a victim noun ("a family of four", "raping a woman")
DEED_GAP = 4  # words between a definite person and the deed done to them ("the mayor was abducted", "killing the
# 66-year-old driver": a word being a run of touching tokens)
TRIAL_WORDS = 5  # words before a victim noun that may make it the accused ("the conviction of a Russian soldier")
_DONE_TO_ONE = frozenset({"sexual_violence", "torture_ill_treatment"})  # 'raping a woman', 'beating a man'
# 'finished off a wounded soldier', 'executed a civilian': a killing label right beside one person (stage 25)
_KILLING_OF_ONE = frozenset({"execution"})
KILLING_REACH = 3  # tokens before a person noun within which such a killing label starts ("finished off a")


def _words_before(doc: Document, offset: int, lo: int, n: int) -> list[list[int]]:
    """The last `n` words before `offset` and at or after `lo`, each as its token indices ('55-year-old' is one
    word of five tokens), nearest last."""
    starts, surfaces, words = doc.tokens.starts, doc.tokens.words, list[list[int]]()
    k = doc.token_before(offset)
    while k >= 0 and starts[k] >= lo and len(words) < n:
        first = k  # back over the tokens touching the one before them (Tokens.touching)
        while first > 0 and starts[first] == starts[first - 1] + len(surfaces[first - 1]) and starts[first - 1] >= lo:
            first -= 1
        words.append([k] if first == k else list(range(first, k + 1)))  # most words are one token
        k = first - 1
    words.reverse()
    return words


def _any_in(doc: Document, name: str, words: list[list[int]]) -> bool:
    """Whether one of the words is, as a whole, a member of the class `name` ('a', 'the')."""
    return any(len(word) == 1 and doc.in_class(name, word[0]) for word in words)


def is_plural(doc: Document, phrase: str) -> bool:
    """A plural noun phrase by the ending of its first or last word (the language's "plural" table in
    classes.json): "residents of", "aid workers", "volunteer drivers"."""
    endings = doc.lang.table("classes.json", ("plural",))["plural"]
    words = phrase.split()
    return any(
        word.endswith(tuple(endings["endings"])) and not word.endswith(tuple(endings["not_plural_endings"]))
        for word in {words[0], words[-1]}
    )


def _single(doc: Document, folded: str, victim: Mention, counts: Spans, sentence_start: int) -> bool:
    """A victim noun naming one person: 'a civilian', 'the driver', 'the parish priest'; not one that owns the
    noun after it ('a children's hospital', 'the woman's husband': the possessor is no victim). Each test below
    only refuses; the article test, which refuses most nouns (about 7 in 10), comes first."""
    head = _words_before(doc, victim.start, sentence_start, HEAD_WORDS)  # the nearest of the TRIAL_WORDS below
    article = _any_in(doc, "indefinite", head)
    definite = _any_in(doc, "definite", head[-2:])
    if not (article or definite or _named(doc, victim)):
        return False
    owner = doc.token_at(victim.end)
    if owner < len(doc.tokens) and doc.tokens.lower[owner] == "'" and doc.tokens.starts[owner] == victim.end:
        return False
    noun = doc.token_at(_next_start(doc, victim.end))
    if noun < len(doc.tokens) and doc.tokens.starts[noun] > victim.end and doc.in_class("thing_after_victim", noun):
        return False  # "a civilian car", "a civilian building": the noun is an adjective of a thing, no one
    if any(h.value == "said" for h in doc.hits_within("speech", victim.end, doc.reach_after(victim.end, SPEAKER_GAP))):
        return False  # '..., the chief surgeon said': the speaker, not a victim
    before = _words_before(doc, victim.start, sentence_start, TRIAL_WORDS)
    lo = doc.tokens.starts[before[0][0]] if before else victim.start
    if doc.has_hit("on_trial", lo, victim.start) or doc.starts_with("accused_after", victim.end):
        return False  # "the conviction of a Russian soldier", "a soldier was jailed": the accused, not a victim
    if does_the_act(doc, victim):
        return False  # "a soldier shot dead Mykola Demchenko": the subject of an act done to someone did it
    if _apposed_speaker(doc, victim, sentence_start):
        return False  # "Halyna Moroz, a mother from X, told the commission that ...": the speaker
    sentence_end = doc.sentence_of(victim.start)[1]  # "We lost a nurse. Four were hurt": not her count
    after = counts.starting(victim.end, min(sentence_end, doc.reach_after(victim.end, NEAR_WORDS)))
    if counts.starting(max(lo, doc.reach_before(victim.start, NEAR_WORDS)), victim.start) or any(
        not any(doc.in_class("conjunction", j) for j in tokens_between(doc, victim.end, c.start)) for c in after
    ):
        return False  # "a family of four": the number after the noun counts them ("a doctor and two nurses": not)
    return not is_plural(doc, folded[victim.start : victim.end])  # a plural noun is not one person


def _past_age(doc: Document, end: int) -> int:
    """The end of an age told between commas right after a person ('the driver, 45, was', 'her son, then 16,
    was': the language's `age` patterns of value `apposition`, or a bare number between commas); else `end`."""
    found = [h for h in doc.starting_at("age", end) if h.value == "apposition" and h.start >= end]
    if found:
        return found[0].end
    tokens, j = doc.tokens, doc.token_at(end)
    if j + 2 < len(tokens) and tokens.lower[j] == tokens.lower[j + 2] == "," and tokens.lower[j + 1].isdigit():
        return tokens.end(j + 2)
    return _past_apposition(doc, j)


def _past_number_age(doc: Document, end: int, limit: int) -> int:
    """The end of an age told between commas right after a person ('a man, 52,', 'her son, then 16,'), its closing
    comma included, when it ends before `limit` (the next person); else `end`. A noun phrase between commas is left
    out: it may be the next person of a list ('a woman, her husband, and their son')."""
    found = [h.end for h in doc.starting_at("age", end) if h.value == "apposition" and h.start >= end]
    tokens, j = doc.tokens, doc.token_at(end)
    if j + 2 < len(tokens) and tokens.lower[j] == tokens.lower[j + 2] == "," and tokens.lower[j + 1].isdigit():
        found.append(tokens.end(j + 2))
    return min((f for f in found if f <= limit), default=end)


def _past_apposition(doc: Document, j: int) -> int:
    """The end of a noun phrase between commas right after a person, opened by an article or a possessive ('the
    driver, a local staff member, was wounded', 'Serhii, our driver, lost two fingers'): words only, no measure or
    verb of saying in it; else where the person ends (token j's start)."""
    tokens = doc.tokens
    end = tokens.starts[j] if j < len(tokens) else len(doc.text)
    if j + 2 >= len(tokens) or tokens.lower[j] != "," or not (
        doc.in_class("indefinite", j + 1) or doc.in_class("definite", j + 1)
    ):
        return end
    for k in range(j + 2, min(len(tokens), j + APPOSITION_REACH)):
        if tokens.lower[k] == ",":
            inside = (tokens.starts[j + 1], tokens.starts[k])
            if doc.has_hit("measure", *inside) or doc.has_hit("speech", *inside):
                return end
            return tokens.end(k)
        if not tokens.lower[k].isalpha():
            return end
    return end


APPOSITION_REACH = 8  # tokens from a person noun to the comma closing the apposition it stands in


def _apposed_speaker(doc: Document, victim: Mention, lo: int) -> bool:
    """A person noun in an apposition set off by commas ('Halyna Moroz, a mother from X, told ...', at most
    HEAD_WORDS words after the first comma) whose closing comma is followed by a verb of saying or telling (the
    `speech` patterns): the one who speaks, not a victim."""
    head = _words_before(doc, victim.start, lo, HEAD_WORDS)
    if not any(doc.tokens.lower[j] == "," for word in head for j in word):
        return False
    tokens = doc.tokens
    for j in range(doc.token_at(victim.end), min(len(tokens), doc.token_at(victim.end) + APPOSITION_REACH)):
        if tokens.lower[j] in ".;:":
            return False
        if tokens.lower[j] == ",":
            after = tokens.starts[j + 1] if j + 1 < len(tokens) else len(doc.text)
            return any(h.value in ("said", "addressed") for h in doc.starting_at("speech", after))
    return False


OBJECT_GAP = 2  # tokens after an act within which the one it was done to stands ("shot dead a man")


def does_the_act(doc: Document, victim: Mention) -> bool:
    """A person noun followed at once by an act in the active voice, the act by the one it was done to (a name, a
    pronoun, a count, a person noun after at most one determiner): 'a soldier shot dead Mykola', 'a serviceman
    killed him', a side's name between ('военнослужащий ВСУ расстрелял мужчину', stage 20); not 'a soldier killed in
    shelling' (no one after the act) nor 'a soldier was killed'."""
    start = _next_start(doc, victim.end)
    if start <= victim.end or start >= len(doc.text):
        return False
    side = doc.starting_at("party", start)  # "военнослужащий ВСУ расстрелял мужчину": the side the doer serves
    if side:
        start = _next_start(doc, max(h.end for h in side))
    acts = [m for kind in ("violation", "harm") for m in doc.within(kind, start, doc.sentence_of(start)[1])]
    act = next((m for m in acts if m.start == start), None)
    if act is None:
        return False
    return _done_to_someone(doc, act)


DOER_REACH = 16  # tokens after a counted person noun within which the act its modifier runs on to stands


def does_a_later_act(doc: Document, count_start: int, victim: Mention) -> bool:
    """People whose noun opens a modifier (class `doer_modifier`: 'four men in balaclavas', 'two soldiers who were
    staying in her street', 'two other soldiers who have not been identified') that runs on, with no punctuation,
    no other person and no new clause (class `clause_opener`) between, to an act in the active voice done to
    someone ('... took him', '... came into her house and raped her', '... beat Savenko's neighbour'): they did
    it (stage 25). Not 'two men in the cellar were beaten' (passive), 'two men who fled told us soldiers beat
    him' (another person), 'two children in the car survived when a drone hit it' (a new clause). The count opens
    its clause (after the sentence's start, a punctuation mark, or a name and a conjunction: 'Dorokhin and two other
    soldiers'); not 'troops detained 25 men in Izium and held them' (the count is the object of a verb)."""
    tokens = doc.tokens
    k = doc.token_at(victim.end)
    if k >= len(tokens) or tokens.starts[k] < victim.end or not doc.in_class("doer_modifier", k):
        return False
    c = doc.token_at(count_start)
    if c > 0 and tokens.starts[c - 1] >= doc.sentence_of(count_start)[0] and tokens.lower[c - 1][:1].isalnum():
        named = c > 1 and doc.in_class("conjunction", c - 1) and tokens.is_cap(c - 2) and tokens.lower[c - 2].isalpha()
        if not named:
            return False
    reach, hi = doc.reach_after(victim.end, DOER_REACH), doc.sentence_of(victim.start)[1]
    acts = [m for kind in ("violation", "harm") for m in doc.within(kind, tokens.starts[k], hi) if m.start < reach]
    if not acts:
        return False
    act = min(acts, key=lambda m: m.start)
    first = doc.token_at(act.start)
    for j in range(k, first):
        if not tokens.lower[j][:1].isalnum() or doc.in_class("clause_opener", j):
            return False
    if doc.in_class("auxiliary", first - 1):
        return False  # "two men in the cellar were beaten": the act done to them
    if doc.within("victim", victim.end, act.start) or doc.has_hit("party", victim.end, act.start):
        return False
    return _done_to_someone(doc, act)


def _done_to_someone(doc: Document, act: Mention) -> bool:
    """The act is followed by the one it was done to: a pronoun, a name, a count or a person noun."""
    inside = doc.token_at(act.start) + 1
    if doc.in_class("object_pronoun", inside) and inside < doc.token_at(act.end):
        return True  # "soldiers pulled him off a bus": the one it was done to inside the act's own words
    k, tokens = doc.token_at(_next_start(doc, act.end)), doc.tokens
    if k >= len(tokens) or tokens.starts[k] < act.end:
        return False
    if not tokens.lower[k][:1].isalnum():
        return False  # "Водитель погиб, четверо пассажиров ранены": the clause ends with the act; no one it was done to
    if tokens.is_cap(k) and tokens.lower[k].isalpha() or doc.in_class("object_pronoun", k):
        return True
    aged = doc.starting_at("age", tokens.starts[k])  # "расстрелял 62-летнего местного жителя": the age before the noun
    reach = doc.reach_after(max(h.end for h in aged) if aged else act.end, OBJECT_GAP)
    return bool(doc.within("count", tokens.starts[k], reach) or doc.within("victim", tokens.starts[k], reach))


def _next_start(doc: Document, end: int) -> int:
    """Start of the token right after offset `end` (or `end` at the text's end)."""
    j = doc.token_at(end)
    while j < len(doc.tokens) and doc.tokens.starts[j] < end:
        j += 1
    return doc.tokens.starts[j] if j < len(doc.tokens) else end


def _named(doc: Document, victim: Mention) -> bool:
    """'journalist Viktoriia Roshchyna', 'volunteer Ivan Petrenko': a victim noun naming one person by name."""
    tokens = doc.tokens
    j = doc.token_at(victim.end)
    return (
        j + 1 < len(tokens)
        and tokens.starts[j] - victim.end <= 1
        and tokens.is_cap(j)
        and tokens.is_cap(j + 1)
        and tokens.lower[j].isalpha()
        and tokens.lower[j + 1].isalpha()
        and tokens.starts[j + 1] - tokens.end(j) == 1
    )


def _joined(doc: Document, folded: str, end: int, start: int) -> bool:
    """' and a ', ' and her 45-year-old ': two people named in one breath (not ' and injuring the ')."""
    words = folded[end:start].split()  # a comma before the "and" joins clauses, not two people
    if not words or not doc.lang.classes.has("conjunction", words[0]) or any(c in " ".join(words[1:]) for c in ".;,"):
        return False
    words = words[1:]
    return len(words) <= 2 and (not words or doc.lang.classes.has("determiner", words[0]) or words[0][:1].isdigit())


def _listed(doc: Document, folded: str, end: int, start: int) -> bool:
    """', her ', ', a ', ', a 45-year-old ': the next person of a list, right after a comma."""
    words = folded[end:start].split()
    if not 1 <= len(words) <= 3 or words[0] != ",":
        return False
    return len(words) == 1 or doc.lang.classes.has("determiner", words[1])


def _conjoined(doc: Document, folded: str, people: list[Mention]) -> list[list[Mention]]:
    """'the driver and a passenger', 'the parish priest and a parishioner': one count of two; 'a woman, her
    husband and their son': a list closed by a conjunction is one count of three (without it, commas
    separate clauses: 'a woman, the police said')."""
    chains: list[list[tuple[Mention, bool]]] = []  # each person with whether a conjunction joined it
    for victim in people:
        # "a woman, 39, and her son, 14,": the age between commas is the person's, the list goes on after it
        end = chains[-1][-1][0].end if chains else 0
        aged = _past_number_age(doc, end, victim.start) if chains else end
        if chains and _joined(doc, folded, aged, victim.start):
            chains[-1].append((victim, True))
        elif chains and _listed(doc, folded, aged - 1 if aged > end else end, victim.start):  # the age's comma
            chains[-1].append((victim, False))
        else:
            chains.append([(victim, False)])
    groups: list[list[Mention]] = []
    for chain in chains:
        closed = max((i for i, (_, conjoined) in enumerate(chain) if conjoined), default=0)
        if closed == 0 and len(chain) > 1 and _indefinite_after_comma(doc, folded, chain[0][0].end, chain[1][0].start):
            groups.append([_apposed(chain[0][0], chain[1][0])])  # "the paramedic, a father of two,": one person
            groups.extend([victim] for victim, _ in chain[2:])
            continue
        groups.append([victim for victim, _ in chain[: closed + 1]])
        groups.extend([victim] for victim, _ in chain[closed + 1 :])
    return groups


def _indefinite_after_comma(doc: Document, folded: str, end: int, start: int) -> bool:
    """', a ', ', an 45-year-old ': a person told again after a comma with an indefinite article (an apposition)."""
    words = folded[end:start].split()
    return len(words) in (2, 3) and words[0] == "," and doc.lang.classes.has("indefinite", words[1])


def _apposed(first: Mention, second: Mention) -> Mention:
    """'the driver, a volunteer', 'the victim, a 45-year-old teacher': one person told by two nouns; the second
    noun, with its article, stands for both, of the kind the more telling noun gives (any kind before civilian,
    a noun before a name: 'Halyna Petrenko, a nurse')."""
    kind = second.value if first.value in (None, "civilian") and second.value else first.value
    return Mention("victim", second.start, second.end, kind, second.rule)


def _sharing(doc: Document, people: list[Mention]) -> list[Mention]:
    """'her husband and son': a victim noun right after a conjunction that follows one person shares that
    person's determiner and is one person too (a plural noun is not: 'her husband and children')."""
    ends = {doc.token_at(v.end): v for v in people}
    singles = set(id(v) for v in people)
    out = list(people)
    for victim in doc.of_kind("victim"):
        k = doc.token_at(victim.start) - 1
        if id(victim) in singles or k < 1 or not doc.in_class("conjunction", k) or k not in ends:
            continue
        if not is_plural(doc, doc.folded[victim.start : victim.end]):
            out.append(victim)
    return sorted(out, key=lambda m: m.start)


def _along_with(doc: Document, index: Index, groups: list[list[Mention]]) -> list[tuple[list[Mention], int | None]]:
    """Each group of people, a group told after "along with" / "together with" (casualties.json `along_with`,
    a determiner allowed between) joined to the group before it in the sentence, with where the joining words
    start (None for groups not joined): 'the mayor was executed along with her husband and son' is three."""
    out: list[tuple[list[Mention], int | None]] = []
    for group in groups:
        start = group[0].start
        found = doc.ending_at("along_with", start)
        k = doc.token_before(start)
        if not found and k >= 0 and doc.in_class("determiner", k):
            found = doc.ending_at("along_with", doc.tokens.starts[k])
        if found and out and index.sentence_of(out[-1][0][0].start) == index.sentence_of(start):
            out[-1] = (out[-1][0] + group, found[0].start)
        else:
            out.append((group, None))
    return out


_CREWED = frozenset({"medical_personnel", "humanitarian_worker"})  # kinds whose teams have drivers and staff


def pronoun_pair(doc: Document, victim: Mention) -> Match | None:
    """'him and his son', 'вона з матір'ю', 'его и его брата': one person told by a pronoun and joined to the
    victim noun after it (casualties.json `pronoun_and`, the possessive in the match), which names one person; the
    match, or None."""
    one = any(c.start == c.end == victim.start for c in doc.within("count", victim.start, victim.start))
    if not one and (table(doc.language, "numbers.json").get("singular_persons") or is_plural(
        doc, doc.folded[victim.start : victim.end]
    )):
        return None  # a language whose count grammar counts one person ("сина") says so; else the noun's ending
    found = doc.ending_at("pronoun_and", victim.start)
    return found[0] if found else None


def _group_category(doc: Document, group: list[Mention]) -> str | None:
    """The victims' kind of people named together: their nouns' one kind, 'mixed' for kinds mixed ("a nurse and a
    patient", CONTRACT.md; a child among adults is civilian, as the tuned gold counts it), None when they are named
    only by name. A crew word (class `staff_noun`: driver, staff) told beside medical or aid people is of their team
    ("a paramedic and a driver": medical personnel, stage 20)."""
    nouns = [v for v in group if v.rule != NAME_RULE]
    kinds = {v.value for v in nouns}
    team = crew_kind(doc, nouns)
    if team is not None:
        return team
    if kinds == {"civilian", "child"}:
        return "civilian"  # "a woman, 39, and her son, 14": a child among adults is counted as a civilian (stage 25b)
    return None if not kinds else kinds.pop() if len(kinds) == 1 else "mixed"


def crew_kind(doc: Document, nouns: list[Mention]) -> str | None:
    """'a paramedic and a driver', 'фельдшер і водій': one medical or aid kind told with crew words only (class
    `staff_noun`: driver, staff) beside it is that team's kind; None otherwise."""
    crewed = {v.value for v in nouns} & _CREWED
    if len(crewed) != 1:
        return None
    crew = [v for v in nouns if v.value not in _CREWED]
    if crew and all(doc.in_class("staff_noun", doc.token_before(v.end)) for v in crew):
        return crewed.pop()
    return None


COUNTED_NOUN_WORDS = 2  # words between a count and the noun it counts: "three brothers", "two teenage sisters"


def _counted_before(
    doc: Document, folded: str, victims: Spans, counted: Spans, first: Mention, lo: int
) -> Mention | None:
    """'three brothers and their mother', 'two sisters and their grandmother': people counted with a number
    just before a person joined to them by a conjunction; the count's casualty, or None."""
    before = victims.starting(lo, first.start)
    if not before or not _joined(doc, folded, before[-1].end, first.start):
        return None
    noun = before[-1]
    count = next(
        (
            c
            for c in reversed(counted.starting(lo, noun.start))
            if not c.rule.startswith(("casualty:singular", "casualty:told-next"))
            and c.value.count.unit == "persons"
            and c.value.count.value
        ),
        None,
    )
    if count is None or words_between(doc, count.end, noun.start) > COUNTED_NOUN_WORDS:
        return None
    return None if any(doc.tokens.lower[j] in ",;" for j in tokens_between(doc, count.end, noun.start)) else count


TOLD_AHEAD = 2  # sentences after people are named in which the "they" told of them may open


def told_next(
    doc: Document, index: Index, measures: Spans, hi: int, count: CountValue, category: str | None, noun: str
) -> Mention | None:
    """'The mother and her son were returned home. They were deported in March.', 'There were seven students
    from X. ... They were detained and tortured.': people named or counted together in one sentence (ending at
    `hi`), with nothing done to them there, are the 'they' that opens one of the next two sentences of the
    paragraph and tells a deed of; they are counted there. (A sentence with a count of its own ends the search.)"""
    tokens = doc.tokens
    for _ in range(TOLD_AHEAD):
        j = doc.token_at(hi)
        if j >= len(tokens) or "\n\n" in doc.text[hi : tokens.starts[j]]:
            return None
        lo, hi = index.sentence_of(tokens.starts[j])
        if index.within("count", lo, hi):
            return None
        pronoun = next(iter(doc.starting_at("plural_subject", lo)), None)
        if pronoun is None:
            continue
        near = nearest_measure(doc, measures.starting(lo, hi), pronoun.start, pronoun.end, lo, hi, NAMED_MEASURE_WORDS)
        done = near is not None and near.value in _DONE_TO_SOMEONE and near.start >= pronoun.end
        deed = (near.start, near.value) if near is not None and done else _taken_away(doc, index, pronoun, lo, hi)
        if deed is None:
            return None
        between = tokens_between(doc, pronoun.end, deed[0])
        if words_between(doc, pronoun.end, deed[0]) > DEED_GAP or any(doc.in_class("determiner", k) for k in between):
            return None  # "They said a drone killed a man": the deed is done to someone else
        casualty = Casualty(count, category, deed[1], False, noun)
        return Mention("casualty", pronoun.start, pronoun.end, casualty, f"casualty:told-next<-{pronoun.id}")
    return None


def _taken_away(doc: Document, index: Index, pronoun: Match, lo: int, hi: int) -> tuple[int, str] | None:
    """'All of them were put on a bus and driven to a camp near Anapa': a removal verb after the people told
    before, in a sentence naming where they were taken (a destination, or a settlement beyond Ukraine's
    control after 'to'), is their deportation: the verb's offset and the measure 'deported'."""
    verb = next((m for m in index.within("transfer", pronoun.end, hi) if m.value == "verb"), None)
    if verb is None:
        return None
    destination = any(m.value == "destination" and m.start > verb.start for m in index.within("transfer", lo, hi))
    if not destination and not any(m.start > verb.start for m in settlements_beyond_control(doc, index, lo, hi)):
        return None
    return verb.start, "deported"


NAME_RULE = "person:name"  # the rule of a person named by name, standing where a victim noun would


def _names(doc: Document, victims: Spans) -> list[Mention]:
    """People named by their names ('Ivan Petrenko'), as victim mentions of no category, except a name right
    after a victim noun ('journalist Iryna Koval': the noun counts her) or inside a place."""
    places = Spans(doc.of_kind("place") + doc.of_kind("region"))
    out = []
    for start, end, _ in find_persons(doc, keep_longest(doc.hits("title"))):
        if places.starting(start, end) or victims.starting(doc.reach_before(start, 1), start):
            continue
        out.append(Mention("victim", start, end, None, NAME_RULE))
    return out


def _deed_beside(doc: Document, group: list[Mention], near: Match) -> bool:
    """A named person is a victim only with the deed right beside the names: 'executed Oleh Bondar, Serhii
    Melnyk and Andrii Kravets', 'Ivan Petrenko and Olena Koval were killed' (auxiliaries between), never
    'Ivan Petrenko said troops killed two' or 'Olena Koval, the governor, was told'."""
    if near.end <= group[0].start:
        return not tokens_between(doc, near.end, group[0].start)
    return all(doc.in_class("auxiliary", j) for j in tokens_between(doc, group[-1].end, near.start))


def _relative_subject(doc: Document, last: Mention, near: Match) -> bool:
    """'The volunteer who was driving the van died at the scene': a relative clause after the person stands
    between them and their deed; nobody else is counted or named in it, and nobody speaks in it ('the mayor,
    who said troops killed two, ...' is no victim)."""
    if words_between(doc, last.end, near.start) > NAMED_MEASURE_WORDS:
        return False
    between = (last.end, near.start)
    return not (doc.within("count", *between) or doc.within("victim", *between) or doc.hits_within("speech", *between))


def named_victims(doc: Document, measures: Spans, index: Index, counted: list[Mention] | tuple = ()) -> list[Mention]:
    """'a civilian died', 'killed a 55-year-old man', 'killing the driver and a passenger', 'a woman and
    her two children': people counted by their nouns (and a count joined to them)."""
    language = doc.lang.code
    folded = doc.folded
    out = []
    victims = Spans(doc.of_kind("victim"))
    counts = Spans(
        [
            c
            for c in doc.of_kind("count")
            if not doc.starts_with("age_after", c.end)
            and not age_apposition(doc, c, victims)
            and not doc.ends_with("parent_of", c.start)  # "a mother of three" is one person
        ]
    )
    joined = Spans(counted)
    singles = [v for v in doc.of_kind("victim") if _single(doc, folded, v, counts, index.sentence_of(v.start)[0])]
    people = sorted(_sharing(doc, singles) + _names(doc, victims), key=lambda m: m.start)
    assaults = Spans([m for m in doc.of_kind("violation") if m.value in _DONE_TO_ONE | _KILLING_OF_ONE])
    transfers = Spans(doc.of_kind("transfer"))  # "a boy ... was sent to a summer camp in Russia"
    counted_nouns: set[str] = set()  # the nouns of people counted so far: "the mayor" told again is no one new
    for group, along in _along_with(doc, index, _conjoined(doc, folded, people)):
        first, last = group[0], group[-1]
        lo, hi = index.sentence_of(first.start)
        article = _any_in(doc, "indefinite", _words_before(doc, first.start, 0, HEAD_WORDS))
        # "the mayor was abducted and executed along with her husband and son": the deed between them
        done_to = measures.starting(first.end, along) if along is not None else []
        near = done_to[-1] if done_to else nearest_measure(
            doc, measures.starting(lo, hi), first.start, last.end, lo, hi, NAMED_MEASURE_WORDS
        )
        if along is not None and (near is None or near.value not in _DONE_TO_SOMEONE):
            continue
        measure = near.value if near is not None else None
        if any(v.rule == NAME_RULE for v in group) and (near is None or not _deed_beside(doc, group, near)):
            continue
        if measure not in _DONE_TO_SOMEONE:
            done = assaults.starting(max(lo, doc.reach_before(first.start, NEAR_WORDS)), first.start) or [
                m for m in assaults.starting(max(lo, doc.reach_before(first.start, KILLING_REACH)), first.start)
                if m.value in _KILLING_OF_ONE  # "finished off a wounded soldier": a verb of two words (stage 25)
            ] or [
                m for m in assaults.starting(last.end, doc.reach_after(last.end, DEED_GAP))
                if all(doc.in_class("auxiliary", j) for j in tokens_between(doc, last.end, m.start))
            ]  # "a wounded soldier was finished off": the act after the person, auxiliaries only between (stage 25)
            moved = {m.value for m in transfers.starting(lo, hi)} == {"verb", "destination"}
            # "her son, then 16, was taken to a camp in Crimea": a definite person with the removal right after
            moved_beside = moved and any(
                m.value == "verb" and m.start >= last.end and words_between(doc, _past_age(doc, last.end), m.start)
                <= DEED_GAP for m in transfers.starting(last.end, hi)
            )
            if not ((article or moved_beside) and (done or moved)):
                many = sum(implicit_count(language, folded[v.start : v.end]) for v in group)
                told = None if len(group) < 2 else told_next(
                    doc, index, measures, hi, CountValue(many, many, "exact", float(many)), _group_category(doc, group),
                    first.rule,
                )
                if told is not None:
                    out.append(told)
                continue
            measure = "deported" if moved and not done else None  # "raping a woman": one victim of the act
            if done and all(m.value in _KILLING_OF_ONE for m in done):
                measure = "killed"  # "finished off a wounded soldier": one killed (stage 25)
        elif measure in ("tortured", "deported") and not (
            index.within("place", lo, hi) or index.within("date", lo, hi)
        ):
            continue  # "we know where a particular child was deported from": no one event
        elif near is not None and not article and along is None:
            gap = words_between(doc, _past_age(doc, last.end), near.start) if near.start >= last.end else (
                words_between(doc, near.end, first.start)
            )
            relative = near.start >= last.end and relative_between(doc, last.end, near.start)
            if relative and not _relative_subject(doc, last, near) or gap > DEED_GAP and not relative:
                continue  # "the mayor was abducted": a definite person only with the deed right beside
        nouns = [folded[v.start : v.end] for v in group if v.rule != NAME_RULE]
        if len(group) == 1 and not article and nouns and nouns[0] in counted_nouns:
            continue  # "the mayor was killed" after "the mayor ... executed along with her husband": counted there
        counted_nouns.update(nouns)
        many = sum(implicit_count(language, folded[v.start : v.end]) for v in group)  # "an elderly couple": two
        if len(group) == 1 and pronoun_pair(doc, first) is not None:
            many += 1  # "he and his son were shot": the man told by the pronoun and his son
        category = _group_category(doc, group)
        beside = joined.starting(last.end, doc.reach_after(last.end, NEAR_WORDS + 1))
        more = next((c for c in beside if _joined(doc, folded, last.end, c.start)), None)
        if more is not None and more.value.measure in (None, measure) and more.value.count.value:
            many += int(more.value.count.value)  # "a woman and her two children": three
            category = category if more.value.category == category else "civilian"
            last = more
        ahead = _counted_before(doc, folded, victims, joined, first, lo)
        if ahead is not None and ahead.value.measure in (None, measure) and more is None:
            many += int(ahead.value.count.value)  # "three brothers and their mother": four
            category = category if ahead.value.category == category else "civilian"
            first = ahead
        count = CountValue(many, many, "exact", float(many))
        out.append(
            Mention(
                "casualty",
                first.start,
                last.end,
                Casualty(count, category, measure, False, first.rule),
                f"casualty:singular<-{first.rule}",
            )
        )
    return out
