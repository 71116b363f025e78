"""The publication day on a line of its own, or opening the story's first line before a time and a dash, is the
report's date line, not the day of the act the report tells (stage 25b)."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 5, 16)


def dates(text: str) -> list[tuple[str, str] | None]:
    incidents = extract(text, PUBLISHED).to_contract()["incidents"]
    return [(i["date"]["start"], i["date"]["end"]) if i["date"] else None for i in incidents]


@pytest.mark.parametrize(("text", "day"), [
    (
        "Friday 16 May 2025, 10:15 \u2014 A Russian drone struck a bus in Kherson on Thursday evening, killing two "
        "passengers, the governor said.",
        "2025-05-15",
    ),
    (
        "Friday, 16 May 2025, 07:05 \u2014 A woman was killed when a Russian drone dropped explosives on her car in "
        "Beryslav late on Thursday, police said.",
        "2025-05-15",
    ),
    (
        "16 May 2025 \u2014 Russian troops shot a civilian in Vovchansk the day before, prosecutors said.",
        "2025-05-15",
    ),
    (
        "Evening bulletin\n16 May 2025\n\nA Russian glide bomb hit a school in Kupiansk on Wednesday, "
        "killing a teacher.",
        "2025-05-14",
    ),
])
def test_the_publication_day_on_its_own_line_is_no_day_of_the_act(text, day):
    assert dates(text) == [(day, day)]


def test_an_act_told_on_the_publication_day_inside_a_sentence_keeps_it():
    text = "On 16 May 2025 a Russian drone struck a bus in Kherson, killing two passengers, the governor said."
    assert dates(text) == [("2025-05-16", "2025-05-16")]


def test_another_day_on_its_own_line_heads_what_happened_that_day():
    text = "Diary of the occupation\n3 March 2022\nRussian soldiers shot two men at the checkpoint in Stepne."
    assert dates(text) == [("2022-03-03", "2022-03-03")]
