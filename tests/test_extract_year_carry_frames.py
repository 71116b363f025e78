"""A year told for one case does not carry past a blank line or a marker of another case to a later day and month
with no year: that day takes the publication's year (or the year before when the day would be after
publication); within one paragraph the told year still carries."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 5, 20)


def _days(text: str) -> list[str]:
    return [i["date"]["start"] for i in extract(text, PUBLISHED).to_contract()["incidents"] if i["date"]]


@pytest.mark.parametrize("text", [
    "У квітні 2022 року російські військові катували цивільних у Херсоні.\n\n"
    "15 березня російські війська обстріляли Миколаїв, загинули двоє цивільних.",
    "У квітні 2022 року російські військові катували цивільних у Херсоні. Окрім того, 15 березня російські війська "
    "обстріляли Миколаїв, загинули двоє цивільних.",
    "В апреле 2022 года российские военные пытали мирных жителей в Херсоне.\n\nКроме того, прокуроры расследуют "
    "обстрел Николаева.\n15 марта российские войска обстреляли Николаев, погибли двое мирных жителей.",
    "Летом 2023 года российские военные пытали мирных жителей в Херсоне.\n\n"
    "15 марта российские войска обстреляли Николаев, погибли двое мирных жителей.",
])
def test_a_year_stops_at_a_new_paragraph_or_case(text):
    assert "2025-03-15" in _days(text)


@pytest.mark.parametrize("text", [
    "У квітні 2022 року російські військові катували цивільних у Херсоні. 15 березня вони обстріляли Миколаїв, "
    "загинули двоє цивільних.",
    "В апреле 2022 года российские военные пытали мирных жителей в Херсоне.\n"
    "15 марта они обстреляли Николаев, погибли двое мирных жителей.",
])
def test_a_year_carries_within_a_paragraph(text):
    assert "2022-03-15" in _days(text)


def test_a_day_after_publication_takes_the_year_before():
    text = ("У квітні 2022 року російські військові катували цивільних у Херсоні.\n\n"
            "15 грудня російські війська обстріляли Миколаїв, загинули двоє цивільних.")
    assert "2024-12-15" in _days(text)


@pytest.mark.parametrize("text", [
    "У квітні 2022 року окупанти катували трьох чоловіків в Ізюмі, повідомила поліція.\n"
    "15 березня російські війська обстріляли Куп’янськ, загинули двоє цивільних.",
    "В апреле 2022 года оккупанты пытали троих мужчин в Изюме, сообщила полиция.\n"
    "15 марта российские войска обстреляли Купянск, погибли двое мирных жителей.",
    "In April 2022 Russian soldiers tortured three men in Izium, police said.\n"
    "15 March: Russian troops shelled Kupiansk, killing two civilians.",
])
def test_a_line_opening_with_a_date_is_a_new_item(text):
    assert "2025-03-15" in _days(text)


def test_a_line_opening_with_a_count_goes_on_with_the_item_above():
    text = ("У квітні 2022 року окупанти утримували в підвалі в Ізюмі 30 людей, повідомила поліція.\n"
            "5 із них катували 12 квітня.")
    assert "2022-04-12" in _days(text)
