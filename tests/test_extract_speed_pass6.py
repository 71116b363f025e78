"""Speed pass 6 (docs/extraction.md): each shortcut against the long way it replaces, on sentences of our own."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from matcher_fixtures import assert_scans_find_the_long_way, every_variant_everywhere, written_matcher
from warcrimes.errors import ConfigError
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.language import load
from warcrimes.extract.engine.lemmas import InflectionLemmatizer
from warcrimes.extract.engine.patterns import Matcher, WordClasses
from warcrimes.extract.engine.pipeline import build
from warcrimes.extract.engine.text import fold
from warcrimes.extract.steps import parties
from warcrimes.extract.steps.people import _looks_like_name, _not_first, _surname_endings, _words
from warcrimes.extract.steps.sentence_facts import SentenceFacts
from warcrimes.extract.steps.table_cells import _positions

PUBLISHED = dt.date(2024, 3, 1)
TEXTS = [
    "Russian forces shelled the village of Stepove on Monday, killing two civilians, the governor said.",
    "MOSCOW, May 3 (Reuters) - The Russian Defence Ministry said its troops struck a depot near the town.",
    "A drone hit a bus near the clinic in Orikhiv. Olena Marchenko, a nurse, said the driver was wounded.",
    "",
]

CLASSES = WordClasses({"determiner": ["the", "a", "an"], "care": ["hospital", "clinic"]})
WRITTEN = {
    "care_after": "#any #any <care>",  # starts at every token: its probe gates every word no other pattern starts
    "gap": "to <determiner>? #any? #any? near|outside|in",
    "shot": "@shoot #num",
    "body": "#cap #cap? bureau|office",
    "single": "strike",
}


def _matcher() -> tuple[Matcher, InflectionLemmatizer]:
    lemmatize = InflectionLemmatizer([("", "s"), ("", "ed"), ("", "ing")], {"shoot": ["shot"]})
    return written_matcher(WRITTEN, CLASSES, lemmatize), lemmatize


@pytest.mark.parametrize("text", [
    "They took him to the old hospital near a clinic in town.",
    "Soldiers shot 3 men at the Regional Office and a clinic; another strike hit the hospital",
    "a clinic",
    "hospital hospital clinic to the near",
    "The Security Bureau said nothing about the strike.",
])
def test_the_gated_matcher_finds_what_testing_every_variant_finds(text: str) -> None:
    matcher, lemmatize = _matcher()
    gated = matcher._head("word", ("word",))
    assert gated[3] is not None  # a word no pattern starts meets only the gated "#any #any <care>"
    assert_scans_find_the_long_way(matcher, lemmatize, text)


def test_english_matches_are_those_of_every_variant_at_every_token() -> None:
    language = load("en")
    for text in TEXTS[:3]:
        doc = Document(text=text, published=PUBLISHED)
        found = sorted((m.first, m.stop, m.id) for m in language.matcher.scan(doc.tokens))
        assert found == every_variant_everywhere(language.matcher, doc.tokens)


def test_in_class_answers_as_the_language_does() -> None:
    language = load("en")
    names = sorted(language.classes.forms)
    for text in TEXTS:
        doc = Document(text=text, published=PUBLISHED)
        for name in names:
            for i in range(-2, len(doc.tokens) + 2):
                assert doc.in_class(name, i) == language.has(name, doc.tokens, i)


@pytest.mark.parametrize("text", ["", "no bar", "|", "a|b||c|", "\n\n|x\n", "|" * 50])
def test_positions_are_those_a_scan_of_every_character_finds(text: str) -> None:
    for char in ("|", "\n"):
        assert _positions(text, char) == [i for i, c in enumerate(text) if c == char]


def test_the_russian_voice_is_worked_out_once_per_segmentation() -> None:
    for text in TEXTS:
        doc = Document(text=text, published=PUBLISHED)
        build(("segment",))[0].run(doc)
        first = parties.russian_voice(doc)
        assert first == parties._russian_voice(doc) == parties.russian_voice(doc)
        doc.sentences = [(0, len(text))]  # segmented anew: asked again, not read back
        assert parties.russian_voice(doc) == parties._russian_voice(doc)


@pytest.mark.parametrize("words", [
    ["Zorian", "Kvitko"], ["Olena", "Marchenko"], ["Kherson", "Oblast"], ["The", "Petrenko"], ["Ivan", "Gov"],
    ["ivan", "Petrenko"], ["Ivan", "Petrenko", "Jr"], ["Ivan"],
])
def test_a_name_pair_is_judged_as_the_long_way_judges_it_asked_once_or_again(words: list[str]) -> None:
    def long_way() -> bool:
        if len(words) != 2 or not all(w.isalpha() and w[1:].islower() for w in words):
            return False
        first, last = fold(words[0]), fold(words[1])
        ending = next((e for e in _surname_endings("en") if last.endswith(e)), None)
        long_enough = ending is not None and len(last) >= len(ending) + 3
        return first not in _words("en", "not_names") and first not in _not_first("en") and long_enough

    assert [_looks_like_name(words, "en") for _ in range(2)] == [long_way()] * 2


def test_sentence_facts_keep_their_fields_only_and_fresh_lists() -> None:
    one, two = SentenceFacts((0, 1)), SentenceFacts((0, 1))
    one.places.append("x")
    assert two.places == [] and dataclasses.replace(one, role="event").places == ["x"]
    with pytest.raises(AttributeError):
        one.unknown_fact = True  # type: ignore[attr-defined]


def test_a_table_lacking_a_section_asked_for_is_still_refused() -> None:
    language = load("en")
    assert language.table("actors.json") is language.table("actors.json", ("bodies",))
    with pytest.raises(ConfigError, match="lacks sections"):
        language.table("actors.json", ("bodies", "no_such_section"))
