"""Whether a side named in a sentence did the harm is read from the tokens after its name, in its sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.pipeline import default_steps, run


@pytest.mark.parametrize(("text", "role"), [
    ("Russian troops shelled Kharkiv on May 3.", "party:agent"),
    ("Russian forces have once again been shelling Kharkiv.", "party:agent"),
    ("Ukrainian soldiers were shot after they surrendered.", "party:victim"),
    ("Russian officials met their counterparts in Istanbul on May 3.", "party:mention"),
])
def test_the_words_after_a_sides_name_in_its_sentence_say_whether_it_did_the_harm(text, role):
    doc = Document(text, dt.date(2025, 3, 12), "en")
    run(doc, default_steps())
    assert doc.of_kind("party")[0].rule == role
