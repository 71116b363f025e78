"""Stage 21 (official statements and summaries): an ombudsman's exchange-day statement and a police daily summary.
Every text here is written for this file: three wordings or more per rule, with look-alikes that must not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 3, 12)  # a Wednesday


def _contract(text: str, published: dt.date = PUBLISHED, language: str = "en") -> dict:
    return extract(text, published, language=language).to_contract()


# -- who the released are (an exchange's composition) is no detention incident --------------------------------

COMPOSITIONS = [
    "Today 95 Ukrainians returned home from Russian captivity. Among them are 88 soldiers and seven civilians "
    "who were detained in the occupied areas.",
    "On Wednesday 210 prisoners were freed in a swap. Of them, 190 are servicemen and 20 are civilians held "
    "in the occupied territories.",
    "Sixty people came home from captivity this morning. Among them are 52 marines and eight civilians "
    "detained by the occupiers.",
]


@pytest.mark.parametrize("text", COMPOSITIONS)
def test_who_the_released_are_is_no_incident(text: str) -> None:
    contract = _contract(text)
    assert contract["incidents"] == []
    assert any(s["measure"] == "released" for s in contract["statistics"])


RELEASED_CAPTIVITY = [
    "Today 95 Ukrainians returned home.\n\nSome of those who returned today had been in captivity since 2022.",
    "On Wednesday 40 defenders came home. Among those freed are men who spent two years in Russian captivity.",
    "The exchange brought back 77 people. Some of them had been in Russian captivity since the spring of 2022.",
]


@pytest.mark.parametrize("text", RELEASED_CAPTIVITY)
def test_the_released_peoples_captivity_is_no_incident(text: str) -> None:
    assert _contract(text)["incidents"] == []


def test_a_detention_with_its_own_scene_among_the_released_stays_an_incident() -> None:
    text = (
        "Today 95 Ukrainians returned home. Among those released were four civilians who were seized by soldiers "
        "in Kherson in March 2022."
    )
    [incident] = _contract(text)["incidents"]
    assert incident["violations"][0] == "unlawful_detention"
    assert incident["location"]["name"] == "Kherson"


def test_an_act_told_of_one_of_the_released_stays_an_incident() -> None:
    text = (
        "Today 95 Ukrainians returned home. Among them is a medic who told me that guards shot two wounded "
        "prisoners near Huliaipole in March 2023."
    )
    [incident] = _contract(text)["incidents"]
    assert incident["location"]["name"] == "Huliaipole"


# -- a part of the returned told with a scene and an act of its own is a group's case --------------------------

GROUP_CASES = [
    "Today 150 prisoners came home. Nine of the freed soldiers were kept in the pre-trial prison in Taganrog "
    "from May 2023 until this month. All of them describe systematic beatings.",
    "On Wednesday 80 defenders returned. Fifteen of the returned marines were held in a colony in Taganrog "
    "since the autumn of 2023. Each of them speaks of routine beatings and electric shocks.",
    "The swap brought home 64 servicemen. Eleven of the released servicemen were held in a detention centre in "
    "Taganrog for a year. They all describe regular beatings by the guards.",
]


@pytest.mark.parametrize("text", GROUP_CASES)
def test_a_group_among_the_returned_held_at_a_place_is_a_case(text: str) -> None:
    incidents = _contract(text)["incidents"]
    held = [i for i in incidents if (i["location"] or {}).get("name") == "Taganrog"]
    assert held
    assert held[0]["violations"][0] == "torture_ill_treatment"
    assert held[0]["victims"]["min"] in (9, 15, 11)


def test_a_pattern_told_of_nobody_in_particular_stays_a_pattern() -> None:
    text = "Prisoners of war are systematically beaten in Russian prisons."
    assert _contract(text)["incidents"] == []


def test_a_share_of_the_freed_with_no_scene_stays_a_figure() -> None:
    text = "Today 150 prisoners came home. Among those freed, 12 were seriously wounded."
    contract = _contract(text)
    assert contract["incidents"] == []


# -- a capture place stays the act's when another scene is told only in a later paragraph ------------------------

CAPTURES = [
    "A medic captured near Huliaipole in May 2023 told me that soldiers shot two wounded comrades on the day "
    "of his capture.\n\nTen other men were held in a prison in Taganrog.",
    "One of the defenders, taken prisoner near Huliaipole in June 2023, said Russian troops shot two of his "
    "wounded friends that day.\n\nOthers spent a year in a colony in Taganrog.",
    "A marine who was captured near Huliaipole in July 2023 says the soldiers executed two wounded men "
    "who could not walk.\n\nHe was later held in Taganrog.",
]


@pytest.mark.parametrize("text", CAPTURES)
def test_a_killing_at_capture_keeps_its_place(text: str) -> None:
    killing = _contract(text)["incidents"][0]
    assert killing["location"]["name"] == "Huliaipole"


# -- a first-person statement signed at its foot: the signer is the source of every case it tells ----------------

SIGNED = [
    (
        "Statement on the exchange\n\nToday 95 Ukrainians came home. I have spoken with several of them. "
        "One of them told me that guards shot two wounded prisoners near Huliaipole in March 2023.\n\n"
        "A 60-year-old resident of Kherson was seized by soldiers in May 2022. My Office has recorded his account.\n\n"
        "Olena Marchenko,\nCommissioner for Human Rights\n12 March 2025\n",
        "Olena Marchenko",
    ),
    (
        "On the return of our citizens\n\nI met the people who came back this morning. A man from Kherson told me "
        "he was detained at a checkpoint in Kherson in April 2022.\n\nI also heard that guards beat four men in a "
        "prison in Taganrog in 2023. My staff wrote down every account.\n\nPetro Hrytsenko\nRegional Ombudsman\n",
        "Petro Hrytsenko",
    ),
    (
        "Address after the exchange\n\nI am grateful to everyone who worked for this day. My team spoke with "
        "the freed soldiers. Two of them told me soldiers shot a wounded comrade near Huliaipole in 2024.\n\n"
        "Iryna Savchuk,\nHead of the Human Rights Office\n",
        "Iryna Savchuk",
    ),
]


@pytest.mark.parametrize(("text", "signer"), SIGNED)
def test_the_signer_of_a_first_person_statement_is_every_cases_source(text: str, signer: str) -> None:
    incidents = _contract(text)["incidents"]
    assert incidents
    assert all(signer in i["reported_by"] for i in incidents)


TITLED = [
    (
        "Statement of the Commissioner for Human Rights on the exchange\n\nToday 95 Ukrainians came home. I have "
        "spoken with several of them. One of them told me that guards shot two wounded prisoners near Huliaipole in "
        "March 2023.\n\nA 60-year-old resident of Kherson was seized by soldiers in May 2022. My Office has recorded "
        "his account.\n",
        "Commissioner",
    ),
    (
        "Address of the Regional Ombudsman after the return of our people\n\nI met the people who came back this "
        "morning. A man from Kherson told me he was detained at a checkpoint in Kherson in April 2022.\n\nI also "
        "heard that guards beat four men in a prison in Taganrog in 2023. My staff wrote down every account.\n",
        "Ombudsman",
    ),
    (
        "Statement by the Ombudsman on today's exchange\n\nI thank everyone who made this day possible. My "
        "colleagues and I spoke with the freed marines. One told me soldiers shot a wounded comrade near Huliaipole "
        "in 2024.\n\nAnother said guards beat six men in a prison in Taganrog last winter.\n",
        "Ombudsman",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), TITLED)
def test_the_speaker_a_title_names_is_every_cases_source(text: str, speaker: str) -> None:
    incidents = _contract(text)["incidents"]
    assert len(incidents) >= 2
    assert all(any(speaker in name for name in i["reported_by"]) for i in incidents)


def test_a_name_at_the_foot_of_a_third_person_report_is_no_signer() -> None:
    text = (
        "Drone strike in Kherson\n\nA drone hit a bus in Kherson on Monday, killing two civilians, the regional "
        "administration said. Police opened a case.\n\nAnna Koval,\nStaff Writer\n"
    )
    [incident] = _contract(text)["incidents"]
    assert "Anna Koval" not in incident["reported_by"]


# -- a place named after "excluding" is left out of a figure: no scene -------------------------------------------

EXCLUDED = [
    "In total, since the beginning of the full-scale invasion, 2,540 civilians have been killed in Donetsk Oblast "
    "(excluding Mariupol and Bakhmut), the police said.",
    "Since February 2022, 1,210 civilians have been killed in the region, except for Mariupol, police said.",
    "Overall, 980 residents of the oblast have been killed since the start of the invasion, apart from "
    "Avdiivka, where the count is not possible.",
]


@pytest.mark.parametrize("text", EXCLUDED)
def test_a_running_total_with_an_excluded_city_is_a_figure(text: str) -> None:
    contract = _contract(text)
    assert contract["incidents"] == []
    assert any(s["measure"] == "killed" for s in contract["statistics"])


def test_a_ukrainian_total_with_an_excluded_city_is_a_figure() -> None:
    text = "З початку вторгнення в області загинули 3120 мирних жителів (без урахування Маріуполя та Бахмута)."
    contract = _contract(text, language="uk")
    assert contract["incidents"] == []
    assert contract["statistics"]


# -- a daily summary: the day's total is a figure, each line its own incident, dated by the top's day --------------

SUMMARIES = [
    "Police of Donetsk Oblast: daily summary\n\nOn 11 March, Russian forces shelled 9 settlements of the oblast. "
    "Three civilians were killed and five more were injured, the regional police reported.\n\n"
    "Kramatorsk: a drone attacked a car in the morning. A 51-year-old man was killed, his son was injured.\n\n"
    "Sloviansk: a guided bomb struck a shop. A woman was killed and three people were injured.\n\n"
    "Druzhkivka: a man was killed by artillery fire in his yard.\n\n"
    "Kostiantynivka: a drone dropped a grenade on a bus stop. One person was injured.\n",
    "Over the past day in Donetsk Oblast\n\nOn 11 March, the Russians attacked 14 towns. Three people were "
    "killed and five were wounded, police said.\n\n"
    "Sloviansk: an FPV drone hit a minibus. A driver was killed and two passengers were wounded.\n\n"
    "Kramatorsk: missiles struck a residential area. A 70-year-old woman was killed and two people were hurt.\n\n"
    "Druzhkivka: shelling killed a man near his home.\n\n"
    "Kostiantynivka: a drone wounded a woman in the market.\n",
    "Regional police: the day in Donetsk Oblast\n\nOn 11 March, the enemy fired on 11 settlements. "
    "Three civilians died and five were injured.\n\n"
    "Druzhkivka: a drone hit a private house. A man was killed, his wife was injured.\n\n"
    "Kramatorsk: a missile struck the town centre. A woman was killed and two others were injured.\n\n"
    "Sloviansk: a man was killed by shelling in his garden.\n\n"
    "Kostiantynivka: a shell hit a car. Its driver was injured.\n",
]


@pytest.mark.parametrize("text", SUMMARIES)
def test_a_daily_summary_gives_each_line_and_a_total(text: str) -> None:
    contract = _contract(text)
    places = [(i["location"] or {}).get("name") for i in contract["incidents"]]
    assert {"Kramatorsk", "Sloviansk", "Druzhkivka", "Kostiantynivka"} <= set(places)
    assert all(i["victims"]["min"] in (1, 2) for i in contract["incidents"])
    assert all(i["date"] is not None and i["date"]["start"] == "2025-03-11" for i in contract["incidents"])
    assert any(s["measure"] == "killed" and s["value"] == 3 for s in contract["statistics"])


def test_one_strike_told_with_its_toll_stays_an_incident() -> None:
    text = "On Tuesday a missile hit a school in Kramatorsk. Three civilians were killed and five were injured."
    [incident] = _contract(text)["incidents"]
    assert incident["location"]["name"] == "Kramatorsk"
    assert incident["victims"]["min"] == 3


THINGS = [
    "47 civilian objects were damaged, including 19 private houses and 4 apartment buildings.",
    "The shelling damaged 12 residential buildings and 3 administrative buildings in the oblast.",
    "Since Monday, 30 public buildings and 8 private houses have been destroyed in the region.",
]


@pytest.mark.parametrize("text", THINGS)
def test_damaged_buildings_are_no_one_killed(text: str) -> None:
    contract = _contract(text)
    assert not [s for s in contract["statistics"] if s["measure"] in ("killed", "wounded")]


# -- taken from one's home: a detention, one person ------------------------------------------------------------

TAKEN = [
    "A 58-year-old resident of Kherson was taken from his home by armed men in June 2022.",
    "In May 2022 soldiers took him from his house in Kherson; he has not been seen since.",
    "A teacher from Kherson was dragged out of her flat by soldiers in April 2022.",
]


@pytest.mark.parametrize("text", TAKEN)
def test_taken_from_home_is_a_detention(text: str) -> None:
    [incident] = _contract(text)["incidents"]
    assert incident["violations"][0] == "unlawful_detention"
    assert incident["victims"]["min"] == 1


def test_rescuers_taking_the_wounded_from_their_homes_is_no_detention() -> None:
    text = "After the strike on Kherson on Monday, rescuers took the wounded from their homes to hospital."
    incidents = _contract(text)["incidents"]
    assert all("unlawful_detention" not in i["violations"] for i in incidents)


# -- a release's headline summing up items of two kinds is no incident of its own --------------------------------

SUMMING_HEADLINES = [
    "Police document the aftermath of weekend strikes and identify soldiers who tortured residents of Huliaipole\n\n"
    "On Saturday a drone hit a car near Orikhiv, injuring two civilians.\n\n"
    "In March 2022 soldiers detained five men in Huliaipole and beat them for two weeks.\n",
    "Prosecutors record shelling of Kherson and charge a commander over the torture of prisoners in Izium\n\n"
    "On Sunday artillery hit a market in Kherson, killing a woman.\n\n"
    "In September 2022 guards beat four prisoners in a basement in Izium.\n",
    "Regional police: night drone attacks and new details of abductions in Pokrovsk\n\n"
    "At night a drone struck a house in Sumy, wounding a man.\n\n"
    "In April 2022 soldiers abducted three residents of Pokrovsk and held them in a garage.\n",
]


@pytest.mark.parametrize("text", SUMMING_HEADLINES)
def test_a_headline_summing_up_two_kinds_of_act_is_no_incident(text: str) -> None:
    assert len(_contract(text)["incidents"]) == 2
    first_line = text.index("\n")
    spans = [i.facts.span for i in extract(text, PUBLISHED, language="en").incidents]
    assert all(lo > first_line for lo, _ in spans)


def test_a_headline_telling_one_strike_joins_its_story() -> None:
    text = (
        "Russian drone strike kills two civilians in Kherson\n\n"
        "A Russian drone hit a bus stop in Kherson on Tuesday, killing two civilians, the regional administration "
        "said.\n"
    )
    [incident] = _contract(text)["incidents"]
    assert incident["location"]["name"] == "Kherson"
    assert incident["victims"]["min"] == 2
