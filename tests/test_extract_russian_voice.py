"""A report told from the Russian side: filed from a Russian city (its dateline, read as tokens) or with a
Russian voice in its lead (the first three sentences of four words or more, so a dateline and an agency's
tag cut as sentences of their own do not use the lead up), not in a fixed count of characters."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.pipeline import default_steps, run
from warcrimes.extract.steps.parties import russian_voice


def told_by_russia(text: str) -> bool:
    doc = Document(text, dt.date(2025, 3, 12), "en")
    run(doc, default_steps())
    return russian_voice(doc)


@pytest.mark.parametrize("text", [
    "MOSCOW, May 3 (Reuters) - A drone struck a bus near the border, killing two passengers.",
    "ROSTOV-ON-DON, May 3 - A drone struck a bus near the border, killing two passengers.",
    "A drone struck a bus near the border. Two passengers were killed. The Russian Defence Ministry blamed Kyiv.",
])
def test_a_russian_dateline_or_voice_in_the_lead_tells_it_from_the_russian_side(text):
    assert told_by_russia(text)


@pytest.mark.parametrize("text", [
    "KYIV, May 3 (Reuters) - A drone struck a bus near the border, killing two passengers.",
    # a short report: the voice stands within 400 characters, yet after the lead's three sentences
    "A drone struck a bus near the border. Two passengers were killed. Rescuers worked through the night. "
    "Roads were closed. Schools shut. The Russian Defence Ministry blamed Kyiv.",
])
def test_a_ukrainian_dateline_or_a_russian_voice_after_the_lead_does_not(text):
    assert not told_by_russia(text)


@pytest.mark.parametrize("text", [
    "DONETSK, May 3. /AGENCY/. A drone struck a bus near the market. Two passengers were killed. "
    "The Russian Defence Ministry blamed Kyiv.",
    "HORLIVKA. May 3. A shell hit a school at noon. A teacher was wounded. "
    "The Russian Defence Ministry said Ukraine fired it.",
])
def test_a_dateline_and_agency_tag_cut_as_sentences_leave_the_lead_its_three_sentences(text):
    assert told_by_russia(text)


def test_russian_agency_report_with_a_voice_after_its_dateline_pieces_blames_ukraine():
    text = ("ГОРЛОВКА, 5 мая. /АГЕНТСТВО/. Украинские войска обстреляли Горловку, погиб мужчина. "
            "Об этом сообщили в Минобороны России. Утром в Макеевке были ранены двое жителей.")
    doc = Document(text, dt.date(2025, 5, 5), "ru")
    run(doc, default_steps())
    assert russian_voice(doc)
