"""Places: one automaton scan of the folded text against the gazetteer, homonyms resolved by nearby regions.

Adds mentions of kind "place" (a settlement, value PlaceRef with role "event" when it may be an
incident's location, "reference" for "30 km west of Kyiv", "org" for "Kharkiv City Council"),
"region" (an oblast, value PlaceRef) and "district" (a raion, value PlaceRef).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from heapq import nlargest
from importlib import resources
from itertools import accumulate
from typing import Any, Protocol

import ahocorasick

from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.engine.index import Index
from warcrimes.extract.engine.language import LANG_PACKAGE, available, table
from warcrimes.extract.engine.pipeline import step
from warcrimes.extract.engine.text import fold, on_word_boundary
from warcrimes.extract.steps.people import given_names, report_given_names
from warcrimes.extract.steps.place_cases import OBLAST_FORM, case_matches, oblique_before, without_people
from warcrimes.extract.steps.place_context import (
    captures_as_background,
    homonym_notes,
    is_person,
    names_an_organisation,
    role_of,
    stop_forms,
    suffix_at,
    surnames,
    villages_over_communities,
)
from warcrimes.extract.steps.place_names import (
    PlaceRef,
    canonical_oblast,
    elliptic_oblasts,
    in_region_list,
    oblast_country,
    oblast_forms,
    part_of_longer_name,
    region_pair,
    region_ref,
)
from warcrimes.extract.steps.place_variants import (
    abroad,
    district_adjectives,
    in_latin,
    longer_unlisted,
    unlisted_before_region,
    unlisted_settlements,
    variant_matches,
)
from warcrimes.gazetteer.fold import fold as gazetteer_fold

__all__ = ["PlaceRef", "canonical_oblast", "find_places", "places"]

_LEX = "places.json"


class GazetteerLike(Protocol):
    def surface_forms(self) -> Iterable[tuple[str, Any]]: ...

    def by_id(self, place_id: Any) -> Any: ...


def _gazetteer() -> GazetteerLike | None:
    try:
        from warcrimes import gazetteer
    except ImportError:
        return None
    try:
        return gazetteer.load()
    except Exception:  # noqa: BLE001 - a missing gazetteer file degrades to "no places", never a crash
        return None


_OBLAST_ID = OBLAST_FORM
VILLAGE = 5000  # people: below this a namesake is a village, which a well-known foreign town of the name outranks
OUTRANKS = 20  # times the people: Voronezh (1,000,000) before the Ukrainian Voronizh (7,000) in a Russian text
_AUTOMATA: dict[int, tuple[Any, ahocorasick.Automaton]] = {}


def automaton(gaz: GazetteerLike | None, language: str = "en") -> ahocorasick.Automaton:
    """One automaton per gazetteer and process: every surface form plus the oblast spellings every
    language ships (one build serves a batch of English, Ukrainian and Russian reports alike)."""
    key = id(gaz)
    if key in _AUTOMATA and _AUTOMATA[key][0] is gaz:
        return _AUTOMATA[key][1]
    built = getattr(gaz, "digest", "")
    if built:  # the shipped gazetteer: the automaton is read back from the cache while its inputs stay the same
        from warcrimes.gazetteer.cache import cache_key, library_build, remembered, source_of

        # the inputs are the files themselves: a hit loads no language (pymorphy3 takes 0.35 s to load)
        cached_as = cache_key("places-automaton", lambda: [
            built.encode(), library_build(ahocorasick), *source_of(__name__, "warcrimes.extract.engine.text"),
            *(code.encode() + resources.files(f"{LANG_PACKAGE}.{code}").joinpath(_LEX).read_bytes()
              for code in sorted(available()))])
        auto = remembered("places-automaton", cached_as, lambda: _build(gaz))
    else:
        auto = _build(gaz)
    _AUTOMATA[key] = (gaz, auto)
    return auto


def _build(gaz: GazetteerLike | None) -> ahocorasick.Automaton:
    ids: dict[str, list[Any]] = {form: [_OBLAST_ID] for code in sorted(available()) for form in oblast_forms(code)}
    for form, place_id in gaz.surface_forms() if gaz is not None else ():
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


def _as_ref(place: Any, role: str, language: str) -> PlaceRef:
    kind = getattr(place, "kind", "settlement") or "settlement"
    admin1 = canonical_oblast(getattr(place, "admin1", None), language) or getattr(place, "admin1", None)
    if kind == "oblast":
        return PlaceRef(
            None,
            canonical_oblast(place.name, language) or place.name,
            getattr(place, "country", "UA"),
            kind="oblast",
            role=role,
            place_id=getattr(place, "id", None),
        )
    return PlaceRef(
        place.name,
        admin1,
        getattr(place, "country", "UA"),
        getattr(place, "lat", None),
        getattr(place, "lon", None),
        getattr(place, "admin2", None),
        kind,
        role,
        getattr(place, "id", None),
    )


TOWN = 10_000  # a town ten times larger than every namesake in its oblast is the one meant
CITY = 50_000  # a city this large is the one meant, unless its own sentence names another oblast


def homonyms(chosen: Any, candidates: list[Any], admin2: str | None) -> int:
    """How many settlements of the chosen one's name lie in its oblast when no raion told them apart
    (many villages share a name within one oblast): 0 when the choice is not in doubt."""
    if chosen is None or admin2 or (getattr(chosen, "population", 0) or 0) >= CITY:
        return 0
    same = [c for c in candidates if getattr(c, "admin1", None) == getattr(chosen, "admin1", None)]
    size = getattr(chosen, "population", 0) or 0
    others = [getattr(c, "population", 0) or 0 for c in same if c is not chosen]
    if size >= TOWN and all(other * 10 <= size for other in others):
        return 0  # a town of 20,000 beside hamlets of its name: the town is meant
    return len(same) if len(same) > 1 else 0


def _choose(candidates: list[Any], admin1: str | None, admin2: str | None, language: str) -> Any | None:
    """Among homonyms, the one in the named raion, else the named oblast, else the most populous."""
    if not candidates:
        return None
    if admin2:
        key = fold(admin2).split()[0]
        inside = [c for c in candidates if key in fold(getattr(c, "admin2", "") or "")]
        if inside:
            candidates = inside
    inside = []
    if admin1:
        inside = [c for c in candidates if canonical_oblast(getattr(c, "admin1", None), language) == admin1]
        if inside:
            candidates = inside
    home = [c for c in candidates if (getattr(c, "country", "UA") or "UA") == "UA"]
    if home and not inside and not _town_over_villages(candidates, home, language):
        candidates = home  # a Ukrainian village before its Russian namesake, unless a Russian region is named
    return max(candidates, key=lambda c: getattr(c, "population", 0) or 0)


def _oblasts_of_bodies(
    doc: Document, raw: list[tuple[int, int, str, Any, str]], language: str
) -> list[tuple[int, int, str, Any, str]]:
    """'прокурори Чернігівської обласної прокуратури', 'Донецької ОВА': the oblast of a body that speaks
    of an act is where the act's homonym villages are looked for; it is not a scene of its own."""
    out: list[tuple[int, int, str, Any, str]] = []
    if "oblast_body" not in table(language, "classes.json")["classes"]:
        return out  # a language that names no such bodies
    tokens = doc.tokens
    for start, end, kind, payload, _ in raw:
        if kind != "place" or _OBLAST_ID not in payload:
            continue
        j = doc.token_at(end)
        canonical = canonical_oblast(doc.text[start:end], language)
        if canonical and j < len(tokens) and doc.lang.has("oblast_body", tokens, j):
            out.append((start, end, "context", canonical, "place:oblast-body"))
    return out


def _first_part(text: str, end: int) -> bool:
    """Whether a name ending at `end` is the first part of a hyphenated one ("Середино-Будська")."""
    return text[end : end + 1] in "-\u2010\u2011" and text[end + 1 : end + 2].isupper()


def _own_named(settlements: list[Any], form: str) -> list[Any]:
    """The settlements whose own name (English, or the first spelling: its name in its own language) is
    `form`, leaving out those that only once bore it (GeoNames keeps Donetsk's former name Олександрівка,
    the name of a hundred villages)."""
    form = gazetteer_fold(form)
    return [
        p
        for p in settlements
        if (getattr(p, "country", "UA") or "UA") != "UA"  # a Russian place's own spelling is not listed first
        or _is_own(form, _folded_name(p.name))
        or _is_own(form, _folded_name(p.aliases[0]) if p.aliases else "")
    ]


@lru_cache(maxsize=1 << 16)
def _folded_name(name: str) -> str:
    """A gazetteer name folded, remembered: each mention of a common name asks for all its homonyms'."""
    return gazetteer_fold(name)


def _is_own(form: str, name: str) -> bool:
    """`form` is `name` or one of its case forms ("слов'янську" of Слов'янськ, "олександрівці" of
    Олександрівка): they differ at most in the last two letters."""
    if not name:
        return False
    if form == name or form.isascii():
        return form == name  # English names are not inflected
    shared = len(name) - 2
    return shared >= 4 and form[:shared] == name[:shared] and abs(len(form) - len(name)) <= 2


def _town_over_villages(candidates: list[Any], home: list[Any], language: str) -> bool:
    """'на окраине Валуек' in a Russian text: the Russian town of 35,000 before Ukrainian villages of its name,
    and a city twenty times the size of a Ukrainian town of its name (Воронеж), where the language says so
    (`foreign_town_over_home_village` in places.json: the town's least size)."""
    least = table(language, _LEX).get("foreign_town_over_home_village")
    if not least:
        return False
    biggest_home = max((getattr(c, "population", 0) or 0 for c in home), default=0)
    foreign = max((getattr(c, "population", 0) or 0 for c in candidates if c not in home), default=0)
    return foreign >= int(least) and (biggest_home < VILLAGE or foreign >= OUTRANKS * biggest_home)


_PLACES_OF: dict[int, tuple[Any, dict[tuple[Any, ...], tuple[Any, ...]]]] = {}


def _lookup(gaz: GazetteerLike | None, ids: Sequence[Any]) -> list[Any]:
    """The places of an automaton payload's ids, remembered per payload: a common name ("Stepove",
    dozens of villages) is looked up once per process, not at every mention."""
    if gaz is None:
        return []
    known = _PLACES_OF.get(id(gaz))
    if known is None or known[0] is not gaz:
        known = _PLACES_OF[id(gaz)] = (gaz, {})
    key = tuple(ids)
    places = known[1].get(key)
    if places is None:
        if len(known[1]) > 100_000:  # bounded by the gazetteer's names; cleared if it runs away
            known[1].clear()
        found = (gaz.by_id(i) for i in ids if i != _OBLAST_ID)
        places = known[1][key] = tuple(p for p in found if p is not None)
    return list(places)


def _bare_oblasts_after_homonyms(
    doc: Document, gaz: GazetteerLike | None, raw: list[tuple[int, int, str, Any, str]], language: str
) -> list[tuple[int, int, str, Any, str]]:
    """'Stepove, Zaporizhzhia' or 'Ivanivka (Kherson)': an oblast's bare name right after a village that
    several oblasts share, one of them that oblast, names the village's oblast, not its centre city."""
    out = list(raw)
    for i in range(1, len(raw)):
        start, end, kind, payload, _ = raw[i]
        before = raw[i - 1]
        canonical = canonical_oblast(doc.text[start:end], language)
        if kind != "place" or before[2] != "place" or not canonical:
            continue
        if doc.text[before[1] : start] not in (", ", " ("):
            continue
        settlements = [p for p in _lookup(gaz, before[3]) if getattr(p, "kind", "settlement") == "settlement"]
        oblasts = {canonical_oblast(getattr(p, "admin1", None), language) for p in settlements}
        if len(settlements) > 1 and canonical in oblasts:
            out[i] = (start, end, "region", canonical, "place:oblast-after-homonym")
    return out


def _date_cover(doc: Document) -> Callable[[int, int], bool]:
    """Whether [start, end) lies inside a date, by bisection over the dates' starts and their running
    furthest end (a report of many dates and many places stays linear, not dates x places)."""
    dated = sorted((m.start, m.end) for m in doc.of_kind("date"))
    starts = [lo for lo, _ in dated]
    furthest = list(accumulate((hi for _, hi in dated), max))

    def covered(start: int, end: int) -> bool:
        at = bisect_right(starts, start)
        return at > 0 and furthest[at - 1] >= end

    return covered


def _after_preposition(doc: Document, start: int) -> bool:
    """A place preposition right before a word ("in Nadiia", "у Надії") makes it a place, whatever else it names."""
    k = doc.token_before(start)
    return k >= 0 and doc.in_class("locative_preposition", k)


def _inflected_given_name(doc: Document, start: int, end: int) -> bool:
    """One word whose lemma is a given name of names.json in an oblique case ("Максима", "Олену"): a person,
    as the nominative already is (its form is a stop form), unless a place preposition stands before it."""
    k = doc.token_at(start)
    if k >= len(doc.tokens) or doc.tokens.end(k) != end or len(doc.tokens.lemmas[k]) < 2:
        return False
    given = given_names(doc.lang.code)
    return any(lemma in given for lemma in doc.tokens.lemmas[k][1:]) and not _after_preposition(doc, start)


def _names_a_government(doc: Document, end: int) -> bool:
    """A place word right before a noun of government (class `government_noun`: "режим", "regime") names
    the government, not a settlement ("Киевский режим" is not the village Kievsky)."""
    j = doc.token_at(end)
    while j < len(doc.tokens) and doc.tokens.starts[j] < end:
        j += 1
    return j < len(doc.tokens) and doc.in_class("government_noun", j)


def _names_water(doc: Document, start: int, end: int) -> bool:
    """A place word right after or right before a noun of water (class `water_noun`: "the Inhulets river",
    "the river Oskil", "на річці Інгулець") names the river or lake, not the village of that name: bodies
    pulled from a river were not found in the village the river shares its name with."""
    j = doc.token_at(end)
    while j < len(doc.tokens) and doc.tokens.starts[j] < end:
        j += 1
    if j < len(doc.tokens) and doc.in_class("water_noun", j):
        return True
    k = doc.token_before(start)
    return k >= 0 and doc.in_class("water_noun", k)


def _bare_after(doc: Document, match: tuple[int, int, Any]) -> bool:
    """An oblast's adjective alone after a preposition of place ("у Курську", "до Брянська"): likelier a town in -ськ
    in an oblique case, so the case scan may read it again (the language's `oblique_prepositions`)."""
    start, end, ids = match
    if list(ids) != [_OBLAST_ID]:
        return False
    i = doc.token_at(start)
    if not oblique_before(doc, i) or suffix_at(doc, "oblast_suffix", end):
        return False
    return doc.token_at(end) == i + 1


def find_places(doc: Document, gaz: GazetteerLike | None) -> list[Mention]:
    """Place, region and district mentions of one document (pure given the gazetteer)."""
    language = doc.language if doc.language != "und" else "en"
    auto = automaton(gaz, language)
    text, folded = doc.text, doc.folded
    stops = stop_forms(language)
    standalone = frozenset(table(language, _LEX).get("standalone_regions", ()))  # "Херсонщина" names the oblast alone
    raw: list[tuple[int, int, str, Any, str]] = []  # start, end, kind, payload, rule
    exact = _longest_matches(folded, auto)
    # "Середино-Будська громада": the first part of a hyphenated name, or a lowercase word that spells a
    # village ("громада"), leaves the whole name to the case scan (both are passed over below)
    whole = [
        (m[0], m[1]) for m in exact if text[m[0]].isupper() and not _first_part(text, m[1]) and not _bare_after(doc, m)
    ]
    exact.extend(case_matches(doc, auto, whole))
    exact = without_people(doc, sorted(exact, key=lambda m: m[0]))
    inside_date = _date_cover(doc)
    groups = doc.hits("ngo")
    for start, end, ids in exact:
        if not text[start].isupper() or folded[start:end] in stops:
            continue
        if _inflected_given_name(doc, start, end):
            continue  # "катували Максима разом із ще 14": the man, not the village Maksym
        if any(h.start <= start and end <= h.end for h in groups):
            continue  # "Громадська організація «Схід SOS»": a rights group's name (actors.json `ngo`), no scene
        if inside_date(start, end):
            continue  # "Дванадцятого березня": a day written in words, not the village of that name
        found = _lookup(gaz, ids)
        if found and all(getattr(p, "kind", "") in {"oblast", "raion"} for p in found):
            oblast = next((p for p in found if p.kind == "oblast"), None)
            if oblast is not None:
                canonical = canonical_oblast(oblast.name, language) or canonical_oblast(text[start:end], language)
                if canonical and names_an_organisation(doc, end):
                    raw.append((start, end, "context", canonical, "place:oblast-body"))  # "Sumy Oblast Council"
                elif canonical:
                    raw.append((start, end, "region", canonical, "place:oblast-name"))
            else:
                raion = found[0]
                raw.append((start, end, "district", (raion.name.replace(" Raion", ""), ids), "place:raion-name"))
            continue
        if not found and (" " in folded[start:end] or folded[start:end] in standalone) and canonical_oblast(
            text[start:end], language
        ):
            kind = "context" if names_an_organisation(doc, end) else "region"
            raw.append((start, end, kind, canonical_oblast(text[start:end], language), "place:oblast-name"))
            continue
        region_on = next((h for h in doc.ending_at("region_by_preposition", end) if h.start < start), None)
        if region_on is not None:  # "на Запоріжжі": the oblast, though "у Запоріжжі" is the city
            raw.append((start, end, "region", region_on.value, "place:region-by-preposition"))
            continue
        sfx = suffix_at(doc, "oblast_suffix", end)
        if (
            not sfx
            and canonical_oblast(text[start:end], language)
            and (in_region_list(doc, end) or region_pair(doc, start, end))
        ):
            raw.append((start, end, "region", canonical_oblast(text[start:end], language), "place:region-list"))
            continue
        if sfx:
            canonical = canonical_oblast(text[start:end], language)
            if canonical and names_an_organisation(doc, sfx.end):
                raw.append((start, sfx.end, "context", canonical, "place:oblast-body"))  # "Sumy Oblast Council"
            elif canonical:
                raw.append((start, sfx.end, "region", canonical, f"place:oblast-suffix<-{sfx.id}"))
            continue
        sfx = suffix_at(doc, "raion_suffix", end)
        if sfx:
            raw.append((start, end, "district", (text[start:end], ids), f"place:raion-suffix<-{sfx.id}"))
            continue
        if is_person(doc, start) or suffix_at(doc, "street_suffix", end):
            continue
        if _names_a_government(doc, end):
            continue  # "киевский режим", "the Kyiv regime": rhetoric for a government, no scene
        if _names_water(doc, start, end):
            continue  # "the Inhulets river", "річка Оскіл": a river or lake, no settlement
        if _first_part(text, end):
            continue  # part of a longer name: "Lvova-Belova"
        if part_of_longer_name(doc, start, end, language):
            continue  # "Bolshaya Pokrovka", "в Малой Каменке", "Novaya Sorochina": a longer name the gazetteer lacks
        if start > 1 and text[start - 1] in "-\u2010\u2011" and text[start - 2].isalpha():
            continue  # the second part of one: "Lvova-Belova", "Львова-Белова"
        if start > 0 and text[start - 1] == "#":
            continue  # a hashtag ("#Белгород #обстрел") files the post, it names no scene
        if text[end : end + 1] in "-\u2010\u2011" and doc.starting_at("compound_tail", end):
            raw.append((start, end, "place", ids, "place:compound"))
            continue
        raw.append((start, end, "place", ids, "place:gazetteer"))
    # Context for homonyms: regions and districts named in each sentence, then in the whole report.
    named = surnames(text, language, folded)
    raw = [r for r in raw if r[2] != "place" or folded[r[0] : r[1]] not in named]
    given = report_given_names(doc)  # "Nadiia Kravets ... Nadiia learned": a person, though Nadiia is a village
    raw = [r for r in raw if r[2] != "place" or folded[r[0] : r[1]] not in given or _after_preposition(doc, r[0])]
    raw.extend(variant_matches(doc, gaz, {r[0] for r in raw}, stops))
    raw.extend(elliptic_oblasts(doc, raw))
    raw.extend(_oblasts_of_bodies(doc, raw, language))
    raw.extend(district_adjectives(doc, gaz, {r[0] for r in raw}))
    raw.sort(key=lambda r: r[0])
    notes = homonym_notes(doc)  # "(не плутати з Покровськом на Донеччині)": the namesake and its region, no scene
    raw = [r for r in raw if not any(lo <= r[0] < hi for lo, hi in notes)] if notes else raw
    raw = _bare_oblasts_after_homonyms(doc, gaz, raw, language)
    doc_regions = Counter(p[3] for p in raw if p[2] in ("region", "context"))
    main_region = doc_regions.most_common(1)[0][0] if doc_regions else None
    towns_region = None if main_region else _region_of_towns(gaz, raw, language)
    in_russia = bool(doc_regions) and all(oblast_country(r, language) == "RU" for r in doc_regions)
    mentions: list[Mention] = []
    index = Index(doc)
    region_starts = [p[0] for p in raw if p[2] in ("region", "context")]
    region_rows = [p for p in raw if p[2] in ("region", "context")]
    district_starts = [p[0] for p in raw if p[2] == "district"]
    district_rows = [p for p in raw if p[2] == "district"]
    named_starts = frozenset(p[0] for p in raw)
    unplaced: list[tuple[int, int, str, Any, str]] = []  # regions right after a name no settlement of theirs has
    for start, end, kind, payload, rule in raw:
        s_start, s_end = index.sentence_of(start)
        near_regions = region_rows[bisect_left(region_starts, s_start) : bisect_left(region_starts, s_end)]
        after_regions = [p for p in near_regions if p[0] >= end] or near_regions
        region = min(after_regions, key=lambda p: abs(p[0] - end))[3] if after_regions else None
        if kind == "region":
            mentions.append(Mention("region", start, end, region_ref(payload), rule))
            continue
        if kind == "context":
            continue  # an oblast's body ("Чернігівської обласної прокуратури") tells homonyms apart, names no scene
        if kind == "district":
            name, ids = payload
            places = _lookup(gaz, ids)
            raions = [p for p in places if getattr(p, "kind", "") == "raion"]
            centre = _choose(raions or places, region or main_region, None, language)
            own = canonical_oblast(getattr(centre, "admin1", None), language) if centre else None
            # a region of the other country in the sentence ("з Олешківського району до Ростовської області")
            # is not the raion's
            centre_country = getattr(centre, "country", "UA")
            other_country = centre is not None and region and oblast_country(region, language) != centre_country
            admin1 = own if other_country or not region else region
            country = oblast_country(admin1, language) if admin1 else centre_country
            ref = PlaceRef(None, admin1, country, admin2=f"{name} Raion", kind="raion")
            mentions.append(Mention("district", start, end, ref, rule))
            continue
        places = _lookup(gaz, payload)
        settlements = [p for p in places if getattr(p, "kind", "settlement") not in {"oblast", "raion", "country"}]
        if not settlements:
            oblasts = [p for p in places if getattr(p, "kind", "") == "oblast"]
            canonical = canonical_oblast(text[start:end], language)
            if oblasts:
                mentions.append(
                    Mention("region", start, end, _as_ref(oblasts[0], "event", language), "place:oblast-name")
                )
            elif canonical and " " in canonical and fold(canonical) == folded[start:end]:
                mentions.append(Mention("region", start, end, region_ref(canonical), "place:oblast-name"))
            continue
        settlements = _own_named(settlements, text[start:end]) or settlements
        districts = district_rows[bisect_left(district_starts, end + 1) : bisect_left(district_starts, s_end)]
        admin2 = districts[0][3][0] if districts else None
        city = max((getattr(p, "population", 0) or 0 for p in settlements), default=0) >= CITY
        context = region or (None if len(settlements) == 1 or city else main_region or towns_region)
        chosen = _choose(settlements, context, admin2, language)
        far = (
            chosen is not None
            and doc_regions
            and canonical_oblast(getattr(chosen, "admin1", None), language) not in doc_regions
        )
        own_region = _region_right_after(doc, end, near_regions)
        own_oblast = own_region[3] if own_region else _oblast_of_district_after(gaz, doc, end, districts, language)
        if chosen is not None and own_oblast and oblast_country(own_oblast, language) != "UA" and (
            canonical_oblast(getattr(chosen, "admin1", None), language) != own_oblast
        ):
            # "в Никольском Белгородской области", "в селе Журавлевка Белгородского района": the village is the
            # named Russian region's, not a namesake elsewhere or across the border
            as_written = getattr(doc.lang.lemmatizer, "nominatives", None) is None or _after_settlement_word(doc, start)
            if as_written:
                # "near Sverdlikovo, in the Kursk region", "в селе Журавлевка ...": a name that does not inflect, or
                # one in apposition to "village", is its nominative as written; the gazetteer lacks it there
                ref = PlaceRef(in_latin(doc, text[start:end]), own_oblast, oblast_country(own_oblast, language))
                mentions.append(Mention("place", start, end, ref, "place:unlisted<-own-region"))
            else:  # an inflected name: read as unlisted below, in the nominative, before its region or raion
                unplaced.append(own_region or next(r for r in districts if doc.token_at(r[0]) == doc.token_at(end)))
            continue
        aliased = chosen is not None and fold(chosen.name) != folded[start:end]
        town = (getattr(chosen, "population", 0) or 0) >= TOWN
        if far and (
            rule == "place:spelling-variant"
            or (in_russia and aliased and not town and getattr(chosen, "country", None) == "UA")
        ):
            # "Nikolskoye" in a report on Belgorod region is no Ukrainian Mykilske far away; a Ukrainian town
            # in its Russian form ("Курахово" in a post that also tells of Kursk region) is that town
            continue
        if far and in_russia and _after_settlement_word(doc, start):
            continue  # "the village of Murom" in a report on Belgorod region: not the city of Vladimir region
        if in_russia and _after_settlement_word(doc, start) and longer_unlisted(doc, (start, end), named_starts):
            continue  # "the village of Krasnaya Polyana": a longer name the gazetteer lacks (unlisted below)
        if chosen is None or (getattr(chosen, "country", "UA") or "UA") not in {"UA", "RU"}:
            continue
        if _street_far_from_the_town(doc, start, chosen, mentions, language):
            continue
        ref = _as_ref(chosen, role_of(doc, start, end), language)
        doubt = homonyms(chosen, settlements, admin2)
        if doubt:
            ref = replace(ref, homonyms=doubt)
        if ref.admin1 is None and region:
            ref = PlaceRef(
                ref.name, region, ref.country, ref.lat, ref.lon, ref.admin2, ref.kind, ref.role, ref.place_id
            )
        mentions.append(Mention("place", start, end, ref, rule))
    known = {m.start for m in mentions if m.kind == "place"}
    mentions.extend(m for m in abroad(doc) if m.start not in known)
    if unplaced and not (in_russia and main_region):
        taken = {m.start for m in mentions}
        for row in unplaced:
            region_mention = next((m for m in mentions if m.kind in ("region", "district") and m.start == row[0]), None)
            if region_mention is not None and region_mention.value.admin1:
                country = oblast_country(region_mention.value.admin1, language)
                mentions.extend(unlisted_before_region(doc, [region_mention], taken, country))
    if in_russia and main_region:
        taken = {m.start for m in mentions}
        mentions.extend(unlisted_settlements(doc, taken, main_region, oblast_country(main_region, language)))
        regions = [m for m in mentions if m.kind == "region" and m.value.admin1 == main_region]
        mentions.extend(unlisted_before_region(doc, regions, taken, oblast_country(main_region, language)))
    mentions.sort(key=_by_offset)
    return captures_as_background(doc, villages_over_communities(doc, mentions, _community_place(gaz, language)))


def _community_place(gaz: GazetteerLike | None, language: str) -> Callable[[Mention, Mention], Mention | None]:
    """The namesake of a village that lies in the raion of the community named beside it, or None."""

    def within(village: Mention, community: Mention) -> Mention | None:
        ref, area = village.value, community.value
        candidates = getattr(gaz, "candidates", None)
        if candidates is None or not ref.name or not area.admin2 or ref.admin2 == area.admin2:
            return None
        named = candidates(ref.name)
        found = [p for p in named if getattr(p, "admin2", None) == area.admin2]
        if not found and area.admin1 and ref.admin1 != area.admin1:
            # none in the community's raion (GeoNames files a hromada's villages under their raion unevenly): the
            # largest namesake of its oblast, not a distant one (stage 19)
            found = sorted(
                (p for p in named if canonical_oblast(getattr(p, "admin1", None), language) == area.admin1),
                key=lambda p: -(getattr(p, "population", 0) or 0),
            )
        if not found:
            return None
        return village._replace(value=_as_ref(found[0], ref.role, language))

    return within


_NOT_SETTLEMENTS = frozenset({"oblast", "raion", "country"})
TOWN_OVER = 5  # times the people of its next namesake: the town a name means ("Гуляйполе": the town, not villages)


def _region_of_towns(gaz: GazetteerLike | None, raw: list[tuple[int, int, str, Any, str]], language: str) -> str | None:
    """Where a report names no oblast, the one oblast of the Ukrainian towns it names that no namesake rivals
    ("обстріляли Гуляйполе ... у Залізничному": the Zaliznychne of Zaporizhzhia Oblast, beside Huliaipole)."""
    found: Counter[str] = Counter()
    for _, _, kind, payload, _ in raw:
        if kind != "place":
            continue
        towns = nlargest(
            2,
            (p for p in _lookup(gaz, payload) if getattr(p, "kind", "settlement") not in _NOT_SETTLEMENTS),
            key=lambda p: getattr(p, "population", 0) or 0,
        )
        if not towns or (getattr(towns[0], "country", "UA") or "UA") != "UA":
            continue
        people = [getattr(p, "population", 0) or 0 for p in towns]
        if len(towns) == 1 or people[0] >= VILLAGE and people[0] >= TOWN_OVER * people[1]:
            oblast = canonical_oblast(getattr(towns[0], "admin1", None), language)
            if oblast:
                found[oblast] += 1
    return found.most_common(1)[0][0] if len(found) == 1 else None


def _street_far_from_the_town(
    doc: Document, start: int, chosen: Any, mentions: list[Mention], language: str
) -> bool:
    """'обстріляли Херсон ... будинок на вулиці Шевченка': after a settlement is told, a name after a street's noun
    (class `street_noun`) that is a person's surname, or whose namesake settlement lies in another oblast than the
    settlement told last, is the street, no scene (stage 19; dropping every street name cost heldout_uk_ru10 an
    incident, stage 18)."""
    k = doc.token_before(start)
    if k >= 1 and doc.tokens.words[k] == ".":
        k -= 1
    if k < 0 or not doc.in_class("street_noun", k):
        return False
    town = next((m for m in reversed(mentions) if m.kind == "place" and m.end <= start), None)
    if town is None or town.value.admin1 is None:
        return False
    person_part = getattr(doc.lang.lemmatizer, "person_part", None)
    if doc.has_hit("harm", town.end, start):
        return False  # "... загинув чоловік. Інший снаряд влучив у будинок на вулиці Шевченка": maybe another strike
    if person_part is not None and person_part(doc.tokens.lower[doc.token_at(start)]) == "surname":
        return True  # "на вулиці Шевченка": a street named after a person, wherever its namesake village lies
    return canonical_oblast(getattr(chosen, "admin1", None), language) != town.value.admin1


GLUE_REACH = 3  # tokens of apposition glue (class `region_glue`) between a name and its region: ", in the"


def _region_right_after(
    doc: Document, end: int, regions: list[tuple[int, int, str, Any, str]]
) -> tuple[int, int, str, Any, str] | None:
    """The region named by the words right after a settlement's name ("Никольском Белгородской области"), or
    after a comma and a preposition that put it in apposition ("near Sverdlikovo, in the Kursk region", stage 22)."""
    after = doc.token_at(end)
    if after < len(doc.tokens) and doc.tokens.words[after] == ",":
        k = after + 1
        while k < min(len(doc.tokens), after + 1 + GLUE_REACH) and doc.in_class("region_glue", k):
            k += 1
        if k > after + 1:
            after = k
    return next((r for r in regions if r[2] == "region" and doc.token_at(r[0]) == after), None)


def _oblast_of_district_after(
    gaz: GazetteerLike | None, doc: Document, end: int, districts: list[tuple[int, int, str, Any, str]], language: str
) -> str | None:
    """The oblast of a raion named right after a settlement's name ("Журавлевка Белгородского района"), when
    every place the raion's name can mean lies in that one oblast; else None."""
    after = doc.token_at(end)
    row = next((r for r in districts if doc.token_at(r[0]) == after), None)
    if row is None:
        return None
    oblasts = {canonical_oblast(getattr(p, "admin1", None), language) for p in _lookup(gaz, row[3][1])}
    return next(iter(oblasts)) if len(oblasts) == 1 else None


def _after_settlement_word(doc: Document, start: int) -> bool:
    return any(h.value == "named" for h in doc.ending_at("settlement_trigger", start))


def _by_offset(mention: Mention) -> tuple[int, int]:
    return mention.start, mention.end


@step("places", requires=("sentences", "date"), adds=("place", "region", "district"))
def places(doc: Document) -> None:
    for mention in sorted(find_places(doc, _gazetteer()), key=_by_offset):  # in order: Document.add stays O(1)
        doc.add(mention)
