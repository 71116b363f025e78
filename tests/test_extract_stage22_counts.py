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
    ("In interviews, at least 25 of the released prisoners said they had been beaten by guards at the detention "
     "centre in Kursk in March 2025.", 25),
    ("Ninety soldiers came home in the exchange. Eighteen of them told investigators that guards at the colony in "
     "Bryansk had beaten them every day in April 2025.", 18),
    ("Questioned after the exchange, 14 of the soldiers recalled that they were tortured with electric shocks in "
     "the pre-trial detention centre in Taganrog in May 2025.", 14),
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
