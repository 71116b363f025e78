"""What each count counts: the people it names (victim category) and what happened to them.

Reads "count" mentions (numbers step) with the cue mentions, and adds mentions of kind
"casualty" (value Casualty): "killing at least 51 people" -> killed, civilian, 51;
"45 service personnel ... returned" -> released, pow. Counts of things ("98 attacks",
"10 oblasts", "16 days") are left out; singular victims ("a civilian died") count as one.
"""

from __future__ import annotations

from functools import cache

from warcrimes.extract.document import Document, Mention
from warcrimes.extract.pipeline import step
from warcrimes.extract.steps.casualty_words import (
    LEXICON,
    Casualty,
    age_apposition,
    measure_hits,
    nearest_measure,
)
from warcrimes.extract.steps.index import Index, Spans
from warcrimes.extract.steps.lexicon import Hit, fold, table
from warcrimes.extract.steps.named_victims import named_victims
from warcrimes.extract.values import CountValue

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
_SUBSET = ("including", "among them", "of them", "of whom")
_ANY_CIVILIAN = Mention("victim", 0, 0, "civilian", "casualty:subset")  # people of whom some are children
# Counts of the accused: "two soldiers were charged with ..." are suspects, not victims (CONTRACT.md).
_ACCUSED = ("charged", "accused", "suspected", "indicted", "convicted", "notified of suspicion", "have been charged")
_VAGUE = ("hundreds", "dozens", "thousands", "scores", "tens", "several", "many", "numerous")


@cache
def _things(language: str) -> tuple[str, ...]:
    return tuple(sorted((fold(t) for t in table(language, LEXICON)["thing"]["thing"]), key=len, reverse=True))


def _starts_with_any(text: str, phrases: tuple[str, ...]) -> bool:
    for phrase in phrases:
        if text.startswith(phrase) and (len(text) == len(phrase) or not text[len(phrase)].isalnum()):
            return True
    return False


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
        if age_apposition(folded, mention, victims):
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
            said = [h for h in local if h.start >= victim.end]
            # "90% of the POWs interviewed (or returned) said they were tortured": those words pick the people out
            said = [h for h in said if h.value not in {"surveyed", "released", "held_captive"}] or said
            near = nearest_measure(said, victim.start, victim.end, lo, hi, 60, folded)
        elif value.unit == "percent" and folded[lo : mention.start].rstrip().endswith("("):
            opening = folded[lo : mention.start].rstrip()[:-1].rstrip()  # "most of the casualties (91 per cent)"
            near = next((h for h in reversed(local) if h.end == lo + len(opening)), None)
        else:
            near = nearest_measure(local, mention.start, mention.end, lo, hi, 60, folded)
        if victim is None and (
            near is None or (near.start > mention.end and _clause_break(folded, mention.end, near.start))
        ):
            far = nearest_measure([h for h in local if h.end <= mention.start], mention.start, mention.end, lo, hi, 160)
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
    out.extend(named_victims(doc, folded, measures, index, out))
    return out


def _by_offset(mention: Mention) -> tuple[int, int]:
    return mention.start, mention.end


@step("casualties", requires=("sentences", "cues"), adds=("casualties",))
def casualties(doc: Document) -> None:
    for mention in sorted(read_casualties(doc), key=_by_offset):  # in order: Document.add stays O(1)
        doc.add(mention)
