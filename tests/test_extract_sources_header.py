"""Telegram-style posts name their author once, in a heading before a colon: that author is the source."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import document
from warcrimes.extract.steps.actors import find_actors


def sources_of(text: str) -> list[str]:
    return [m.value.name for m in find_actors(document(text, dt.date(2024, 5, 14))) if m.kind == "source"]


def test_name_then_office_before_a_colon_is_the_author():
    text = (
        "Vadym Filashkin, head of the Donetsk Regional Military Administration:\n\n"
        "On May 12 the Russians killed two residents of Pokrovsk."
    )
    assert sources_of(text)[0] == "Vadym Filashkin"


def test_title_then_name_before_a_colon_is_the_author():
    text = "Ombudsman Dmytro Lubinets:\n\nA video shows Russian soldiers shooting three captives."
    assert sources_of(text) == ["Dmytro Lubinets"]


def test_heading_author_needs_no_known_given_name():
    text = "Zorian Kvitko, head of the Kherson Regional Military Administration: a man was killed in Bilozerka."
    assert sources_of(text)[0] == "Zorian Kvitko"


def test_colon_in_a_plain_sentence_names_no_author():
    text = "On April 22, the Russians killed four residents of the region: two in Pokrovsk and two in Toretsk."
    assert sources_of(text) == []


def test_armed_force_that_strikes_is_not_a_source():
    text = "The committee has opened a criminal case after the Armed Forces of Ukraine struck a market in Donetsk."
    assert "Ukraine's military" not in sources_of(text)


def test_unknown_name_set_off_before_a_title_is_a_person():
    text = "A woman was killed, Zorian Kvitko, the head of the city, said."
    assert sources_of(text) == ["Zorian Kvitko"]


def test_long_capitalised_run_keeps_the_name_at_its_end():
    text = "Head of the Donetsk People's Republic Denis Pushilin said three civilians were killed."
    assert "Denis Pushilin" in sources_of(text)


def test_heading_after_an_emoji_still_names_the_author():
    text = "\U0001f534 Ombudsman Dmytro Lubinets:\nRussian soldiers shot three captives near Robotyne."
    assert sources_of(text)[0] == "Dmytro Lubinets"


def test_unknown_given_name_before_a_surname_ending_is_a_person_who_speaks():
    assert sources_of("Two men were killed, said Zorian Kvitko.") == ["Zorian Kvitko"]


def test_place_and_region_words_are_not_taken_for_a_name():
    assert sources_of("Kherson Oblast was shelled again, police said.") == ["National Police"]


def ukrainian_sources_of(text: str) -> list[str]:
    doc = document(text, dt.date(2024, 5, 14))
    doc.language = "uk"
    return [m.value.name for m in find_actors(doc) if m.kind == "source"]


def test_a_long_ukrainian_heading_is_read_by_its_tokens_not_its_characters():
    # 163 characters but 20 tokens: a character window of 160 missed the colon
    text = (
        "Олександр Прокудін, начальник Херсонської обласної державної адміністрації, керівник Херсонської "
        "обласної військової адміністрації та голова обласної ради оборони:\n"
        "У Бериславі внаслідок обстрілу загинув чоловік."
    )
    assert ukrainian_sources_of(text)[0] == "Олександр Прокудін"


@pytest.mark.parametrize("text", [
    "Oleksandr Prokudin, head of the Kherson Regional Military Administration:\nA man was killed in Beryslav.",
    "Head of the Kherson Regional Military Administration Oleksandr Prokudin:\nA man was killed in Beryslav.",
])
def test_a_heading_of_a_dozen_tokens_names_the_author(text):
    assert sources_of(text)[0] == "Oleksandr Prokudin"


def test_a_colon_past_a_lines_first_clause_is_no_heading():
    text = (
        "Oleksandr Prokudin and the regional prosecutors spent the whole of Sunday in the villages along the river "
        "after the night's shelling, and in the evening they listed the damage: two houses and a school.\n"
        "A man was killed in Beryslav."
    )
    found = find_actors(document(text, dt.date(2024, 5, 14)))
    assert not [m for m in found if m.rule == "source:header"]
