"""A sentence that sums up several acts ('opened fire on civilians on separate occasions, killing two') opens
no incident of its own: the acts it sums up are told one by one after it."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.pipeline import default_steps, run

PUBLISHED = dt.date(2024, 10, 27)


def roles(text: str) -> list[str]:
    doc = Document(text, PUBLISHED)
    run(doc, default_steps())
    return [m.value.role for m in doc.of_kind("role")]


@pytest.mark.parametrize("text", [
    "Russian soldiers in Kupiansk shot at civilians on separate occasions, killing three and injuring two.",
    "Russian troops killed four residents of Vovchansk in several incidents last week, police said.",
    "Occupiers in Oleshky have shot civilians in three separate attacks, killing five people, prosecutors said.",
])
def test_a_sentence_summing_up_several_acts_is_no_event(text):
    assert roles(text) == ["other"]


def test_the_acts_told_after_a_summary_are_incidents_of_their_own():
    text = ("Russian soldiers in Kupiansk shot at civilians on separate occasions, killing three and injuring two, "
            "police said. On October 20, Russian soldiers shot a man dead at a checkpoint in Kupiansk. "
            "In a separate incident, two women were killed by Russian troops in Kupiansk on October 22.")
    found = extract(text, PUBLISHED).to_contract()["incidents"]
    assert sorted(i["victims"]["min"] for i in found) == [1, 2]


def test_one_act_told_on_an_occasion_stays_an_event():
    assert roles("Russian soldiers shot two civilians in Kupiansk on that occasion, police said.") == ["event"]
