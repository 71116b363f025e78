"""Names of places as the contract wants them: the PlaceRef value, oblast spellings, lists of regions.

Knowledge lives in lang/<xx>/places.json; these functions only read it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.engine.language import table
from warcrimes.extract.engine.text import fold

_LEX = "places.json"
_OBLAST_FORM = "oblast-form"  # the automaton's payload for an oblast's adjective or noun alone


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
    homonyms: int = 0  # settlements of this name in its oblast when the text did not tell which (0: no doubt)


# ---- regions (shipped data: lang/<xx>/places.json) ------------------------------------------------


@cache
def oblast_forms(language: str = "en") -> dict[str, str]:
    forms: dict[str, str] = {}
    for canonical, variants in table(language, _LEX)["oblast"].items():
        for variant in variants:
            forms[fold(variant)] = canonical
        forms.setdefault(fold(canonical), canonical)  # "Kyiv" (the city's own entry) keeps "Kyiv Oblast"
    return forms


@lru_cache(maxsize=1 << 16)
def canonical_oblast(name: str | None, language: str = "en") -> str | None:
    """'Donetska oblast', 'Donetsk region', 'Donetsk' -> 'Donetsk Oblast'; None when it names no oblast."""
    if not name:
        return None
    places = table(language, _LEX)
    words = [w for w in fold(name).replace(",", " ").split() if w not in places["oblast_words"]]
    key = " ".join(words)
    forms = oblast_forms(language)
    if key in forms:
        return forms[key]
    if key.endswith(tuple(places["truncated_endings"])) and key[:-1] in forms:  # "kharkivska" without the final a
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


REGION_LIST_REACH = 16  # tokens from a name to the closing "regions": five more names and their commas


def in_region_list(doc: Document, end: int) -> bool:
    """'the Donetsk, Luhansk and Kherson regions': every name of the list is an oblast."""
    listing = table(doc.lang.code, _LEX)["region_list"]
    tokens = doc.tokens
    for j in range(doc.token_at(end), min(len(tokens), doc.token_at(end) + REGION_LIST_REACH)):
        if tokens.lower[j] in listing["end"]:
            return True
        if not (tokens.lower[j] in listing["join"] or tokens.is_cap(j)):
            return False
    return False


def region_pair(doc: Document, start: int, end: int) -> bool:
    """'In Donetsk and Luhansk': two oblast names joined by 'and' name the regions, not the cities."""
    language, tokens = doc.lang.code, doc.tokens
    city = table(language, _LEX)["region_list"]["city"]
    j = doc.token_at(end)
    if j + 1 < len(tokens) and doc.in_class("conjunction", j) and canonical_oblast(tokens.words[j + 1], language):
        return not (j + 2 < len(tokens) and tokens.lower[j + 2] in city)
    k = doc.token_before(start)
    return k >= 1 and doc.in_class("conjunction", k) and bool(canonical_oblast(tokens.words[k - 1], language))


def elliptic_oblasts(doc: Document, raw: list[tuple[int, int, str, Any, str]]) -> list[tuple[int, int, str, Any, str]]:
    """'у Донецькій області - 485, Харківській - 299, Київській - 129': after an oblast named with its
    word, the bare oblast adjectives listed in the same sentence are oblasts too (the word is left out).
    Only for languages whose lemmatizer tells adjectives (the ellipsis is Ukrainian and Russian)."""
    adjective = getattr(doc.lang.lemmatizer, "is_inflected_adjective", None)
    if adjective is None:
        return []
    words = set(table(doc.lang.code, _LEX)["oblast_words"]) - {"."}
    joiners = set(table(doc.lang.code, _LEX)["region_list"]["join"])
    tokens = doc.tokens
    taken = {r[0] for r in raw if not (r[2] == "place" and _OBLAST_FORM in r[3])}  # a bare adjective is no place
    out = []
    for start, end, kind, _, _ in raw:
        if kind not in ("region", "place") or not any(w in words for w in fold(doc.text[start:end]).split()):
            continue
        _, stop = doc.sentence_of(start)
        for j in range(doc.token_at(end), len(tokens)):
            if tokens.starts[j] >= stop:
                break
            at = tokens.starts[j]
            if at in taken or not tokens.is_cap(j) or tokens.lower[j - 1] not in joiners:
                continue
            canonical = canonical_oblast(tokens.words[j], doc.lang.code)
            if canonical and adjective(tokens.lower[j]):
                taken.add(at)
                out.append((at, tokens.end(j), "region", canonical, "place:elliptic-oblast"))
    return out


# GeoNames' ё after a consonant: "Suzyomka", "Tyotkino"
_YO = re.compile(r"(?<=[bcdfghjklmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ])yo")


def spelled_as_written(doc: Document, name: str | None, start: int, end: int) -> str | None:
    """A Russian place's English name as media write it from a text that spells it with е, not ё ("Суземка":
    Suzemka, not GeoNames' Suzyomka), where the language's `yo_as_e` switch is on (Ukrainian has no ё; Russian
    texts seldom write it); an English text's own e spelling ("Suzemka") likewise (stage 21)."""
    written = doc.text[start:end].lower()
    rule = table(doc.language, _LEX)
    if not name or not rule.get("yo_as_e") or any(mark in written for mark in rule.get("yo_marks", ["ё"])):
        return name  # "Тёткино", "Тьоткіно", "Tyotkino": written with the yo, kept
    if written.isascii() and fold(_YO.sub("e", name)) != fold(doc.text[start:end]):
        return name  # an English text naming the place by another of its spellings: the display name
    return _YO.sub("e", name)


def names_town_area(doc: Document, place: Mention) -> bool:
    """The place is named by its town's area noun ("Бериславщину", "на Нікопольщині": the language's `town_areas`
    endings), a district around the town rather than the town itself."""
    endings = table(doc.language, _LEX).get("town_areas") or {}
    first = doc.token_at(place.start)
    if not endings or first >= len(doc.tokens):
        return False
    return any(lemma.endswith(tuple(endings)) for lemma in doc.tokens.lemmas[first])


# ---- qualified names ("Bolshaya Pokrovka", "в Малой Каменке") --------------------------------------


@lru_cache(maxsize=16)
def _qualifier_rule(language: str) -> tuple[tuple[str, ...], frozenset[str]]:
    rule = table(language, _LEX).get("name_qualifiers") or {}
    return tuple(fold(s) for s in rule.get("stems", ())), frozenset(fold(e) for e in rule.get("endings", ()))


def is_qualifier(word: str, language: str) -> bool:
    """'Malaya', 'Большой', 'Нової': a stem of places.json `name_qualifiers` and one of its endings, nothing else."""
    stems, endings = _qualifier_rule(language)
    folded = fold(word)
    return any(folded.startswith(stem) and folded[len(stem) :] in endings for stem in stems)


def part_of_longer_name(doc: Document, start: int, end: int, language: str) -> bool:
    """The gazetteer match is a piece of a longer settlement name it does not hold: its noun after a capitalised
    qualifier ('Bolshaya Pokrovka', 'в Большой Покровке': not a Pokrovka elsewhere), or the qualifier itself
    before a capitalised word ('Novaya Sorochina': not the village Novoye). A name the gazetteer holds whole
    was matched whole (longest match) and never comes here."""
    tokens, text = doc.tokens, doc.text
    i = doc.token_at(start)
    if i >= len(tokens) or tokens.starts[i] != start:
        return False
    j = i - 1
    if j >= 0 and tokens.is_cap(j) and text[tokens.end(j) : start] == " " and is_qualifier(tokens.words[j], language):
        return True
    after = doc.token_at(end)
    return (
        after == i + 1
        and tokens.end(i) == end
        and after < len(tokens)
        and text[end : tokens.starts[after]] == " "
        and tokens.is_cap(after)
        and tokens.words[after].isalpha()
        and is_qualifier(tokens.words[i], language)
    )
