"""What the second speed pass (docs/extraction.md) relies on: shortcuts that must give what the long way gives."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc

import pytest

from warcrimes.extract import extract
from warcrimes.extract.engine import pipeline
from warcrimes.extract.engine.document import Mention
from warcrimes.extract.engine.lemmas import InflectionLemmatizer
from warcrimes.extract.engine.patterns import Match, Matcher, Pattern, WordClasses, parse
from warcrimes.extract.engine.text import tokenise
from warcrimes.language_id import identify
from warcrimes.language_id.identify import _SENTENCE_END, _best, _sentences, _words
from warcrimes.services.extraction import prepare


def test_a_lemmatizer_gives_a_list_of_forms_what_it_gives_each_form() -> None:
    lemmatize = InflectionLemmatizer([("", "s"), ("", "ed")], {"shoot": ["shot"]})
    lemmatize.learn(["shoot", "shell"])
    forms = ["shelled", "shot", "unknown", "shelled", "shells"]
    fresh = InflectionLemmatizer([("", "s"), ("", "ed")], {"shoot": ["shot"]})
    fresh.learn(["shoot", "shell"])
    assert fresh.every(forms) == [lemmatize(form) for form in forms]
    assert fresh.every(forms) == [lemmatize(form) for form in forms]  # now from the cache


def test_matches_and_mentions_stay_immutable() -> None:
    mention = Mention("place", 0, 4, None, "rule")
    with pytest.raises(AttributeError):
        mention.start = 1  # type: ignore[misc]
    classes = WordClasses({})
    pattern = Pattern("p", "cue", "v", parse("dead", classes))
    match = Matcher([pattern])(tokenise("found dead"))[0]
    assert isinstance(match, Match) and (match.start, match.end, match.id) == (6, 10, "p")
    with pytest.raises(AttributeError):
        match.end = 3  # type: ignore[misc]
    assert not dataclasses.is_dataclass(match)


def test_one_token_patterns_match_once_each_beside_longer_ones() -> None:
    classes = WordClasses({})
    patterns = [
        Pattern("one", "cue", "v", parse("strike", classes)),
        Pattern("two", "cue", "v", parse("strike on", classes)),
        Pattern("other", "kind", "v", parse("strike|strikes", classes)),
    ]
    found = Matcher(patterns)(tokenise("a strike on Kherson, another strike"))
    assert [(m.id, m.first, m.stop) for m in found] == [
        ("one", 1, 2), ("other", 1, 2), ("two", 1, 3), ("one", 6, 7), ("other", 6, 7)]


def test_a_batch_settles_the_collector_and_a_lone_extraction_does_not() -> None:
    """extract() leaves the process's collector alone (a server extracting an upload keeps Python's
    defaults); prepare(), which a batch, an import's worker and the bench call, settles it."""
    before = gc.get_threshold()
    gc.set_threshold(700, before[1], before[2])
    try:
        extract("Russian forces shelled Kherson on Monday, the governor said.", dt.date(2024, 1, 1))
        assert gc.get_threshold()[0] == 700
        prepare()
        assert gc.get_threshold()[0] >= pipeline.YOUNG_OBJECTS
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


@pytest.mark.parametrize("text", [
    "Вночі ворог атакував Харків. The governor said so!",
    "ΟΔΟΣ.Α ΟΔΟΣ ΑΘΗΝΩΝ. Kyiv’s mayor said «enough»",
    "İstanbul… Grüße aus Köln? ",
])
def test_a_sample_lowercased_whole_splits_into_the_sentences_lowercased_alone(text: str) -> None:
    alone = [words for part in _SENTENCE_END.split(text) if (words := _words(part))]
    assert _sentences(text) == alone


def test_the_leader_of_a_tie_is_the_language_listed_first() -> None:
    assert _best({"uk": 2.0, "ru": 2.0, "be": 1.0}) == ("uk", 2.0, 0.0)
    assert _best({"uk": 1.0, "ru": 3.0, "be": 3.0}) == ("ru", 3.0, 0.0)
    assert _best({"en": 1.5}) == ("en", 1.5, 1.5)
    assert identify("The strike hit a residential street, the governor said.").language == "en"
