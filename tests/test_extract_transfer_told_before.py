"""Children counted with their day in one sentence and taken away in the next ('On 9 November 2022, 14
children were still living at the school in Oleshky. All of them were put on a bus and driven to a camp
near Anapa.') are one deportation of those children from that place: the count and day told before the
act are its own, and where they were taken is no scene."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 3, 5)


@pytest.mark.parametrize("text", [
    "On 9 November 2022, officials came to the boarding school in Oleshky, where 14 children were still living. "
    "All of them were put on a bus and driven to a holiday camp near Anapa.",
    "On 9 November 2022, 14 orphans remained at the children's home in Oleshky. "
    "They were taken by the occupation authorities to a camp outside Anapa.",
    "On 9 November 2022, there were 14 children at the care home in Oleshky. "
    "They were transported by soldiers to a sanatorium in Crimea.",
])
def test_the_count_and_day_before_the_transfer_are_the_deportations(text):
    (incident,) = extract(text, PUBLISHED).incidents
    assert incident.facts.violations[0] == "deportation_transfer"
    assert incident.facts.location.name == "Oleshky"
    assert incident.facts.victims.min == 14 and incident.facts.victims.category == "child"
    assert incident.facts.date.start == dt.date(2022, 11, 9)


def test_people_driven_to_a_town_in_ukraine_are_not_deported():
    text = ("On 9 November 2022, 14 children were still living at the boarding school in Oleshky. "
            "All of them were driven to a school near Kherson.")
    incidents = extract(text, PUBLISHED).incidents
    assert all(i.facts.victims.min != 14 or i.facts.violations[0] != "deportation_transfer" for i in incidents)
