"""Stage 22: one event retold within a report (docs/extraction.md, "Stage 22 (one event retold)"). A title line
summing up the story, a detail sentence naming part of the victims, a lower bound made exact later: each is one more
telling of an event already told, not an incident of its own. Look-alikes (another act, another place, another day)
must stay apart. Every report here is written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 6, 11)  # a Wednesday


def _facts(text: str) -> list:
    return [i.facts for i in extract(text, PUBLISHED, language="en").incidents]


def _places(text: str) -> list[str | None]:
    return sorted(f.location.name if f.location else "" for f in _facts(text))


# -- a title line sums up the story told below it -----------------------------------------------------------------

TITLE_OF_THE_CASE = [
    # the title names the region's city, the body the village of that region where it happened
    "Former detainees describe beatings in occupied Zaporizhzhia village\n\n"
    "Russian soldiers held eight men in the cellar of the village council in Mala Bilozerka and beat them with "
    "rifle butts in May 2022, according to testimony collected by a local legal aid group.\n\n"
    "The men were released after three weeks.",
    # the title names the act by its family (an execution), the body by its kind (soldiers hors de combat)
    "Geolocating the Hrodivka execution video\n\n"
    "A clip posted on Telegram shows two Ukrainian soldiers who had raised their hands being shot by Russian "
    "servicemen near Hrodivka. We date the footage to 3-5 June 2025.\n\n"
    "Both men appear to be unarmed.",
    # the body's case is told after a marker of another case, which parts the body's cases, not the title from them
    "Drone attacks on two Kherson region villages: a man killed in Bilozerka, a nurse wounded in Darivka\n\n"
    "On Monday morning a Russian drone dropped a grenade on a yard in Bilozerka, killing a 61-year-old man, the "
    "regional administration said.\n\n"
    "Separately, on Monday afternoon a drone attacked a car in Darivka and wounded a nurse on her way to work.",
]


@pytest.mark.parametrize("text", TITLE_OF_THE_CASE)
def test_a_title_line_joins_the_account_told_below_it(text):
    told = _facts(text)
    bodies = 2 if "Darivka" in text else 1
    assert len(told) == bodies
    assert all(f.date is not None for f in told)  # every incident left is the body's own account, with its day


def test_a_title_line_keeps_the_body_s_facts():
    text = (
        "Russian strike kills two aid workers in Sumy region; cameraman hurt near Kostiantynivka\n\n"
        "A Russian guided bomb hit a marked van of a charity in Khotin on Monday, killing two volunteers, the "
        "regional military administration reported.\n\n"
        "Separately, a television cameraman was wounded by a drone near Kostiantynivka last Thursday, the union of "
        "journalists said."
    )
    told = _facts(text)
    assert len(told) == 2
    wounded = next(f for f in told if f.location and f.location.name == "Kostiantynivka")
    assert wounded.victims.min == 1 and wounded.date is not None and wounded.date.start == dt.date(2025, 6, 5)


def test_a_title_telling_an_act_at_a_place_the_body_never_names_stays_an_incident():
    text = (
        "Drone kills a man in Beryslav\n\n"
        "In Kherson, a Russian drone dropped explosives on a bus stop on Tuesday, wounding two women, the city "
        "administration said."
    )
    assert _places(text) == ["Beryslav", "Kherson"]


def test_a_first_line_ending_with_a_stop_is_no_title():
    text = (
        "A Russian drone killed a man in Nikopol on Monday.\n"
        "Separately, on Monday afternoon troops shelled Nikopol with artillery, wounding a woman, the governor said."
    )
    assert len(_facts(text)) == 2


# -- a sentence naming part of the victims told before ------------------------------------------------------------

PART_OF_THE_VICTIMS = [
    "On 3 June a guided bomb hit a market in Kostiantynivka, killing four people and injuring eleven. On 5 June "
    "artillery fire on Bilopillia killed two men.\n\n"
    "In Kostiantynivka the bomb fell among stalls near the bus station. Among the injured were two girls aged 8 "
    "and 12.",
    "On 3 June a guided bomb hit a market in Kostiantynivka, killing four people and injuring eleven. On 5 June "
    "artillery fire on Bilopillia killed two men.\n\n"
    "The Kostiantynivka market was crowded at the time. Among those wounded were three children.",
    "On 3 June a guided bomb hit a market in Kostiantynivka, killing four people and injuring eleven. On 5 June "
    "artillery fire on Bilopillia killed two men.\n\n"
    "Among the dead in Kostiantynivka were two market traders.",
]


@pytest.mark.parametrize("text", PART_OF_THE_VICTIMS)
def test_a_sentence_naming_part_of_the_victims_joins_their_act(text):
    told = _facts(text)
    assert len(told) == 2
    market = next(f for f in told if f.location and f.location.name == "Kostiantynivka")
    assert market.victims.min == 4  # the part told later is no new count


def test_victims_told_at_another_place_with_no_part_marker_stay_apart():
    text = (
        "On 3 June a guided bomb hit a market in Kostiantynivka, killing four people and injuring eleven.\n\n"
        "In Kupiansk two girls were injured by a drone on Sunday."
    )
    assert _places(text) == ["Kostiantynivka", "Kupiansk"]


# -- a place heading on its own line still opens an item -----------------------------------------------------------


def test_a_place_heading_after_a_finished_line_still_opens_an_item():
    text = (
        "Overnight strikes in Kharkiv region, the governor said.\n"
        "Izium. A drone hit a house; a woman was wounded.\n"
        "Kupiansk. Artillery shelled a street; two men were killed."
    )
    assert _places(text) == ["Izium", "Kupiansk"]


# -- a lower bound told first, an exact figure later --------------------------------------------------------------

LOWER_BOUND_MADE_EXACT = [
    "A Russian drone struck a minibus in Nikopol on Monday morning, killing at least one person, the regional "
    "governor said.\n\nRescuers later recovered a second body. Two people were killed in the strike, the governor "
    "wrote in the evening.",
    "At least one civilian was killed when shells hit a street in Kherson on Monday. By the evening officials said "
    "three people had been killed.",
    "Russian artillery shelled Vovchansk on Monday, killing at least two residents. Police later said four people "
    "were killed in the shelling.",
]


@pytest.mark.parametrize("text", LOWER_BOUND_MADE_EXACT)
def test_a_lower_bound_made_exact_later_counts_the_exact_figure(text):
    told = _facts(text)
    assert len(told) == 1
    assert told[0].victims.min == told[0].victims.max and told[0].victims.min in (2, 3, 4)


def test_an_exact_figure_told_first_is_not_replaced_by_a_later_larger_one():
    text = (
        "A Russian drone killed one man in Nikopol on Monday morning, the governor said. Three people were killed "
        "in the district over the weekend, he added."
    )
    told = _facts(text)
    assert told and told[0].victims.min == 1
