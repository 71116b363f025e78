"""The measure word of a count ("killed", "deported", "released") is looked for within words of the count,
a word being a run of touching tokens, so long Cyrillic words and numbers such as "2,400" weigh what short
English words do; not inside a quotation opened after the count, and not across a relative clause."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.pipeline import default_steps, run

PUBLISHED = dt.date(2025, 3, 12)


def measures(text: str, language: str = "en") -> dict[str, str | None]:
    doc = Document(text, PUBLISHED, language)
    run(doc, default_steps())
    return {doc.text[m.start : m.end]: m.value.measure for m in doc.of_kind("casualty")}


@pytest.mark.parametrize(("text", "language", "count"), [
    # more than 80 characters but 13 words before the count: the character window lost the measure
    ("Russian forces unlawfully deported to the Russian Federation and to the temporarily occupied "
     "territories over 2,400 children.", "en", "over 2,400"),
    ("Окупанти незаконно депортували до Російської Федерації та на тимчасово окуповані території "
     "понад 2 400 дітей.", "uk", "понад 2 400"),
    ("Оккупанты незаконно депортировали в Российскую Федерацию и на временно оккупированные территории "
     "более 2 400 детей.", "ru", "более 2 400"),
])
def test_a_measure_word_reaches_its_count_in_words_not_characters(text, language, count):
    assert measures(text, language)[count] == "deported"


@pytest.mark.parametrize("text", [
    "At the market, 38 shoppers, most of them pensioners from nearby villages, were killed when the missile struck.",
    "At the market, 38 shoppers were killed when the missile struck.",
])
def test_a_count_set_off_by_a_short_aside_keeps_its_measure(text):
    assert measures(text)["38"] == "killed"


@pytest.mark.parametrize(("text", "count"), [
    ("One soldier wrote: “Nobody dies today.”", "One"),
    ("Two bloggers posted the clip with the words “nobody was killed here”.", "Two"),
    ('One fighter said the captives "were executed on the spot".', "One"),
])
def test_a_measure_inside_a_quotation_opened_after_the_count_is_not_its_measure(text, count):
    # "One fighter said": since stage 19 a count of the people speaking is no casualty at all (None either way)
    assert measures(text).get(count) is None


def test_a_quotation_closed_before_the_measure_does_not_hide_it():
    text = 'Officials said "some 3,000 people, including 400 children" had been deported to Russia.'
    assert measures(text)["some 3,000"] == "deported"


@pytest.mark.parametrize(("text", "language", "count"), [
    ("Among those freed are marines, border guards and 21 people unlawfully convicted in Russia, "
     "of whom 11 got life sentences.", "en", "11"),
    ("The 84 freed Ukrainians include sailors, medics, as well as 12 people convicted in occupied Crimea, "
     "of whom 5 had been given life terms.", "en", "5"),
    ("Из плена освобождены моряки, медики, а также 12 гражданских, осуждённых в Крыму, из которых 5 "
     "приговорили к пожизненному сроку.", "ru", "5"),
])
def test_a_count_in_a_relative_clause_does_not_take_the_sentences_first_measure(text, language, count):
    assert measures(text, language).get(count) is None
