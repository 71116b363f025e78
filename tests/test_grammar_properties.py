"""Properties of the date and number grammars: any text is safe, and hostile text costs linear time."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warcrimes.extract.engine.document import Document
from warcrimes.extract.steps.dates import dates
from warcrimes.extract.steps.numbers import numbers
from warcrimes.extract.steps.segment import segment

PUBLISHED = dt.date(2024, 2, 25)

# Pieces that drive the grammars into their branches, mixed with arbitrary characters.
_PIECES = [
    "Feb.",
    "February",
    "May",
    "Monday",
    "last",
    "week",
    "the",
    "night",
    "of",
    "since",
    "between",
    "and",
    "to",
    "-",
    "\u2013",
    ".",
    ",",
    ":",
    "/",
    "%",
    "at",
    "least",
    "more",
    "than",
    "up",
    "a",
    "few",
    "dozen",
    "dozens",
    "hundred",
    "thousand",
    "million",
    "twenty",
    "one",
    "of",
    "ago",
    "days",
    "early",
    "mid",
    "2024",
    "24",
    "18",
    "3",
    "135",
    "000",
    "1.5",
    "10:30",
    "24.02.2024",
    "2024-02-24",
    "\u00a0",
    " ",
    "\n",
    "\u0432\u0447\u043e\u0440\u0430",
    "\u0663",
    "\u00b2",
    "\u0130",
    "yesterday",
    "overnight",
    "percent",
]
_texts = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=4)), max_size=40).map(" ".join)
_glued = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def run_grammars(text: str, published: dt.date = PUBLISHED) -> Document:
    doc = Document(text=text, published=published)
    segment(doc)
    dates(doc)
    numbers(doc)
    return doc


def assert_spans_valid(doc: Document) -> None:
    for kind in ("date", "count"):
        for mention in doc.of_kind(kind):
            assert 0 <= mention.start < mention.end <= len(doc.text)
            assert mention.rule


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_any_spaced_text_gives_mentions_inside_the_text(text):
    assert_spans_valid(run_grammars(text))


@settings(max_examples=300, deadline=None)
@given(_glued)
def test_any_glued_text_gives_mentions_inside_the_text(text):
    assert_spans_valid(run_grammars(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)))
def test_arbitrary_unicode_and_publication_dates_never_raise(text, published):
    assert_spans_valid(run_grammars(text, published))


@settings(max_examples=200, deadline=None)
@given(_texts)
def test_date_intervals_never_end_before_they_start(text):
    for mention in run_grammars(text).of_kind("date"):
        assert mention.value.start <= mention.value.end


@settings(max_examples=200, deadline=None)
@given(_texts)
def test_count_bounds_are_ordered(text):
    for mention in run_grammars(text).of_kind("count"):
        low, high = mention.value.min, mention.value.max
        assert low is None or high is None or low <= high


def hostile(size: int) -> str:
    """Long digit runs, thousands of qualifiers, text with no whitespace, mixed scripts."""
    block = (
        "9" * 5000
        + " "
        + "at least " * 500
        + "1,000," * 400
        + " "
        + "Feb.24-" * 300
        + "\u0432\u0456\u0439\u043d\u0430\u6218\u4e89\u062d\u0631\u0628" * 100
        + "twenty-one hundred and " * 100
        + "since " * 300
        + "the night of " * 200
        + "between 1 and " * 200
        + "x" * 3000
        + " "
    )
    return (block * (size // len(block) + 1))[:size]


def seconds(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        began = time.perf_counter()
        run_grammars(text)
        best = min(best, time.perf_counter() - began)
    return best


def test_hostile_text_is_processed_without_error():
    assert_spans_valid(run_grammars(hostile(200_000)))


@pytest.mark.slow
def test_hostile_input_time_grows_linearly_from_one_to_four_megabytes():
    small, large = seconds(hostile(1 << 20)), seconds(hostile(4 << 20))
    assert large / small < 8, (small, large)


@pytest.mark.slow
def test_five_megabytes_of_hostile_input_completes():
    assert_spans_valid(run_grammars(hostile(5 << 20)))
