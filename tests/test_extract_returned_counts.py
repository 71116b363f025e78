"""People told as deported and then returned in one clause are counted as returned (stage 12): the return is
what the sentence reports, the deportation their past; a denied return or a part returned stays apart."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 5, 20)


def figures(text: str) -> set[tuple[str, float]]:
    return {(s.facts.measure, s.facts.value) for s in extract(text, PUBLISHED).statistics}


def counted_incidents(text: str) -> list[int]:
    return [i.facts.victims.min for i in extract(text, PUBLISHED).incidents if i.facts.victims.min]


@pytest.mark.parametrize("text", [
    "The foundation said eleven children deported to Russia were brought back to Ukraine on Tuesday.",
    "Eleven children who had been forcibly deported to Russia returned home on Tuesday, the foundation said.",
    "On Tuesday 11 deported children were returned to their families, the ombudsman said.",
])
def test_a_group_deported_and_returned_is_counted_as_returned_only(text):
    assert figures(text) == {("released", 11)}
    assert counted_incidents(text) == []


@pytest.mark.parametrize(("text", "figure"), [
    ("The foundation said 20 children deported to Russia in 2022 have not been returned.", ("deported", 20)),
    ("Russian forces deported 20 children from Kherson in November 2022, 5 of whom were returned in May.",
     ("deported", 20)),
])
def test_a_denied_return_or_a_part_returned_leaves_the_deportation_count(text, figure):
    assert figure in figures(text)
