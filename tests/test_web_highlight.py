"""Cutting a report text into escaped segments: the passage and field marks of the web pages."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from warcrimes.domain.records import Provenance
from warcrimes.web.highlight import passages, segments


def test_segments_ignore_spans_outside_the_text() -> None:
    parts = segments("short text", (5, 500), [Provenance("date", 40, 50, "r")])
    assert [(s.text, s.in_account) for s in parts] == [("short", False), (" text", True)]


def test_segments_of_overlapping_fields_keep_every_field() -> None:
    parts = segments("abcdef", (0, 6), [Provenance("date", 1, 4, "d"), Provenance("location", 2, 5, "l")])
    assert [(s.text, s.fields) for s in parts] == [
        ("a", ()), ("b", ("date",)), ("cd", ("date", "location")), ("e", ("location",)), ("f", ())]


def test_passages_anchor_each_account_once_where_its_passage_starts() -> None:
    parts = passages("abcdefgh", [(1, (1, 5)), (2, (3, 7))])
    assert [(s.text, s.accounts, s.anchor) for s in parts] == [
        ("a", (), None), ("bc", (1,), 1), ("de", (1, 2), 2), ("fg", (2,), None), ("h", (), None)]


spans = st.tuples(st.integers(-5, 60), st.integers(-5, 60))


@given(text=st.text(max_size=50), account=st.none() | spans,
       marks=st.lists(st.tuples(st.sampled_from(["date", "location", "victims"]), spans), max_size=4))
def test_segments_always_rebuild_the_text_and_mark_only_the_passage(text, account, marks) -> None:  # type: ignore[no-untyped-def]
    provenance = [Provenance(f, s, e, "r") for f, (s, e) in marks]
    parts = segments(text, account, provenance)
    assert "".join(s.text for s in parts) == text
    marked = "".join(s.text for s in parts if s.in_account)
    if account is None or max(0, account[0]) >= min(len(text), account[1]):
        assert marked == ""
    else:
        assert marked == text[max(0, account[0]):min(len(text), account[1])]


@given(text=st.text(max_size=50), accounts=st.lists(spans, max_size=4))
def test_passages_always_rebuild_the_text_and_anchor_each_account_at_most_once(text, accounts) -> None:  # type: ignore[no-untyped-def]
    parts = passages(text, list(enumerate(accounts)))
    assert "".join(s.text for s in parts) == text
    anchors = [s.anchor for s in parts if s.anchor is not None]
    assert len(anchors) == len(set(anchors))
