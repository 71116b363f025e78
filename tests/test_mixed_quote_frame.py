"""A quote in another language inside one sentence takes its source from the words around it
("the governor wrote that «...»"): engine/mixed.py frame_source. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 6, 10)


@pytest.mark.parametrize(("text", "source"), [
    ("Kherson governor Oleksandr Prokudin wrote on Telegram on Monday that «вранці російський дрон атакував "
     "маршрутку в Херсоні, поранено п'ятьох пасажирів» and asked residents to stay in shelters.",
     "Oleksandr Prokudin"),
    ("Губернатор Вячеслав Гладков сообщил, что «a Ukrainian drone hit a car in Shebekino, two men were "
     "wounded», и призвал жителей оставаться дома.", "Вячеслав Гладков"),
    ("Голова ОВА Іван Федоров написав англійською: «Russian forces shelled a hospital in Kupiansk this "
     "morning, killing two doctors», додавши, що триває евакуація.", "Іван Федоров"),
])
def test_a_quote_inside_a_sentence_takes_the_source_of_its_frame(text, source):
    found = extract(text, PUBLISHED).incidents
    assert found and source in found[0].facts.reported_by


def test_a_source_in_an_earlier_sentence_is_no_frame():
    text = ("Oleksandr Prokudin spoke to reporters in Kyiv. Later a post appeared: «вранці російський дрон "
            "атакував маршрутку в Херсоні, поранено п'ятьох пасажирів».")
    found = extract(text, PUBLISHED).incidents
    assert found and "Oleksandr Prokudin" not in found[0].facts.reported_by
