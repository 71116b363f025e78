"""Extraction output is contract-valid for any input, and the checker catches departures."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warcrimes.domain.contract import contract_problems
from warcrimes.errors import UnsupportedLanguageError
from warcrimes.extract import extract

SEED_LIKE = ("Russian troops killed at least seven Ukrainian soldiers who surrendered near Bakhmut in "
             "Donetsk Oblast on Feb. 24, the ombudsman said. Ukraine has returned 3,135 citizens.")


def test_the_checker_names_an_unknown_label_and_a_bad_category() -> None:
    bad = {"incidents": [{"violations": ["murder"], "victims": {"category": "soldiers"},
                          "perpetrator": {"party": "unknown"}, "reported_by": [], "evidence": []}],
           "statistics": []}
    problems = contract_problems(bad)
    assert any("violations" in p for p in problems) and any("category" in p for p in problems)


def test_a_seed_like_report_gives_a_contract_valid_result() -> None:
    assert contract_problems(extract(SEED_LIKE, dt.date(2024, 2, 25)).to_contract()) == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)))
def test_any_string_gives_contract_valid_output_or_a_language_refusal(text: str, published: dt.date) -> None:
    try:
        result = extract(text, published).to_contract()
    except UnsupportedLanguageError:
        return
    assert contract_problems(result) == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "at least", "seven", "Feb. 24", "near", "Bakhmut", "killed", "POWs", "28,000", "last week",
    "Donetsk Oblast", "on Monday", "the Prosecutor General's Office said", "video", "between 10 and",
    "\u0411\u0430\u0445\u043c\u0443\u0442", ".", ",", "\n", "9" * 40, "Dec. 28", "overnight",
]), max_size=200), st.dates(min_value=dt.date(2014, 1, 1), max_value=dt.date(2030, 1, 1)))
def test_report_like_word_salad_gives_contract_valid_output(words: list[str], published: dt.date) -> None:
    try:
        result = extract(" ".join(words), published).to_contract()
    except UnsupportedLanguageError:
        return
    assert contract_problems(result) == []
