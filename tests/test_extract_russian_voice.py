"""A report told from the Russian side: filed from a Russian city (its dateline, read as tokens) or with a
Russian voice in its lead (the first three sentences), not in a fixed count of characters."""

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
