"""What the fourth speed pass (docs/extraction.md) relies on: a Ukrainian or Russian form is parsed by pymorphy3
once per process, and every question asked of it (lemmas, nominatives, person's name, function word,
inflected adjective) answers from those parses exactly as from a parse of its own, whichever is asked first
and after the remembered parses are dropped."""

from __future__ import annotations

import copy

import pytest

from warcrimes.extract.engine import lemmas as lemmas_module
from warcrimes.extract.engine.language import load
from warcrimes.extract.engine.lemmas import MorphologyLemmatizer

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
