"""A release listing several attacks, one paragraph each, keeps each day with its own incident: a paragraph opening
with an attack at another settlement ("A drone attacked a car in Kupiansk.") is the next item even where that
sentence alone tells no full act, so the injury and the day told after it are that item's, not the item before.
A paragraph that only adds a detail at another place ("He was later taken to a hospital in Kharkiv.") stays with
the incident told."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 3, 8)


def _items(text: str) -> list[tuple[str | None, str | None]]:
    return [(i.facts.location.name if i.facts.location else None,
             i.facts.date.start.isoformat() if i.facts.date else None)
            for i in extract(text, PUBLISHED, language="en").incidents]


@pytest.mark.parametrize("text", [
    "The regional police reported three attacks on civilians in the past week.\n\n"
    "A Russian guided bomb destroyed a private house in Zolochiv, killing a 66-year-old woman. It happened at "
    "around 10:00 on 3 March.\n\n"
    "A drone attacked a car in Kupiansk. The driver, a local resident, was injured. The attack took place on the "
    "evening of 5 March.\n\n"
    "Two men were killed in Balakliia when their house was hit by a shell. According to police, this happened on "
    "7 March.",
    "Police list the week's attacks.\n\n"
    "Russian artillery shelled Zolochiv on 3 March, killing a woman.\n\n"
    "An FPV drone struck a minibus in Kupiansk. Two passengers were wounded. It happened on 5 March.\n\n"
    "On 7 March a shell hit a house in Balakliia, killing two men.",
])
def test_each_item_keeps_its_own_day(text):
    found = _items(text)
    assert [place for place, _ in found] == ["Zolochiv", "Kupiansk", "Balakliia"]
    assert [day for _, day in found] == ["2025-03-03", "2025-03-05", "2025-03-07"]


def test_a_detail_at_another_place_stays_with_the_incident():
    text = ("Russian artillery shelled Zolochiv on 3 March, wounding a man, police said.\n\n"
            "He was later taken to a hospital in Kharkiv.")
    assert _items(text) == [("Zolochiv", "2025-03-03")]
