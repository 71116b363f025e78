"""A press release names the body issuing it on a short line under its headline ('Kharkiv Regional Prosecutor's
Office', 'Prosecutor General's Office, press service'): that body is the source of every act the release tells,
though no verb of saying follows it. A body named inside a sentence of the body is no byline."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 4, 22)
ACTS = ("On 19 April, a Russian drone struck a car in Kozacha Lopan, killing the driver.\n\n"
        "On 20 April, a guided bomb hit houses in Zolochiv, injuring five civilians.")


@pytest.mark.parametrize("byline", [
    "Kharkiv Regional Prosecutor's Office",
    "Prosecutor General's Office, press service",
    "Press service of the Prosecutor General's Office",
])
def test_a_byline_body_is_the_source_of_every_act(byline):
    text = f"Drone and bomb attacks on Kharkiv region\n\n{byline}\n\n{ACTS}"
    incidents = extract(text, PUBLISHED).incidents
    assert len(incidents) == 2
    assert all(any("Prosecutor" in name for name in i.facts.reported_by) for i in incidents)


def test_a_body_named_in_a_sentence_under_the_headline_is_no_byline():
    text = ("Drone and bomb attacks on Kharkiv region\n\n"
            "The Prosecutor General's Office has a new head.\n\n" + ACTS)
    incidents = extract(text, PUBLISHED).incidents
    assert all(not any("Prosecutor" in name for name in i.facts.reported_by) for i in incidents)
