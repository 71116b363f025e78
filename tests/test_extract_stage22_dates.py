"""Stage 22: English date forms and their grain, written from CONTRACT.md's date rule alone (the interval the act
happened in, as precise as the text allows; relative words resolved against publication). Every sentence is written
for this file. Intervals chosen where the contract leaves them open (docs/extraction.md, "Stage 22"): the weeks of a
month are days 1-7, 8-14, 15-21, 22-28 and, for "the last week", 24 to the month's end; halves are 1-15 and 16 to the
end; "early/mid/late" before a season is its first, middle or last month; "the night before last" is the evening two
days before publication to the morning of the day before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.language import load
from warcrimes.extract.steps.dates import dates
from warcrimes.extract.steps.segment import sentence_spans

MON = dt.date(2024, 11, 18)  # a Monday


def mentions(text: str, published: dt.date = MON) -> list[tuple[str, str, str]]:
    """The date step's mentions of an English text: surface, start, end."""
    load("en")
    doc = Document(text=text, published=published, language="en")
    doc.sentences = sentence_spans(text)
    dates(doc)
    return [(text[m.start : m.end], m.value.start.isoformat(), m.value.end.isoformat()) for m in doc.of_kind("date")]


def last(text: str, published: dt.date = MON) -> tuple[str, str] | None:
    found = mentions(text, published)
    return found[-1][1:] if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drones hit a bus in Kherson in the second week of March.", ("2024-03-08", "2024-03-14")),
        ("In the second week of March 2023, a shell struck the market in Nikopol.", ("2023-03-08", "2023-03-14")),
        (
            "Residents said the shelling of Orikhiv lasted through the first week of January.",
            ("2024-01-01", "2024-01-07"),
        ),
        ("The detainees were moved during the third week of June 2022.", ("2022-06-15", "2022-06-21")),
        ("Guards beat them in the fourth week of May.", ("2024-05-22", "2024-05-28")),
        ("The strike came during the last week of October.", ("2024-10-24", "2024-10-31")),
        ("Witnesses placed the killings in the final week of February 2023.", ("2023-02-24", "2023-02-28")),
    ],
)
def test_a_week_of_a_month_is_its_seven_days(text, expected):
    assert last(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two civilians were killed in the first half of March.", ("2024-03-01", "2024-03-15")),
        ("The village was shelled daily in the second half of April 2023.", ("2023-04-16", "2023-04-30")),
        ("Most of the detentions took place in the first half of 2023.", ("2023-01-01", "2023-06-30")),
        ("In the second half of 2022 the camp held about 300 men.", ("2022-07-01", "2022-12-31")),
    ],
)
def test_a_half_of_a_month_or_a_year(text, expected):
    assert last(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The school in Izium was hit in early spring 2023.", ("2023-03-01", "2023-03-31")),
        ("Soldiers looted the farm in late summer.", ("2024-08-01", "2024-08-31")),
        ("By the end of autumn 2022 the bodies had been buried.", ("2022-11-01", "2022-11-30")),
        ("The shelling grew heavier in mid-summer 2023.", ("2023-07-01", "2023-07-31")),
    ],
)
def test_a_part_of_a_season_is_one_of_its_months(text, expected):
    assert last(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A drone hit a tram depot in Kherson the night before last.", ("2024-11-16", "2024-11-17")),
        ("The night before last, missiles struck Odesa's port.", ("2024-11-16", "2024-11-17")),
        ("Officials said the night before last was the worst since summer.", ("2024-11-16", "2024-11-17")),
    ],
)
def test_the_night_before_last_is_two_nights_back(text, expected):
    assert mentions(text)[0][1:] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last November, on the night of the 23rd, a shell hit the hospital roof.", ("2023-11-23", "2023-11-24")),
        ("In March 2022 troops entered the village. On the 12th, they shot two men.", ("2022-03-12", "2022-03-12")),
        ("The convoy left on 3 May. It was shelled on the 5th.", ("2024-05-05", "2024-05-05")),
    ],
)
def test_the_nth_after_a_month_told_is_that_day_of_it(text, expected):
    assert last(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The winter of 2022-2023 was spent in the basement.", ("2022-12-01", "2023-02-28")),
        ("Through the winter of 2023-24 the town had no power.", ("2023-12-01", "2024-02-29")),
    ],
)
def test_a_winter_across_two_years_runs_december_to_february(text, expected):
    assert last(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He was held in a colony from April to November 2023. Two men died there after beatings in the autumn.",
            ("2023-09-01", "2023-11-30"),
        ),
        (
            "The town was occupied from March to December 2022; in the summer soldiers burned the school.",
            ("2022-06-01", "2022-08-31"),
        ),
    ],
)
def test_a_bare_season_takes_the_year_of_the_period_told_just_before(text, expected):
    assert last(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops shelled Kherson in the autumn.", ("2024-09-01", "2024-11-30")),
        ("Troops shelled Kherson this spring.", ("2024-03-01", "2024-05-31")),
        ("Troops shelled Kherson last autumn.", ("2023-09-01", "2023-11-30")),
        ("Troops shelled Kherson in the spring of 2024.", ("2024-03-01", "2024-05-31")),
        ("Troops shelled Kherson on Saturday afternoon.", ("2024-11-16", "2024-11-16")),
        ("A drone hit a car on Friday evening.", ("2024-11-15", "2024-11-15")),
        ("Troops shelled Kherson in mid-December.", ("2023-12-11", "2023-12-20")),
        ("Troops shelled Kherson at the end of October.", ("2024-10-21", "2024-10-31")),
        ("Troops shelled Kherson in early September.", ("2024-09-01", "2024-09-10")),
        ("Troops held him from 3 to 29 March 2022.", ("2022-03-03", "2022-03-29")),
        ("A drone struck the station earlier this week.", ("2024-11-18", "2024-11-18")),
        ("A drone struck the station last month.", ("2024-10-01", "2024-10-31")),
    ],
)
def test_forms_read_before_stage_22_keep_their_interval(text, expected):
    assert last(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The shop on Spring Street was hit by a drone.",
        "May Johnson said the troops shelled Kherson.",
        "The second shell hit the school.",
        "The second week of fighting was the hardest.",
        "The fall of Mariupol was a turning point.",
        "Soldiers of the 3rd Brigade said they held the line.",
        "They lived on the 12th floor of the block.",
        "The first half of the convoy got through.",
    ],
)
def test_a_look_alike_is_no_date(text):
    assert mentions(text) == []


def test_the_nth_with_no_month_told_is_no_date():
    assert mentions("On the 23rd, a shell hit the roof.") == []


# -- which date the incident takes ---------------------------------------------------------------------------------
def incidents(text: str, published: dt.date) -> list[tuple[str, tuple[str, str] | None]]:
    found = extract(text, published, "en").to_contract()["incidents"]
    return [(i["violations"][0], (i["date"]["start"], i["date"]["end"]) if i["date"] else None) for i in found]


FRI = dt.date(2025, 10, 17)


@pytest.mark.parametrize(
    "text",
    [
        "This week in brief: two people killed in a bomb strike in Kupiansk.\n\n1. Kupiansk. On Tuesday a guided bomb "
        "struck a pharmacy. Two women were killed.",
        "This week: a bomb strike in Kupiansk killed two civilians.\n\nKupiansk. A guided bomb hit a pharmacy "
        "on Tuesday afternoon. Two women died.",
        "Over the past week Russian forces killed two civilians in Kupiansk, the prosecutors said.\n\n"
        "On Tuesday a guided bomb struck a pharmacy in Kupiansk; two women were killed.",
    ],
)
def test_a_digest_window_gives_way_to_the_day_of_its_item(text):
    assert incidents(text, FRI)[0][1] == ("2025-10-14", "2025-10-14")


def test_deaths_in_a_season_inside_a_stay_are_another_event():
    text = (
        "A released sergeant said he and forty other prisoners were held in a penal colony in Kamyshin from April to "
        "November 2023, where guards beat them daily. He said two of his fellow prisoners died in the colony after "
        "beatings in the autumn."
    )
    found = incidents(text, dt.date(2025, 3, 5))
    assert ("killing_hors_de_combat", ("2023-09-01", "2023-11-30")) in found
    assert len(found) == 2
