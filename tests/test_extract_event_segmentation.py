"""Stage 16: two acts of different kinds against the same people are two incidents when their days or places
differ. People named by an act told before ("two of the detained men") are neither that act again nor its
count's measure, and killing them is an execution; another kind of act naming its own day after an account
with no day or place of its own is another event."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import incident_rows

PUBLISHED = dt.date(2025, 5, 20)


def _incidents(text: str) -> list[tuple[str, str | None, int | None]]:
    return incident_rows(text, PUBLISHED)


DETAINED_THEN_SHOT = [
    "In March 2022 Russian soldiers detained at least 11 residents of Bohodukhiv and held them in a school "
    "basement, beating them. On 28 March 2022, two of the detained men were taken out and shot.",
    "Troops abducted nine villagers in Trostianets in April 2022 and kept them in a garage for weeks. On 9 April "
    "2022 three of those abducted were led into the woods and shot dead.",
    "Occupying forces arrested 20 men in Hostomel in March 2022 and locked them in a cellar. On 14 March 2022 "
    "the soldiers killed four of the arrested men.",
]


@pytest.mark.parametrize("text", DETAINED_THEN_SHOT)
def test_a_killing_of_detainees_on_a_day_is_its_own_incident(text):
    found = _incidents(text)
    assert len(found) == 2
    assert found[0][0] in {"unlawful_detention", "torture_ill_treatment"}
    assert found[1][0] == "killing_civilians"
    assert found[1][1] is not None and found[1][1][8:] != "01"  # the day, not the month of the detention


def test_the_detention_keeps_its_own_count_not_the_killings():
    found = _incidents(DETAINED_THEN_SHOT[0])
    assert found[0][2] == 11 and found[1][2] == 2


def test_people_detained_and_beaten_on_one_day_stay_one_incident():
    text = ("On 3 March 2022 Russian soldiers detained five men in Bucha. The detained men were beaten with rifle "
            "butts in a cellar.")
    assert len(_incidents(text)) == 1


KILLED_AT_CAPTURE_THEN_HELD = [
    "A Russian soldier shot one of our wounded men on the spot near Mariupol. Then in December 2023 they moved "
    "thirty of us to a colony in Donskoy, where guards beat us with batons.",
    "Russian troops executed two surrendering marines near Vuhledar. In March 2024 the others were beaten "
    "daily in a detention centre in Taganrog.",
    "A captured Ukrainian soldier was shot dead by his captors near Bakhmut. In May 2023 the guards tortured the "
    "rest of the prisoners with electric shocks at a camp in Olenivka.",
]


@pytest.mark.parametrize("text", KILLED_AT_CAPTURE_THEN_HELD)
def test_a_killing_at_capture_and_a_later_torture_with_its_own_month_are_two(text):
    found = _incidents(text)
    assert len(found) == 2
    assert found[0][0].startswith("killing_") and found[0][1] is None
    assert found[1][1] is not None


@pytest.mark.parametrize("text", [
    "Russian forces detained the mayor of Kherson and his deputy. The detained officials were released in May.",
    "Soldiers captured twelve residents. Those captured were later exchanged.",
    "Troops abducted six volunteers in Kupiansk. The abducted volunteers were freed a month later.",
])
def test_people_named_by_their_detention_are_no_new_act(text):
    assert len(_incidents(text)) <= 1
