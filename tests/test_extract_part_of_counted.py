"""'At least 12 of them' with its verb a few words away: a part of the people counted in the sentence before or
its own sentence takes their kind and is counted, not left as a loose figure; an aside ('за їхніми словами',
'по их словам') between the count and its verb is no clause break."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 5, 20)


def _mins(text: str) -> list[int | None]:
    return [i["victims"]["min"] for i in extract(text, PUBLISHED).to_contract()["incidents"]]


@pytest.mark.parametrize("text", [
    "On May 3, 20 civilians were returned from Russian captivity in Sumy. At least 12 of the returnees said they "
    "had been beaten and tortured by guards.",
    "On May 3, 20 civilians were returned from Russian captivity in Sumy. At least 12 of them, the ombudsman said, "
    "had been tortured by guards.",
    "3 травня з російського полону до Сум повернули 20 цивільних. Не менше 12 з них, за їхніми словами, катували "
    "російські військові.",
    "3 мая из российского плена в Сумы вернули 20 мирных жителей. Не менее 12 из них, по их словам, пытали "
    "российские военные.",
    "3 мая из российского плена в Сумы вернули 20 мирных жителей. Не менее 12 из них рассказали, что их пытали "
    "российские военные.",
])
def test_a_part_of_the_people_counted_before_is_counted(text):
    assert 12 in _mins(text)


def test_a_part_of_things_counts_no_one():
    text = "On May 3, Russian troops launched 20 missiles at Kharkiv. At least 12 of them, officials said, hit homes."
    assert 12 not in _mins(text)
