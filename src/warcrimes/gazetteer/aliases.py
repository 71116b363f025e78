"""Which other spellings a place keeps as aliases (build time).

GeoNames alternate names mix useful spellings (Artemivsk, Avdeyevka, Kiew) with airport codes
(IEV), one- and two-letter forms (Ko), lower-case romanizations of CJK names (bafumuto) and
names in scripts no report we read uses; an alias that short or that odd would match ordinary
words in a report, so it is left out.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from warcrimes.gazetteer.fold import fold
from warcrimes.gazetteer.places import Place

MIN_ALIAS_LETTERS = 4
# An alias that is the current name of this many other places is a common name, not this place's.
COMMON_NAME_PLACES = 3
SCRIPTS = ("LATIN", "CYRILLIC")


def _script_ok(text: str) -> bool:
    return all(unicodedata.name(c, "").startswith(SCRIPTS) for c in text if c.isalpha())


def usable_alias(alias: str) -> bool:
    """True for a spelling worth matching in report text."""
    folded = fold(alias)
    if len(folded.replace(" ", "")) < MIN_ALIAS_LETTERS:
        return False
    if any(c.isdigit() for c in alias) or (alias.isupper() and len(alias) <= 5):
        return False
    if alias[:1].islower():
        return False  # GeoNames' romanizations of Chinese, Japanese, Korean names: bafumuto, ji fu
    return _script_ok(alias)


def merge_aliases(display: str, spellings: Iterable[str]) -> tuple[str, ...]:
    """Usable spellings, one per folded form, leaving out those that fold like the display name."""
    seen = {fold(display)}
    kept: list[str] = []
    for spelling in spellings:
        spelling = " ".join(spelling.split())
        key = fold(spelling)
        if key in seen or not usable_alias(spelling):
            continue
        seen.add(key)
        kept.append(spelling)
    return tuple(kept)


def drop_colliding_aliases(places: list[Place]) -> list[Place]:
    """Leave out aliases that are another place's current name when that name means the other place.

    GeoNames keeps historical names: Donetsk was once Oleksandrivka, Nikopol once Slaviansk. A
    report writing "Oleksandrivka" means one of the ~100 villages of that name, and "Sloviansk"
    means the city. An alias goes when the other places so named are cities, raions or regions,
    or number at least three; a former name shared with one or two villages stays (Krasnyi Luch,
    Khrustalnyi's name until 2016, is still how reports name the city).
    """
    named: dict[str, list[Place]] = defaultdict(list)
    for place in places:
        named[fold(place.name)].append(place)
    kept_places = []
    for place in places:
        kept = tuple(a for a in place.aliases if not _means_another(place, named.get(fold(a), [])))
        kept_places.append(place if kept == place.aliases else replace(place, aliases=kept))
    return kept_places


def _means_another(place: Place, same_name: list[Place]) -> bool:
    others = [p for p in same_name if p.id != place.id]
    if not others:
        return False
    return len(others) >= COMMON_NAME_PLACES or any(
        p.kind != "settlement" or p.settlement_type == "city" for p in others)
