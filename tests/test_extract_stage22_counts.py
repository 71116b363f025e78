"""Stage 22 (victim counts, en): a count that is the subject of a verb of telling whose told clause does the act to
the tellers themselves ("at least 25 of the released men said they had been beaten") counts the victims, whatever
word picked them out before (interviewed, held, returned). Every sentence is our own; three wordings and
look-alikes that must not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import first_victims
from warcrimes.domain.facts import Victims

PUBLISHED = dt.date(2025, 6, 18)


def victims(text: str) -> Victims:
    return first_victims(text, PUBLISHED)


@pytest.mark.parametrize(("text", "count"), [
    ("Ninety prisoners of war came home in the exchange. In interviews, at least 25 of the returnees said they had "
     "been beaten by guards at the detention centre in Kursk in March 2025.", 25),
    ("After the exchange, at least 30 of the freed men said guards had beaten them at the colony in Kursk in May "
     "2025.", 30),
    ("Questioned after their release, 14 of the soldiers recalled that guards had beaten them at the pre-trial "
     "detention centre in Taganrog in May 2025.", 14),
])
def test_a_count_telling_of_its_own_harm_counts_the_victims(text, count):
    assert victims(text).min == count


@pytest.mark.parametrize(("text", "count"), [
    # the tellers tell of another group, counted on its own
    ("Three of the returnees said that guards had beaten 20 men at the colony in Bryansk in April 2025.", 20),
    ("At least 25 of the returnees said guards had shot a wounded soldier in the yard in Kursk in May 2025.", 1),
    # witnesses who saw it are its sources, not its victims
    ("Two witnesses said Russian soldiers beat a farmer in Kupiansk on 3 May 2025.", 1),
])
def test_tellers_of_someone_else_s_harm_are_not_counted(text, count):
    assert victims(text).min == count


# --- a count joined to a person: the word picking the teller out is his, not the group's act ---


@pytest.mark.parametrize(("text", "count"), [
    ("Oleh Marchuk, released in the exchange of 5 February, said that he and about thirty other prisoners were held "
     "in a colony in Kursk in May 2025 and beaten daily.", 31),
    ("A soldier freed in a swap in March 2025 told reporters that he and 12 other men had been beaten in a basement "
     "in Bryansk.", 13),
    ("Returned home in the April 2025 exchange, the marine said that guards in Taganrog beat him and nine other "
     "prisoners every day.", 10),
])
def test_a_teller_released_before_his_count_counts_himself_and_the_others(text, count):
    assert victims(text).min == count


def test_people_released_after_the_act_told_of_one_man_are_not_its_victims():
    text = "In February 2025 guards in Kursk beat Andrii Koval; he and 40 other prisoners were released a month later."
    assert victims(text).min not in (40, 41)
