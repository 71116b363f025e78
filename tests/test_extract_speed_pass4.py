"""What the fourth speed pass (docs/extraction.md) relies on: a Ukrainian or Russian form is parsed by pymorphy3
once per process, and every question asked of it (lemmas, nominatives, person's name, function word,
inflected adjective) answers from those parses exactly as from a parse of its own, whichever is asked first
and after the remembered parses are dropped; language identification weighs a word by its endings looked up
per length exactly as by testing each ending, and judges the text it was last asked about once; a count grammar
values a number word from one merged table exactly as from its four tables tried in turn; place names fold with
the gazetteer's filled tables as with its sparse ones."""

from __future__ import annotations

import copy
import importlib
import random
import unicodedata

import pytest

from warcrimes.extract.engine import lemmas as lemmas_module
from warcrimes.extract.engine.inflected_counts import CountGrammar
from warcrimes.extract.engine.language import load
from warcrimes.extract.engine.lemmas import MorphologyLemmatizer
from warcrimes.extract.engine.text import Tokens

# the package exports a function of that name
identify_module = importlib.import_module("warcrimes.language_id.identify")
gazetteer_fold = importlib.import_module("warcrimes.gazetteer.fold")

# Our own words: places in several cases, adjectives of raions, names, prepositions, unknown words.
FORMS = {
    "uk": ["херсоні", "покровському", "ізюмського", "олешківського", "дитячого", "будинку", "олег", "григоров",
           "серед", "після", "під", "великій", "новосілці", "мар\u02bcїнці", "обстріляли", "загинули", "двоє",
           "бахмутщині", "зюзюкало", "1", "-"],
    "ru": ["курской", "области", "белгородском", "районе", "валуек", "олег", "иванов", "среди", "после", "под",
           "журавлевке", "обстреляли", "погибли", "трое", "шебекинского", "хрюкотали", "2"],
}
QUESTIONS = ("__call__", "nominatives", "person_part", "is_function_word", "is_inflected_adjective")


def _answers(lemmatizer: MorphologyLemmatizer, forms: list[str], order: tuple[str, ...]) -> dict:
    return {(question, form): getattr(lemmatizer, question)(form) for question in order for form in forms}


def _fresh(code: str) -> MorphologyLemmatizer:
    """The language's lemmatizer with nothing remembered (its analyzer shared: loading one takes 0.3 s)."""
    shipped = load(code).lemmatizer
    assert isinstance(shipped, MorphologyLemmatizer)
    fresh = copy.copy(shipped)
    fresh._cache, fresh._nominatives, fresh._parsed = {}, {}, {}
    return fresh


@pytest.mark.parametrize("code", ["uk", "ru"])
def test_every_question_answers_as_a_parse_of_its_own_whatever_is_asked_first(code: str) -> None:
    forms = FORMS[code]
    shipped = load(code).lemmatizer
    assert isinstance(shipped, MorphologyLemmatizer)
    # the long way: each question from its own lemmatizer, so nothing it reads was parsed for another question
    alone = {}
    for question in QUESTIONS:
        alone.update(_answers(_fresh(code), forms, (question,)))
    shared = _fresh(code)
    assert _answers(shared, forms, QUESTIONS) == alone
    assert _answers(shipped, forms, tuple(reversed(QUESTIONS))) == alone
    assert shared.parses(forms[0]) is shared.parses(forms[0])  # parsed once, then remembered


@pytest.mark.parametrize("code", ["uk", "ru"])
def test_remembered_parses_are_the_analyzers_own(code: str) -> None:
    lemmatizer = _fresh(code)
    for form in FORMS[code]:
        assert lemmatizer.parses(form) == lemmatizer.analyzer.parse(lemmatizer.to_dictionary(form))


def test_remembered_parses_are_bounded_and_answers_survive_dropping_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lemmas_module, "MAX_PARSED", 3)
    forms = FORMS["uk"]
    bounded = _fresh("uk")
    before = _answers(_fresh("uk"), forms, QUESTIONS)
    assert _answers(bounded, forms, QUESTIONS) == before
    assert len(bounded._parsed) <= 3


def _weigh_each_ending(word: str, table: dict) -> tuple[float, ...]:
    """The long way `_weigh` shortens: every letter, then every ending longest first until one fits."""
    weights = []
    for found in table.values():
        total = found.words.get(word, 0.0)
        for char in word:
            total += found.letters.get(char, 0.0)
        for ending, weight in found.endings:
            if len(word) > len(ending) + 1 and word.endswith(ending):
                total += weight
                break
        weights.append(total)
    return tuple(weights)


def _words_to_weigh(table: dict, alphabet: str, seed: int) -> list[str]:
    """Random stems, alone and with every listed ending and letter of the table's languages, its function words,
    and words as short as an ending or one letter longer (an ending counts only with two letters before it)."""
    rng = random.Random(seed)
    endings = sorted({ending for found in table.values() for ending, _ in found.endings})
    letters = sorted({char for found in table.values() for char in found.letters})
    words = {word for found in table.values() for word in found.words}
    for _ in range(400):
        stem = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
        words.update({stem, stem + rng.choice(endings), stem + rng.choice(letters) + rng.choice(endings)})
    words.update(endings)
    words.update(rng.choice(alphabet) + ending for ending in endings)
    words.update(rng.choice(alphabet) * 2 + ending for ending in endings)
    words.discard("")
    return sorted(words)


@pytest.mark.parametrize(("script", "alphabet"), [("cyrillic", "абвгдеєжзиіїйклмнопрстуфхцчшщьюяёыэъў'"),
                                                  ("latin", "abcdefghijklmnopqrstuvwxyzäöüçğışéèñ'")])
def test_a_word_weighs_the_same_by_endings_looked_up_per_length_as_tested_each(script: str, alphabet: str) -> None:
    table = identify_module.markers()[script]
    for word in _words_to_weigh(table, alphabet, seed=len(script)):
        assert identify_module._weigh(word, table) == _weigh_each_ending(word, table), word


def test_a_text_is_identified_once_and_an_equal_text_gets_the_same_verdict() -> None:
    english = "Russian forces shelled the village on Monday. Two people were killed, the governor said."
    mixed = english + " «Окупанти обстріляли село, загинули двоє людей», написав голова громади у своєму дописі."
    verdict = identify_module.identify(english)
    assert identify_module.identify(english) is verdict  # the same text object: remembered
    again = "".join(list(english))  # an equal text, another object: judged afresh, alike
    assert again is not english and identify_module.identify(again) == verdict
    assert identify_module.identify(mixed) == identify_module._identify(mixed) != verdict
    runs = identify_module.language_runs(mixed)
    assert runs == identify_module._language_runs(mixed) and len({code for *_, code in runs}) == 2
    runs.append((0, 0, "xx"))  # a caller's list is its own: the remembered runs stay as they were
    assert identify_module.language_runs(mixed) == identify_module._language_runs(mixed)


def test_letter_pairs_count_alike_when_only_the_paired_letters_are_looked_for() -> None:
    table = identify_module.markers()["cyrillic"]
    pairs = [pair for found in table.values() for pair in found.letter_pairs]
    rng = random.Random(3)
    alphabet = "абвгдеєжзиіїйклмнопрстуфхцчшщьюяёыэъў" + "".join(pairs)
    for _ in range(300):
        words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8))) for _ in range(rng.randint(0, 6))]
        sums = [rng.randint(-64, 640) / 64 for _ in table]
        seen = set().union(*words)
        expected = {lang: sum((w for pair, w in found.letter_pairs.items() if set(pair) <= seen), total)
                    for (lang, found), total in zip(table.items(), sums, strict=True)}
        assert identify_module._with_pairs(sums, words, table) == expected


def _word_value_table_by_table(grammar: CountGrammar, tokens: Tokens, i: int) -> tuple[str, int] | None:
    """The long way `_word_value` shortens: the form, then each lemma, tried in each table in order."""
    if tokens.lower[i] in grammar.not_numbers:
        return None
    for form in (tokens.lower[i], *tokens.lemmas[i]):
        for kind, table in (("unit", grammar.units), ("ten", grammar.tens), ("hundred", grammar.hundreds),
                            ("scale", grammar.scales)):
            if form in table:
                return kind, table[form]
    return None


@pytest.mark.parametrize(("code", "text"), [
    ("uk", "Двадцять п'ять людей загинули, сто сорок поранені; дві тисячі евакуювали, а п'ятьох та трьох "
           "цивільних затримали. Одна з ракет влучила в будинок, де жили семеро."),
    ("ru", "Двадцать пять человек погибли, сто сорок ранены; две тысячи эвакуировали, а пятерых и троих "
           "мирных жителей задержали. Одна из ракет попала в дом, где жили семеро."),
])
def test_a_number_word_is_valued_as_by_trying_each_table_in_turn(code: str, text: str) -> None:
    language = load(code)
    grammar = CountGrammar(code, language.table("numbers.json"), language.fold_table)
    listed = " ".join(f"{form} {lemma}" for table in (grammar.units, grammar.tens, grammar.hundreds, grammar.scales)
                      for form in table for lemma in language.lemmatizer(form) if lemma.isalpha())
    tokens = language.tokenise(text + " " + listed + " " + " ".join(grammar.not_numbers))
    valued = [grammar._word_value(tokens, i) for i in range(len(tokens))]
    assert valued == [_word_value_table_by_table(grammar, tokens, i) for i in range(len(tokens))]
    assert sum(v is not None for v in valued) > len(grammar.units)


def test_place_names_fold_with_the_filled_tables_as_with_the_sparse_ones() -> None:
    """gazetteer/fold.py lists every character below U+2100 in its tables (those kept as they are too)."""
    sparse_punctuation = str.maketrans({**{c: None for c in gazetteer_fold.APOSTROPHES},
                                        **{c: " " for c in gazetteer_fold.DASHES}})
    sparse_combining = {code: None for code in range(0x20000) if unicodedata.combining(chr(code))}

    def sparse(text: str) -> str:
        text = text.translate(sparse_punctuation)
        if not text.isascii():
            text = unicodedata.normalize("NFKD", text).translate(sparse_combining)
        return " ".join(text.casefold().split())

    rng = random.Random(11)
    pool = ("Kam'yanka-Dniprovs'ka Кам’янка–Дніпровська Мар'їнка Ḱyïv Zaporizhzhia Ölüdeniz Ελλάδα ё Ё ŞİŽ "
            "\u0301\u0308\u2019\u02bc\u2010\u2014\u00a0\t\n" + "".join(map(chr, range(0x20, 0x2200, 7))))
    texts = ["".join(rng.choice(pool) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    texts += [chr(code) for code in range(0x2200)]
    assert [gazetteer_fold.fold(text) for text in texts] == [sparse(text) for text in texts]
