"""A conviction told with the victims of the act it punishes ('was jailed for killing a civilian') tells that
act: by CONTRACT.md a background incident (a count is enough), dated not by the court's day nor placed in the
court's town. A court step counting only the accused or cases stays a court step; the prison term is no
detention, and an occupation named in the act's clause makes no sham trial."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.pipeline import default_steps, run

PUBLISHED = dt.date(2025, 1, 28)


def roles(text: str) -> list[str]:
    doc = Document(text, PUBLISHED)
    run(doc, default_steps())
    return [m.value.role for m in doc.of_kind("role")]


@pytest.mark.parametrize(("text", "count"), [
    ("A court convicted a Russian tank commander of murdering a civilian.", 1),
    ("A Russian soldier was jailed for 12 years for shooting dead two civilians.", 2),
    ("A court in Chernihiv on Tuesday sentenced a Russian corporal to 15 years in prison for the murder of "
     "an unarmed civilian during the occupation.", 1),
])
def test_a_conviction_with_the_victims_counted_is_a_background_incident(text, count):
    (incident,) = extract(text, PUBLISHED).incidents
    assert incident.facts.violations[0] == "killing_civilians"
    assert incident.facts.victims.min == count and incident.facts.victims.category == "civilian"
    assert incident.facts.date is None or incident.facts.date.start < dt.date(2025, 1, 1)  # not the court's day
    assert incident.facts.location is None  # the court's town is no scene
    assert "unlawful_detention" not in incident.facts.violations  # the prison term


@pytest.mark.parametrize("text", [
    "Prosecutors have sent 14 indictments to court against 20 suspects of torturing prisoners.",
    "Three occupiers were sentenced to 12 years for crimes of sexual violence.",
    "Ukrainian courts have convicted more than 150 Russian servicemen of war crimes.",
])
def test_a_court_step_counting_the_accused_or_no_victim_stays_a_court_step(text):
    assert roles(text) == ["court"]
    assert extract(text, PUBLISHED).incidents == ()


def test_an_occupation_court_still_passes_a_sham_sentence():
    text = "A court of the so-called DPR sentenced three Ukrainian marines to 20 years in prison."
    (incident,) = extract(text, PUBLISHED).incidents
    assert incident.facts.violations[0] == "unfair_trial_forced_service"
