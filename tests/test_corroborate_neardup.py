"""Near-duplicate reports: reposts and light edits are one text; different reports are not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from warcrimes.corroborate.neardup import NEAR_DUPLICATE, Fingerprint, fingerprint, jaccard, similarity, words

ORIGINAL = ("Russian army shelled Bilozerka this morning. The shell hit a bus stop where people were waiting "
            "for the bus to Kherson. Three people were killed and five wounded, two of them seriously.")
REPOST = "Repost. " + ORIGINAL
EDITED = ORIGINAL.replace("this morning", "on Tuesday morning").replace("seriously", "critically")
OTHER = ("The death toll from Tuesday's Russian artillery strike on a bus stop in Bilozerka, west of "
         "Kherson, has risen to four after a wounded woman died in hospital, the regional "
         "administration said.")


def test_a_repost_is_a_near_duplicate() -> None:
    assert similarity(fingerprint(ORIGINAL), fingerprint(REPOST)) >= NEAR_DUPLICATE


def test_a_lightly_edited_copy_is_a_near_duplicate() -> None:
    assert similarity(fingerprint(ORIGINAL), fingerprint(EDITED)) >= NEAR_DUPLICATE


def test_another_report_of_the_same_event_is_not_a_near_duplicate() -> None:
    assert similarity(fingerprint(ORIGINAL), fingerprint(OTHER)) < 0.2


def test_signature_survives_the_store_as_bytes() -> None:
    found = fingerprint(ORIGINAL)
    assert similarity(found, Fingerprint.from_bytes(found.to_bytes(), found.shingles)) == 1.0


def test_words_fold_case_and_drop_punctuation() -> None:
    assert words("Three POWs, near Robotyne!") == ["three", "pows", "near", "robotyne"]


def test_an_empty_text_is_like_nothing() -> None:
    assert similarity(fingerprint(""), fingerprint("")) == 0.0


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from("abcdefghij"), min_size=20, max_size=60),
       st.lists(st.sampled_from("abcdefghij"), min_size=20, max_size=60))
def test_minhash_estimate_is_within_a_fifth_of_the_exact_jaccard(a: list[str], b: list[str]) -> None:
    text_a, text_b = " ".join(a), " ".join(b)
    assert abs(similarity(fingerprint(text_a), fingerprint(text_b)) - jaccard(text_a, text_b)) <= 0.2


def test_the_nearest_of_many_candidates_at_once_is_the_one_compared_one_by_one() -> None:
    from collections import namedtuple

    from warcrimes.corroborate.fingerprints import _group, _nearest
    from warcrimes.corroborate.neardup import Fingerprint, fingerprint

    Row = namedtuple("Row", "group_id signature shingles")
    base = "Overnight the occupiers shelled the town with artillery, damaging {n} houses and a school; nobody died."
    texts = [base.format(n=n) for n in (3, 4, 4, 5)] + [base.format(n=4) + " Updated at noon.", "Air alert lifted.",
                                                        "", base.format(n=4)]
    rows = [Row(10 + i, fingerprint(t).to_bytes(), fingerprint(t).shingles) for i, t in enumerate(texts)]
    for text in (base.format(n=4), "Air alert lifted.", "", "Something else entirely, said nobody at all."):
        found = fingerprint(text)
        one_by_one = _group(99, found, ((r.group_id, Fingerprint.from_bytes(r.signature, r.shingles)) for r in rows))
        assert _nearest(99, found, rows) == one_by_one
    assert _nearest(99, fingerprint(base.format(n=4)), rows) == (11, 1.0)  # the earliest of the equal copies
