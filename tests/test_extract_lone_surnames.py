"""A well-known speaker named by surname alone ("Syniehubov said") is a source; a capitalised word right
before the surname (the word before it, read as touching tokens) makes it part of a longer name."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import document
from warcrimes.extract.steps.actors import find_actors


def sources_of(text: str) -> list[str]:
    return [m.value.name for m in find_actors(document(text, dt.date(2025, 3, 12))) if m.kind == "source"]


@pytest.mark.parametrize("text", [
    "The governor met reporters. Syniehubov said two men were killed in Kharkiv.",
    "After the strike, Syniehubov said two men were killed.",
])
def test_a_surname_alone_before_a_verb_of_saying_is_the_speaker(text):
    assert sources_of(text) == ["Syniehubov"]


@pytest.mark.parametrize("text", [
    "In Kharkiv Syniehubov said two men were killed.",
    "Yesterday Governor-General Syniehubov said two men were killed.",
])
def test_a_capitalised_word_before_the_surname_makes_it_no_lone_surname(text):
    assert "Syniehubov" not in sources_of(text)


@pytest.mark.parametrize("text", [
    "Governor Oleh Syniehubov said two men were killed. Later Syniehubov said a third man had died.",
    "Oleh Syniehubov, the governor, said two men were killed.",
])
def test_a_surname_inside_a_full_name_is_that_person_not_another(text):
    assert set(sources_of(text)) == {"Oleh Syniehubov"}
