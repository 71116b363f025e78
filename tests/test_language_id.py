"""Language identification tells en / uk / ru apart on short posts, and says mixed or other."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warcrimes.language_id import detect_language, identify

CORPUS = Path(__file__).parent / "corpus" / "language_id"


def _texts(name: str) -> list[dict[str, str]]:
    return [json.loads(line) for line in (CORPUS / name).read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("name", ["short_texts.jsonl", "heldout_texts.jsonl"])
def test_every_written_text_gets_its_language(name: str) -> None:
    wrong = [(t["expect"], identify(t["text"]).language, t["text"][:50]) for t in _texts(name)
             if identify(t["text"]).language != t["expect"]]
    assert not wrong


def test_a_ukrainian_post_without_i_yi_ye_is_still_ukrainian() -> None:
    assert detect_language("Загроза удару балістикою по прифронтових громадах Донеччини") == "uk"


def test_a_russian_post_without_y_e_yo_is_still_russian() -> None:
    assert detect_language("Дрон ударил по автобусу с рабочими предприятия.") == "ru"


def test_belarusian_with_i_and_y_together_is_other_not_russian() -> None:
    assert detect_language("Уначы горад атакавалі беспілотнікі, пашкоджаны жылы дом.") == "other"


def test_an_english_article_quoting_a_ukrainian_post_is_mixed_with_english_main() -> None:
    found = identify("The governor wrote that the strike hit a school and that rescuers were still working "
                     "at the scene. «Ворог вдарив по школі, рятувальники працюють на місці».")
    assert found.language == "mixed"
    assert found.main == "en"
    assert found.shares["uk"] >= 0.2


def test_a_short_quote_in_a_long_english_report_does_not_make_it_mixed() -> None:
    english = "Prosecutors said the soldiers had shot the prisoners after they surrendered near the village. " * 6
    assert detect_language(english + "«Слава Україні»") == "en"


def test_plain_latin_text_without_other_signs_is_english() -> None:
    assert detect_language("UN monitors documented 12 civilian deaths in Donetsk region last week.") == "en"


@pytest.mark.parametrize("text", ["", "   ", "12:45 — 17.03.2024", "🚀🚀🚀"])
def test_text_without_letters_is_undetermined(text: str) -> None:
    assert identify(text).language == "und"


@given(st.text(max_size=300))
def test_any_text_gets_one_of_the_verdicts(text: str) -> None:
    found = identify(text)
    assert found.language in {"en", "uk", "ru", "mixed", "other", "und"}
    assert abs(sum(found.shares.values()) - 1.0) < 0.01 or not found.shares
