"""Second chance for a place the gazetteer spells differently ("the city of Balaklia" -> Balakliia),
places abroad named with their country, and border villages the gazetteer lacks.

Only words right after a settlement trigger (the language's "settlement_trigger" patterns: "the
village of", "in") are tried, with the spelling endings reports borrow from Russian or simplify
(lang/<xx>/places.json "endings"); a handful of dictionary lookups per report, never a scan of
the gazetteer.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.engine.language import table
from warcrimes.extract.engine.text import fold
from warcrimes.extract.steps.people import given_names
from warcrimes.extract.steps.place_names import PlaceRef, is_qualifier, oblast_country

_LEX = "places.json"
_WEAK_MIN = 6  # after a weak trigger ("in") a name needs this many letters: "in March" is no place


@cache
def _endings(language: str) -> tuple[tuple[str, str], ...]:
    pairs = table(language, _LEX)["endings"]
    return tuple((fold(old), fold(new)) for old, new in pairs.items())


@cache
def _calendar_words(language: str) -> frozenset[str]:
    """Month, weekday and season names: capitalised after "in", never a place."""
    dates = table(language, "dates.json")
    return frozenset(dates["months"]) | frozenset(dates["weekdays"]) | frozenset(dates["seasons"])


@cache
def _respelling(language: str) -> tuple[dict[int, str], tuple[tuple[str, str], ...]]:
    """How the language writes a Ukrainian name the gazetteer holds in Ukrainian only (ru: Новоэкономическое)."""
    found = table(language, _LEX).get("ukrainian_respelling", {})
    letters = str.maketrans({fold(k): fold(v) for k, v in found.get("letters", {}).items()})
    return letters, tuple((fold(old), fold(new)) for old, new in found.get("endings", {}).items())


def spellings(word: str, language: str = "en") -> list[str]:
    """Other spellings of `word` by its ending: 'Hrakovo' -> ['Hrakove'], 'Balaklia' -> ['Balakliia'];
    in Russian, a Ukrainian village's name respelled ('Новоэкономического' -> 'новоекономічне')."""
    folded = fold(word)
    out = []
    for old, new in _endings(language):
        if folded.endswith(old) and len(folded) > len(old) + 2:
            out.append(folded[: len(folded) - len(old)] + new)
    letters, endings = _respelling(language)
    for old, new in endings:
        if folded.endswith(old) and len(folded) > len(old) + 2:
            out.append((folded[: len(folded) - len(old)]).translate(letters) + new)
    return out


def _name_after(doc: Document, j: int) -> tuple[int, int] | None:
    """The capitalised word at token j, with any touching apostrophe parts ("Kam'yanka")."""
    tokens = doc.tokens
    if j >= len(tokens) or not tokens.is_cap(j) or not tokens.words[j].isalpha():
        return None
    k = j
    while k + 2 < len(tokens) and tokens.lower[k + 1] == "'" and tokens.touching(k) and tokens.touching(k + 1):
        k += 2
    return tokens.starts[j], tokens.end(k)


def variant_matches(
    doc: Document, gaz: Any, taken: set[int], stops: frozenset[str]
) -> list[tuple[int, int, str, Any, str]]:
    """Raw place entries for capitalised words after a trigger that the automaton did not match."""
    if gaz is None or not hasattr(gaz, "candidates"):
        return []
    language, out = doc.lang.code, []
    for trigger in doc.hits("settlement_trigger"):
        span = _name_after(doc, trigger.stop)
        if span is None:
            continue
        start, end = span
        word = doc.text[start:end]
        weak = trigger.value == "weak"
        usable = not weak or (len(word) >= _WEAK_MIN and fold(word) not in _calendar_words(language))
        if usable and start not in taken and fold(word) not in stops:
            for spelling in spellings(word, language):
                found = gaz.candidates(spelling)
                if found:
                    ids = tuple(p.id for p in found)
                    out.append((start, end, "place", ids, f"place:spelling-variant<-{trigger.id}"))
                    taken.add(start)
                    break
    return out


def _hyphenated(doc: Document, j: int, forward: bool) -> tuple[int, int] | None:
    """A capitalised name at token j, grown over touching hyphens ("Rostov-on-Don")."""
    tokens = doc.tokens
    if not 0 <= j < len(tokens) or not tokens.is_cap(j) or not tokens.words[j].isalpha():
        return None
    first = last = j
    if forward:
        while (
            last + 2 < len(tokens)
            and tokens.lower[last + 1] == "-"
            and tokens.touching(last)
            and tokens.touching(last + 1)
        ):
            last += 2
    else:
        while (
            first - 2 >= 0
            and tokens.lower[first - 1] == "-"
            and tokens.touching(first - 2)
            and tokens.touching(first - 1)
        ):
            first -= 2
    return tokens.starts[first], tokens.end(last)


def abroad(doc: Document) -> list[Mention]:
    """'a detention centre in Taganrog, Russia', 'the Russian city of Kursk': a place outside Ukraine,
    named with its country (the gazetteer need not hold it)."""
    text, language = doc.text, doc.lang.code
    home = frozenset(table(language, _LEX)["home_country"])
    calendar = _calendar_words(language)
    out = []
    for hit in doc.hits("abroad_after"):
        span = _hyphenated(doc, hit.first - 1, forward=False)
        if span is None or not doc.tokens.touching(hit.first - 1):
            continue
        start, end = span
        name = text[start:end]
        follows = doc.tokens.lower[hit.stop] if hit.stop < len(doc.tokens) else ""
        possessive = follows == "'" and doc.tokens.touching(hit.stop - 1)  # "on Sunday, Russia's ministry"
        if len(name) >= 3 and not possessive and fold(name) not in calendar and name not in home:
            ref = PlaceRef(name, None, hit.value, kind="settlement", role="event")
            out.append(Mention("place", start, end, ref, f"place:abroad<-{hit.id}"))
    given = given_names(language)  # "the ombudsman in Russia Tatyana Moskalkova": a person, not a town
    for hit in doc.hits("abroad_before"):
        span = _hyphenated(doc, hit.stop, forward=True)
        if span is not None and span[1] - span[0] >= 3 and fold(text[span[0] : span[1]]) not in given:
            ref = PlaceRef(text[span[0] : span[1]], None, hit.value, kind="settlement", role="event")
            out.append(Mention("place", span[0], span[1], ref, f"place:abroad<-{hit.id}"))
    taken = {m.start for m in out}
    return out + [m for m in _known_abroad(doc) if m.start not in taken]


@cache
def _abroad_towns(language: str = "en") -> tuple[tuple[str, str, str], ...]:
    """(town, oblast, country) for the Russian towns reports name as places of captivity."""
    raw = table(language, _LEX).get("abroad", {})
    return tuple(
        (town, oblast, country)
        for country, oblasts in raw.items()
        for oblast, towns in oblasts.items()
        for town in towns
    )


def _known_abroad(doc: Document) -> list[Mention]:
    """'beaten in a detention facility in Taganrog': towns of captivity named without their country."""
    text, out = doc.text, []
    for town, oblast, country in _abroad_towns(doc.lang.code):
        at = text.find(town)
        while at >= 0:
            end = at + len(town)
            before = text[at - 1 : at] if at else ""
            whole = not before.isalnum() and not text[end : end + 1].isalnum() and text[end : end + 1] != "-"
            if whole and not doc.starting_at("oblast_suffix", end):
                role = "reference" if doc.ending_at("destination_before", at) else "event"
                ref = PlaceRef(town, oblast, country, kind="settlement", role=role)
                out.append(Mention("place", at, end, ref, "place:abroad-known"))
            at = text.find(town, end)
    return out


def unlisted_settlements(doc: Document, taken: set[int], admin1: str, country: str) -> list[Mention]:
    """'the village of Nikolskoye' in a report on Belgorod region: a border village the gazetteer
    lacks (most Russian border villages are missing) is still the scene, in the report's region."""
    out = []
    for trigger in doc.hits("settlement_trigger"):
        if trigger.value != "named":
            continue
        span = _hyphenated(doc, trigger.stop, forward=True)
        if span is not None and span[1] - span[0] >= 3 and span[0] not in taken:
            span = _with_noun_after(doc, span)
            name = in_latin(doc, doc.text[span[0] : span[1]])
            ref = PlaceRef(name, admin1, country, kind="settlement", role="event")
            out.append(Mention("place", span[0], span[1], ref, f"place:unlisted<-{trigger.id}"))
            taken.add(span[0])
    return out


def unlisted_before_region(doc: Document, regions: list[Mention], taken: set[int], country: str) -> list[Mention]:
    """'в Журавлёвке Белгородской области', 'у Журавлівці Бєлгородської області': a capitalised word between a
    preposition of place (class `locative_preposition`) and the name of a region of the report outside Ukraine
    is a settlement of that region the gazetteer lacks (GeoNames' cities500 leaves out villages under 500
    people), named in the nominative."""
    nominatives = getattr(doc.lang.lemmatizer, "nominatives", None)
    tokens = doc.tokens
    out: list[Mention] = []
    if nominatives is None:  # a language whose names do not inflect: only a qualified name, as written
        return _qualified_as_written(doc, regions, taken, country)
    for region in regions:
        j = doc.token_at(region.start) - 1
        span = _hyphenated(doc, j, forward=False)
        if span is None or span[0] in taken:
            continue
        qualifier = _qualifier_before(doc, span[0])  # "в Большой Покровке": the adjective is the name's too
        first = doc.token_at(span[0]) if qualifier is None else qualifier
        if not doc.in_class("locative_preposition", first - 1):
            continue
        head = doc.text[span[0] : tokens.starts[j]]  # "Ново-" of a hyphenated name stays as written
        form = tokens.lower[j]  # after a preposition the name is inflected: its nominative differs from it
        nominative = next((f for f in nominatives(form) if f != form), form)
        written = head + nominative.capitalize()
        if qualifier is not None:
            adjective = _agreeing(nominatives(tokens.lower[qualifier]), nominative)
            if adjective is None:
                continue
            written = f"{adjective.capitalize()} {written}"
        name = in_latin(doc, written)
        ref = PlaceRef(name, region.value.admin1, country, kind="settlement", role="event")
        start = tokens.starts[first]
        out.append(Mention("place", start, span[1], ref, "place:unlisted<-locative_preposition+region"))
        taken.add(start)
    return out


_JOINERS = frozenset({",", "in", "of"})  # "in Malaya Loknya, Kursk Oblast", "near Bolshaya Pokrovka in Kursk region"


def _qualified_as_written(doc: Document, regions: list[Mention], taken: set[int], country: str) -> list[Mention]:
    """'in Malaya Loknya, Kursk Oblast', 'near Bolshaya Pokrovka in Kursk region': a qualifier and a capitalised
    word between a preposition of place and a region outside Ukraine are a village of it the gazetteer lacks."""
    tokens, out = doc.tokens, []
    for region in regions:
        j = doc.token_at(region.start) - 1
        if j >= 0 and tokens.lower[j] in _JOINERS:
            j -= 1
        if j < 1 or not tokens.is_cap(j) or not tokens.words[j].isalpha():
            continue
        q = _qualifier_before(doc, tokens.starts[j])
        if q is None or tokens.starts[q] in taken or not doc.in_class("locative_preposition", q - 1):
            continue
        start, end = tokens.starts[q], tokens.end(j)
        ref = PlaceRef(doc.text[start:end], region.value.admin1, country, kind="settlement", role="event")
        out.append(Mention("place", start, end, ref, "place:unlisted<-locative_preposition+qualifier+region"))
        taken.add(start)
    return out


def _qualifier_before(doc: Document, start: int) -> int | None:
    """The token of a capitalised qualifier right before a name ('Большой' of 'Большой Покровке'), or None."""
    q = doc.token_at(start) - 1
    tokens = doc.tokens
    if q < 0 or not tokens.is_cap(q) or doc.text[tokens.end(q) : start] != " ":
        return None
    return q if is_qualifier(tokens.words[q], doc.lang.code) else None


# the noun's nominative ending -> the adjective's nominative endings agreeing with it (gender and number)
_AGREEMENT = (("ая", "яя", "а", "я"), ("ое", "ее", "е", "є"), ("ые", "ие", "і"), ("ый", "ий", "ой", "ій"))
_NOUN_ENDINGS = (("а", "я"), ("о", "е", "ё"), ("ы", "и", "і"))


def _agreeing(adjectives: tuple[str, ...], noun: str) -> str | None:
    """The nominative of the qualifier that agrees with the noun: 'большая' for 'покровка', 'новое' for 'село'."""
    kind = next((k for k, endings in enumerate(_NOUN_ENDINGS) if noun.endswith(endings)), 3)
    return next((a for a in adjectives if a.endswith(_AGREEMENT[kind])), None)


def in_latin(doc: Document, name: str) -> str:
    """The name as English writes it where the language says how ("unlisted_romanization": "russian":
    Муром -> Murom, Никольское -> Nikolskoye); else as the text spells it."""
    how = table(doc.lang.code, _LEX).get("unlisted_romanization")
    if how not in ("russian", "russian_of_ukrainian") or name.isascii():
        return name
    from warcrimes.gazetteer.variants import romanize_russian, russian_cyrillic

    if how == "russian_of_ukrainian":  # "Журавлівка" in a Ukrainian report: the village's Russian name, Журавловка
        name = next(iter(russian_cyrillic(name)), name)
    return romanize_russian(name.lower(), bgn=True)


def longer_unlisted(doc: Document, span: tuple[int, int], named: frozenset[int]) -> bool:
    """Whether a name goes on past `span` as an unlisted two-word name ('Krasnaya' of 'Krasnaya Polyana');
    a word after it that names a place or region itself (`named`: their starts) or a side ('Krasnoye
    Russian troops ...') does not."""
    longer = _with_noun_after(doc, span)
    if longer == span:
        return False
    second = doc.tokens.starts[doc.token_at(span[1])]
    return second not in named and not doc.has_hit("party", second, longer[1])


def _with_noun_after(doc: Document, span: tuple[int, int]) -> tuple[int, int]:
    """'в селе Русское Поречное', 'Красная Яруга': a name whose first word is an adjective goes on to the
    capitalised word after it, unless that one is an adjective of a district ('Новая Таволжанка
    Шебекинского округа'); the endings are the language's (`unlisted_two_words` in places.json)."""
    rule = table(doc.lang.code, _LEX).get("unlisted_two_words")
    tokens, text = doc.tokens, doc.text
    j = doc.token_at(span[1])
    if not rule or j >= len(tokens) or not tokens.is_cap(j) or not tokens.words[j].isalpha():
        return span
    first, second = fold(text[span[0] : span[1]]), tokens.lower[j]
    if first.endswith(tuple(rule["first_endings"])) and not second.endswith(tuple(rule["second_not_endings"])):
        return span[0], tokens.end(j)
    return span


def district_adjectives(doc: Document, gaz: Any, taken: set[int]) -> list[tuple[int, int, str, Any, str]]:
    """'в Белгородском районе', 'Шебекинский округ', 'Суджанского района': a Russian district named by the
    adjective of its centre puts the text in the centre's region (the gazetteer holds the towns, not
    Russia's districts). The adjective endings and the centre's possible endings are the language's
    (`district_adjectives` in places.json); only a centre in Russia counts."""
    rule = table(doc.lang.code, _LEX).get("district_adjectives")
    nominatives = getattr(doc.lang.lemmatizer, "nominatives", None)
    if not rule or gaz is None or not hasattr(gaz, "candidates") or nominatives is None:
        return []
    tokens, out = doc.tokens, []
    between = frozenset(fold(w) for w in rule.get("between", ()))
    for hit in doc.hits("raion_suffix", "hromada_suffix"):
        j = hit.first - 1
        if j >= 0 and any(form in between for form in nominatives(tokens.lower[j])):
            j -= 1
        if j < 0 or tokens.starts[j] in taken or not tokens.is_cap(j):
            continue
        centre = _district_centre(gaz, nominatives(tokens.lower[j]), rule)
        if centre is not None and oblast_country(centre.admin1, doc.lang.code) == "RU":
            out.append((tokens.starts[j], hit.end, "region", centre.admin1, "place:district-adjective"))
    return out


def _district_centre(gaz: Any, forms: tuple[str, ...], rule: dict[str, Any]) -> Any | None:
    for form in forms:
        for ending, centre_endings in rule["endings"].items():
            if not form.endswith(ending):
                continue
            stem = form[: -len(ending)]
            for centre in centre_endings:
                name = stem[: len(stem) - int(centre)] if centre.isdigit() else stem + centre
                found = gaz.candidates(name)
                if any(getattr(p, "country", "UA") == "UA" for p in found):
                    return None  # "Покровский район": Pokrovsk's raion in Ukraine, not Pokrov's in Russia
                found = [p for p in found if getattr(p, "country", None) == "RU" and p.admin1]
                if found:
                    return found[0]
    return None
