"""Background that names no act of its own never becomes an incident: a share of a period's tally ("drones caused
38 per cent of civilian casualties") counts no victims of one act, and a court's warrants ("issued arrest warrants
over the deportation of children", "warrants were issued") are a legal act, dated as such. The acts themselves,
told with their own place and day, stay incidents."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 4, 10)


def _incidents(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(i.facts.violations[0], i.facts.location.name if i.facts.location else None, i.facts.victims.min)
            for i in extract(text, PUBLISHED, language="en").incidents]


@pytest.mark.parametrize("text", [
    "The mission recorded 845 civilian casualties in March 2025. Short-range drones caused 38 per cent of them.",
    "In March 2025, 845 civilians were killed or injured. Glide bombs accounted for 21 per cent of the casualties.",
    "Attacks with drones caused 44% of all civilian casualties recorded in March.",
])
def test_a_share_of_a_tally_is_no_incident(text):
    assert _incidents(text) == []


@pytest.mark.parametrize("text", [
    "The International Criminal Court issued arrest warrants in March 2023 over the deportation of children from "
    "Oleshky.",
    "Warrants were issued in 2023 for two officials over the deportation of children from Oleshky.",
    "The court has issued warrants for two Russian officials over the unlawful transfer of children from Kherson "
    "Oblast.",
])
def test_warrants_are_no_incident(text):
    assert _incidents(text) == []


@pytest.mark.parametrize(("text", "incident"), [
    ("Russian troops deported 15 children from a care home in Kherson in October 2022, prosecutors said.",
     ("deportation_transfer", "Kherson", 15)),
    ("A Russian strike on Kharkiv on 3 May killed four people and destroyed 60 per cent of the building.",
     ("attack_on_civilians", "Kharkiv", 4)),
])
def test_the_act_itself_stays_an_incident(text, incident):
    assert _incidents(text) == [incident]


@pytest.mark.parametrize("text", [
    "In March 2025, 845 civilians were killed or injured across the country.",
    "Russian attacks killed 164 civilians and injured 681 in March 2025, the mission said.",
    "Over the past month, shelling killed 48 civilians, the monitors said.",
])
def test_a_toll_told_only_over_a_month_of_no_place_is_a_figure(text):
    assert _incidents(text) == []


@pytest.mark.parametrize(("text", "incident"), [
    ("In March 2022 Russian troops executed three men, the SBU said.", ("killing_civilians", None, 3)),
    ("In March 2022, Russian shelling killed 12 civilians in Bucha.", ("attack_on_civilians", "Bucha", 12)),
])
def test_an_act_named_or_placed_in_a_month_stays_an_incident(text, incident):
    assert _incidents(text) == [incident]
