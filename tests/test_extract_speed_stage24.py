"""Stage 24 (spdS, docs/extraction.md): each shortcut against the long way it replaced, on sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.text import fold
from warcrimes.extract.steps.people import given_names
from warcrimes.extract.steps.place_context import surnames

PUBLISHED = dt.date(2024, 3, 1)

# the word classes whose runs the steps now ask of Document.first_in_class instead of in_class token by token
CLASSES = (
    "seizure_verb", "there", "plural_object_pronoun", "own_harm_pronoun", "object_pronoun", "relative_pronoun",
    "attempt_word", "personal_pronoun", "auxiliary", "charge_link", "act_clause", "until_word", "capture_word",
    "staff_noun", "our_possessive", "first_person", "back_reference", "other_after",
)

SENTENCES = [
    ("They told us guards beat them there until the exchange; he was detained and later charged with murder.", "en"),
    ("Our medics said the soldiers who had tried to flee were captured and held in a cellar.", "en"),
    ("We were taken prisoner near the village, and I saw them shoot him.", "en"),
    ("Вони розповіли, що там їх били до обміну; його затримали й згодом звинуватили у вбивстві.", "uk"),
    ("Наші медики казали, що військових, які намагалися втекти, взяли в полон і тримали в підвалі.", "uk"),
    ("Они рассказали, что там их били до обмена; его задержали и позже обвинили в убийстве.", "ru"),
    ("Наши медики говорили, что бойцов, которые пытались бежать, взяли в плен и держали в подвале.", "ru"),
]


def _document(text: str, language: str) -> Document:
    return Document(text=text, published=PUBLISHED, language=language)


@pytest.mark.parametrize(("text", "language"), SENTENCES)
def test_a_class_run_found_by_first_in_class_is_one_any_in_class_finds(text: str, language: str) -> None:
    for _ in range(2):  # each form new to the class's memo, then read back from it
        doc = _document(text, language)
        size = len(doc.tokens)
        for name in (c for c in CLASSES if c in doc.lang.classes):
            for first, stop in [(0, size), (3, size - 2), (0, 4), (-3, 2), (size - 1, size + 4), (5, 2), (size, size)]:
                expected = any(doc.in_class(name, k) for k in range(first, stop))
                assert (doc.first_in_class(name, first, stop) >= 0) is expected, (name, first, stop)


def test_the_sentences_hold_members_of_the_classes_asked() -> None:
    """The comparison above is no comparison of empty answers: each language's sentences hold members."""
    for language in ("en", "uk", "ru"):
        found = set()
        for text, code in SENTENCES:
            if code == language:
                doc = _document(text, code)
                asked = [c for c in CLASSES if c in doc.lang.classes]
                found |= {c for c in asked if doc.first_in_class(c, 0, len(doc.tokens)) >= 0}
        assert len(found) >= 3, (language, found)


def _surnames_word_by_word(text: str, language: str) -> frozenset[str]:
    """The long way the shortcut replaced: every pair of words looked at in a loop."""
    given = given_names(language)
    words = fold(text).split()
    found = set()
    for first, second in zip(words, words[1:], strict=False):
        if first in given:
            found.add(second.strip(",.;:'\"()"))
    return frozenset(found)


@pytest.mark.parametrize(("text", "language"), [
    ("Governor Oleksandr Prokudin said Oleksandr, a driver, was wounded near Kherson.", "en"),
    ("Police said two drivers were wounded near the bridge on Monday.", "en"),
    ("The last word of this line is a given name: Dmytro", "en"),
    ("Губернатор Олександр Прокудін повідомив, що Дмитро (водій) поранений.", "uk"),
    ("Губернатор Вячеслав Гладков сообщил, что ранены два человека.", "ru"),
    ("", "en"),
])
def test_surnames_are_the_words_after_a_given_name_as_the_loop_found_them(text: str, language: str) -> None:
    assert surnames(text, language) == _surnames_word_by_word(text, language)
    assert surnames(text, language, fold(text)) == _surnames_word_by_word(text, language)


def test_a_report_with_no_given_name_has_no_surnames() -> None:
    assert surnames("Police said two drivers were wounded near the bridge.", "en") == frozenset()
    assert surnames("Governor Oleksandr Prokudin said.", "en") == frozenset({"prokudin"})


def test_folded_outlets_are_the_outlets_folded_one_by_one() -> None:
    from warcrimes.extract.engine.language import table
    from warcrimes.extract.steps.actors import _folded_outlets

    for language in ("en", "uk", "ru"):
        outlets = table(language, "actors.json").get("bodies", {}).get("outlets", [])
        assert _folded_outlets(tuple(outlets)) == {fold(o) for o in outlets}
    assert _folded_outlets(("The Kyiv Independent", "Суспільне")) == {"the kyiv independent", "суспільне"}
    assert _folded_outlets(()) == frozenset()


def test_the_by_line_expressions_made_once_are_those_made_each_report() -> None:
    import re

    from warcrimes.extract.engine.language import table
    from warcrimes.extract.steps.actors import _alternatives, _own_document_line, _team_byline

    for language in ("en", "uk", "ru"):
        actors = table(language, "actors.json")
        publisher, author, team = (actors.get(k) or {} for k in ("publisher", "author_line", "investigation_byline"))
        if publisher.get("separators"):
            separators = publisher["separators"]
            assert _alternatives(tuple(separators)).pattern == "|".join(re.escape(s) for s in separators)
        if author.get("own_documents"):
            leads = "|".join(re.escape(lead).replace(r"\ ", r"[ \t]+") for lead in author["own_documents"])
            name = r"([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})"
            old = r"[ \t]*(?i:" + leads + r")[ \t]+" + name + r"[ \t]*(?:[,|\n]|$)"
            assert _own_document_line(tuple(author["own_documents"])).pattern == old
        if team.get("leads"):
            leads = "|".join(re.escape(lead).replace(r"\ ", r"[ \t]+") for lead in team["leads"])
            name = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1," + str(team["max_words"] - 1) + "}"
            old = r"[ \t]*(?i:" + leads + r")[ \t]+(" + name + r")[ \t]*(?:[|,\u2013\u2014-]|\n|$)"
            assert _team_byline(tuple(team["leads"]), team["max_words"]).pattern == old


def test_a_team_by_line_of_our_own_is_read_by_the_expression_made_once() -> None:
    byline = _team_byline_for("en")
    found = byline.match("By the Harbour Street Desk | 3 May 2025")
    assert found is not None and found.group(1) == "Harbour Street Desk"
    assert byline.match("By the way, nothing happened") is None


def _team_byline_for(language: str):  # noqa: ANN202 - a compiled expression
    from warcrimes.extract.engine.language import table
    from warcrimes.extract.steps.actors import _team_byline

    team = table(language, "actors.json")["investigation_byline"]
    return _team_byline(tuple(team["leads"]), team["max_words"])
