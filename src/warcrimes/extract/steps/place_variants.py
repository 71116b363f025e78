"""Second chance for a place the gazetteer spells differently: "the city of Balaklia" -> Balakliia.

Only words right after a strong cue ("the village of", "the city of") are tried, with the
spelling endings English reports borrow from Russian or simplify (lexicons/en/places.json
"endings"); a handful of dictionary lookups per report, never a scan of the gazetteer.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from warcrimes.extract.engine.document import Mention
from warcrimes.extract.engine.language import table
from warcrimes.extract.engine.text import fold
from warcrimes.extract.steps.place_names import PlaceRef

_TRIGGERS = (
    "city of ",
    "village of ",
    "town of ",
    "settlement of ",
    "township of ",
    "hamlet of ",
    "community of ",
    "village ",
    "town ",
    " in ",
    " near ",
    " outside ",
)
_WEAK_TRIGGERS = frozenset({" in ", " near ", " outside "})  # need a longer word: "in March" is no place
_NOT_PLACES = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "spring",
        "summer",
        "autumn",
        "winter",
    }
)


@cache
def _endings(language: str) -> tuple[tuple[str, str], ...]:
    pairs = table(language, "places.json")["endings"]
    return tuple((fold(old), fold(new)) for old, new in pairs.items())


def spellings(word: str, language: str = "en") -> list[str]:
    """Other spellings of `word` by its ending: 'Hrakovo' -> ['Hrakove'], 'Balaklia' -> ['Balakliia']."""
    folded = fold(word)
    out = []
    for old, new in _endings(language):
        if folded.endswith(old) and len(folded) > len(old) + 2:
            out.append(folded[: len(folded) - len(old)] + new)
    return out


def variant_matches(
    text: str, folded: str, gaz: Any, taken: set[int], stops: frozenset[str], language: str = "en"
) -> list[tuple[int, int, str, Any, str]]:
    """Raw place entries for capitalised words after a trigger that the automaton did not match."""
    if gaz is None or not hasattr(gaz, "candidates"):
        return []
    out = []
    for trigger in _TRIGGERS:
        at = folded.find(trigger)
        while at >= 0:
            start = at + len(trigger)
            end = start
            while end < len(text) and (text[end].isalpha() or text[end] in "'\u2019"):
                end += 1
            word = text[start:end]
            weak = trigger in _WEAK_TRIGGERS
            usable = not weak or (len(word) >= 6 and fold(word) not in _NOT_PLACES)
            if usable and word[:1].isupper() and start not in taken and fold(word) not in stops:
                for spelling in spellings(word, language):
                    found = gaz.candidates(spelling)
                    if found:
                        out.append((start, end, "place", tuple(p.id for p in found), "place:spelling-variant"))
                        taken.add(start)
                        break
            at = folded.find(trigger, at + 1)
    return out


_BEFORE_NAME = {
    "Russian city of ": "RU",
    "Russian town of ": "RU",
    "Russian village of ": "RU",
    "Russian region of ": "RU",
    "Russian border town of ": "RU",
    "Russian border village of ": "RU",
    "Russian border city of ": "RU",
    "Russian border settlement of ": "RU",
    "Belarusian city of ": "BY",
    "Belarusian town of ": "BY",
}
_COUNTRIES = {", Russia": "RU", ", Belarus": "BY", " in Russia": "RU"}


def abroad(text: str) -> list[Mention]:
    """'a detention centre in Taganrog, Russia': a place outside Ukraine, named with its country.

    The gazetteer holds Ukraine only; the pattern "<Name>, Russia" is enough to keep the town.
    """
    out = []
    for marker, country in _COUNTRIES.items():
        if marker.startswith(" in"):
            continue
        at = text.find(marker)
        while at > 0:
            end = at
            start = end
            while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "-'"):
                start -= 1
            name = text[start:end]
            follows = text[at + len(marker) : at + len(marker) + 1]
            possessive = follows in "'\u2019" and follows != ""  # "on Sunday, Russia's ministry": no place
            plain = fold(name) not in _NOT_PLACES and name not in {"Ukraine"}
            if name[:1].isupper() and len(name) >= 3 and not follows.isalpha() and not possessive and plain:
                ref = PlaceRef(name, None, country, kind="settlement", role="event")
                out.append(Mention("place", start, end, ref, "place:abroad"))
            at = text.find(marker, at + 1)
    for marker, country in _BEFORE_NAME.items():
        at = text.find(marker)
        while at >= 0:
            start = at + len(marker)
            end = start
            while end < len(text) and (text[end].isalpha() or text[end] in "-'"):
                end += 1
            name = text[start:end]
            if name[:1].isupper() and len(name) >= 3:
                ref = PlaceRef(name, None, country, kind="settlement", role="event")
                out.append(Mention("place", start, end, ref, "place:abroad"))
            at = text.find(marker, at + 1)
    taken = {m.start for m in out}
    return out + [m for m in _known_abroad(text) if m.start not in taken]


@cache
def _abroad_towns(language: str = "en") -> tuple[tuple[str, str, str], ...]:
    """(town, oblast, country) for the Russian towns reports name as places of captivity."""
    raw = table(language, "places.json").get("abroad", {})
    return tuple(
        (town, oblast, country)
        for country, oblasts in raw.items()
        for oblast, towns in oblasts.items()
        for town in towns
    )


def _known_abroad(text: str, language: str = "en") -> list[Mention]:
    """'beaten in a detention facility in Taganrog': towns of captivity named without their country."""
    out = []
    for town, oblast, country in _abroad_towns(language):
        at = text.find(town)
        while at >= 0:
            end = at + len(town)
            before = text[at - 1 : at] if at else ""
            tail = text[end : end + 8].lower()
            whole = not before.isalnum() and not text[end : end + 1].isalnum() and text[end : end + 1] != "-"
            if whole and not tail.startswith((" region", " oblast", " province")):
                role = "reference" if text[max(0, at - 8) : at].lower().endswith(("to ", "to the ")) else "event"
                ref = PlaceRef(town, oblast, country, kind="settlement", role=role)
                out.append(Mention("place", at, end, ref, "place:abroad-known"))
            at = text.find(town, end)
    return out


_NAMED_SETTLEMENT = ("village of ", "town of ", "settlement of ", "city of ", "hamlet of ")


def unlisted_settlements(text: str, taken: set[int], admin1: str, country: str) -> list[Mention]:
    """'the village of Nikolskoye' in a report on Belgorod region: a border village the gazetteer
    lacks (most Russian border villages are missing) is still the scene, in the report's region."""
    out = []
    lowered = text.lower()
    for trigger in _NAMED_SETTLEMENT:
        at = lowered.find(trigger)
        while at >= 0:
            start = at + len(trigger)
            end = start
            while end < len(text) and (text[end].isalpha() or text[end] in "-'\u2019"):
                end += 1
            if text[start : start + 1].isupper() and end - start >= 3 and start not in taken:
                ref = PlaceRef(text[start:end], admin1, country, kind="settlement", role="event")
                out.append(Mention("place", start, end, ref, "place:unlisted"))
                taken.add(start)
            at = lowered.find(trigger, at + 1)
    return out
