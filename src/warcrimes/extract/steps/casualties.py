"""What each count counts: the people it names (victim category) and what happened to them.

Reads "count" mentions (numbers step) with the cue mentions, and adds mentions of kind
"casualty" (value Casualty): "killing at least 51 people" -> killed, civilian, 51;
"45 service personnel ... returned" -> released, pow. Counts of things ("98 attacks",
"10 oblasts", "16 days") are left out; singular victims ("a civilian died") count as one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from warcrimes.extract.document import Document, Mention
from warcrimes.extract.pipeline import step
from warcrimes.extract.steps.cues import keep_longest
from warcrimes.extract.steps.index import Index, Spans
from warcrimes.extract.steps.lexicon import Hit, compiled, fold, table
from warcrimes.extract.values import CountValue

_LEX = "statistics.json"
_UPDATE = (
    "increased to",
    "risen to",
    "rose to",
    "climbed to",
    "grown to",
    "reached",
    "has risen to",
    "had risen to",
    "rising to",
    "up to",
    "now stands at",
    "overall,",
    "in total,",
)
_SINGULAR = ("a ", "an ", "one ")
_POPULATION_OF = (
    "village of",
    "town of",
    "city of",
    "village of about",
    "town of about",
    "city of about",
    "village of some",
    "city of some",
    "population of",
    "population of about",
    "home to",
    "home to about",
    "settlement of",
    "settlement of about",
)
_MODIFIERS = frozenset(
    {
        "russian",
        "ukrainian",
        "iranian",
        "iranian-made",
        "enemy",
        "attack",
        "combat",
        "kamikaze",
        "shahed",
        "more",
        "other",
        "additional",
        "hostile",
        "guided",
        "ballistic",
        "cruise",
        "missile",
        "drone",
        "rocket",
        "artillery",
        "air",
        "aerial",
        "glide",
        "massive",
        "consecutive",
        "separate",
        "powerful",
    }
)
_AGE = frozenset({"aged", "age", "ages"})
_DEFINITE = frozenset({"the", "his", "her", "its", "their"})
_GROUP_OF = (
    "group of",
    "invaders of",
    "occupiers of",
    "unit of",
    "squad of",
    "team of",
    "detachment of",
    "convoy of",
    "column of",
)
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "one", "another", "two", "three", "four"})
_ON_TRIAL = ("conviction of", "trial of", "convicted", "suspect", "indictment of", "sentencing of")
_SUBSET = ("including", "among them", "of them", "of whom")
_ANY_CIVILIAN = Mention("victim", 0, 0, "civilian", "casualty:subset")  # people of whom some are children
_DONE_TO_SOMEONE = frozenset({"killed", "wounded", "detained", "tortured", "deported"})
_DONE_TO_ONE = frozenset({"sexual_violence", "torture_ill_treatment"})  # 'raping a woman', 'beating a man'
# Counts of the accused: "two soldiers were charged with ..." are suspects, not victims (CONTRACT.md).
_ACCUSED = ("charged", "accused", "suspected", "indicted", "convicted", "notified of suspicion", "have been charged")
_VAGUE = ("hundreds", "dozens", "thousands", "scores", "tens", "several", "many", "numerous")


@dataclass(frozen=True, slots=True)
class Casualty:
    """A count read as people: how many, who (victim category), what happened (measure)."""

    count: CountValue
    category: str | None  # civilian, pow, child, ... or None when the text names no people
    measure: str | None  # killed, wounded, released, deported, held_captive, ... or None
    update: bool = False  # "the toll has risen to 10": a later figure replaces an earlier one
    noun: str = ""
    loose: bool = False  # no people named and the measure word far off: fit for a tally, not a victim count


@cache
def _implicit(language: str) -> dict[str, int]:
    return {fold(noun): int(n) for noun, n in table(language, _LEX)["implicit"]["count"].items()}


@cache
def _things(language: str) -> tuple[str, ...]:
    return tuple(sorted((fold(t) for t in table(language, _LEX)["thing"]["thing"]), key=len, reverse=True))


def _starts_with_any(text: str, phrases: tuple[str, ...]) -> bool:
    for phrase in phrases:
        if text.startswith(phrase) and (len(text) == len(phrase) or not text[len(phrase)].isalnum()):
            return True
    return False


def measure_hits(folded: str, language: str) -> list[Hit]:
    """Measure words; places named after a harm ("torture chambers") shadow the harm and measure nothing."""
    hits = keep_longest(list(compiled(language, _LEX, ("measure",)).scan(folded)))
    return [h for h in hits if h.value != "none"]


def _nearest(hits: list[Hit], start: int, end: int, lo: int, hi: int, reach: int, folded: str = "") -> Hit | None:
    """The measure word of a count: the one after it ("45 ... were returned") unless a comma or
    clause break comes first, else the one before it ("killing 51"), within `reach` characters."""
    before, after = None, None
    for hit in hits:
        if hit.start < lo or hit.end > hi:
            continue
        if hit.start >= end and hit.start - end <= reach and after is None:
            after = hit
        elif hit.end <= start and start - hit.end <= reach:
            before = hit
    if (
        before is not None
        and start - before.end <= 2
        and folded
        and before.value != "other"
        and not folded[before.end : start].strip()
    ):
        return before  # "freed 108 women from captivity", "killing 51 people"
    if after is not None and folded:
        between = folded[end : after.start]
        if not any(mark in between for mark in (",", ";", " and ", "(")) or before is None:
            return after
        if before is not None and not any(mark in folded[before.end : start] for mark in (" and ", ";")):
            return before
    if after is None or before is None:
        return after or before
    return after if after.start - end <= start - before.end else before


_SIDES = {
    "civilian": "civilian",
    "child": "civilian",
    "combatant": "combatant",
    "pow": "combatant",
    "wounded_combatant": "combatant",
}


def _mixed(victims: Spans, first: Mention, folded: str) -> bool:
    """'bodies of civilians and servicemen': one count over both civilians and combatants."""
    side = _SIDES.get(first.value)
    for other in victims.starting(first.end, first.end + 25):
        between = folded[first.end : other.start]
        if (
            _SIDES.get(other.value) not in (None, side)
            and " and " in f"{between} "
            and not any(mark in between for mark in ".;,")
        ):
            return True
    return False


def _listed(folded: str, mention: Mention, sentence_start: int) -> bool:
    """'37 are evacuees, 11 officers, 85 are privates': an item of a breakdown, whatever it counts."""
    before = folded[max(sentence_start, mention.start - 3) : mention.start]
    after = folded[mention.end : mention.end + 5]
    return mention.start - sentence_start <= 2 or "," in before or after.startswith((" are ", " were ", ","))


def _share_of(victims: Spans, folded: str, mention: Mention, sentence_start: int) -> Mention | None:
    """The people named before a bare percentage in its sentence ('of the POWs released, 91% said
    they were tortured'; 'most of the casualties (91 per cent)'), or None when it shares no one's."""
    before = victims.starting(sentence_start, mention.start)
    if not before:
        return None
    if folded[before[-1].end : mention.start].strip() == "(":
        return before[-1]
    opening = folded[sentence_start : mention.start]
    said = folded[mention.end : mention.end + 12].lstrip().startswith(("said", "reported", "told", "were", "had"))
    return before[-1] if said or "," in opening or ";" in opening else None


def _age_apposition(folded: str, mention: Mention, victims: Spans) -> bool:
    """'a man, 56, was killed': a number between commas right after a person is that person's age."""
    if folded[max(0, mention.start - 2) : mention.start] != ", " or folded[mention.end : mention.end + 1] != ",":
        return False
    return any(v.end == mention.start - 2 for v in victims.starting(mention.start - 40, mention.start))


def _accused(folded: str, end: int, sentence_end: int) -> bool:
    """'two Russian soldiers were charged with ...': the people counted stand accused."""
    words = folded[end : min(sentence_end, end + 24)].split()
    if words[:1] and words[0] in ("were", "are", "have", "has", "had", "was", "being", "been"):
        words = words[1:] if words[1:2] != ["been"] else words[2:]
    return bool(words) and " ".join(words[:3]).startswith(_ACCUSED)


def _gap(hit: Hit, mention: Mention) -> int:
    return hit.start - mention.end if hit.start >= mention.end else mention.start - hit.end


def _clause_break(folded: str, start: int, end: int) -> bool:
    return any(mark in folded[start:end] for mark in (",", ";", "("))


def _victim_after(victims: Spans, end: int, limit: int, category: str | None = None) -> Mention | None:
    for mention in victims.starting(end, end + limit + 1):
        if category is None or mention.value == category:
            return mention
    return None


def read_casualties(doc: Document) -> list[Mention]:
    """Casualty mentions for each count in `doc` that counts people or a percentage of them."""
    language = doc.language if doc.language != "und" else "en"
    folded = fold(doc.text)
    things = _things(language)
    index = Index(doc)
    measures = Spans(measure_hits(folded, language))
    victims = Spans(doc.of_kind("victim"))
    out: list[Mention] = []
    for mention in doc.of_kind("count"):
        value: CountValue = mention.value
        surface = doc.text[mention.start : mention.end].lower()
        if surface.endswith(_VAGUE):
            continue  # "hundreds of civilians", "dozens injured": no figure to report
        lo, hi = index.sentence_of(mention.start)
        local = measures.starting(lo, hi)
        after = folded[mention.end : min(hi, mention.end + 60)].lstrip(" ()-")
        bare = after.split(" ", 1)[1] if after.split(" ", 1)[0] in _MODIFIERS and " " in after else after
        if (
            _starts_with_any(after, things)
            or _starts_with_any(bare, things)
            or after.startswith(("-", "th ", "st ", "nd ", "rd ", ":"))
        ):
            continue
        if surface == "one" and folded[mention.end : mention.end + 4] == " of ":
            continue  # "one of the villages", "one of the biggest tolls"
        if folded[max(0, mention.start - 24) : mention.start].rstrip().endswith(_POPULATION_OF):
            continue  # "a village of about 330 people": who lives there, not who was harmed
        if _AGE & set(folded[max(0, mention.start - 16) : mention.start].split()[-3:]):
            continue  # "two children aged six and 10": ages, not people
        if folded[max(0, mention.start - 20) : mention.start].rstrip().endswith(_GROUP_OF):
            continue  # "a group of invaders of 10 people": the perpetrators, not the victims
        whole = None  # the people a bare percentage is a share of ("Of the POWs, 91% said ...")
        if value.unit == "percent":
            victim = _victim_after(victims, mention.end, 40)
            if victim is None or "of" not in folded[mention.end : victim.start]:
                victim = None
                whole = _share_of(victims, folded, mention, lo)
                if whole is None and not folded[lo : mention.start].rstrip().endswith("("):
                    continue
        else:
            victim = _victim_after(victims, mention.end, 30)
            if victim is not None and any(w in folded[mention.end : victim.start] for w in _SUBSET):
                victim = None  # "twelve, including three children": the children are some of the twelve
                whole = _ANY_CIVILIAN
        if _age_apposition(folded, mention, victims):
            continue  # "a man, 56, was killed": his age
        category = victim.value if victim is not None else whole.value if whole is not None else None
        if victim is not None and _accused(folded, victim.end, hi):
            continue
        if folded[max(0, mention.start - 10) : mention.start].endswith("family of "):
            category = "civilian"  # "a family of four, including two children"
        if victim is not None and _mixed(victims, victim, folded):
            category = "mixed"
        if category == "combatant":
            category = "pow" if _victim_after(victims, mention.end, 80, "pow") else "combatant"
        if value.unit == "percent" and victim is not None:  # "90% of returned POWs were tortured"
            near = _nearest([h for h in local if h.start >= victim.end], victim.start, victim.end, lo, hi, 60, folded)
        elif value.unit == "percent" and folded[lo : mention.start].rstrip().endswith("("):
            opening = folded[lo : mention.start].rstrip()[:-1].rstrip()  # "most of the casualties (91 per cent)"
            near = next((h for h in reversed(local) if h.end == lo + len(opening)), None)
        else:
            near = _nearest(local, mention.start, mention.end, lo, hi, 60, folded)
        if victim is None and (
            near is None or (near.start > mention.end and _clause_break(folded, mention.end, near.start))
        ):
            far = _nearest([h for h in local if h.end <= mention.start], mention.start, mention.end, lo, hi, 160)
            near = far or near
        measure = near.value if near is not None else None
        before = folded[max(lo, mention.start - 30) : mention.start]
        update = any(before.rstrip().endswith(u.rstrip()) for u in _UPDATE) or "overall" in before
        if category is None and measure is None and not _listed(folded, mention, lo):
            continue
        gap = (
            0 if near is None else (near.start - mention.end if near.start >= mention.end else mention.start - near.end)
        )
        loose = category is None and (gap > 30 and not update or measure is None)
        out.append(
            Mention(
                "casualty",
                mention.start,
                mention.end,
                Casualty(value, category, measure, update, victim.rule if victim else "", loose),
                "casualty:count",
            )
        )
    out.extend(_singular_victims(doc, folded, measures, index, out))
    return out


def _single(folded: str, victim: Mention, counts: Spans, sentence_start: int) -> bool:
    """A victim noun naming one person: 'a civilian', 'the driver', 'the parish priest'."""
    lo = max(sentence_start, victim.start - 24)
    head = folded[lo : victim.start].split()
    article = any(f"{t} " in _SINGULAR for t in head[-3:])
    definite = bool(head) and (head[-1] in _DEFINITE or len(head) > 1 and head[-2] in _DEFINITE)
    if not (article or definite):
        return False
    if any(word in folded[lo : victim.start] for word in _ON_TRIAL):
        return False  # "the conviction of a Russian soldier": the accused, not a victim
    if any(c.end >= victim.start - 12 for c in counts.starting(lo, victim.start)) or counts.starting(
        victim.end, victim.end + 5
    ):
        return False  # "a family of four": the number after the noun counts them
    word = folded[victim.start : victim.end].split()[0]
    return not (word.endswith("s") and not word.endswith(("ss", "us")))  # a plural noun is not one person


def _joined(folded: str, end: int, start: int) -> bool:
    """' and a ', ' and her 45-year-old ': two people named in one breath (not ' and injuring the ')."""
    between = folded[end:start]
    if not between.startswith((" and ", ", and ")) or any(c in between[6:] for c in ".;,"):
        return False
    words = between.split()[1:]
    return len(words) <= 2 and (not words or words[0] in _DETERMINERS or "-year" in words[0])


def _conjoined(folded: str, people: list[Mention]) -> list[list[Mention]]:
    """'the driver and a passenger', 'the parish priest and a parishioner': one count of two."""
    groups: list[list[Mention]] = []
    for victim in people:
        if groups and _joined(folded, groups[-1][-1].end, victim.start):
            groups[-1].append(victim)
            continue
        groups.append([victim])
    return groups


def _singular_victims(
    doc: Document, folded: str, measures: Spans, index: Index, counted: list[Mention] = ()
) -> list[Mention]:
    """'a civilian died', 'killed a 55-year-old man', 'killing the driver and a passenger', 'a woman and
    her two children': people counted by their nouns (and a count joined to them)."""
    language = doc.language if doc.language != "und" else "en"
    out = []
    victims = Spans(doc.of_kind("victim"))
    counts = Spans(
        [
            c
            for c in doc.of_kind("count")
            if not folded[c.end : c.end + 5].startswith(("-year", " year")) and not _age_apposition(folded, c, victims)
        ]
    )
    joined = Spans(counted)
    people = [v for v in doc.of_kind("victim") if _single(folded, v, counts, index.sentence_of(v.start)[0])]
    assaults = Spans([m for m in doc.of_kind("violation") if m.value in _DONE_TO_ONE])
    transfers = Spans(doc.of_kind("transfer"))  # "a boy ... was sent to a summer camp in Russia"
    for group in _conjoined(folded, people):
        first, last = group[0], group[-1]
        head = folded[max(0, first.start - 24) : first.start].split()
        article = any(f"{t} " in _SINGULAR for t in head[-3:])
        lo, hi = index.sentence_of(first.start)
        near = _nearest(measures.starting(lo, hi), first.start, last.end, lo, hi, 80, folded)
        measure = near.value if near is not None else None
        if measure not in _DONE_TO_SOMEONE:
            done = assaults.starting(max(lo, first.start - 12), first.start)
            moved = {m.value for m in transfers.starting(lo, hi)} == {"verb", "destination"}
            if not (article and (done or moved)):
                continue
            measure = "deported" if moved and not done else None  # "raping a woman": one victim of the act
        elif measure in ("tortured", "deported") and not (
            index.within("place", lo, hi) or index.within("date", lo, hi)
        ):
            continue  # "we know where a particular child was deported from": no one event
        elif near is not None and not article:
            gap = near.start - last.end if near.start >= last.end else first.start - near.end
            if gap > 25:
                continue  # "the mayor was abducted": a definite person only with the deed right beside
        many = sum(_implicit(language).get(folded[v.start : v.end], 1) for v in group)  # "an elderly couple": two
        category = first.value if all(v.value == first.value for v in group) else "civilian"
        more = next((c for c in joined.starting(last.end, last.end + 14) if _joined(folded, last.end, c.start)), None)
        if more is not None and more.value.measure in (None, measure) and more.value.count.value:
            many += int(more.value.count.value)  # "a woman and her two children": three
            category = category if more.value.category == category else "civilian"
            last = more
        count = CountValue(many, many, "exact", float(many))
        out.append(
            Mention(
                "casualty",
                first.start,
                last.end,
                Casualty(count, category, measure, False, first.rule),
                "casualty:singular",
            )
        )
    return out


def _by_offset(mention: Mention) -> tuple[int, int]:
    return mention.start, mention.end


@step("casualties", requires=("sentences", "cues"), adds=("casualties",))
def casualties(doc: Document) -> None:
    for mention in sorted(read_casualties(doc), key=_by_offset):  # in order: Document.add stays O(1)
        doc.add(mention)
