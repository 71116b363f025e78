"""Stage 22 (speed, docs/extraction.md): each shortcut against the long way it replaces, on sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract.engine.document import Document
from warcrimes.extract.steps.named_victims import _words_before

PUBLISHED = dt.date(2024, 3, 1)


def _document(text: str, language: str) -> Document:
    return Document(text=text, published=PUBLISHED, language=language)


def _first_by_in_class(doc: Document, name: str, first: int, stop: int) -> int:
    """The long way: in_class asked of every token in turn."""
    return next((j for j in range(first, stop) if doc.in_class(name, j)), -1)


@pytest.mark.parametrize(("text", "language"), [
    ("Soldiers detained two men at a checkpoint and later arrested their neighbour.", "en"),
    ("The volunteers were abducted on Monday; nobody was seized on Tuesday.", "en"),
    ("A missile hit the school in the morning.", "en"),
    ("Військові затримали двох чоловіків, а згодом викрали їхнього сусіда.", "uk"),
    ("Солдаты задержали двух мужчин и похитили их соседа.", "ru"),
])
def test_first_in_class_finds_the_token_asking_in_class_of_each_finds(text: str, language: str) -> None:
    for _ in range(2):  # each form new to the class's memo, then read back from it
        doc = _document(text, language)
        size = len(doc.tokens)
        for first, stop in [(0, size), (2, size), (0, 3), (-4, size + 5), (size, size + 2), (3, 1)]:
            expected = _first_by_in_class(doc, "seizure_verb", max(first, 0), stop)
            assert doc.first_in_class("seizure_verb", first, stop) == expected


def test_first_in_class_answers_minus_one_where_no_token_belongs() -> None:
    doc = _document("A missile hit the school in the morning.", "en")
    assert doc.first_in_class("seizure_verb", 0, len(doc.tokens)) == -1


def _words_before_one_token_at_a_time(doc: Document, offset: int, lo: int, n: int) -> list[list[int]]:
    """The long way the shortcut replaces: each token put in front of its word, each word in front of the list."""
    tokens, words = doc.tokens, list[list[int]]()
    k = doc.token_before(offset)
    while k >= 0 and tokens.starts[k] >= lo and len(words) < n:
        word = [k]
        while k > 0 and tokens.touching(k - 1) and tokens.starts[k - 1] >= lo:
            k -= 1
            word.insert(0, k)
        words.insert(0, word)
        k -= 1
    return words


@pytest.mark.parametrize("text", [
    "Troops shot a 55-year-old man near the bridge.",
    "The well-known local priest was detained.",
    "They beat a man, a woman and her 12-year-old son.",
    "driver",
])
def test_words_before_groups_touching_tokens_as_the_long_way_does(text: str) -> None:
    doc = _document(text, "en")
    for offset in sorted({0, len(text), *doc.tokens.starts}):
        for lo in (0, 4, 10):
            for n in (1, 3, 5):
                assert _words_before(doc, offset, lo, n) == _words_before_one_token_at_a_time(doc, offset, lo, n)


def test_the_three_nearest_words_are_the_last_three_of_five() -> None:
    doc = _document("Russian soldiers detained the 55-year-old village head on Monday.", "en")
    at = doc.text.index("head")
    assert _words_before(doc, at, 0, 3) == _words_before(doc, at, 0, 5)[-3:]
    assert [doc.text[doc.tokens.starts[w[0]]:doc.tokens.end(w[-1])] for w in _words_before(doc, at, 0, 3)] == [
        "the", "55-year-old", "village"]
