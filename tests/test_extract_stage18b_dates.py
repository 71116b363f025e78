"""Stage 18b (issue 8): the day someone learned, found out or was told of an act is no day of the act (CONTRACT.md:
null when the text dates only the discovery or the report)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import incident_days
from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")

D = dt.date


@pytest.mark.parametrize("text", [
    "Soldiers detained a teacher in Kherson on 8 February 2025. On 2 March her family learned that she was held "
    "in a cell there, the group said.",
    "Soldiers detained a teacher in Kherson on 8 February 2025. Her family found out on 2 March that she was held "
    "in a cell there.",
    "Soldiers detained a teacher in Kherson on 8 February 2025. Her parents were told on 2 March that she was "
    "held in a cell in Kherson.",
])
def test_a_detention_keeps_its_day_not_the_day_the_family_learned_of_it(text):
    assert incident_days(text) == [(D(2025, 2, 8), D(2025, 2, 8))]


@pytest.mark.parametrize("text", [
    "On 3 January 2025 police learned that Russian troops had shot two farmers near Sumy.",
    "On 3 January 2025 the family discovered that Russian troops had shot two farmers near Sumy.",
    "On 3 January 2025 investigators found out that Russian troops had shot two farmers near Sumy.",
])
def test_the_day_news_was_learned_dates_nothing(text):
    assert incident_days(text) == [None]


def test_a_day_told_with_the_act_still_dates_it():
    text = "Russian troops shot two farmers near Sumy on 3 January 2025; police learned of it a week later."
    assert incident_days(text) == [(D(2025, 1, 3), D(2025, 1, 3))]


DIARY_PUBLISHED = dt.date(2024, 6, 29)


def incidents(text: str) -> list[tuple[str | None, dt.date | None]]:
    return [
        (i.facts.location.name if i.facts.location else None, i.facts.date.start if i.facts.date else None)
        for i in extract(text, DIARY_PUBLISHED).incidents
    ]


@pytest.mark.parametrize("text", [
    "Monday\n\nWe drove to Orikhiv at dawn. A Russian drone hit our marked van, injuring our driver.\n\n"
    "Wednesday\n\nWe took ten people out of Huliaipole.\n\nThursday\n\nA shell killed two men in Bakhmut.",
    "Monday, 24 June\n\nWe drove to Orikhiv at dawn. A Russian drone hit our marked van, injuring our driver.\n\n"
    "Wednesday, 26 June\n\nWe took ten people out of Huliaipole.\n\nThursday, 27 June\n\nA shell killed two men in "
    "Bakhmut.",
    "24.06.2024\n\nWe drove to Orikhiv at dawn. A Russian drone hit our marked van, injuring our driver.\n\n"
    "26.06.2024\n\nWe took ten people out of Huliaipole.\n\n27.06.2024\n\nA shell killed two men in Bakhmut.",
])
def test_a_diary_entry_is_dated_by_its_own_heading_and_placed_where_it_went(text):
    assert incidents(text) == [("Orikhiv", D(2024, 6, 24)), ("Bakhmut", D(2024, 6, 27))]


@pytest.mark.parametrize("text", [
    "June 3, 2024\n\nA Russian drone hit a car in Orikhiv, injuring two men, police said.",
    "Monday, 24 June\n\nRussian shelling killed two men in Bakhmut, the governor said. Earlier, a drone hit a car "
    "in Orikhiv on 2 May, injuring two.",
    "Bulletin\n\nA drone hit a car in Orikhiv on 2 June, injuring two men. Police said they were taken to Kherson.",
])
def test_one_dated_line_atop_a_story_is_no_diary(text):
    found = incidents(text)
    assert found and all(day != D(2024, 6, 24) or place == "Bakhmut" for place, day in found)


@pytest.mark.parametrize("text", [
    "Soldiers held 38 residents in the school basement in Kherson from 3 to 29 March 2022, the court found.",
    "From 3 to 29 March 2022 soldiers kept 38 villagers in a basement in Kherson, the district court found.",
    "Soldiers locked 38 villagers in the basement of a school in Kherson from 3 to 29 March 2022, investigators found.",
])
def test_a_finding_verb_closing_the_sentence_is_its_attribution_not_a_discovery(text):
    assert incident_days(text) == [(D(2022, 3, 3), D(2022, 3, 29))]


def test_bodies_found_on_a_day_still_date_only_the_finding():
    assert incident_days("Police found the bodies of two men in Kherson on 12 March 2022.") == [None]


@pytest.mark.parametrize(("text", "days"), [
    ("In March 2022 Russian troops occupied Kherson. On 12 March, soldiers beat two men in the city.",
     (D(2022, 3, 12), D(2022, 3, 12))),
    ("In March 2022 Russian troops occupied Kherson. From 3 to 29 March, soldiers held 38 residents in a basement.",
     (D(2022, 3, 3), D(2022, 3, 29))),
    ("Russian troops occupied Kherson in early March 2022. Soldiers held 38 residents in a basement there from 3 "
     "to 29 March.", (D(2022, 3, 3), D(2022, 3, 29))),
])
def test_a_yearless_day_goes_on_in_the_month_the_text_set(text, days):
    assert incident_days(text, D(2026, 5, 14))[-1] == days


def test_a_yearless_day_of_a_later_month_goes_on_in_the_year_the_text_set():
    # stage 23 (calendar_refs.infer_year, as the uk/ru grammars): a later month of an earlier year the story told
    text = "In March 2022 Russian troops occupied Kherson. On 12 April, soldiers beat two men in the city."
    assert incident_days(text, D(2026, 5, 14))[-1] == (D(2022, 4, 12), D(2022, 4, 12))


def test_a_yearless_day_of_an_earlier_month_keeps_the_latest_year():
    text = "In May 2022 Russian troops occupied Kherson. On 12 April, soldiers beat two men in the city."
    assert incident_days(text, D(2026, 5, 14))[-1] == (D(2026, 4, 12), D(2026, 4, 12))


def test_a_span_to_the_report_sets_no_year_for_the_months_after_it():
    text = "Since 24 February 2022, soldiers have held the town. On 12 April, soldiers beat two men in Kherson."
    assert incident_days(text, D(2026, 5, 14))[-1] == (D(2026, 4, 12), D(2026, 4, 12))
