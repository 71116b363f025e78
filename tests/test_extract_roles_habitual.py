"""A briefing of a pattern ('captured soldiers are routinely shot', 'the Mission continues to receive
allegations that ...') names no place, day or count: it is a pattern sentence and opens no incident, so the
one specific case told after it is an incident of its own. The same words beside a place or a day stay an event.
A day a monitor verified or documented a case is the report's, not the act's."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.pipeline import default_steps, run

PUBLISHED = dt.date(2025, 6, 10)


def roles(text: str) -> list[str]:
    doc = Document(text, PUBLISHED)
    run(doc, default_steps())
    return [m.value.role for m in doc.of_kind("role")]


@pytest.mark.parametrize("text", [
    "Prisoners of war are routinely beaten during interrogations.",
    "The monitors continue to document the torture of detained civilians by Russian forces.",
    "Soldiers who surrender are often executed on the spot, according to the group.",
    "Freed detainees describe systematic beatings and electric shocks in the camps.",
    "The Mission has received credible allegations that captured servicemen are shot by their captors.",
])
def test_a_habitual_briefing_with_no_place_day_or_count_is_a_pattern(text):
    assert roles(text) == ["pattern"]
    assert extract(text, PUBLISHED).incidents == ()


def test_the_specific_case_after_a_pattern_keeps_its_own_place_day_and_count():
    text = ("Captured soldiers are often shot within minutes of surrender. "
            "On 14 May, Russian troops shot three captured Ukrainian soldiers near Novopil.")
    (incident,) = extract(text, PUBLISHED).incidents
    assert incident.facts.date.start == dt.date(2025, 5, 14) and incident.facts.location.name == "Novopil"
    assert incident.facts.victims.min == 3


def test_a_habitual_word_beside_a_place_and_day_stays_an_event():
    text = "On 3 May, Russian troops repeatedly shelled the hospital in Kupiansk, killing two nurses."
    assert roles(text) == ["event"]


@pytest.mark.parametrize("text", [
    "In one case verified in May, troops shot two men in Izium on 14 May.",
    "In a case documented in May, troops shot two men in Izium on 14 May.",
])
def test_the_day_a_monitor_verified_a_case_does_not_date_it(text):
    (incident,) = extract(text, PUBLISHED).incidents
    assert incident.facts.date.start == incident.facts.date.end == dt.date(2025, 5, 14)
