"""Who is alleged to have done it: the party doing the harm ("Russian troops killed") and named units.

A nationality is an agent only when the next words are its deed ("shelled", "executed") or
"by" comes before it; "Russian prisoners" are victims. A brigade that reports is not a unit
that did it: that is decided where sources are read (actors.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.engine.language import table
from warcrimes.extract.engine.patterns import Match, keep_longest
from warcrimes.extract.engine.text import fold

_LEX = "actors.json"


@dataclass(frozen=True, slots=True)
class Unit:
    """A named armed unit ("155th Naval Infantry Brigade", "Wagner Group") and its side if known."""

    name: str
    party: str | None


@cache
def _grammar(language: str) -> dict[str, frozenset[str]]:
    """Words around a side's name: deeds and agent nouns, victim nouns, auxiliaries (actors.json)."""
    return {key: frozenset(words) for key, words in table(language, _LEX)["agent_grammar"].items()}


PREPOSITION_LETTERS = 3  # a word this short before a date after a side's name is its preposition ("с августа")
AGENT_TOKENS = 10  # tokens after a side's name that may hold its deed: "and Ukraine have since been shelling"


def agent_role(doc: Document, start: int, end: int, *, after_only: bool = False) -> str:
    """'agent' when the party is doing the harm ("Russian troops killed", "by Russian forces").

    `after_only` reads only the words after the name: "reported by the SBU" is not a deed.
    """
    grammar = _grammar(doc.lang.code)
    low = doc.tokens.lower
    if _captive_side(doc, start, end):
        return "victim"  # "two captured Ukrainian soldiers being shot by ...": the captives' side, not the captors'
    if not after_only:
        k = doc.token_before(start)
        if k >= 0 and low[k] in grammar["article"]:
            k -= 1
        k = _past_member(low, doc.token_before(start), grammar, k)
        if k >= 0 and low[k] in grammar["accusing"]:
            if doc.ending_at("aided_by", doc.tokens.end(k)):
                return "mention"  # "helped by Ukrainian soldiers": who aided the victims did no harm
            if _found_by(doc, k):
                return "mention"  # "were found locked in a cell by Ukrainian soldiers": the finders did no harm
            return "agent"  # "accused the Kyiv regime of ...": the side the source holds responsible
    j, stop = doc.token_at(end), doc.token_at(doc.sentence_of(start)[1])
    told = _time_after(doc, j, stop)
    if told is not None:  # "украинские военные с августа удерживают": a time told before the deed
        j = told
    words = [w for w in low[j : min(stop, j + AGENT_TOKENS)] if w not in grammar["skip"]]
    if len(words) > 2 and words[0] in grammar["conjunction"] and words[1] in grammar["conjoined"]:
        words = words[2:]  # "Russia and Ukraine have tortured": both sides did it
    passive = False
    while words:
        two = " ".join(words[:2]) if len(words) > 1 else ""
        if two in grammar["auxiliary"]:  # "had been"
            passive = passive or two in grammar["passive"]
            del words[:2]
        elif words[0] in grammar["auxiliary"]:
            passive = passive or words[0] in grammar["passive"]
            del words[:1]
        else:
            break
    if not words:
        return "mention"
    head = words[0]
    if passive and not head.endswith(tuple(grammar["active_suffix"])):
        return "victim"  # "Ukrainian soldiers were shot": done to them, not by them
    if head in grammar["victim"]:
        return "victim"
    if " ".join(words[:2]) in grammar["defence"]:
        return "mention"  # "air defence shot down 20 drones": defending, not attacking
    if head in grammar["verb"] or head in grammar["noun"] or " ".join(words[:2]) in grammar["verb"]:
        return "agent"
    return "mention"


def _past_member(low: list[str], k: int, grammar: dict[str, frozenset[str]], told: int) -> int:
    """'shot by a member of a Ukrainian unit': the token before "a member of a" (actors.json `member_article`,
    `member`, `member_link`), where an accusing word may stand, so the side is the one who did it; else `told`
    (stage 25). A language without the keys reads no such phrase."""
    article, member, link = (grammar.get(key, frozenset()) for key in ("member_article", "member", "member_link"))
    if k >= 0 and low[k] in article:
        k -= 1
    if k < 1 or low[k] not in link or low[k - 1] not in member:
        return told
    k -= 2
    return k - 1 if k >= 0 and low[k] in article else k


CAPTIVE_REACH = 40  # characters before a side's name where a captive victim phrase may open ("unarmed captured")


def _captive_side(doc: Document, start: int, end: int) -> bool:
    """A side named inside a phrase of captives that opens before it (cues.json `victim` pow: "captured
    Ukrainian soldiers", "surrendered Russian servicemen"): the side of the prisoners."""
    return any(
        v.value == "pow" and (v.start < start and end <= v.end or _right_after_prisoners(doc, v, start))
        for v in doc.within("victim", max(0, start - CAPTIVE_REACH), end)
    )


def _right_after_prisoners(doc: Document, victim: Mention, start: int) -> bool:
    """'пленных российских военнослужащих', 'полонених ЗСУ': a side right after a noun of prisoners is theirs; not
    after captivity itself ("взяты в плен российскими войсками": the captors, class `captivity_noun`; stage 19)."""
    if victim.end >= start or doc.text[victim.end : start].strip():
        return False
    return not doc.in_class("captivity_noun", doc.token_before(victim.end))


def _time_after(doc: Document, j: int, stop: int) -> int | None:
    """Where a day or month told right after a side's name ends, its preposition allowed ("с августа", "on
    May 3", "3 травня"): the deed may follow it ("военные с августа удерживают"); None when no date stands there."""
    if j >= stop:
        return None
    low = doc.tokens.lower[j]
    short = low.isalpha() and len(low) <= PREPOSITION_LETTERS  # "с", "з", "від", "on": a preposition
    k = j + 1 if short or doc.in_class("since", j) or doc.in_class("locative_preposition", j) else j
    if k >= stop:
        return None
    told = next(iter(doc.within("date", doc.tokens.starts[k], doc.tokens.end(stop - 1))), None)
    return doc.token_at(told.end) if told is not None and told.start == doc.tokens.starts[k] else None


def _found_by(doc: Document, by: int) -> bool:
    """'found locked in a cell by', 'discovered by' (actors.json `found_by`): who finds the victims or their
    bodies did not do the act; but an act's participle right before 'by' takes the agent ('found shot by')."""
    if not doc.ending_at("found_by", doc.tokens.end(by)):
        return False
    before = doc.tokens.starts[by - 1]
    return not (doc.starting_at("violation", before) or doc.starting_at("harm", before))


def _side_named_before(doc: Document, lo: int, hi: int) -> str | None:
    """'Ukraine's 47th Brigade': the side named just before a unit's number is its side."""
    named = doc.hits_within("party", lo, hi)
    return named[-1].value if named else None


def _side_by_name(doc: Document, start: int, end: int) -> str | None:
    """'30th Separate Mechanized Brigade' is Ukraine's, '64th Motor Rifle Brigade' Russia's: armies name units apart.
    A word both armies use ('separate': '55th Separate Motorised Rifle Brigade' is Russia's) tells a side only
    when no branch word does (`unit_side_weak`)."""
    hit = next(iter(doc.hits_within("unit_side", start, end)), None)
    if hit is None:
        hit = next(iter(doc.hits_within("unit_side_weak", start, end)), None)
    return hit.value if hit is not None else None


def _weak_sides_yield(doc: Document, units: list[Mention]) -> list[Mention]:
    """'the 411th Separate Assault Battalion of the 1487th Motorised Rifle Regiment': a unit whose side only a word
    both armies use tells (`unit_side_weak`) serves in the army of a unit named with it in its sentence whose side
    a branch word tells (units come in text order; each sentence's are read once)."""
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for i, unit in enumerate(units):
        by_sentence.setdefault(doc.sentence_of(unit.start), []).append(i)
    out = list(units)
    for (lo, _), members in by_sentence.items():
        strong = {units[i].value.party for i in members if doc.hits_within("unit_side", units[i].start, units[i].end)}
        if len(strong) != 1 or None in strong:
            continue
        side = strong.pop()
        for i in members:
            unit = units[i]
            weak = unit.value.party not in (None, side) and not doc.hits_within("unit_side", unit.start, unit.end)
            if weak and not doc.hits_within("party", lo, unit.start):
                out[i] = Mention("unit", unit.start, unit.end, Unit(unit.value.name, side), unit.rule)
    return out


@dataclass(frozen=True, slots=True)
class _Ordinal:
    """A token like "155th" at characters [at, stop)."""

    at: int
    stop: int

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.stop


UNIT_DIGITS = 4  # "1487th Motorised Rifle Regiment": mobilised regiments of 2022 on carry four-digit numbers


def _ordinals(doc: Document) -> list[_Ordinal]:
    """Ordinal numbers ("155th"), the head of a unit's name; suffixes from lang/<xx>/numbers.json."""
    suffixes = tuple(table(doc.lang.code, "numbers.json")["ordinal_suffixes"])
    out = []
    for i, low in enumerate(doc.tokens.lower):
        if low[:1].isdigit() and low.endswith(suffixes):
            digits = low[: -len(next(s for s in suffixes if low.endswith(s)))]
            if 1 <= len(digits) <= UNIT_DIGITS and digits.isdigit():
                out.append(_Ordinal(doc.tokens.starts[i], doc.tokens.end(i)))
    return out


def find_units(doc: Document) -> list[Mention]:
    text, folded = doc.text, doc.folded
    out = []
    for match in _ordinals(doc):
        hit = next(iter(doc.hits_within("unit_word", match.end(), match.end() + 45)), None)
        if hit is None:
            continue
        end = hit.end
        name = " ".join(text[match.start() : end].split())
        name = name[0].upper() + name[1:]
        window = max(0, match.start() - 60)
        sentence_start = max(folded.rfind(". ", window, match.start()), folded.rfind("\n", window, match.start()))
        party = _side_named_before(doc, max(0, match.start() - 60, sentence_start), match.start())
        party = party or _side_by_name(doc, match.start(), end)
        out.append(Mention("unit", match.start(), end, Unit(name, party), "unit:ordinal"))
    out = _weak_sides_yield(doc, out)
    for hit in keep_longest(doc.hits("named_unit")):
        name = " ".join(text[hit.start : hit.end].split())
        out.append(Mention("unit", hit.start, hit.end, Unit(name, hit.value), "unit:named"))
    return out


DATELINE_TOKENS = 6  # "MOSCOW", "NEW YORK", "ROSTOV-ON-DON": the city a report is filed from
LEAD_SENTENCES = 3  # the first sentences of a report, after its dateline and agency tag
LEAD_WORDS = 4  # a sentence of fewer words is a dateline, an agency's tag or a heading ("DONETSK, May 3.", "/TASS/.")


def _dateline(doc: Document) -> str | None:
    """'MOSCOW, May 13 (Reuters) -': the city a report is filed from, when written in capitals."""
    tokens, stop = doc.tokens, 0
    for j in range(min(len(tokens), DATELINE_TOKENS)):
        if tokens.lower[j] in (",", "(") or (tokens.lower[j] == "-" and j > 0 and not tokens.touching(j - 1)):
            break
        stop = tokens.end(j)
    word = doc.text[tokens.starts[0] : stop] if stop else ""
    if not word or not word.isupper():
        return None
    for party, cities in table(doc.lang.code, _LEX)["dateline"].items():
        if fold(word) in cities:
            return party
    return None


def russian_voice(doc: Document) -> bool:
    """A report told from the Russian side: filed from Moscow, or a Russian voice in the lead.

    A Russian voice quoted later (a Kremlin denial in a report on a Russian strike) does not
    count, unless it keeps speaking.
    """
    known = doc.cache.get("russian voice")  # asked by the actors step and again for each incident's default side
    if known is not None and known[0] is doc.sentences:
        return bool(known[1])
    told = _russian_voice(doc)
    doc.cache["russian voice"] = (doc.sentences, told)
    return told


def _russian_voice(doc: Document) -> bool:
    if _dateline(doc) == "RU":
        return True
    starts = [h.start for h in doc.hits("russian_side")]
    lead = _lead_end(doc)
    return any(start < lead for start in starts) or len(starts) >= 3


def _lead_end(doc: Document) -> int:
    """Where a report's lead ends: after its first LEAD_SENTENCES sentences of LEAD_WORDS words or more,
    so a dateline and an agency's tag cut as sentences of their own do not use the lead up."""
    told = 0
    for lo, hi in doc.sentences:
        words = sum(1 for j in range(doc.token_at(lo), doc.token_at(hi)) if doc.tokens.lower[j].isalpha())
        told += words >= LEAD_WORDS
        if told == LEAD_SENTENCES:
            return hi
    return len(doc.text)


def side_of(doc: Document, hit: Match, russian_told: bool) -> str:
    """'the enemy' is Ukraine's forces in a report told from the Russian side, Russia's otherwise."""
    enemy = doc.lang.table(_LEX, ("enemy",))["enemy"]
    return "UA" if russian_told and fold(doc.text[hit.start : hit.end]) in enemy else hit.value


def default_party(doc: Document, places: list[Mention]) -> str | None:
    """The side an incident that names no doer is alleged against, read from the whole report.

    A Russian-side allegation (filed from Moscow, told by Russian bodies or occupation officials,
    or set in Russia) accuses Ukraine's forces unless it names Russian doers more often; any
    other report that speaks of the war accuses Russia's.
    """
    mentions = doc.of_kind("party")
    agents = [m.value for m in mentions if m.rule == "party:agent"]
    held = bool(doc.hits("captivity"))
    # Strikes on Russian towns are alleged against Ukraine; a Russian town of captivity is Russia's doing.
    abroad = not held and any((p.value.country or "UA") == "RU" for p in places)
    told_by_russia = abroad or russian_voice(doc)
    harmed = [m.value for m in mentions if m.rule == "party:victim"]
    ukrainians_harmed = harmed.count("UA") > harmed.count("RU")  # "Ukrainian POWs were sentenced"
    if told_by_russia and agents.count("RU") <= agents.count("UA") and not ukrainians_harmed:
        return "UA"
    held_in_russia = held and any((p.value.country or "UA") == "RU" for p in places)
    at_home = table(doc.language, "actors.json").get("accused_by_default") == "RU" and not abroad
    return "RU" if mentions or told_by_russia or held_in_russia or at_home else None
