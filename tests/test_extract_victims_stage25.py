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


# --- people counted whose modifier runs on to an act they did to someone: the doers ---


@pytest.mark.parametrize("text", [
    "On 9 April 2023, four men in balaclavas took him from his home in Kamianka-Dniprovska and held him in a cellar.",
    "In October 2022, two soldiers who were staying in her street came into her house in Myrne at night and raped her.",
    "On 5 March 2022 in Trostianets, three soldiers who have not been identified beat a neighbour with rifle butts.",
    "On 2 May 2023 in Tokmak, two men wearing masks detained him outside the school.",
])
def test_people_counted_with_a_modifier_before_their_act_did_it(text):
    assert victims(text).min == 1


@pytest.mark.parametrize("text", [
    "On 5 March 2022 in Trostianets two men in the cellar were beaten by Russian soldiers.",
    "On 5 March 2022 in Trostianets two men who fled the village told us Russian soldiers beat him.",
    "On 5 March 2022 two children in the car were wounded when a Russian drone hit it near Trostianets.",
    "On 5 March 2022 in Trostianets three civilians who had hidden in the house were shot by Russian soldiers.",
    "The occupiers detained 3 men in Izium in April 2022 and beat them in a cell.",
])
def test_people_counted_before_an_act_done_to_them_or_by_others_stay_victims(text):
    assert victims(text).min in (2, 3)


# --- an execution told right beside one person: one killed ---


@pytest.mark.parametrize("text", [
    "On 22 January 2024 Russian troops finished off a wounded Ukrainian soldier near Heorhiivka.",
    "On 22 January 2024 near Heorhiivka a wounded Ukrainian soldier was finished off by Russian troops.",
    "On 3 March 2024 near Robotyne a Russian assault group finished off a wounded Ukrainian marine.",
])
def test_an_execution_beside_one_person_kills_one(text):
    found = victims(text)
    assert (found.min, found.killed) == (1, 1)


@pytest.mark.parametrize("text", [
    "On 22 January 2024 near Heorhiivka a Russian soldier finished off a wounded Ukrainian serviceman.",
    "On 22 January 2024 near Heorhiivka Russian troops finished off three wounded Ukrainian soldiers.",
])
def test_the_doer_of_an_execution_or_a_count_beside_it_is_not_one_more(text):
    assert victims(text).min in (1, 3) and victims(text).min != 2
