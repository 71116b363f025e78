"""Place names in any grammatical case: "у Бериславі", "Великій Новосілці", "Курской области".

Ukrainian and Russian inflect names ("Херсон", "Херсона", "Херсоні", "Херсоном"), so the exact
automaton scan of places.py finds only the nominative. For a language whose lemmatizer can put a
word in the nominative (MorphologyLemmatizer.nominatives), each run of up to three words starting
with a capital is put in the nominative word by word and looked up, gazetteer-folded, among the
automaton's spellings; the span stays the text's own. Adjectives keep their gender ("Херсонського
району" -> "херсонський район", a raion), so raions and oblasts are found the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice, product
from typing import Any

from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.language import table

OBLAST_FORM = "oblast-form"  # the automaton's payload for an oblast's adjective or noun alone (places.py)
MAX_WORDS = 3  # "Кам'янка-Дніпровська", "Велика Новосілка", "Херсонська міська громада"
MAX_CANDIDATES = 3  # nominatives tried per word: 3**3 keys at most per window


def _gazetteer_fold(text: str) -> str:
    from warcrimes.gazetteer.fold import fold

    return fold(text)


def case_matches(doc: Document, auto: Any, taken: list[tuple[int, int]]) -> list[tuple[int, int, tuple]]:
    """(start, end, ids) of names the exact scan missed because they are inflected; longest first."""
    nominatives: Callable[[str], tuple[str, ...]] | None = getattr(doc.lang.lemmatizer, "nominatives", None)
    if nominatives is None:
        return []
    tokens = doc.tokens
    covered = [False] * len(doc.text)
    for start, end in taken:
        covered[start:end] = [True] * (end - start)
    found: list[tuple[int, int, tuple]] = []
    i, n = 0, len(tokens)
    while i < n:
        word = tokens.lower[i]
        if not (tokens.words[i][:1].isupper() and word.isalpha() and not word.isascii()):
            i += 1
            continue
        community = _community_of_kind(doc, i, auto, nominatives)
        if community is not None:  # "Херсонської міської громади": the community, though its adjective is an oblast's
            found.append((tokens.starts[i], tokens.end(community[0] - 1), community[1]))
            i = community[0]
            continue
        centre = _town_of_adjective(doc, i, auto, nominatives, "community_noun")
        if centre is not None:  # "в Херсонской общине": a community the gazetteer spells in Ukrainian only (stage 25)
            found.append((tokens.starts[i], tokens.end(i), centre[1]))
            i = centre[0]
            continue
        if covered[tokens.starts[i]]:
            i += 1
            continue
        hit = (
            _town_of_adjective(doc, i, auto, nominatives)
            or _longest_at(doc, i, auto, nominatives)
            or _town_of_area(doc, i, auto, nominatives)
            or _town_of_oblique_stem(doc, i, auto, nominatives)
        )
        if hit is not None and list(hit[1]) == [OBLAST_FORM]:
            # "у Курську", "до Брянська": after a preposition of place, a town in -ськ before the oblast's
            # adjective its case form spells
            hit = _town_of_oblique_stem(doc, i, auto, nominatives) or hit
        # "з Олешківського району": a raion the gazetteer no longer holds (merged in 2020) is its town's
        # (the raion suffix after it makes the match a district in places.py)
        raion = None if hit else _town_of_adjective(doc, i, auto, nominatives, "raion_noun")
        hit = hit or raion
        if hit is None:
            i += 1
            continue
        stop, ids = hit
        start, end = tokens.starts[i], tokens.end(stop - 1)
        if stop == i + 1 and raion is None and _names_an_area(doc, i):
            i = stop
            continue
        if not any(covered[start:end]):
            found.append((start, end, ids))
        i = stop
    return found


def _community_of_kind(
    doc: Document, i: int, auto: Any, nominatives: Callable[[str], tuple[str, ...]]
) -> tuple[int, tuple] | None:
    """'Херсонської міської громади', 'Куп'янської міської територіальної громади': a community named by its
    centre's adjective and its kind (places.json `community_kinds`: міська, селищна, сільська, територіальна) is
    the community the gazetteer spells without the kind ("Херсонська громада"), so the village named with it is
    told apart by it (place_context.py::villages_over_communities; stage 19)."""
    rule = table(doc.language, "places.json")
    kinds, words = frozenset(rule.get("community_kinds", ())), frozenset(rule.get("community_words", ()))
    tokens, j = doc.tokens, i + 1
    while j < len(tokens) and j - i <= 2 and tokens.lower[j] in kinds:
        j += 1
    if j == i + 1 or j >= len(tokens) or tokens.lower[j] not in words:
        return None
    for noun in nominatives(tokens.lower[j])[:2]:
        for form in islice(nominatives(tokens.lower[i]), MAX_CANDIDATES):
            value = auto.get(_gazetteer_fold(f"{form} {noun}"), None)
            if value is not None:
                return j + 1, value[1]
    return None


def _names_an_area(doc: Document, i: int) -> bool:
    """An inflected adjective before "району", "напрямку", "громади" ("Ізюмському та Куп'янському
    районах") names a raion, a front sector or a hromada, not the village its nominative spells."""
    adjective = getattr(doc.lang.lemmatizer, "is_inflected_adjective", None)
    if adjective is None or not adjective(doc.tokens.lower[i]):
        return False
    tokens, skip, j = doc.tokens, doc.lang.class_forms("area_list_joiner"), i + 1
    # only a list ("Ізюмському та Куп'янському районах") shares the noun; in "Ягідному Чернігівської
    # області" the capital after the name takes the noun, and the name is the village
    while j + 1 < len(tokens) and tokens.lower[j] in skip:
        j += 1
        if tokens.words[j][:1].isupper():
            j += 1
    return j < len(tokens) and doc.lang.has("area_noun", tokens, j)


INSTITUTION_REACH = 2  # "Олешківського дитячого будинку": the adjective, another one, the institution


def _town_of_adjective(
    doc: Document, i: int, auto: Any, nominatives: Callable[[str], tuple[str, ...]], nouns: str = "institution_noun"
) -> tuple[int, tuple] | None:
    """'Вовчанського агрегатного заводу', 'Олешківського дитячого будинку': a settlement's adjective before
    an institution names the settlement (Vovchansk, not the village Vovchanske that the adjective
    spells); the language's `town_adjectives` endings turn the adjective into the name."""
    adjective = getattr(doc.lang.lemmatizer, "is_inflected_adjective", None)
    endings = table(doc.language, "places.json").get("town_adjectives")
    if adjective is None or not endings or not adjective(doc.tokens.lower[i]):
        return None
    tokens = doc.tokens
    ahead = range(i + 1, min(len(tokens), i + 1 + INSTITUTION_REACH))
    # a noun in small letters or an abbreviation in capitals ("Брянському СІЗО"), not a capitalised name's next word
    if not any((tokens.words[j][:1].islower() or tokens.words[j].isupper()) and doc.lang.has(nouns, tokens, j)
               for j in ahead):
        return None
    return _derived(tokens.lower[i], i, endings, auto, nominatives)


def _town_of_area(
    doc: Document, i: int, auto: Any, nominatives: Callable[[str], tuple[str, ...]]
) -> tuple[int, tuple] | None:
    """'на Нікопольщині', 'Куп'янщину': a town's area named by its -щина noun is placed at the town (an
    oblast's noun, Херсонщина, is matched as the oblast before this is tried)."""
    endings = table(doc.language, "places.json").get("town_areas")
    return _derived(doc.tokens.lower[i], i, endings, auto, nominatives) if endings else None


def _town_of_oblique_stem(
    doc: Document, i: int, auto: Any, nominatives: Callable[[str], tuple[str, ...]]
) -> tuple[int, tuple] | None:
    """'в Оріхові', 'біля Оріхова': a town in -ів whose oblique case the dictionary does not know; only after
    a preposition of place (the language's `oblique_prepositions`), so surnames in -ова stay people."""
    endings = table(doc.language, "places.json").get("oblique_stems")
    if not endings or not oblique_before(doc, i):
        return None
    return _derived(doc.tokens.lower[i], i, endings, auto, lambda word: (word,))


def oblique_before(doc: Document, i: int) -> bool:
    """Token i follows a preposition of place (the language's `oblique_prepositions`: "у Курську", "до Брянська")
    or an institution's noun that names its town in the genitive ("СІЗО Брянська", "колонии Курска")."""
    if i == 0:
        return False
    prepositions = table(doc.language, "places.json").get("oblique_prepositions", ())
    if doc.tokens.lower[i - 1] in prepositions:
        return True
    nouns = "institution_noun" in table(doc.language, "classes.json")["classes"]  # a language naming no institutions
    return nouns and doc.lang.has("institution_noun", doc.tokens, i - 1)


def _derived(
    word: str, i: int, endings: dict[str, list[str]], auto: Any, nominatives: Callable[[str], tuple[str, ...]]
) -> tuple[int, tuple] | None:
    """The gazetteer entries spelled by the word's nominative with an ending replaced (`endings`: the ending
    to drop -> the endings to try); every spelling found is kept (Олешки, Олешків: homonyms, chosen later)."""
    found: dict[Any, None] = {}
    for form in nominatives(word):
        for ending, names in endings.items():
            if form.endswith(ending) and len(form) - len(ending) >= 3:
                for name in names:
                    value = auto.get(_gazetteer_fold(form[: -len(ending)] + name), None)
                    found.update(dict.fromkeys(value[1] if value is not None else ()))
    return (i + 1, tuple(found)) if found else None


def without_people(doc: Document, matches: list[tuple[int, int, tuple]]) -> list[tuple[int, int, tuple]]:
    """Matches that are neither a preposition or conjunction nor a person's name: a given name ("Олег": Oleh
    is also a village), or a surname beside a given name ("Олег Григоров"); "у селі Муром" stays a village."""
    part: Callable[[str], str | None] | None = getattr(doc.lang.lemmatizer, "person_part", None)
    function_word: Callable[[str], bool] | None = getattr(doc.lang.lemmatizer, "is_function_word", None)
    if part is None or function_word is None:
        return matches
    tokens = doc.tokens
    kept = []
    for start, end, ids in matches:
        i = doc.token_at(start)
        if i < len(tokens) and tokens.end(i) == end:
            if function_word(tokens.lower[i]):
                continue  # "Серед загиблих" opening a sentence: a preposition, though villages are called so
            found = part(tokens.lower[i])
            beside = [k for k in (i - 1, i + 1) if 0 <= k < len(tokens) and tokens.words[k][:1].isupper()]
            if found == "given" or (found == "surname" and any(part(tokens.lower[k]) == "given" for k in beside)):
                continue
        kept.append((start, end, ids))
    return kept


def _window(doc: Document, i: int) -> list[tuple[int, str]]:
    """Up to MAX_WORDS words from token i, each with the separator before it (" " or "-")."""
    tokens, j = doc.tokens, i
    out: list[tuple[int, str]] = []
    while j < len(tokens) and len(out) < MAX_WORDS:
        if not tokens.lower[j].isalpha():
            break
        out.append((j, "" if j == i else ("-" if tokens.lower[j - 1] == "-" else " ")))
        if j + 2 < len(tokens) and tokens.lower[j + 1] == "-" and tokens.touching(j) and tokens.touching(j + 1):
            j += 2
        else:
            j += 1
    return out


def _longest_at(
    doc: Document, i: int, auto: Any, nominatives: Callable[[str], tuple[str, ...]]
) -> tuple[int, tuple] | None:
    tokens = doc.tokens
    window = _window(doc, i)
    for width in range(len(window), 1, -1):
        words = window[:width]
        options = [islice(nominatives(tokens.lower[j]), MAX_CANDIDATES) for j, _ in words]
        for combo in product(*(list(o) for o in options)):
            phrase = "".join(sep + form for (_, sep), form in zip(words, combo, strict=True))
            key = _gazetteer_fold(phrase)
            if len(key) < 3:
                continue
            value = auto.get(key, None)
            if value is not None:
                return words[-1][0] + 1, value[1]
    # one word: every nominative's places are kept ("под Покровском": Покровск and Покровское), chosen later
    found: dict[Any, None] = {}
    for form in islice(nominatives(tokens.lower[i]), MAX_CANDIDATES):
        key = _gazetteer_fold(form)
        value = auto.get(key, None) if len(key) >= 3 else None
        found.update(dict.fromkeys(value[1] if value is not None else ()))
    return (i + 1, tuple(found)) if found else None
