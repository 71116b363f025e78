"""What each count counts: the people it names (victim category) and what happened to them.

Reads "count" mentions (numbers step) with the cue mentions, and adds mentions of kind
"casualty" (value Casualty): "killing at least 51 people" -> killed, civilian, 51;
"45 service personnel ... returned" -> released, pow. Counts of things ("98 attacks",
"10 oblasts", "16 days") are left out; singular victims ("a civilian died") count as one.
The words that decide it are the language's patterns (lang/<xx>/casualties.json, classes.json).
"""

from __future__ import annotations

from dataclasses import replace

from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.engine.index import Index, Spans
from warcrimes.extract.engine.language import table
from warcrimes.extract.engine.patterns import Match
from warcrimes.extract.engine.pipeline import step
from warcrimes.extract.engine.values import CountValue
from warcrimes.extract.steps.casualty_words import (
    FAR_MEASURE_WORDS,
    MEASURE_WORDS,
    Casualty,
    age_apposition,
    clause_break,
    measure_hits,
    nearest_measure,
    relative_between,
    tokens_between,
    words_between,
)
from warcrimes.extract.steps.joined_groups import join_groups
from warcrimes.extract.steps.named_victims import (
    crew_kind,
    does_a_later_act,
    does_the_act,
    is_plural,
    named_victims,
    pronoun_pair,
    told_next,
)
from warcrimes.extract.steps.one_victim import antecedent
from warcrimes.extract.steps.people import name_before
from warcrimes.extract.steps.table_cells import column_measure

_ANY_CIVILIAN = Mention("victim", 0, 0, "civilian", "casualty:subset")  # people of whom some are children
_SIDES = {
    "civilian": "civilian",
    "child": "civilian",
    "combatant": "combatant",
    "pow": "combatant",
    "wounded_combatant": "combatant",
}
# Tokens between a count and the victim noun it counts: "five civilians", "5 local residents", "90% of the
# POWs"; "12 soldiers, all of them prisoners of war" for prisoners among combatants.
VICTIM_REACH = 5
PERCENT_REACH = 8
POW_REACH = 13
MIXED_REACH = 5  # tokens from one victim noun to another joined to it ("civilians and servicemen")
LOOSE_GAP = 5  # tokens between a count of no named people and its measure word beyond which it only fits a tally
UPDATE_REACH = 6  # tokens before a count that may say it updates a toll ("the toll has risen to")
_PICKING = frozenset({"surveyed", "released", "held_captive"})  # measures that pick people out, not harm them
_UNHARMED = _PICKING | {None}


def _mixed(doc: Document, victims: Spans, first: Mention) -> bool:
    """'bodies of civilians and servicemen': one count over both civilians and combatants."""
    side = _SIDES.get(first.value)
    for other in victims.starting(first.end, doc.reach_after(first.end, MIXED_REACH)):
        between = tokens_between(doc, first.end, other.start)
        if (
            _SIDES.get(other.value) not in (None, side)
            and any(doc.in_class("conjunction", j) for j in between)
            and not any(doc.tokens.lower[j] in ".;," for j in between)
            and not doc.within("count", first.end, other.start)  # "185 soldiers and 20 civilians": two counts
            and crew_kind(doc, [first, other]) is None  # "a paramedic and a driver": one medical team
        ):
            return True
    return False


def _team(doc: Document, victims: Spans, first: Mention) -> str | None:
    """'a driver and a nurse of an ambulance crew': a crew word joined by a conjunction to a medical or aid noun
    right after it is of that team (named_victims.crew_kind); None otherwise."""
    for other in victims.starting(first.end, doc.reach_after(first.end, MIXED_REACH)):
        between = tokens_between(doc, first.end, other.start)
        if any(doc.in_class("conjunction", j) for j in between) and not any(
            doc.tokens.lower[j] in ".;," for j in between
        ):
            return crew_kind(doc, [first, other])
    return None


def _tried_unfairly(doc: Document, victim: Mention, lo: int, hi: int) -> bool:
    """'twelve Ukrainian POWs were sentenced in Rostov to 13 to 23 years': prisoners of war tried where their
    sentence tells an unfair trial (a violation cue `unfair_trial_forced_service`) are its victims, not the
    accused (GC III art. 130; stage 20)."""
    return victim.value == "pow" and any(
        m.value == "unfair_trial_forced_service" for m in doc.within("violation", lo, hi)
    )


def _between(doc: Document, mention: Mention, near: Match) -> range:
    """The tokens between a count and its measure word, on whichever side the word is."""
    if near.start >= mention.end:
        return tokens_between(doc, mention.end, near.start)
    return tokens_between(doc, near.end, mention.start)


def _listed(doc: Document, mention: Mention, sentence_start: int) -> bool:
    """'37 are evacuees, 11 officers, 85 are privates': an item of a breakdown, whatever it counts."""
    before = doc.text[max(sentence_start, mention.start - 3) : mention.start]
    j = doc.token_at(mention.end)
    after_copula = j < len(doc.tokens) and (doc.in_class("copula", j) or doc.tokens.lower[j] == ",")
    return mention.start - sentence_start <= 2 or "," in before or after_copula


def _share_of(doc: Document, victims: Spans, mention: Mention, sentence_start: int) -> Mention | None:
    """The people named before a bare percentage in its sentence ('of the POWs released, 91% said
    they were tortured'; 'most of the casualties (91 per cent)'), or None when it shares no one's."""
    before = victims.starting(sentence_start, mention.start)
    if not before:
        return None
    if doc.text[before[-1].end : mention.start].strip() == "(":
        return before[-1]
    opening = doc.text[sentence_start : mention.start]
    said = doc.in_class("share_verb", doc.token_at(mention.end))
    return before[-1] if said or "," in opening or ";" in opening else None


def _victim_after(
    doc: Document, victims: Spans, end: int, words: int, hi: int, category: str | None = None
) -> Mention | None:
    """The first victim noun (of `category`) starting within `words` tokens after a count, in its sentence."""
    for mention in victims.starting(end, min(hi, doc.reach_after(end, words))):
        if category is None or mention.value == category:
            return mention
    return None


def _strikes(doc: Document, victim: Mention) -> bool:
    """'российский оператор БПЛА сбросил гранату': a fighter named by a noun and followed at once by a strike is its
    doer, no victim (stage 21)."""
    if victim.value != "combatant":
        return False
    k = doc.token_at(victim.end)
    return k < len(doc.tokens) and bool(doc.starting_at("attack", doc.tokens.starts[k]))


HOLDING_REACH = 3  # tokens before an empty count within which the noun phrase holding it starts ("місцевого жителя")


def _noun_holding(doc: Document, victims: Spans, mention: Mention) -> Mention | None:
    """The victim noun phrase an empty count of one stands inside ('местного жителя': the count of the singular
    noun stands before 'жителя', the phrase starts at its adjective)."""
    if mention.start != mention.end:
        return None
    before = victims.starting(doc.reach_before(mention.start, HOLDING_REACH), mention.start)
    return next((v for v in before if v.start < mention.start < v.end), None)


def _counts_a_thing(doc: Document, mention: Mention, hi: int) -> bool:
    """'98 attacks', '10 oblasts', 'three Russian drones': a count of things, not of people."""
    tokens, j = doc.tokens, doc.token_at(mention.end)
    while j < len(tokens) and tokens.lower[j] in "()" and tokens.starts[j] < hi:
        j += 1
    if j < len(tokens) and tokens.lower[j] in ("-", ":"):
        return True
    if j >= len(tokens) or tokens.starts[j] >= hi:
        return False
    if doc.starting_at("thing", tokens.starts[j]):
        return True
    return (
        doc.in_class("count_modifier", j)
        and j + 1 < len(tokens)
        and bool(doc.starting_at("thing", tokens.starts[j + 1]))
    )


DOERS_ACTS = ("violation", "harm")


def _counts_doers(doc: Document, mention: Mention) -> bool:
    """'двоє окупантів розстріляли', 'three invaders shot': a count whose noun names a side (an actor, actors.json
    `party`) followed at once by an act in the active voice (a violation or harm cue, or a verb of seizure, class
    `seizure_verb`: "двоє окупантів затримали чоловіка") counts those who did it, not its victims (stage 24)."""
    k = doc.token_at(mention.end)
    if k >= len(doc.tokens) or doc.tokens.starts[k] < mention.end:
        return False
    side = doc.starting_at("party", doc.tokens.starts[k])
    if not side:
        return False
    k = doc.token_at(max(h.end for h in side))
    if k >= len(doc.tokens):
        return False
    return doc.in_class("seizure_verb", k) or any(doc.starting_at(kind, doc.tokens.starts[k]) for kind in DOERS_ACTS)


def _not_victims(doc: Document, mention: Mention, lo: int) -> bool:
    """Counts that are no one's victims: 'one of the villages', 'a village of about 330 people',
    'children aged six and 10', 'a group of invaders of 10 people', 'a mother of three'."""
    if (
        doc.starts_with("one_of", mention.start)
        and doc.token_at(mention.end) - doc.token_at(mention.start) == 1
    ):
        return True
    if doc.ends_with("population_of", mention.start) or doc.ends_with("group_of", mention.start):
        return True
    if doc.ends_with("parent_of", mention.start):
        return True  # "a father of two": his children, no one harmed
    first = doc.token_at(mention.start)
    return any(doc.in_class("age_word", j) for j in range(max(0, first - 3), first) if doc.tokens.starts[j] >= lo)


SOURCE_NOUN = 1  # tokens from a count to the verb of saying of the people it counts: their noun ("two witnesses told")
SOURCE_NOUN_WORDS = 2  # ... or a word before their noun ("two former prisoners told", "один колишній полонений")
_CLAUSE_END = frozenset({".", ",", ";", "!", "?", ")"})
SOURCE_ACT = 2  # tokens after that verb within which a harm makes it a report ("two civilians said to be killed")


def _counts_sources(doc: Document, mention: Mention, hi: int) -> bool:
    """'according to (the) two soldiers', 'two witnesses told us', 'three residents said': a count of the people a
    report cites (a citing cue of actors.json `speech` right before the count, or a verb of people telling,
    casualties.json `people_telling`, right after its noun) counts its sources, not victims; not 'two civilians
    said to be killed'."""
    k = doc.token_before(mention.start)
    start = doc.tokens.starts[k] if k >= 0 and doc.in_class("definite", k) else mention.start
    if any(h.value == "citing" for h in doc.ending_at("speech", start)):
        return True
    if any(h.value == "citing" for h in doc.ending_at("speech", _adjectives_before(doc, mention.start))):
        return True  # "по словам бывшего пленного", "за словами колишнього полоненого": who tells it
    if _told_after_by(doc, mention, hi) or _gave_testimony(doc, mention):
        return True
    for j in range(doc.token_at(mention.end) + SOURCE_NOUN, doc.token_at(mention.end) + SOURCE_NOUN_WORDS + 1):
        if j >= len(doc.tokens) or doc.tokens.starts[j] >= hi or not doc.tokens.lower[j - 1].isalpha():
            return False
        if doc.in_class("partitive_of", j - 1) or doc.in_class("telling_partitive", j - 1):
            return False  # "12 of them said they were beaten", "12 из них рассказали": some of a group, not sources
        if doc.in_class("subject_pronoun", j - 1):
            return False  # "lists 400 children it says were deported": the verb's subject is another's (stage 25)
        said = doc.starting_at("people_telling", doc.tokens.starts[j])
        if said:
            after = doc.reach_after(said[0].end, SOURCE_ACT)
            if doc.within("harm", said[0].end, after) or doc.within("violation", said[0].end, after):
                return False
            return not _told_of_themselves(doc, said[0].end, hi)
    return False


TESTIMONY_REACH = 10  # tokens from a noun of testimony ("the testimony of") to a count of the people who gave it


def _gave_testimony(doc: Document, mention: Mention) -> bool:
    """'relied on the testimony of the two former detainees and five other residents', 'statements of three
    witnesses': a count after a noun of testimony and 'of' / 'given by' (casualties.json `testimony_of`), with no
    clause break between and no harm told right after its noun, counts who testified, not victims (stage 25)."""
    given = doc.hits_within("testimony_of", doc.reach_before(mention.start, TESTIMONY_REACH), mention.start)
    if not given:
        return False
    first, stop = doc.token_at(given[-1].end), doc.token_at(mention.start)
    if any(doc.tokens.lower[j] in _CLAUSE_END for j in range(first, stop)):
        return False
    after = doc.reach_after(mention.end, SOURCE_ACT + 1)
    return not (doc.within("harm", mention.end, after) or doc.within("violation", mention.end, after))


_ADJECTIVES = frozenset({"ADJF", "PRTF"})  # pymorphy3's full adjectives and participles
CITED_ADJECTIVES = 2  # adjectives between a citing cue and the one person cited ("по словам бывшего пленного")


def _adjectives_before(doc: Document, start: int) -> int:
    """The start of the inflected adjectives and participles (pymorphy3's likeliest reading, uk/ru: 'бывшего',
    'освобожденного') right before an offset, or the offset itself."""
    parses = getattr(doc.lang.lemmatizer, "parses", None)
    if parses is None:
        return start
    k = doc.token_before(start)
    for _ in range(CITED_ADJECTIVES):
        found = parses(doc.tokens.lower[k]) if k >= 0 and doc.tokens.lower[k].isalpha() else []
        if not found or found[0].tag.POS not in _ADJECTIVES or found[0].tag.case == "nomn":
            break
        start, k = doc.tokens.starts[k], k - 1
    return start


SELF_AFTER_ACT = 2  # tokens after an act within which its object pronoun stands ("beat him", "избивали его")


def _told_of_themselves(doc: Document, start: int, hi: int) -> bool:
    """'a former prisoner said guards beat him', 'бывший пленный рассказал, что охранники избивали его': the one who
    tells is the one the act was done to, a victim as well as the source."""
    for hit in (*doc.within("harm", start, hi), *doc.within("violation", start, hi)):
        k, first = doc.token_at(hit.end), doc.token_at(hit.start)
        if doc.first_in_class("object_pronoun", k, min(k + SELF_AFTER_ACT, len(doc.tokens))) >= 0:
            return True
        if doc.first_in_class("own_harm_pronoun", max(0, first - SELF_AFTER_ACT), k) >= 0:
            return True  # "рассказал: «Меня держали в подвале»": the teller's own pronoun before or in the act
    return False


TELLER_REACH = 16  # tokens from a count to the verb it is the subject of ("Троє звільнених, які ..., розповіли")
TOLD_REACH = 24  # tokens after the verb of telling within which the act told of stands
OWN_HARM_REACH = 4  # tokens before an act within which the tellers' own pronoun stands ("they had been beaten")


def _tells_own_harm(doc: Document, mention: Mention, lo: int, hi: int) -> bool:
    """'At least 40 of the returnees said they had been beaten', 'Двенадцать из них рассказали, что их избивали',
    'Троє звільнених, які ..., розповіли, що ... били їх': a count opening its sentence or clause as the subject of a
    verb of telling (class `telling_verb`, or casualties.json `people_telling`) whose told clause does an act to the
    tellers themselves (their pronoun right before or after it): the count is of the victims, whatever word picked
    them out before (interviewed, held, returned). Not a count followed by another before the verb."""
    tokens = doc.tokens
    k = doc.token_before(mention.start)
    if k >= 0 and tokens.starts[k] >= lo and tokens.words[k] not in {",", ":", ";"}:
        return False
    start = doc.token_at(mention.end)
    for j in range(start, min(start + TELLER_REACH, len(tokens))):
        if tokens.starts[j] >= hi:
            return False
        said = doc.starting_at("people_telling", tokens.starts[j])
        if not (said or doc.in_class("telling_verb", j)):
            continue
        if doc.within("count", mention.end, tokens.starts[j]):
            return False  # "Three of them said 20 men were beaten": the verb is another count's
        end = said[0].end if said else tokens.end(j)
        told = min(hi, doc.reach_after(end, TOLD_REACH))  # the told clause, bounded: linear in a run-on sentence
        for hit in (*doc.within("harm", end, told), *doc.within("violation", end, told)):
            act, first = doc.token_at(hit.end), doc.token_at(hit.start)
            after = range(act, min(act + SELF_AFTER_ACT, len(tokens)))
            if any(doc.in_class("object_pronoun", i) for i in after):
                return True
            if doc.first_in_class("own_harm_pronoun", max(start, first - OWN_HARM_REACH), act) >= 0:
                return True
        return False
    return False


def _told_after_by(doc: Document, mention: Mention, hi: int) -> bool:
    """'..., said one former prisoner.', 'told by two survivors.', '..., розповів один колишній полонений': a verb
    of people telling (casualties.json `people_telling`, a passive's `agent_after` word allowed between) right
    before a count whose clause ends within its noun is the count of who told it (stage 20)."""
    k = doc.token_before(mention.start)
    start = mention.start
    if k >= 0 and doc.ends_with("agent_after", start):
        start = doc.tokens.starts[k]
    if not doc.ending_at("people_telling", start):
        return False
    stop = doc.token_at(mention.end)
    for j in range(stop, min(stop + SOURCE_NOUN_WORDS + 1, len(doc.tokens))):
        if doc.tokens.starts[j] >= hi or doc.tokens.lower[j] in _CLAUSE_END:
            return True
        if not doc.tokens.lower[j].isalpha():
            return False
    return stop + SOURCE_NOUN_WORDS >= len(doc.tokens)


def _share_of_tally(doc: Document, local: list[Match], mention: Mention, hi: int) -> Match | None:
    """'88 per cent of the casualties', 'some 40% of these deaths': a measure noun after the percentage and an
    'of' (class `partitive_of`), with no clause break between, or right after it in a language marking 'of' by
    case ('88 відсотків жертв'); or 'of them / of these' (casualties.json
    `share_of_told`): a share of the tally told before. None when the percentage is of neither."""
    reach = min(hi, doc.reach_after(mention.end, PERCENT_REACH))
    for hit in local:
        if mention.end <= hit.start < reach and hit.value != "none":
            between = tokens_between(doc, mention.end, hit.start)
            if any(doc.in_class("partitive_of", j) for j in between) and not clause_break(doc, mention.end, hit.start):
                # "87 per cent of those interviewed said they were tortured": a share of the people interviewed
                # takes the measure told after them, or none
                return hit
            if hit.value == "surveyed":
                continue
            if not between and table(doc.language, "casualties.json").get("percent_of_genitive"):
                return hit  # "88 відсотків жертв": the whole in the genitive, right after the percentage
            break
    told = [h for h in doc.starting_at("share_of_told", mention.end) if h.end <= hi]
    return told[0] if told else None


def _share_told(mention: Mention, value: CountValue, told: Match) -> Mention:
    """A percentage of the tally told before, with no measure of its own ('88 per cent of them were hit by
    explosive weapons'): a share of measure other."""
    return Mention("casualty", mention.start, mention.end, Casualty(value, None, "other"), f"casualty:share<-{told.id}")


def _genitive_share(doc: Document, mention: Mention, victim: Mention) -> bool:
    """'90% звільнених з полону': in a language marking 'of' by case, people right after a percentage are
    the whole it is a share of (casualties.json `percent_of_genitive`)."""
    if not table(doc.language, "casualties.json").get("percent_of_genitive"):
        return False
    return doc.token_at(victim.start) == doc.token_at(mention.end)


def _figure_before(doc: Document, first: int, last: int) -> bool:
    """'4,5 тисячі', '2 тысячи', 'около тысячи': 'thousand' after digits or a qualifier is a figure,
    not 'thousands' ('несколько тысяч', 'десятки тисяч' stay vague)."""
    return any(not doc.in_class("vague_amount", j) for j in range(first, last))


CASE_ACT_REACH = 5  # tokens from "cases of" to the act they are cases of ("cases of war-related sexual violence")


def _cases_of_act(doc: Document, mention: Mention, hi: int) -> Mention | None:
    """'316 cases of sexual violence', 'over 40 episodes of torture': a count of recorded cases of a
    violation is a tally of cases (measure cases_opened, unit cases), not a count of things or people."""
    found = [h for h in doc.starting_at("cases_of", mention.end) if h.end <= hi]
    if not found:
        return None
    end = found[0].end
    if not doc.hits_within("violation", end, min(hi, doc.reach_after(end, CASE_ACT_REACH))):
        return None
    casualty = Casualty(mention.value, None, "cases_opened")
    return Mention("casualty", mention.start, mention.end, casualty, f"casualty:cases<-{found[0].id}")


_QUOTE_OPENERS = ("«", "„", "“")


def _quote_opens(text: str, start: int, end: int) -> bool:
    """A colon and an opening quotation mark between a measure word and a count: the count is told in the words
    quoted, a voice of its own, and the measure word outside ("the man released from captivity said: «..."),
    which picks out the speaker, measures nothing in it."""
    between = text[start:end]
    colon = between.find(":")
    return colon >= 0 and any(q in between[colon:] for q in _QUOTE_OPENERS)


def _with_person(doc: Document, mention: Mention) -> tuple[Match, int | None] | None:
    """'him and ten other prisoners', 'її та ще двох жінок', 'его и ещё десятерых': a person named before
    'and (more) N (others)' is one more than the number (casualties.json `with_person`); a pattern whose
    value starts with 'named' ('#cap and') holds only after a person's name ('Ivan Petrenko and four
    other prisoners' are five, 'Kherson Oblast and two other civilians' two). With the match, where the
    name starts (None for a pronoun)."""
    for found in doc.ending_at("with_person", mention.start):
        # the name ends with the pattern's first word, "#cap" ("Максима разом із ще 14")
        name = name_before(doc, doc.tokens.end(doc.token_at(found.start))) if found.value.startswith("named") else None
        if found.value.startswith("named") and name is None:
            continue
        if found.value.startswith("with") and not (
            doc.in_class("other_after", doc.token_at(mention.end)) and _person_held_with(doc, found.start)
        ):
            continue  # only "with N other(s)": "a month for civilians, with at least 4,000 deaths" adds no one
        if found.value.endswith("plus_one") or doc.in_class("other_after", doc.token_at(mention.end)):
            return found, name
        if name is None and _done_to_both(doc, found, mention):
            return found, name
    return None


WITH_REACH = 16  # tokens before "with N other people" within which the person kept with them is told


def _person_held_with(doc: Document, start: int) -> bool:
    """'held him in a basement with nine other men', 'locked me in a gym with twenty others': a person told by a
    pronoun (class `personal_pronoun`) or a victim noun other than a soldier in the sentence just before "with"
    is one of them; 'troops entered the village with three other units', 'an officer, with five other soldiers,'
    name no such person."""
    at = doc.token_at(start)
    for j in range(at - 1, max(-1, at - 1 - WITH_REACH), -1):
        if doc.tokens.lower[j] in ";:.":
            return False
        if doc.in_class("personal_pronoun", j):
            return True
        if any(v.value != "combatant" for v in doc.within("victim", doc.tokens.starts[j], doc.tokens.end(j))):
            return True  # a soldier told before "with" is more likely one of the doers
    return False


ACT_KINDS = ("violation", "harm", "transfer")
COMPANIONS_BACK = 3  # sentences before a pronoun joined to a count in which the person it stands for is named
COMPANION_GAP = 4  # tokens after a count within which the act done to the person and the people counted begins


def _done_to_both(doc: Document, found: Match, mention: Mention) -> bool:
    """'He and two cellmates were beaten', 'forced him and two neighbours to walk ahead', 'били його та двох
    сусідів': a pronoun joined to a count is one of the people the act is done to when the act ends right before
    the pronoun (its object) or follows the count's noun with only auxiliaries between (their predicate), not when
    people or a count follow that act ('he and two soldiers shot a man': they did it)."""
    lo, hi = doc.sentence_of(mention.start)
    before = doc.reach_before(found.start, 1)  # the act right before the pronoun, its words may hold it ("били його")
    if any(
        m.start < found.start and m.end > before
        for kind in ("violation", "transfer")
        for m in doc.within(kind, max(lo, doc.reach_before(found.start, COMPANION_GAP * 2)), hi)
    ):
        return True
    reach = min(hi, doc.reach_after(mention.end, COMPANION_GAP))
    acts = sorted(
        (m for kind in ACT_KINDS for m in doc.within(kind, mention.end, hi) if m.start < reach), key=lambda m: m.start
    )
    if not acts:
        return False
    act = acts[0]
    between = tokens_between(doc, mention.end, act.start)
    if any(not doc.tokens.lower[j].isalpha() or doc.in_class("conjunction", j) for j in between):
        return False
    after = min(hi, doc.reach_after(act.end, 2))
    return not (doc.within("victim", act.end, after) or doc.within("count", act.end, after))


_FIGHTERS = frozenset({"pow", "combatant", "wounded_combatant"})


def _joined_kind(counted: str | None, subject: str) -> str:
    """The kind of a count joined with the person told before it: one kind kept; a prisoner with his comrades
    ("Повернутий з полону ... разом із шістьма побратимами") prisoners of war; fighters with civilians civilians."""
    if counted in (None, subject):
        return subject
    if {counted, subject} <= _FIGHTERS:
        return "pow" if "pow" in (counted, subject) else counted
    return "civilian"


def _counted_one(doc: Document, victim: Mention) -> bool:
    """The count grammar read the victim noun as one person ("Захисника", "Бойца": a singular the endings of the
    plural table would take for a plural)."""
    return any(c.start == c.end == victim.start for c in doc.within("count", victim.start, victim.start))


def _along_with(doc: Document, victims: Spans, mention: Mention, lo: int) -> tuple[Match, Mention | None] | None:
    """'a woman was killed along with her two children': a count told "along with" (casualties.json
    `along_with`, a determiner allowed between) one person named before it in its sentence counts that
    person too; with the joining match, the person's noun."""
    found = doc.ending_at("along_with", mention.start)
    k = doc.token_before(mention.start)
    if not found and k >= 0 and doc.in_class("determiner", k):
        found = doc.ending_at("along_with", doc.tokens.starts[k])
    if not found:
        return None
    before = victims.starting(lo, found[0].start)
    if before and (_counted_one(doc, before[-1]) or not is_plural(doc, doc.folded[before[-1].start : before[-1].end])):
        return found[0], before[-1]
    # "його катували разом із шістьма побратимами": one person named by a pronoun before it is counted too
    pronoun = doc.first_in_class("personal_pronoun", doc.token_at(lo), doc.token_at(found[0].start)) >= 0
    return (found[0], None) if pronoun else None


def _whole_before(doc: Document, index: Index, out: list[Mention], lo: int) -> str | None:
    """The kind of the people a part is taken of ("20 civilians were returned. At least 12 of them ..."): the
    latest count with a kind in the sentence or the one before it; the part's verb may then stand far away."""
    before = index.sentence_of(doc.tokens.starts[doc.token_before(lo)])[0] if doc.token_before(lo) >= 0 else lo
    return next((c.value.category for c in reversed(out) if c.start >= before and c.value.category), None)


def _tells_of_a_group(doc: Document, mention: Mention, lo: int) -> bool:
    """A count opening its sentence as the subject of a verb of telling (class `telling_verb`), maybe with "з|із
    <word>" between ("Шестеро з повернених розповіли", "Семеро рассказали"): some of a group counted before (stage
    19)."""
    first, j = doc.token_at(mention.start), doc.token_at(mention.end)
    if first != doc.token_at(lo) or j >= len(doc.tokens):
        return False
    if doc.in_class("telling_partitive", j) and j + 2 < len(doc.tokens):
        j += 2
    return doc.in_class("telling_verb", j)


def _plus_one(value: CountValue) -> CountValue:
    """The count with the person named before it."""
    return replace(
        value,
        min=None if value.min is None else value.min + 1,
        max=None if value.max is None else value.max + 1,
        value=value.value + 1,
    )


def _act_after_verifying(doc: Document, local: list[Match], mention: Mention, near: Match, lo: int, hi: int) -> Match:
    """'In one case verified in May, three servicemen ... were lined up and shot': a verb of verifying before
    a count (statistics.json `verifying`) tells how the case is known, not what was done; the measure told
    after the count in its sentence, before any other count, is its measure ('registered 140,000 crimes of
    aggression and war crimes': cases). With none, the verb stays ('verified more than 12,000 children, 8,600
    of whom were deported': a figure of its own)."""
    if not doc.has_hit("verifying", near.start, near.end):
        return near
    later = [
        h for h in local
        if h.start >= mention.end and h.value != "other" and not doc.within("count", mention.end, h.start)
    ]
    act = nearest_measure(doc, later, mention.start, mention.end, lo, hi, FAR_MEASURE_WORDS, strict=False)
    return act or near


REPATRIATED = "repatriated"  # the measure of the dead handed back (statistics: `other`)
RETURN_REACH = 3  # words between a count of bodies and the return of its clause ("handed over 1,000 bodies")


def _dead_returned(doc: Document, mention: Mention, near: Match, lo: int, hi: int) -> bool:
    """'Russia handed over 1,000 bodies', 'the remains of 900 soldiers were repatriated': a count measured by a word
    of bodies (statistics.json `returned_dead` body) with a word of handing them back (`returned_dead` return) a few
    words before the count or after the bodies, no clause break between, counts the dead returned, not a toll."""
    hits = doc.hits_within("returned_dead", lo, hi)
    if not any(h.value == "body" and near.start <= h.start < near.end for h in hits):
        return False
    for hit in hits:
        if hit.value != "return":
            continue
        if hit.end <= mention.start:
            first, last = hit.end, mention.start
        elif hit.start >= max(near.end, mention.end):
            first, last = max(near.end, mention.end), hit.start
        else:
            continue
        if words_between(doc, first, last) <= RETURN_REACH and not clause_break(doc, first, last):
            return True
    return False


def _verified_as(doc: Document, local: list[Match], mention: Mention, near: Match) -> Match:
    """'19,000 children have been identified as deported', '120 civilians were verified as killed', 'registered as
    missing': a verb of verifying after the count (statistics.json `verifying`) tells how the people are known; the
    measure right after it in its clause, before any other count, is what was done to them (stage 25)."""
    if not doc.has_hit("verifying", near.start, near.end):
        return near
    for hit in local:
        if hit.start < near.end or hit.value == "other":
            continue
        if words_between(doc, near.end, hit.start) > VERIFIED_AS_WORDS or clause_break(doc, near.end, hit.start):
            return near
        return near if doc.within("count", mention.end, hit.start) else hit
    return near


VERIFIED_AS_WORDS = 2  # words between a verb of verifying and the act it files the people under ("identified as")
RETURN_NEGATION_TOKENS = 3  # tokens before a return that may deny it: "have not been returned"


def _returned_after(doc: Document, local: list[Match], mention: Mention, deported: Match) -> Match | None:
    """'eleven children deported to Russia were brought back', '11 children who had been deported returned
    home': people told as deported and then returned in one clause are counted as returned (the deportation
    is their past); not 'deported 20 children, 5 of whom were returned' (a relative clause, or another count
    between), nor 'have not been returned' (the language's `negation` patterns), nor a return told with its own
    count ('deported 19,600 children; about 1,400 were returned')."""
    start = max(deported.end, mention.end)
    for hit in local:
        if hit.start < start or hit.value != "released":
            continue
        if words_between(doc, start, hit.start) > MEASURE_WORDS or relative_between(doc, deported.end, hit.start):
            return None
        if doc.within("count", mention.end, hit.start) or any(
            doc.tokens.lower[j] == ";" for j in tokens_between(doc, start, hit.start)
        ):
            return None
        if doc.has_hit("negation", doc.reach_before(hit.start, RETURN_NEGATION_TOKENS), hit.start):
            return None
        if doc.within("count", hit.end, doc.reach_after(hit.end, MEASURE_WORDS)):
            return None  # "депортувала 19 600 дітей, повернути вдалося 1400": the return has its own count
        return hit
    return None


def read_casualties(doc: Document) -> list[Mention]:
    """Casualty mentions for each count in `doc` that counts people or a percentage of them."""
    index = Index(doc)
    measures = Spans(measure_hits(doc))
    victims = Spans(doc.of_kind("victim"))
    out: list[Mention] = []
    names: list[int] = []  # where each person named before "and N others" starts
    for mention in doc.of_kind("count"):
        value: CountValue = mention.value
        last = doc.token_before(mention.end)
        first = doc.token_at(mention.start)
        if last >= 0 and doc.in_class("vague_amount", last) and not _figure_before(doc, first, last):
            continue  # "hundreds of civilians", "dozens injured": no figure to report
        if first > 0 and doc.in_class("vague_amount", first - 1):
            continue  # "кілька тисяч", "несколько тысяч": a vague word before the figure
        lo, hi = index.sentence_of(mention.start)
        local = measures.starting(lo, hi)
        cases = _cases_of_act(doc, mention, hi)
        if cases is not None:
            out.append(cases)
            continue
        if _counts_a_thing(doc, mention, hi) or _not_victims(doc, mention, lo):
            continue
        if _counts_sources(doc, mention, hi):
            continue  # "according to two soldiers", "two witnesses told us": who tells the act, not its victims
        column = None  # the measure heading the table column the count is a cell of
        whole = None  # the people a bare percentage is a share of ("Of the POWs, 91% said ...")
        opens_bracket = doc.text[lo : mention.start].rstrip().endswith("(")
        tally = None  # the tally a percentage is a share of ("88 per cent of the casualties", "of them")
        if value.unit == "percent":
            victim = _victim_after(doc, victims, mention.end, PERCENT_REACH, hi)
            if victim is None or not (
                any(doc.in_class("partitive_of", j) for j in tokens_between(doc, mention.end, victim.start))
                or _genitive_share(doc, mention, victim)
                # "one in five civilians": a ratio needs no "of"
                or (mention.rule == "ratio" and not clause_break(doc, mention.end, victim.start))
            ):
                victim = None
                whole = _share_of(doc, victims, mention, lo)
                tally = None if whole is not None else _share_of_tally(doc, local, mention, hi)
                if whole is None and tally is None and not opens_bracket:
                    continue
        else:
            victim = _victim_after(doc, victims, mention.end, VICTIM_REACH, hi) or _noun_holding(doc, victims, mention)
            subset = doc.hits_within("subset", mention.end, victim.start) if victim is not None else []
            part = [h for h in subset if h.value == "part_of" and h.first == doc.token_at(mention.end)]
            if subset and not part:
                victim = None  # "twelve, including three children": the children are some of the twelve
                whole = _ANY_CIVILIAN
        if _counts_doers(doc, mention):
            continue  # "двоє окупантів розстріляли чоловіка": the occupiers counted did the act (stage 24)
        if age_apposition(doc, mention, victims):
            continue  # "a man, 56, was killed": his age
        if victim is not None and (mention.rule.endswith("numbers:singular") or victim.value == "combatant") and (
            does_the_act(doc, victim) or _strikes(doc, victim)
        ):
            # "военнослужащий ВСУ расстрелял мужчину": one person named by a noun who did the act; "two Russian
            # soldiers shot a man", "трое российских военных расстреляли мужчину": fighters counted as the doers
            # (stage 24)
            continue
        if victim is not None and does_a_later_act(doc, mention.start, victim):
            continue  # "four men in balaclavas took him": the doers counted, their modifier before the act (stage 25)
        category = victim.value if victim is not None else whole.value if whole is not None else None
        if category is None and doc.in_class("others", doc.token_at(mention.end)):
            # "killed 6 civilians and injured 21 others": the others are of the people counted before
            category = next((c.value.category for c in reversed(out) if c.start >= lo and c.value.category), None)
        if victim is not None and doc.starts_with("accused_after", victim.end, hi) and not _tried_unfairly(
            doc, victim, lo, hi
        ):
            continue  # "two soldiers were charged with ...": the accused, not victims (CONTRACT.md)
        if category is None and any(h.value == "part_of" for h in doc.starting_at("subset", mention.end)):
            # "At least 12 of them, they said, were tortured": some of the people counted just before
            category = _whole_before(doc, index, out, lo)
        if category is None and _tells_of_a_group(doc, mention, lo):
            # "Повернулися 84 захисники. Шестеро розповіли, що їх били": so many of the people just counted
            category = _whole_before(doc, index, out, lo)
        if doc.ends_with("family_of", mention.start):
            category = "civilian"  # "a family of four, including two children"
        if victim is not None and _mixed(doc, victims, victim):
            category = "mixed"
        elif victim is not None:
            category = _team(doc, victims, victim) or category
        if category == "combatant":
            category = "pow" if _victim_after(doc, victims, mention.end, POW_REACH, hi, "pow") else "combatant"
        convicted = doc.has_hit("convicted", lo, mention.start)
        if category == "combatant" and convicted and not doc.has_hit("capture", lo, hi):
            # "суды осудили 140 украинских военнослужащих": the convicted soldiers are the accused, no victims; not
            # soldiers "who were taken prisoner" (cues.json `capture`): captives tried by the captor
            continue
        if value.unit == "percent" and victim is not None:  # "90% of returned POWs were tortured"
            said = [h for h in local if h.start >= victim.end]
            # "90% of the POWs interviewed (or returned) said they were tortured": those words pick the people out
            said = [h for h in said if h.value not in _PICKING] or said
            # "80% випадків страт полонених": with no measure after the people, the act the cases are of
            said = said or [h for h in local if h.start >= mention.end and h.end <= victim.start]
            near = nearest_measure(doc, said, victim.start, victim.end, lo, hi, MEASURE_WORDS)
            if near is not None and clause_break(doc, victim.end, near.start):
                # "45% of the victims were over 60, 9 children were killed": the share is by age or kind;
                # the measure after the comma is another count's, the share keeps its own noun's ("victims")
                near = next((h for h in local if h.start == victim.start and h.value == "other"), None)
        elif tally is not None:
            # "88 per cent of the casualties were caused by ...": the share keeps the tally's measure, unless a
            # measure follows it in its clause ("90 per cent of them said they were tortured")
            later = [h for h in local if h.start >= tally.end]
            # "80% of the bodies brought back show signs of torture": words that pick the people out give way
            later = [h for h in later if h.value not in _PICKING] or later
            after = nearest_measure(doc, later, tally.start, tally.end, lo, hi, MEASURE_WORDS)
            near = after if after is not None and not clause_break(doc, tally.end, after.start) else None
            if near is None and tally.label == "measure":
                if tally.value != "other":
                    continue  # "80% of the bodies ..., show signs of torture": what the share tells is out of reach
                near = tally
            if near is None:
                out.append(_share_told(mention, value, tally))
                continue
        elif value.unit == "percent" and opens_bracket:
            opening = doc.text[lo : mention.start].rstrip()[:-1].rstrip()  # "most of the casualties (91 per cent)"
            near = next((h for h in reversed(local) if h.end == lo + len(opening)), None)
        else:
            column = column_measure(doc, mention, measures)
            near = column or nearest_measure(doc, local, mention.start, mention.end, lo, hi, MEASURE_WORDS)
        if victim is None and (
            near is None or (near.start > mention.end and clause_break(doc, mention.end, near.start))
        ):
            # "..., of whom 5 were sentenced": a relative clause tells of its own
            earlier = [h for h in local if h.end <= mention.start and not relative_between(doc, h.end, mention.start)]
            far = nearest_measure(doc, earlier, mention.start, mention.end, lo, hi, FAR_MEASURE_WORDS, strict=False)
            near = far or near
        if near is not None and near.end <= mention.start and _quote_opens(doc.text, near.end, mention.start):
            near = None  # "Freed from captivity, he said: «me and two more men were held»": the quote is his act
        if near is not None and near.end <= mention.start and near.value == "other":
            near = _act_after_verifying(doc, local, mention, near, lo, hi)
        elif near is not None and near.value == "other":
            near = _verified_as(doc, local, mention, near)
        if near is not None and near.value == "deported":
            near = _returned_after(doc, local, mention, near) or near
        measure = near.value if near is not None else None
        if measure == "killed" and near is not None and _dead_returned(doc, mention, near, lo, hi):
            measure = REPATRIATED  # "Russia handed over 1,000 bodies": the dead handed back, no toll (stage 25)
        # "12 of them said they were beaten": the count is of the beaten, not of those interviewed or returned; no
        # measure of its own (a figure of the beaten would be taken for a statistic)
        own = value.unit == "persons" and measure in _UNHARMED and _tells_own_harm(doc, mention, lo, hi)
        if own:
            near, measure = None, None
        teller = _with_person(doc, mention) if value.unit == "persons" and measure in _PICKING else None
        if teller is not None and near is not None and near.end <= teller[0].start:
            # "X, released in the exchange, said that he and 40 other prisoners were held ...": the word picking the
            # teller out is his; the group's act is the one after the count, if its clause tells one
            acts = [h for h in local if h.start >= mention.end and h.value not in _PICKING]
            act = nearest_measure(doc, acts, mention.start, mention.end, lo, hi, MEASURE_WORDS) if acts else None
            near = act if act is not None and not clause_break(doc, mention.end, act.start) else None
            measure = near.value if near is not None else None
        elif teller is not None and near is not None and near.value == "held_captive":
            # "він та ще тридцять полонених утримувалися в колонії": their holding is done to them, not a count of
            # people held at a time (a figure of the held would be taken for a statistic)
            near, measure = None, None
        update = doc.has_hit("toll_update", max(lo, doc.reach_before(mention.start, UPDATE_REACH)), mention.start)
        # "he and two cellmates were beaten": people joined to a pronoun by "and" with the act done to them all
        companions = category is None and value.unit == "persons" and _with_person(doc, mention) is not None
        if category is None and measure is None and not _listed(doc, mention, lo) and not (companions or own):
            continue
        gap = 0 if near is None or near is column else len(_between(doc, mention, near))
        loose = category is None and (gap > LOOSE_GAP and not update or measure is None) and not (companions or own)
        rule = f"casualty:count<-{near.id}" if near is not None else "casualty:count"
        if mention.rule.endswith(":aged_name"):
            rule = f"casualty:singular<-{mention.rule}"  # "12-річного Максима": one named person, never a tally
        person = _with_person(doc, mention) if value.unit == "persons" else None
        if person is not None:
            value, rule = _plus_one(value), f"{rule}+{person[0].id}"
            if person[1] is not None:
                names.append(person[1])
            if category is None:  # "he and two cellmates": of the kind the pronoun's person was named by
                category = antecedent(doc, person[0], COMPANIONS_BACK)
        if person is None and victim is not None and value.value == 1 and pronoun_pair(doc, victim) is not None:
            value = _plus_one(value)  # "розстріляли його та його сина", "он и его отец погибли": two (stage 20)
        subject = _along_with(doc, victims, mention, lo) if person is None and value.unit == "persons" else None
        if subject is not None:  # "a woman was killed along with her two children": three, of kinds mixed
            value, rule = _plus_one(value), f"{rule}+{subject[0].id}"
            if subject[1] is not None:
                names.append(subject[1].start)
                category = _joined_kind(category, subject[1].value)
            loose = False
        casualty = Casualty(value, category, measure, update, victim.rule if victim else "", loose)
        out.append(Mention("casualty", mention.start, mention.end, casualty, rule))
        if measure is None and victim is not None and value.unit == "persons" and (value.min or 0) >= 2:
            # "There were seven students from X. ... They were detained.": counted where the deed is told
            told = told_next(doc, index, measures, hi, value, category, victim.rule)
            if told is not None:
                out.append(told)
    out = join_groups(doc, victims, out)  # "двох фермерів і трьох працівників": five (stage 21)
    # "killing volunteer Olena Koval and two other passengers": the volunteer is counted in the three
    named = {doc.token_at(start) for start in names}  # a name, or a victim noun right before it, counted there
    # "Військового катували разом з п'ятьма побратимами": the one soldier is counted in the six, not on his own
    joined_into = set(names)
    out = [m for m in out if not (m.start == m.end and m.start in joined_into)]
    people = [
        m
        for m in named_victims(doc, measures, index, out)
        if doc.token_at(m.end) not in named and doc.token_at(m.start) not in named
    ]
    # "three brothers and their mother": the count of the brothers is told again inside the count of four
    joined = {m.start for m in people if m.rule.startswith("casualty:singular")}
    return [m for m in out if m.start not in joined] + people


def _by_offset(mention: Mention) -> tuple[int, int]:
    return mention.start, mention.end


@step("casualties", requires=("sentences", "count", "place", "victim", "violation", "transfer"), adds=("casualty",))
def casualties(doc: Document) -> None:
    for mention in sorted(read_casualties(doc), key=_by_offset):  # in order: Document.add stays O(1)
        doc.add(mention)
