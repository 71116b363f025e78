"""Names of places as the contract wants them: the PlaceRef value, oblast spellings, lists of regions.

Knowledge lives in lexicons/<lang>/places.json; these functions only read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from warcrimes.extract.engine.language import table
from warcrimes.extract.engine.text import fold

_LEX = "places.json"


@dataclass(frozen=True, slots=True)
class PlaceRef:
    """A place named in the text, as the contract wants it (admin1 spelled "Donetsk Oblast")."""

    name: str | None
    admin1: str | None
    country: str | None = "UA"
    lat: float | None = None
    lon: float | None = None
    admin2: str | None = None
    kind: str = "settlement"  # settlement | oblast | raion
    role: str = "event"  # event | reference | org
    place_id: Any = None


# ---- regions (shipped data: lexicons/en/places.json) ------------------------------------------------


@cache
def oblast_forms(language: str = "en") -> dict[str, str]:
    forms: dict[str, str] = {}
    for canonical, variants in table(language, _LEX)["oblast"].items():
        for variant in variants:
            forms[fold(variant)] = canonical
        forms.setdefault(fold(canonical), canonical)  # "Kyiv" (the city's own entry) keeps "Kyiv Oblast"
    return forms


def canonical_oblast(name: str | None, language: str = "en") -> str | None:
    """'Donetska oblast', 'Donetsk region', 'Donetsk' -> 'Donetsk Oblast'; None when it names no oblast."""
    if not name:
        return None
    words = [
        w
        for w in fold(name).replace(",", " ").split()
        if w not in {"oblast", "region", "province", "the", "of", "oblast's", "region's"}
    ]
    key = " ".join(words)
    forms = oblast_forms(language)
    if key in forms:
        return forms[key]
    if key.endswith("ska") and key[:-1] in forms:  # "kharkivska" spelled without the final a
        return forms[key[:-1]]
    return None


@cache
def _oblast_countries(language: str = "en") -> dict[str, str]:
    raw = table(language, _LEX).get("oblast_abroad", {})
    return {oblast: country for country, oblasts in raw.items() for oblast in oblasts}


def oblast_country(canonical: str | None, language: str = "en") -> str:
    """'Kursk Oblast' -> 'RU'; Ukraine's oblasts (and anything unknown) -> 'UA'."""
    return _oblast_countries(language).get(canonical or "", "UA")


def region_ref(canonical: str) -> PlaceRef:
    return PlaceRef(name=None, admin1=canonical, country=oblast_country(canonical), kind="oblast")


# ---- the gazetteer automaton (built once per process) -------------------------------------------------


_LIST_END = ("regions", "oblasts", "provinces", "regions,", "oblasts,")


def in_region_list(text: str, end: int) -> bool:
    """'the Donetsk, Luhansk and Kherson regions': every name of the list is an oblast."""
    words = text[end : end + 90].replace(",", " , ").split()
    for word in words:
        low = word.lower()
        if low in _LIST_END:
            return True
        if not (word == "," or low in {"and", "&", "oblast", "region"} or word[:1].isupper()):
            return False
    return False


def region_pair(text: str, start: int, end: int, language: str) -> bool:
    """'In Donetsk and Luhansk': two oblast names joined by 'and' name the regions, not the cities."""
    after = text[end : end + 30].split()
    if len(after) >= 2 and after[0] == "and" and canonical_oblast(after[1].strip(",.;:"), language):
        return after[2:3] != ["city"] and not (len(after) > 2 and after[2].lower().startswith("cit"))
    before = text[max(0, start - 30) : start].split()
    return len(before) >= 2 and before[-1] == "and" and bool(canonical_oblast(before[-2].strip(",.;:"), language))
