"""Is this the same place? Settlement names folded across transliterations, and distances in km.

The same village reaches us as Robotyne, Rabotino or Robotyne's; reports in Russian use old
or Russian names (Artemovsk for Bakhmut). Names are folded, then compared by their consonant
skeleton, then through the alias table in data/place_aliases.json.
"""

from __future__ import annotations

import json
from functools import cache, lru_cache
from importlib import resources

from warcrimes.errors import ConfigError
from warcrimes.gazetteer.fold import fold as gazetteer_fold
from warcrimes.gazetteer.geo import distance_km

__all__ = ["canonical", "distance_km", "fold", "name_agreement", "skeleton"]

#: Ukrainian romanisation (KMU 2010) against Russian-style spellings of the same sounds
_DIGRAPHS = (("shch", "sch"), ("kh", "h"), ("zh", "j"), ("ts", "c"), ("g", "h"), ("w", "v"), ("x", "ks"))
_VOWELS = frozenset("aeiouyj")


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """The gazetteer's fold without separators or dots: 'Chasiv Yar' -> 'chasivyar'."""
    return gazetteer_fold(name).replace(" ", "").replace(".", "")


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """The consonants of a folded name, doubled ones collapsed: Robotyne and Rabotino give 'rbtn'."""
    folded = fold(name)
    for old, new in _DIGRAPHS:
        folded = folded.replace(old, new)
    out: list[str] = [folded[:1]]
    for ch in folded[1:]:
        if ch in _VOWELS or not ch.isalpha():
            continue
        if out[-1] != ch:
            out.append(ch)
    return "".join(out)


@cache
def _alias_index() -> dict[str, str]:
    """Folded alias -> folded canonical name, from data/place_aliases.json."""
    raw = resources.files("warcrimes.corroborate").joinpath("data", "place_aliases.json").read_text("utf-8")
    try:
        table = json.loads(raw)["aliases"]
    except (json.JSONDecodeError, KeyError) as exc:
        raise ConfigError(f"corroborate/data/place_aliases.json is not usable: {exc}") from exc
    index: dict[str, str] = {}
    for canonical, aliases in table.items():
        for alias in (canonical, *aliases):
            index[fold(alias)] = fold(canonical)
    return index


@lru_cache(maxsize=65536)
def canonical(name: str) -> str:
    """The folded canonical name of a settlement (aliases resolved)."""
    folded = fold(name)
    return _alias_index().get(folded, folded)


@lru_cache(maxsize=65536)  # names repeat: the linker compares each with many candidates
def name_agreement(a: str, b: str) -> float:
    """1.0 for the same name, 0.9 for a transliteration or alias of it, 0.0 for another place."""
    if fold(a) == fold(b):
        return 1.0
    if canonical(a) == canonical(b):
        return 0.9
    skel_a, skel_b = skeleton(a), skeleton(b)
    if len(skel_a) >= 3 and skel_a == skel_b:
        return 0.9
    return 0.0
