"""Is this capitalised name a place, and the scene of an incident? Clues from the words around it.

A village named like a surname ("Ivan Fedorov"), a capital used for its government ("Kyiv said"),
a city in an institution's name ("Kharkiv City Council") or a direction ("30 km west of Kyiv")
is kept out of incident locations.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from warcrimes.extract.engine.document import Mention
from warcrimes.extract.engine.language import table
from warcrimes.extract.engine.text import fold

_LEX = "places.json"


def next_words(text: str, end: int) -> str:
    """The folded words right after a match; empty after a comma, which ends the name."""
    after = fold(text[end : end + 48]).split("\n")[0]
    return "" if after.startswith(",") else after.strip(" ")


def suffix(after: str, phrases: Sequence[str]) -> str | None:
    for phrase in phrases:
        if after.startswith(phrase) and (len(after) == len(phrase) or not after[len(phrase)].isalnum()):
            return phrase
    return None


@cache
def suffix_lists(language: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    raw = table(language, _LEX)
    oblast = tuple(sorted((fold(p) for p in raw["region_suffix"]["oblast"]), key=len, reverse=True))
    raion = tuple(sorted((fold(p) for p in raw["region_suffix"]["raion"]), key=len, reverse=True))
    org = tuple(sorted((fold(p) for p in raw["institution_suffix"]["org"]), key=len, reverse=True))
    ref = tuple(sorted((fold(p) for p in raw["reference_before"]["direction"]), key=len, reverse=True))
    return oblast, raion, org, ref


@cache
def capture_phrases(language: str) -> tuple[str, ...]:
    """'captured near', 'taken prisoner in': words that make the next place where a capture happened."""
    return tuple(fold(p) for p in table(language, _LEX)["capture_before"]["capture"])


@cache
def stop_forms(language: str) -> frozenset[str]:
    raw = table(language, _LEX)["stop_forms"]["stop"]
    names = table(language, "names.json")["given"]
    collisions = table(language, "place_collisions.json")["collision"]["collision"]
    return (
        frozenset(fold(w) for w in raw)
        | frozenset(n for group in names.values() for n in group)
        | frozenset(fold(w) for w in collisions)
    )


@cache
def _given(language: str) -> frozenset[str]:
    return frozenset(fold(n) for group in table(language, "names.json")["given"].values() for n in group)


def surnames(text: str, language: str) -> frozenset[str]:
    """Folded words that follow a given name somewhere in the report ("Mikhail Romanov" -> "romanov")."""
    given = frozenset(n for group in table(language, "names.json")["given"].values() for n in group)
    words = fold(text).split()
    found = set()
    for first, second in zip(words, words[1:], strict=False):
        if first in given:
            found.add(second.strip(",.;:'\"()"))
    return frozenset(found)


def _previous_word(text: str, start: int) -> str:
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    j = k
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "'.\u2019"):
        j -= 1
    return text[j:k]


COMPOUND = ("area", "based", "controlled", "held", "occupied", "bound", "born")
_PREPOSITIONS = (" on", " in", " at", " near", " of", " to", " from", " over", " across", " against", " into")
_CAPITALS = frozenset({"kyiv", "kiev", "moscow"})
_METONYMY = (
    "and ",
    "said",
    "says",
    "has ",
    "have ",
    "accused",
    "claims",
    "claimed",
    "denied",
    "wants",
    "insists",
    "regime",
    "government",
    "authorities",
    "did ",
    "does ",
    "declined",
    "denies",
    "blamed",
    "blames",
    "responded",
    "refused",
    "rarely",
)
_ADDRESSING = ("accused", "accusing", "blamed", "blaming", "urged", "called on", "warned")
_PATRONYMIC = ("ovych", "evych", "ivna", "ovna", "evna", "ovich", "evich", "yivna", "ich")
STREET = ("street", "st.", "avenue", "ave", "square", "boulevard", "lane", "road", "highway", "prospekt")


def is_person(text: str, start: int, language: str) -> bool:
    """A place-named word right after a given name or an honorific is a surname ("Ivan Fedorov")."""
    word = fold(_previous_word(text, start)).rstrip(".")
    if not word:
        return False
    if word.endswith(_PATRONYMIC) and text[start - len(word) - 1 : start][:1].isupper():
        return True
    names = table(language, "names.json")
    return word in _given(language) or word in names["honorific"]["honorific"]


def role_of(text: str, folded: str, start: int, end: int, language: str) -> str:
    _, _, org, ref = suffix_lists(language)
    if text[end : end + 1] in "-\u2010\u2011" and text[end + 1 : end + 12].startswith(COMPOUND):
        return "reference"  # "Kyiv-area towns", "Kherson-based": a neighbourhood, not the scene
    after = next_words(text, end)
    if suffix(after, org):
        return "org"
    before = folded[max(0, start - 40) : start].rstrip()
    for phrase in ref:
        if before.endswith(phrase) and (len(before) == len(phrase) or not before[-len(phrase) - 1].isalnum()):
            return "reference"
    if (
        text[start:end].isupper()
        and end - start > 3
        and text[end : end + 3].strip()[:1] in {",", "\u2014", "-", "\u2013"}
    ):
        return "reference"  # a dateline: "KYIV, June 8 (Reuters)", "ZAPORIZHZHIA \u2014 Ukrainian prosecutors"
    if start > 0 and text[start - 1] == "(" and text[end : end + 1] == ",":
        return "reference"  # "(Kyiv, April 13, 2023)"
    tail = folded[end : end + 80].split(".")[0]
    if "and other" in tail and tail.startswith(","):
        return "reference"  # "in Bucha, Irpin, Izyum, and other cities": rhetoric, not a scene
    governed = not before.endswith(_PREPOSITIONS)
    addressed = before.endswith(_ADDRESSING)
    if (
        governed
        and folded[start:end] in _CAPITALS
        and (after.startswith(_METONYMY) or before.endswith(" and") or addressed)
    ):
        return "reference"  # "Kyiv and Moscow", "Kyiv said": the government, not the city
    return "event"


def _scene_follows(scenes: list[Mention], mention: Mention) -> bool:
    """Another settlement told as a scene within reach after this one (scenes are in text order)."""
    at = bisect_left([s.start for s in scenes], mention.end + 1)
    name = fold(mention.value.name or "")
    for scene in scenes[at:]:
        if scene.start > mention.end + _CAPTURE_REACH:
            return False
        if fold(scene.value.name or scene.value.admin1 or "") != name:
            return True
    return False


_CAPTURE_REACH = 400  # characters: the place of captivity is told in the next sentence or two


def captures_as_background(mentions: list[Mention], folded: str, language: str) -> list[Mention]:
    """'captured near Krynky ... beaten in a detention facility in Taganrog': the capture place is
    background when another scene follows; alone, it stays the scene ("captured near X and shot")."""
    phrases = capture_phrases(language)
    scenes = [
        m
        for m in mentions
        if (m.kind == "place" and m.value.role == "event") or (m.kind == "region" and m.value.country == "RU")
    ]
    out = []
    for mention in mentions:
        if mention.kind == "place" and mention.value.role == "event":
            before = folded[max(0, mention.start - 50) : mention.start].rstrip()
            captured = any(before.endswith(p) for p in phrases)
            if captured and _scene_follows(scenes, mention):
                mention = Mention(
                    mention.kind, mention.start, mention.end, replace(mention.value, role="reference"), mention.rule
                )
        out.append(mention)
    return out
