"""What a count measures, by lemma: every form of die, kill, injure, wound, maim names the measure
('one deceased man', 'two people die', 'maiming three')."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.pipeline import default_steps, run

PUBLISHED = dt.date(2025, 10, 1)


def measures(text: str) -> list[tuple[str | None, float]]:
    doc = Document(text, PUBLISHED)
    run(doc, default_steps())
    return [(m.value.measure, m.value.count.value) for m in doc.of_kind("casualty")]


@pytest.mark.parametrize("text", [
    "A drone hit the market in Kherson on Monday. Among the victims is one deceased woman.",
    "A drone hit the market in Kherson on Monday, and two people die in hospital every week since.",
    "A drone hit the market in Kherson on Monday; it kills two shoppers.",
])
def test_every_form_of_dying_and_killing_measures_the_killed(text):
    assert any(measure == "killed" for measure, _ in measures(text))


@pytest.mark.parametrize("text", [
    "A drone hit the market in Kherson on Monday, maiming three shoppers.",
    "A drone hit the market in Kherson on Monday; three shoppers suffered injuries.",
    "A drone hit the market in Kherson on Monday and wounds three shoppers.",
])
def test_every_form_of_injury_measures_the_wounded(text):
    assert ("wounded", 3) in measures(text)


def test_a_count_of_buildings_damaged_is_no_casualty_measure():
    assert not any(m in ("killed", "wounded") for m, _ in measures(
        "A drone hit the market in Kherson on Monday and damaged three buildings."))
