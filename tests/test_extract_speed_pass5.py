"""Speed pass 5 (docs/extraction.md): each shortcut of the English dates step against the long way it replaces."""

from __future__ import annotations

import datetime as dt

from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.language import load
from warcrimes.extract.engine.pipeline import build
from warcrimes.extract.lang.en.dates import Scanner, find_dates
from warcrimes.extract.steps.dates import _dated_lines, _frame_starts

PUBLISHED = dt.date(2024, 3, 1)
TEXTS = [
    "Shelling hit the village on 3 February 2023.\n5 March the troops returned. The next day two people died.",
    "In April 2022, soldiers detained a farmer.\n\nOn 15 March they beat him. A day later he was freed.",
    "Last week, the governor said a drone struck a bus on Monday. Two days after, a man was found.",
    "The strike of Feb. 12 killed four.\nFeb. 14 another strike injured a child; the same day a school burned.",
]


def _segmented(text: str) -> Document:
    doc = Document(text=text, published=PUBLISHED)
    build(("segment",))[0].run(doc)
    return doc


def test_english_dates_ignore_frames_so_one_reading_is_enough() -> None:
    assert load("en").date_frames is False
    for text in TEXTS:
        doc = _segmented(text)
        frames = _frame_starts(doc)
        once = find_dates(doc.tokens, PUBLISHED)
        lines = _dated_lines(doc, once, frames)
        assert load("en").read_dates(doc.tokens, PUBLISHED, frames | lines) == once


def test_role_of_is_role() -> None:
    for text in TEXTS:
        doc = _segmented(text)
        scanner = Scanner(doc.tokens, PUBLISHED)
        for hit in scanner.scan():
            assert scanner.role_of(hit.first, hit.stop) == scanner.role(hit.first, hit.stop)
        fresh = Scanner(doc.tokens, PUBLISHED)
        for first in range(len(doc.tokens)):
            assert fresh.role_of(first, first + 1) == fresh.role(first, first + 1)


def test_cyrillic_languages_still_read_frames() -> None:
    assert load("uk").date_frames is True
    assert load("ru").date_frames is True
