"""Places: one automaton scan of the folded text against the gazetteer, homonyms resolved by nearby regions.

Adds mentions of kind "place" (a settlement, value PlaceRef with role "event" when it may be an
incident's location, "reference" for "30 km west of Kyiv", "org" for "Kharkiv City Council"),
"region" (an oblast, value PlaceRef) and "district" (a raion, value PlaceRef).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

import ahocorasick

from warcrimes.extract.document import Document, Mention
from warcrimes.extract.pipeline import step
from warcrimes.extract.steps.index import Index
from warcrimes.extract.steps.lexicon import compiled, fold, on_word_boundary, table
from warcrimes.extract.steps.place_variants import variant_matches

_LEX = "places.json"


class GazetteerLike(Protocol):
    def surface_forms(self) -> Iterable[tuple[str, Any]]: ...

    def by_id(self, place_id: Any) -> Any: ...


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
def _oblast_forms(language: str = "en") -> dict[str, str]:
    forms: dict[str, str] = {}
    for canonical, variants in table(language, _LEX)["oblast"].items():
        forms[fold(canonical)] = canonical
        for variant in variants:
            forms[fold(variant)] = canonical
    return forms


def canonical_oblast(name: str | None, language: str = "en") -> str | None:
    """'Donetska oblast', 'Donetsk region', 'Donetsk' -> 'Donetsk Oblast'; None when it names no oblast."""
    if not name:
        return None
    words = [w for w in fold(name).replace(",", " ").split() if w not in {"oblast", "region", "province", "the",
                                                                         "of", "oblast's", "region's"}]
    key = " ".join(words)
    forms = _oblast_forms(language)
    if key in forms:
        return forms[key]
    if key.endswith("ska") and key[:-1] in forms:  # "kharkivska" spelled without the final a
        return forms[key[:-1]]
    return None


def _region_ref(canonical: str) -> PlaceRef:
    return PlaceRef(name=None, admin1=canonical, kind="oblast")


# ---- the gazetteer automaton (built once per process) -------------------------------------------------


def _gazetteer() -> GazetteerLike | None:
    try:
        from warcrimes import gazetteer
    except ImportError:
        return None
    try:
        return gazetteer.load()
    except Exception:  # noqa: BLE001 - a missing gazetteer file degrades to "no places", never a crash
        return None


_OBLAST_ID = "oblast-form"
_AUTOMATA: dict[int, tuple[Any, ahocorasick.Automaton]] = {}


def automaton(gaz: GazetteerLike | None, language: str = "en") -> ahocorasick.Automaton:
    """One automaton per gazetteer and process: every surface form plus the oblast spellings we ship."""
    key = id(gaz)
    if key in _AUTOMATA and _AUTOMATA[key][0] is gaz:
        return _AUTOMATA[key][1]
    ids: dict[str, list[Any]] = {form: [_OBLAST_ID] for form in _oblast_forms(language)}
    for form, place_id in (gaz.surface_forms() if gaz is not None else ()):
        folded = fold(form).strip()
        if len(folded) < 3:
            continue
        for variant in {folded, folded.replace("-", " "), folded.replace(" ", "-")}:
            bucket = ids.setdefault(variant, [])
            if place_id not in bucket:
                bucket.append(place_id)
    auto = ahocorasick.Automaton()
    for form, found in ids.items():
        auto.add_word(form, (len(form), tuple(found)))
    auto.make_automaton()
    _AUTOMATA[key] = (gaz, auto)
    return auto


# ---- scanning ---------------------------------------------------------------------------------------


def _longest_matches(folded: str, auto: ahocorasick.Automaton) -> list[tuple[int, int, tuple]]:
    """Whole-word matches, longest first where they overlap, in text order."""
    found = []
    for last, (length, ids) in auto.iter(folded):
        start, end = last - length + 1, last + 1
        if on_word_boundary(folded, start, end):
            found.append((start, end, ids))
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    kept: list[tuple[int, int, tuple]] = []
    reach = -1
    for start, end, ids in found:
        if start >= reach:
            kept.append((start, end, ids))
            reach = end
    return kept


def _next_words(text: str, end: int) -> str:
    """The folded words right after a match; empty after a comma, which ends the name."""
    after = fold(text[end:end + 48]).split("\n")[0]
    return "" if after.startswith(",") else after.strip(" ")


def _suffix(after: str, phrases: Sequence[str]) -> str | None:
    for phrase in phrases:
        if after.startswith(phrase) and (len(after) == len(phrase) or not after[len(phrase)].isalnum()):
            return phrase
    return None


@cache
def _suffix_lists(language: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    raw = table(language, _LEX)
    oblast = tuple(sorted((fold(p) for p in raw["region_suffix"]["oblast"]), key=len, reverse=True))
    raion = tuple(sorted((fold(p) for p in raw["region_suffix"]["raion"]), key=len, reverse=True))
    org = tuple(sorted((fold(p) for p in raw["institution_suffix"]["org"]), key=len, reverse=True))
    ref = tuple(sorted((fold(p) for p in raw["reference_before"]["direction"]), key=len, reverse=True))
    return oblast, raion, org, ref


@cache
def _stop_forms(language: str) -> frozenset[str]:
    raw = table(language, _LEX)["stop_forms"]["stop"]
    names = table(language, "names.json")["given"]
    collisions = table(language, "place_collisions.json")["collision"]["collision"]
    return (frozenset(fold(w) for w in raw) | frozenset(n for group in names.values() for n in group)
            | frozenset(fold(w) for w in collisions))


def _surnames(text: str, language: str) -> frozenset[str]:
    """Folded words that follow a given name somewhere in the report ("Mikhail Romanov" -> "romanov")."""
    given = frozenset(n for group in table(language, "names.json")["given"].values() for n in group)
    words = fold(text).split()
    found = set()
    for first, second in zip(words, words[1:]):
        if first in given:
            found.add(second.strip(",.;:'\"()"))
    return frozenset(found)


_LIST_END = ("regions", "oblasts", "provinces", "regions,", "oblasts,")


def _in_region_list(text: str, end: int) -> bool:
    """'the Donetsk, Luhansk and Kherson regions': every name of the list is an oblast."""
    words = text[end:end + 90].replace(",", " , ").split()
    for word in words:
        low = word.lower()
        if low in _LIST_END:
            return True
        if not (word == "," or low in {"and", "&", "oblast", "region"} or word[:1].isupper()):
            return False
    return False


def _region_pair(text: str, start: int, end: int, language: str) -> bool:
    """'In Donetsk and Luhansk': two oblast names joined by 'and' name the regions, not the cities."""
    after = text[end:end + 30].split()
    if len(after) >= 2 and after[0] == "and" and canonical_oblast(after[1].strip(",.;:"), language):
        return after[2:3] != ["city"] and not (len(after) > 2 and after[2].lower().startswith("cit"))
    before = text[max(0, start - 30):start].split()
    return len(before) >= 2 and before[-1] == "and" and bool(canonical_oblast(before[-2].strip(",.;:"), language))


def _previous_word(text: str, start: int) -> str:
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    j = k
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "'.\u2019"):
        j -= 1
    return text[j:k]


_COMPOUND = ("area", "based", "controlled", "held", "occupied", "bound", "born")
_CAPITALS = frozenset({"kyiv", "kiev", "moscow"})
_METONYMY = ("and ", "said", "says", "has ", "have ", "accused", "claims", "claimed", "denied", "wants", "insists")
_PATRONYMIC = ("ovych", "evych", "ivna", "ovna", "evna", "ovich", "evich", "yivna", "ich")
_STREET = ("street", "st.", "avenue", "ave", "square", "boulevard", "lane", "road", "highway", "prospekt")


def _is_person(text: str, start: int, language: str) -> bool:
    """A place-named word right after a given name or an honorific is a surname ("Ivan Fedorov")."""
    word = fold(_previous_word(text, start)).rstrip(".")
    if not word:
        return False
    if word.endswith(_PATRONYMIC) and text[start - len(word) - 1:start][:1].isupper():
        return True
    names = compiled(language, "names.json", ("given", "honorific"))
    return any(hit.start == 0 and hit.end == len(word) for hit in names.scan(word))


def _role(text: str, folded: str, start: int, end: int, language: str) -> str:
    _, _, org, ref = _suffix_lists(language)
    if text[end:end + 1] in "-\u2010\u2011" and text[end + 1:end + 12].startswith(_COMPOUND):
        return "reference"  # "Kyiv-area towns", "Kherson-based": a neighbourhood, not the scene
    after = _next_words(text, end)
    if _suffix(after, org):
        return "org"
    before = folded[max(0, start - 40):start].rstrip()
    for phrase in ref:
        if before.endswith(phrase) and (len(before) == len(phrase) or not before[-len(phrase) - 1].isalnum()):
            return "reference"
    if text[start:end].isupper() and end - start > 3 and text[end:end + 1] == ",":
        return "reference"  # a dateline: "KYIV, June 8 (Reuters)"
    if start > 0 and text[start - 1] == "(" and text[end:end + 1] == ",":
        return "reference"  # "(Kyiv, April 13, 2023)"
    tail = folded[end:end + 80].split(".")[0]
    if "and other" in tail and tail.startswith(","):
        return "reference"  # "in Bucha, Irpin, Izyum, and other cities": rhetoric, not a scene
    if folded[start:end] in _CAPITALS and (after.startswith(_METONYMY) or before.endswith(" and")):
        return "reference"  # "Kyiv and Moscow", "Kyiv said": the government, not the city
    return "event"


def _as_ref(place: Any, role: str, language: str) -> PlaceRef:
    kind = getattr(place, "kind", "settlement") or "settlement"
    admin1 = canonical_oblast(getattr(place, "admin1", None), language) or getattr(place, "admin1", None)
    if kind == "oblast":
        return PlaceRef(None, canonical_oblast(place.name, language) or place.name, getattr(place, "country", "UA"),
                        kind="oblast", role=role, place_id=getattr(place, "id", None))
    return PlaceRef(place.name, admin1, getattr(place, "country", "UA"), getattr(place, "lat", None),
                    getattr(place, "lon", None), getattr(place, "admin2", None), kind, role,
                    getattr(place, "id", None))


def _choose(candidates: list[Any], admin1: str | None, admin2: str | None, language: str) -> Any | None:
    """Among homonyms, the one in the named raion, else the named oblast, else the most populous."""
    if not candidates:
        return None
    if admin2:
        key = fold(admin2).split()[0]
        inside = [c for c in candidates if key in fold(getattr(c, "admin2", "") or "")]
        if inside:
            candidates = inside
    if admin1:
        inside = [c for c in candidates if canonical_oblast(getattr(c, "admin1", None), language) == admin1]
        if inside:
            candidates = inside
    return max(candidates, key=lambda c: (getattr(c, "population", 0) or 0))


def _lookup(gaz: GazetteerLike | None, ids: Sequence[Any]) -> list[Any]:
    if gaz is None:
        return []
    found = (gaz.by_id(i) for i in ids if i != _OBLAST_ID)
    return [p for p in found if p is not None]


def find_places(doc: Document, gaz: GazetteerLike | None) -> list[Mention]:
    """Place, region and district mentions of one document (pure given the gazetteer)."""
    language = doc.language if doc.language != "und" else "en"
    auto = automaton(gaz, language)
    text, folded = doc.text, fold(doc.text)
    oblast_sfx, raion_sfx, _, _ = _suffix_lists(language)
    stops = _stop_forms(language)
    raw: list[tuple[int, int, str, Any, str]] = []  # start, end, kind, payload, rule
    for start, end, ids in _longest_matches(folded, auto):
        if not text[start].isupper() or folded[start:end] in stops:
            continue
        after = _next_words(text, end)
        found = _lookup(gaz, ids)
        if found and all(getattr(p, "kind", "") in {"oblast", "raion"} for p in found):
            oblast = next((p for p in found if p.kind == "oblast"), None)
            if oblast is not None:
                canonical = canonical_oblast(oblast.name, language) or canonical_oblast(text[start:end], language)
                if canonical:
                    raw.append((start, end, "region", canonical, "place:oblast-name"))
            else:
                raion = found[0]
                raw.append((start, end, "district", (raion.name.replace(" Raion", ""), ids), "place:raion-name"))
            continue
        if not found and " " in folded[start:end] and canonical_oblast(text[start:end], language):
            raw.append((start, end, "region", canonical_oblast(text[start:end], language), "place:oblast-name"))
            continue
        sfx = _suffix(after, oblast_sfx)
        if not sfx and canonical_oblast(text[start:end], language) and (
                _in_region_list(text, end) or _region_pair(text, start, end, language)):
            raw.append((start, end, "region", canonical_oblast(text[start:end], language), "place:region-list"))
            continue
        if sfx:
            canonical = canonical_oblast(text[start:end], language)
            if canonical:
                stop = text.find(sfx.split()[0], end, end + 48)
                raw.append((start, (stop + len(sfx)) if stop >= 0 else end, "region", canonical, "place:oblast-suffix"))
            continue
        sfx = _suffix(after, raion_sfx)
        if sfx:
            raw.append((start, end, "district", (text[start:end], ids), "place:raion-suffix"))
            continue
        if _is_person(text, start, language) or _suffix(after, _STREET):
            continue
        if text[end:end + 1] in "-\u2010\u2011" and text[end + 1:end + 2].isupper():
            continue  # part of a longer name: "Lvova-Belova"
        if text[end:end + 1] in "-\u2010\u2011" and text[end + 1:end + 12].startswith(_COMPOUND):
            raw.append((start, end, "place", ids, "place:compound"))
            continue
        raw.append((start, end, "place", ids, "place:gazetteer"))
    # Context for homonyms: regions and districts named in each sentence, then in the whole report.
    surnames = _surnames(text, language)
    raw = [r for r in raw if r[2] != "place" or folded[r[0]:r[1]] not in surnames]
    raw.extend(variant_matches(text, folded, gaz, {r[0] for r in raw}, stops))
    raw.sort(key=lambda r: r[0])
    doc_regions = Counter(p[3] for p in raw if p[2] == "region")
    main_region = doc_regions.most_common(1)[0][0] if doc_regions else None
    mentions: list[Mention] = []
    index = Index(doc)
    region_starts = [p[0] for p in raw if p[2] == "region"]
    region_rows = [p for p in raw if p[2] == "region"]
    district_starts = [p[0] for p in raw if p[2] == "district"]
    district_rows = [p for p in raw if p[2] == "district"]
    for start, end, kind, payload, rule in raw:
        s_start, s_end = index.sentence_of(start)
        near_regions = region_rows[bisect_left(region_starts, s_start):bisect_left(region_starts, s_end)]
        after_regions = [p for p in near_regions if p[0] >= end] or near_regions
        region = min(after_regions, key=lambda p: abs(p[0] - end))[3] if after_regions else None
        if kind == "region":
            mentions.append(Mention("region", start, end, _region_ref(payload), rule))
            continue
        if kind == "district":
            name, ids = payload
            places = _lookup(gaz, ids)
            raions = [p for p in places if getattr(p, "kind", "") == "raion"]
            centre = _choose(raions or places, region or main_region, None, language)
            admin1 = region or (canonical_oblast(getattr(centre, "admin1", None), language) if centre else None)
            ref = PlaceRef(None, admin1, "UA", admin2=f"{name} Raion", kind="raion")
            mentions.append(Mention("district", start, end, ref, rule))
            continue
        places = _lookup(gaz, payload)
        settlements = [p for p in places if getattr(p, "kind", "settlement") not in {"oblast", "raion", "country"}]
        if not settlements:
            oblasts = [p for p in places if getattr(p, "kind", "") == "oblast"]
            canonical = canonical_oblast(text[start:end], language)
            if oblasts:
                mentions.append(Mention("region", start, end, _as_ref(oblasts[0], "event", language),
                                        "place:oblast-name"))
            elif canonical and " " in canonical and fold(canonical) == folded[start:end]:
                mentions.append(Mention("region", start, end, _region_ref(canonical), "place:oblast-name"))
            continue
        districts = district_rows[bisect_left(district_starts, end + 1):bisect_left(district_starts, s_end)]
        admin2 = districts[0][3][0] if districts else None
        chosen = _choose(settlements, region or (None if len(settlements) == 1 else main_region), admin2, language)
        if chosen is None or (getattr(chosen, "country", "UA") or "UA") != "UA":
            continue
        ref = _as_ref(chosen, _role(text, folded, start, end, language), language)
        if ref.admin1 is None and region:
            ref = PlaceRef(ref.name, region, ref.country, ref.lat, ref.lon, ref.admin2, ref.kind, ref.role,
                           ref.place_id)
        mentions.append(Mention("place", start, end, ref, rule))
    return mentions


@step("places", requires=("sentences",), adds=("places",))
def places(doc: Document) -> None:
    for mention in find_places(doc, _gazetteer()):
        doc.add(mention)
