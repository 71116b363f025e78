"""A person named after a title carries it when the title ends within a few tokens before the name, however
long the words between (characters differ from tokens most in Ukrainian and Russian)."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.pipeline import default_steps, run


def titles(text: str, language: str) -> dict[str, str | None]:
    doc = Document(text, dt.date(2025, 3, 12), language)
    run(doc, default_steps())
    return {m.value.name: m.value.title for m in doc.of_kind("source")}


@pytest.mark.parametrize(("text", "language"), [
    ("Начальник Дніпропетровської обласної військової адміністрації Сергій Лисак повідомив, що загинув чоловік.", "uk"),
    # 64 characters but seven tokens between the title and the name: a 60-character window lost the title
    ("Начальник Дніпропетровської обласної військово-цивільної адміністрації Сергій Лисак повідомив, "
     "що загинув чоловік.", "uk"),
])
def test_a_title_before_a_long_body_name_is_the_persons(text, language):
    assert titles(text, language)["Сергій Лисак"] == "Начальник"


@pytest.mark.parametrize(("text", "title"), [
    ("Head of the Kharkiv Regional Military Administration Oleh Syniehubov said two men were killed.", "Head"),
    ("Governor of the Kharkiv region Oleh Syniehubov said two men were killed.", "Governor"),
])
def test_an_english_title_before_a_body_name_is_the_persons(text, title):
    assert titles(text, "en")["Oleh Syniehubov"] == title


def test_a_title_in_the_sentence_before_is_not_the_persons():
    text = "Начальник приїхав на місце. Сергій Лисак повідомив, що загинув чоловік."
    assert titles(text, "uk").get("Сергій Лисак") is None
