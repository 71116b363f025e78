"""Property tests: any string gives contract-valid output from the extraction steps, never an exception."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from warcrimes.domain.taxonomy import violations, vocabulary
from warcrimes.errors import UnsupportedLanguageError
from warcrimes.extract import extract

WORDS = st.sampled_from(
    [
        "Russian",
        "forces",
        "shelled",
        "Kherson",
        "Oblast",
        "killing",
        "at",
        "least",
        "seven",
        "civilians",
        "on",
        "Feb.",
        "24",
        ",",
        ".",
        "\n",
        "prisoners",
        "of",
        "war",
        "executed",
        "near",
        "Bakhmut",
        "said",
        "Ombudsman",
        "Dmytro",
        "Lubinets",
        "since",
        "2,576",
        "were",
        "freed",
        "90%",
        "tortured",
        "a",
        "video",
        "Stepove",
        "Donetsk",
        "region",
        "the",
        "110th",
        "Brigade",
        "reported",
        "promised",
        "to",
        "evacuate",
        "hospital",
    ]
)


def check_contract(text: str) -> None:
    try:
        result = extract(text, dt.date(2024, 2, 25)).to_contract()
    except UnsupportedLanguageError:
        return
    vocab = vocabulary()
    for incident in result["incidents"]:
        assert incident["violations"] and set(incident["violations"]) <= set(violations())
        assert incident["victims"]["category"] in vocab.victim_categories
        assert set(incident["evidence"]) <= vocab.evidence_kinds
        start, end = incident["span"]
        assert 0 <= start <= end <= len(text)
        low, high = incident["victims"]["min"], incident["victims"]["max"]
        assert low is None or high is None or low <= high
    for figure in result["statistics"]:
        assert figure["measure"] in vocab.measures and figure["population"] in vocab.populations
        assert figure["qualifier"] in vocab.qualifiers and figure["unit"] in vocab.units


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_contract_valid_output(text):
    check_contract(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=80).map(" ".join))
def test_any_mix_of_report_words_gives_contract_valid_output(text):
    check_contract(text)
