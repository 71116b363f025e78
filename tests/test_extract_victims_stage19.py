"""Stage 19 (issue 8, victims): one person told by a pronoun or a name with an age counts one; a soldier doing the
act, or found guilty of it, is no victim; the people a report cites are not counted; an age under 18 between
commas makes a child; a person noun in an apposition closed by a verb of saying is the speaker. Every sentence is
our own; each rule has three wordings and a look-alike that must not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")

PUBLISHED = dt.date(2025, 6, 18)


def incidents(text: str):
    return [i.facts for i in extract(text, PUBLISHED).incidents]


def victims(text: str):
    told = incidents(text)
    assert told, text
    return told[0].victims


# --- one person told by a pronoun or a name with an age (casualties.json `one_victim`, steps/one_victim.py) ---


@pytest.mark.parametrize("text", [
    "On 3 May 2024 soldiers came to a farm near Izium, tied up the owner's son and beat him with rifle butts.",
    "In March 2023 the occupiers detained a schoolteacher in Kherson; she was repeatedly tortured in the basement "
    "of the police station.",
    "Troops stormed a flat in Pokrovsk on 2 April 2024 and took him away with a bag over his head, his wife said.",
])
def test_a_person_told_by_a_pronoun_beside_the_act_counts_one(text):
    assert victims(text).min == 1


@pytest.mark.parametrize("text", [
    "Petro, 58, was shot dead by soldiers at a checkpoint outside Izium in August 2022, his neighbour said.",
    "Hanna Koval, 71, was killed by a drone in Kherson on 12 May 2025.",
    "Oleksii, 40, was beaten in the yard of his house in Pokrovsk on 4 March 2024.",
])
def test_a_name_with_an_age_as_subject_of_the_act_counts_one(text):
    assert victims(text).min == 1


def test_a_pronoun_that_did_the_act_counts_nothing():
    (facts,) = incidents("On 3 May 2024 in Izium he had beaten prisoners in the cellar, the witnesses said.")
    assert facts.victims.min != 1


def test_her_before_property_after_an_act_on_property_counts_no_one():
    (facts,) = incidents("On 4 May 2024 troops looted her shop in Kherson and burned her car.")
    assert facts.victims.min is None


def test_a_dead_person_told_by_a_pronoun_is_counted_as_killed():
    facts = victims("In Kherson on 9 May 2025 troops detained a retired teacher. He died in custody a month later.")
    assert facts.min == 1


# --- the doer of the act, or one found guilty of it, is no victim (named_victims._doer, `accused_after`) ---


@pytest.mark.parametrize("text", [
    "On 2 May 2022 a soldier shot dead Ivan Melnyk, a tractor driver, in the yard of a farm near Izium.",
    "In Kherson on 5 April 2022 a serviceman killed a pensioner at the gate of his house, the prosecutors said.",
    "Near Pokrovsk on 1 June 2024 a paratrooper stabbed a pensioner who refused to hand over his phone.",
])
def test_a_soldier_followed_by_the_act_and_its_victim_is_the_doer(text):
    assert victims(text).category == "civilian"


@pytest.mark.parametrize("text", [
    "A court in Kyiv found a Russian serviceman guilty of the murder of a civilian in Izium in March 2022.",
    "A Russian soldier was found guilty over the killing of a civilian in Kherson in April 2022.",
    "A tank commander has been notified in absentia of suspicion of killing a civilian in Pokrovsk in May 2022.",
])
def test_a_soldier_found_guilty_or_suspected_is_no_victim(text):
    assert victims(text).category != "pow"


def test_a_soldier_killed_in_an_attack_is_still_counted():
    facts = victims("A Ukrainian soldier killed in the shelling of Izium on 3 May 2024 was buried yesterday.")
    assert facts.min == 1


# --- the people a report cites are not its victims (casualties._counts_sources) ---


@pytest.mark.parametrize("text", [
    "According to two soldiers returned in October, on 11 June 2024 troops shot three servicemen who had "
    "surrendered near Izium.",
    "Two witnesses told us that on 2 May 2022 troops shot four men in the yard of a farm in Izium.",
    "According to the three villagers interviewed, soldiers executed four men near Pokrovsk on 5 March 2022.",
])
def test_a_count_of_the_people_cited_is_no_count_of_victims(text):
    assert victims(text).min in (3, 4)
    assert victims(text).min != 2


def test_people_said_to_be_killed_are_still_counted():
    facts = victims("Two residents told of the attack: on 4 May 2024 a drone killed five civilians in Kherson.")
    assert facts.min == 5


# --- an age under 18 between commas makes a child (cues.json `age` value `apposition`) ---


@pytest.mark.parametrize("text", [
    "Her son, then 16, was taken from Kherson to a camp in Crimea in July 2025, she told the commission.",
    "On 4 May 2024 a drone wounded her daughter, 12, in the yard of their house in Izium.",
    "Andrii, 15, was deported from Kherson to Russia in October 2022, the foundation said.",
])
def test_an_age_under_eighteen_between_commas_names_a_child(text):
    assert victims(text).category == "child"


def test_an_adult_age_between_commas_names_no_child():
    facts = victims("On 4 May 2024 a drone wounded her husband, 46, in the yard of their house in Izium.")
    assert facts.category == "civilian"


# --- a person noun in an apposition closed by a verb of saying is the speaker (named_victims._apposed_speaker) ---


@pytest.mark.parametrize("text", [
    "Olena Moroz, a mother from Kherson, told the hearing that her son, then 15, was taken to Crimea in July 2025.",
    "Ivan Bondar, a farmer from Izium, said that his grandson, 14, was deported to Russia in May 2023.",
    "Maria Tkach, a teacher in Kherson, told reporters that a boy, 13, was taken to a camp in Crimea in June 2024.",
])
def test_a_speaker_set_off_by_commas_is_not_the_victim(text):
    facts = victims(text)
    assert (facts.category, facts.min) == ("child", 1)
