"""Stage 20 (issue 8): what is one incident and its fields, from heldout_en12's list of error kinds. Every report
here is written for this file, three wordings or more per rule (other verbs, order, numbers, places), with
look-alikes that must not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import en_contract_incidents
from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 10, 14)  # a Tuesday


def _contract(text: str, published: dt.date = PUBLISHED) -> list[dict]:
    return en_contract_incidents(text, published)


def _places(text: str, published: dt.date = PUBLISHED) -> list[str | None]:
    return [(i["location"] or {}).get("name") for i in _contract(text, published)]


# -- a wire's dateline with the country: the weekday of the story is not the dateline's day ----------------------

DATELINE_WITH_COUNTRY = [
    (
        "BOROVA, Ukraine, Oct 13 (Northline) - A guided bomb hit a grain store in Borova on Sunday, killing two "
        "workers, the regional governor said on Monday.",
        "2025-10-12",
    ),
    (
        "Izium, Ukraine, 13 October (Daily Wire) \u2014 Two pensioners died on Saturday when Russian shells struck "
        "their house in Izium, police said.",
        "2025-10-11",
    ),
    (
        "Sumy, Ukraine, October 13 \u2013 Russian troops fired on an evacuation car near Velyka Pysarivka on Friday, "
        "wounding three passengers, officials said.",
        "2025-10-10",
    ),
]


@pytest.mark.parametrize(("text", "day"), DATELINE_WITH_COUNTRY)
def test_a_weekday_in_a_wire_story_is_not_lost_to_a_dateline_naming_the_country(text, day):
    found = _contract(text)
    assert len(found) == 1
    assert found[0]["date"]["start"] == day


def test_a_city_and_country_opening_a_sentence_without_the_story_dash_is_no_dateline():
    text = "Kharkiv, Ukraine, 12 October, was the day a missile struck a school in Kharkiv, killing a guard."
    assert _contract(text)[0]["date"]["start"] == "2025-10-12"


# -- an editor's correction notice is no incident, and its wrong town places nothing ---------------------------------

STORY = (
    "\n\nLYPTSI, Ukraine, Oct 13 (Wire) - A Russian glide bomb hit a bakery in Lyptsi on Sunday, killing four "
    "civilians, the regional governor said."
)

CORRECTIONS = [
    "Correction: An earlier version of this story said seven people were killed in Vovchansk. Four were killed, "
    "in Lyptsi.",
    "(Corrects death toll in paragraph one to four from six, and village to Lyptsi from Tsyrkuny)",
    "CORRECTION: This article has been corrected to show that the bomb killed four people in Lyptsi, not five in "
    "Slatyne.",
    "Editor's note: a previous version of this report wrongly said six people died in Derhachi.",
]


@pytest.mark.parametrize("notice", CORRECTIONS)
def test_a_correction_notice_above_a_wire_story_is_no_incident(notice):
    found = _contract("Bomb hits bakery near Kharkiv\n\n" + notice + STORY)
    assert [(i["location"] or {}).get("name") for i in found] == ["Lyptsi"]
    assert found[0]["victims"]["min"] == 4


def test_an_earlier_strike_told_as_news_is_no_correction():
    text = (
        "A drone hit a bus in Vovchansk on Saturday, killing two men, police said. An earlier version of the "
        "attack, in May, killed five people in Lyptsi.\n\nCorrectional colonies in the region hold 400 prisoners."
    )
    assert "Vovchansk" in _places(text)
    assert "Lyptsi" in _places(text)  # no editor's notice: "version of the attack" takes nothing back


# -- a share of a period's toll is part of the statistic, not an incident at the next paragraph's town -------------

SHARES = [
    "Twelve of those killed were children.",
    "Of the dead, twelve were children.",
    "Twelve children were among the victims.",
    "Children made up twelve of the deaths.",
]


@pytest.mark.parametrize("share", SHARES)
def test_a_share_of_a_months_toll_is_no_incident_at_the_next_towns(share):
    text = (
        "Human rights update, September 2025\n\n"
        "3. In September, the mission recorded 176 civilians killed and 742 injured in Ukraine. " + share + "\n\n"
        "4. On 18 September, a missile hit a hostel in Kramatorsk, Donetsk Oblast, killing seven civilians."
    )
    report = extract(text, dt.date(2025, 10, 9), language="en").to_contract()
    assert [(i["location"]["name"], i["victims"]["min"]) for i in report["incidents"]] == [("Kramatorsk", 7)]
    assert 12 in [s["value"] for s in report["statistics"]]


def test_a_share_naming_its_own_town_and_day_stays_an_incident():
    text = (
        "Human rights update, September 2025\n\n"
        "In September, the mission recorded 176 civilians killed in Ukraine. Nine of the dead were killed on 4 "
        "September when a bomb hit a market in Druzhkivka."
    )
    places = _places(text, dt.date(2025, 10, 9))
    assert "Druzhkivka" in places


# -- a strike the text says it cannot attribute: perpetrator unknown, even in occupied land ---------------------------

UNATTRIBUTED = [
    "On 14 February, shelling hit a market in occupied Nova Kakhovka, killing four civilians. The mission could not "
    "determine who fired the shells.",
    "Monitors were unable to establish which side launched the rocket that struck a bus stop in occupied Oleshky on "
    "2 March, killing three people.",
    "On 9 April an explosion at a café in occupied Melitopol injured six civilians; responsibility could not be "
    "established.",
    "A drone hit a minibus near occupied Kakhovka on 22 May, killing two women. The strike remains unattributed.",
    "On 21 July shells hit a bus stop in Russian-occupied Yasynuvata, killing three civilians. It was not possible "
    "to determine whether Russian or Ukrainian forces fired them.",
]


@pytest.mark.parametrize("text", UNATTRIBUTED)
def test_a_strike_the_text_cannot_attribute_is_alleged_against_no_side(text):
    found = _contract("Monitoring update\n\n" + text)
    assert len(found) == 1
    assert found[0]["perpetrator"]["party"] == "unknown"


def test_a_named_doer_keeps_its_side_beside_an_unknown_unit():
    text = (
        "Monitoring update\n\nOn 14 February, Russian artillery shelled a market in Kherson, killing four civilians. "
        "The mission could not verify which unit fired."
    )
    assert _contract(text)[0]["perpetrator"]["party"] == "RU"


# -- a guest's first-person story in a transcript: each act its own incident -----------------------------------------

TRANSCRIPTS = [
    (
        "Coming Home, episode 14\n\n"
        "HOST: My guest today is Taras, a combat medic who came home in the February exchange.\n\n"
        "HOST: Where were you captured?\n\n"
        "TARAS: Near Robotyne, in mid-August 2023. There were five of us in a dugout. Our machine gunner, Oleh, was "
        "wounded in the leg. When we came out with our hands up, one of the Russians shot him.\n\n"
        "HOST: Where did they take you?\n\n"
        "TARAS: First to a filtration point, then in November 2023 to a penal colony in Taganrog. There the guards "
        "beat me and about thirty other men almost every day, from November until the exchange in February 2025.",
        [("Robotyne", "2023-08"), ("Taganrog", "2023-11")],
    ),
    (
        "Voices from captivity, a podcast\n\n"
        "Q: How did it start?\n\n"
        "A: It was at Krynky, in late October 2023. We had been cut off for two days. Our gunner Yurii could not "
        "walk. We crawled out with raised hands and a Russian paratrooper killed him on the spot.\n\n"
        "Q: And after that?\n\n"
        "A: Then in December 2023 they drove us to a prison in Kursk. Guards beat me and some twenty other men "
        "during every check, from December until the swap in May 2024.",
        [("Krynky", "2023-10"), ("Kursk", "2023-12")],
    ),
    (
        "Episode 3: a marine's story\n\n"
        "ANNA: Tell us about the day you were taken.\n\n"
        "MAKSYM: Near Vuhledar, in early February 2024. Eight of us were left in the trench. Our sniper Denys was "
        "hit in the chest. We walked out with our hands up, and one of the Russian soldiers shot him anyway.\n\n"
        "ANNA: Where were you held?\n\n"
        "MAKSYM: In March 2024 they took us to a detention centre in Bryansk. The guards beat me and about fifteen "
        "other prisoners every morning, from March until my release in October 2024.",
        [("Vuhledar", "2024-02"), ("Bryansk", "2024-03")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRANSCRIPTS)
def test_a_guests_story_gives_the_shooting_after_surrender_and_the_beatings_apart(text, expected):
    found = _contract(text, dt.date(2025, 3, 27))
    rows = [((i["location"] or {}).get("name"), (i["date"] or {}).get("start", "")[:7]) for i in found]
    assert rows == expected
    assert found[0]["violations"][0] == "killing_hors_de_combat"
    assert found[0]["victims"]["category"] == "pow"
    assert found[0]["victims"]["min"] == 1
    assert found[1]["violations"][0] == "torture_ill_treatment"
    assert found[1]["date"]["end"] > found[1]["date"]["start"][:8] + "31"  # runs until the exchange or release
    assert found[1]["victims"]["min"] >= 15  # the speaker and the men beaten with them: no figure


def test_a_killing_told_without_a_doing_side_is_not_made_an_incident_by_its_pronoun():
    text = "HOST: What happened next?\n\nGUEST: It was near Bakhmut in May 2023. A shell landed and killed him."
    assert all(i["violations"][0] != "killing_hors_de_combat" for i in _contract(text))


RELAYED_DETAINEES = [
    "HOST: Did you meet civilians there?\n\nTARAS: Yes, a teacher from Kherson. He told me soldiers pulled him off "
    "a bus at a checkpoint near Nova Kakhovka in the summer of 2022.",
    "Q: Who else was in your cell?\n\nA: A farmer from Oleshky. In March 2023 Russian soldiers dragged him out of "
    "his car near Skadovsk, he said.",
    "ANNA: Were there civilians?\n\nMAKSYM: An old tractor driver. In the autumn of 2022 soldiers took him off a "
    "minibus at a checkpoint near Vasylivka and held him for months.",
]


@pytest.mark.parametrize("text", RELAYED_DETAINEES)
def test_a_civilian_taken_off_a_bus_told_by_a_soldier_guest_stays_a_civilian(text):
    found = _contract("A podcast with a released marine who was captured near Krynky\n\n" + text)
    assert [i["victims"]["category"] for i in found] == ["civilian"]
    assert found[0]["violations"][0] == "unlawful_detention"


# -- a live blog: the page's day for an entry's act, a toll update, a correction entry ------------------------------

LIVE_BLOGS = [
    "Kharkiv live | Friday, 7 March 2025\n\n"
    "07:50 — A guided bomb hit a high-rise in the Saltivskyi district of Kharkiv, killing one resident, the mayor "
    "said.\n\n"
    "09:15 — The death toll has risen to three, the mayor said. A girl of 12 was taken to the children's hospital.\n\n"
    "10:30 — Correction: the injured girl is 11, not 12, the children's hospital said.",
    "Sumy: live updates, 7 March 2025\n\n"
    "06:40\nA drone struck a minibus on the outskirts of Sumy, one passenger died, police said.\n\n"
    "08:05\nThe number of dead has risen to three.\n\n"
    "09:20\nCorrection: an earlier entry put the strike in Nyzhnia Syrovatka; it was Sumy.",
    "LIVE - Odesa after the missile strike - 7 March 2025\n\n"
    "08.20 A missile struck the port of Odesa this morning, and one dock worker was killed, the governor said.\n\n"
    "10.45 The toll has now risen to three, regional officials said.\n\n"
    "11.10 We will keep this page updated through the day.",
]


@pytest.mark.parametrize("text", LIVE_BLOGS)
def test_a_live_blogs_morning_strike_takes_the_page_day_and_its_risen_toll(text):
    found = _contract(text, dt.date(2025, 3, 7))
    assert len(found) == 1
    assert found[0]["date"] == {"start": "2025-03-07", "end": "2025-03-07"}
    assert found[0]["victims"]["min"] == 3
    assert found[0]["violations"][0] == "attack_on_civilians"  # the hospital the girl was taken to is no target


def test_a_single_time_atop_a_story_makes_no_live_blog():
    text = "Kharkiv report, 7 March 2025\n\n07:50 — A guided bomb hit a high-rise in Kharkiv, killing one resident."
    assert _contract(text, dt.date(2025, 3, 9))[0]["date"] is None  # one time: no live page, no day lent


# -- an attack on aid workers or medics is an attack on protected persons first ----------------------------------

AID_WORKERS_HURT = [
    "On 20 September a Russian drone hit the Bright Path charity's van near Kivsharivka, injuring two volunteers, "
    "the charity said.",
    "On 20 September a drone struck a van carrying aid from the Bright Path foundation near Kivsharivka, wounding two "
    "of its volunteers.",
    "Two Bright Path volunteers were injured on 20 September when a Russian drone hit their van as they delivered "
    "food in Kivsharivka, the charity said.",
]


@pytest.mark.parametrize("text", AID_WORKERS_HURT)
def test_a_strike_on_a_charitys_van_hurting_volunteers_is_an_attack_on_protected_persons(text):
    found = _contract(text)
    assert found[0]["victims"]["category"] == "humanitarian_worker"
    assert found[0]["violations"][0] == "attack_on_protected_objects"


def test_farmers_hurt_in_their_own_van_stay_an_attack_on_civilians():
    text = "On 20 September a Russian drone hit a farmer's van near Kivsharivka, injuring two farmers, police said."
    assert _contract(text)[0]["violations"][0] == "attack_on_civilians"


# -- a judgment: "the occupation of the village of X" is the first count's time and place, no sham trial -------------

JUDGMENTS = [
    "The district court on Tuesday sentenced a Russian sergeant in absentia to 12 years. According to the verdict, "
    "he took part in the occupation of the village of Kozacha Lopan in 2022.\n\n"
    "From 14 April to 9 September 2022, he and other soldiers held four residents in a basement and beat them.\n\n"
    "On 30 August 2022, in Strilecha, he shot a man and burned his car.",
    "A court in Kharkiv convicted a Russian corporal in absentia. The court established that during the occupation "
    "of the village of Vilkhivka he commanded a checkpoint.\n\n"
    "Between 2 March and 20 April 2022 his men kept three villagers locked in a garage and beat them.\n\n"
    "On 4 April 2022, in Mala Rohan, he shot a woman dead.",
    "According to the judgment, the lieutenant served in the occupation of the village of Tsyrkuny in 2022.\n\n"
    "From 1 May to 30 June 2022 he held two farmers in a cellar and tortured them.\n\n"
    "On 12 June 2022, in Ruski Tyshky, he shot a tractor driver.",
]


@pytest.mark.parametrize("text", JUDGMENTS)
def test_the_village_whose_occupation_a_judgment_names_places_its_first_count(text):
    found = _contract(text, dt.date(2025, 11, 20))
    assert len(found) == 2
    assert found[0]["violations"][0] in ("unlawful_detention", "torture_ill_treatment")
    assert "unfair_trial_forced_service" not in found[0]["violations"]
    assert found[0]["date"]["start"][5:] != "01-01"  # the stretch of the count, not the year of the occupation
    assert found[0]["location"]["name"] != found[1]["location"]["name"]


def test_a_sentence_passed_by_an_occupation_court_stays_a_sham_trial():
    text = "On 3 May 2024 an occupation court in Donetsk sentenced two Ukrainian marines to 25 years in prison."
    assert _contract(text)[0]["violations"][0] == "unfair_trial_forced_service"


# -- a region's month toll after the last case of a field report is a statistic, not more of that case ---------------

REGION_TOLLS = [
    "On 3 June a drone hit an aid point in Mylove, killing two men.\n\n"
    "According to the regional administration, 17 civilians were killed and 64 injured in the region in June.",
    "On 3 June a drone hit an aid point in Mylove, killing two men.\n\n"
    "Across the oblast, Russian attacks killed 23 civilians in May, the governor said.",
    "On 3 June a drone hit an aid point in Mylove, killing two men.\n\n"
    "In the first half of 2025, 140 civilians were killed throughout the province, officials said.",
]


@pytest.mark.parametrize("text", REGION_TOLLS)
def test_a_regions_month_toll_is_a_figure_not_more_victims_of_the_case_before(text):
    report = extract(text, dt.date(2025, 7, 15), language="en").to_contract()
    assert [(i["location"]["name"], i["victims"]["min"]) for i in report["incidents"]] == [("Mylove", 2)]
    assert report["statistics"]


def test_a_toll_in_the_region_on_one_day_stays_an_incident():
    text = "On 9 June a missile hit a bus station in the region, killing six civilians, the governor said."
    assert len(_contract(text, dt.date(2025, 7, 15))) == 1
