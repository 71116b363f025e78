"""Stage 25 (vicX, victims, en): an age between commas after a first name and the initial of a surname ("Ihor M.,
44,") or after a word of the time it held at ("Maksym, then 16,") is the person's age, not a count of victims; the
person is one victim. Every sentence is our own; three wordings and look-alikes that must keep their count."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import first_victims
from warcrimes.domain.facts import Victims

pytestmark = pytest.mark.usefixtures("fake_gazetteer")

PUBLISHED = dt.date(2025, 6, 18)


def victims(text: str) -> Victims:
    return first_victims(text, PUBLISHED)


# --- a first name and a surname's initial, then an age between commas ---


@pytest.mark.parametrize("text", [
    "Ihor M., 44, was detained at a checkpoint in Melitopol on 3 February 2024 by Russian soldiers and beaten.",
    "Olena K., 37, was taken from her home in Tokmak by Russian soldiers on 5 May 2024.",
    "On 3 February 2024 Russian soldiers detained Stepan V., 61, at a checkpoint in Melitopol and beat him.",
])
def test_an_age_after_a_first_name_and_an_initial_is_one_person(text):
    assert victims(text).min == 1


# --- an age told with the time it held at ---


@pytest.mark.parametrize("text", [
    "Maksym, then 16, was taken from his home in Nova Kakhovka by Russian soldiers in November 2023.",
    "Danylo, now 17, was deported from Kakhovka to a camp in Crimea by Russian officials in August 2023.",
    "In November 2023 Russian soldiers took Maksym, then 16, from his home in Nova Kakhovka and deported him.",
])
def test_an_age_told_with_then_or_now_is_one_person(text):
    assert victims(text).min == 1


# --- look-alikes: counts that stay counts ---


@pytest.mark.parametrize("text, count", [
    ("In Melitopol, on 3 February 2024, 12 men were detained at a checkpoint by Russian soldiers and beaten.", 12),
    ("Russian shelling hit Kherson on 3 February 2024. The toll rose to 12, then 16, officials said.", 16),
    ("In November 2023 Russian soldiers took Maksym and then 16 other boys from their homes in Nova Kakhovka and "
     "deported them.", 16),
])
def test_counts_beside_names_or_then_stay_counts(text, count):
    assert victims(text).min == count
