"""Dates and places stated once at the top of a report frame the incidents it then lists."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")


def contract(text: str, published: dt.date = dt.date(2024, 3, 1)) -> dict:
    return extract(text, published).to_contract()


def test_an_opening_attack_overnight_dates_the_towns_listed_after_it():
    text = (
        "Russian forces shelled Zaporizhzhia Oblast with artillery and drones overnight.\n"
        "In Huliaipole, a 70-year-old man was killed.\n"
        "Two women were wounded in Orikhiv.\n"
    )
    found = contract(text)["incidents"]
    assert [i["location"]["name"] for i in found] == ["Huliaipole", "Orikhiv"]
    assert all(i["date"] == {"start": "2024-02-29", "end": "2024-03-01"} for i in found)


def test_an_opening_attack_on_one_town_dates_the_next_town_too():
    text = (
        "On Feb. 28, Russian troops shelled Huliaipole, wounding a woman.\n"
        "In Orikhiv, a man was killed by a drone.\n"
    )
    found = contract(text)["incidents"]
    assert [i["date"]["start"] for i in found] == ["2024-02-28", "2024-02-28"]


def test_a_town_with_its_own_date_keeps_it_under_an_opening_date():
    text = (
        "On Feb. 28, Russian troops shelled Huliaipole, wounding a woman.\n"
        "On Feb. 12, a drone killed a man in Orikhiv.\n"
    )
    found = contract(text)["incidents"]
    assert [i["date"]["start"] for i in found] == ["2024-02-28", "2024-02-12"]


def test_a_bare_count_after_a_second_case_belongs_to_it_not_to_an_earlier_equal_count():
    text = (
        "On Feb. 27, Russian soldiers fired on a car near Huliaipole, killing the driver and wounding two "
        "passengers.\n"
        "In another case, on Feb. 28, a drone dropped explosives on an ambulance in Orikhiv.\n"
        "Two paramedics were injured.\n"
    )
    found = contract(text)["incidents"]
    assert [(i["location"]["name"], i["victims"]["category"], i["victims"]["min"]) for i in found] == [
        ("Huliaipole", "civilian", 1),
        ("Orikhiv", "medical_personnel", 2),
    ]


def test_another_act_told_with_also_and_its_own_victims_is_its_own_incident():
    text = (
        "Russian forces used residents of Fedorivka as human shields, forcing about 30 villagers to stay in a "
        "school basement in March 2022, the ombudsman said.\n"
        "The occupiers also executed two men who refused to hand over their cars.\n"
    )
    found = contract(text)["incidents"]
    assert [(i["violations"][0], i["victims"]["min"]) for i in found] == [
        ("human_shields", 30),
        ("killing_civilians", 2),
    ]


def test_also_with_a_share_of_the_same_victims_stays_one_incident():
    text = (
        "Russian soldiers tortured five men in a basement in Fedorivka in March 2022.\n"
        "They also executed two of them.\n"
    )
    assert len(contract(text)["incidents"]) == 1


def test_villagers_held_where_troops_fire_from_are_human_shields_first():
    text = (
        "Russian troops forced 30 villagers to stay in a school in Fedorivka as human shields while they "
        "fired artillery from the school yard in March 2022.\n"
    )
    [incident] = contract(text)["incidents"]
    assert incident["violations"][0] == "human_shields"


def test_men_shot_after_laying_down_their_weapons_are_prisoners():
    text = "On Feb. 18, Russian soldiers shot two men who had laid down their weapons near Avdiivka, the UN said."
    [incident] = contract(text)["incidents"]
    assert incident["violations"][0] == "killing_hors_de_combat"
    assert incident["victims"]["category"] == "pow"


def test_residents_held_in_a_school_basement_are_unlawfully_detained_and_deaths_there_stay_with_them():
    text = (
        "In Fedorivka, Russian troops held more than 300 residents, including 70 children, in the basement of a "
        "school for almost a month in March 2022. Ten elderly people died there.\n\n"
        "In Izium, soldiers shot dead a man who was riding a bicycle on March 20, 2022.\n"
    )
    found = contract(text)["incidents"]
    assert [(i["location"]["name"], i["violations"][0]) for i in found] == [
        ("Fedorivka", "unlawful_detention"),
        ("Izium", "killing_civilians"),
    ]


def test_an_act_in_the_same_village_is_another_incident_there():
    text = (
        "Russian troops used civilians as human shields in the village of Fedorivka in April 2022, the "
        "prosecutors said.\n"
        "In the same village, soldiers shot dead a 60-year-old man who tried to leave for Kherson.\n"
        "Prosecutors also said Russian soldiers looted the village shop.\n"
    )
    found = contract(text)["incidents"]
    assert [(i["location"]["name"], i["violations"][0]) for i in found] == [
        ("Fedorivka", "human_shields"),
        ("Fedorivka", "killing_civilians"),
    ]


def test_the_unit_the_sentenced_prisoners_served_in_is_not_the_perpetrator():
    text = (
        "Ombudsman Dmytro Lubinets:\n"
        "Today, a court in occupied Bakhmut sentenced 12 Ukrainian servicemen of the Azov regiment to 20 years "
        "in prison.\n"
    )
    [incident] = contract(text)["incidents"]
    assert incident["violations"][0] == "unfair_trial_forced_service"
    assert incident["perpetrator"] == {"party": "RU", "unit": None}


def test_fighters_of_a_named_group_who_executed_are_the_perpetrator_unit():
    text = "Fighters of the Wagner Group executed two men in Bakhmut on Feb. 20, the prosecutors said."
    [incident] = contract(text)["incidents"]
    assert incident["perpetrator"] == {"party": "RU", "unit": "Wagner Group"}


def test_a_date_between_a_charge_and_the_act_dates_the_charge_not_the_act():
    text = (
        "Two Russian soldiers were charged earlier this month with raping a woman in Fedorivka in March 2022, "
        "the prosecutors said."
    )
    [incident] = contract(text)["incidents"]
    assert incident["violations"][0] == "sexual_violence"
    assert incident["date"] == {"start": "2022-03-01", "end": "2022-03-31"}
    assert incident["victims"]["min"] == 1


def test_a_strike_with_a_toll_told_on_a_day_happened_that_day():
    text = (
        "A Russian missile slammed into the railway station in Bakhmut, killing at least 50, officials said "
        "on Friday."
    )
    [incident] = contract(text)["incidents"]
    assert incident["date"] == {"start": "2024-03-01", "end": "2024-03-01"}


def test_an_execution_told_on_a_day_keeps_no_date_of_its_own():
    text = "Russian troops shot dead two captured soldiers near Bakhmut, the General Staff said on Thursday."
    [incident] = contract(text)["incidents"]
    assert incident["date"] is None


def test_a_new_strike_a_day_later_at_the_same_place_is_another_incident():
    text = (
        "A Russian missile struck Kherson on Feb. 27. A day later, a guided bomb hit a shopping centre in the "
        "city, killing three.\n"
    )
    found = contract(text)["incidents"]
    assert [(i["date"]["start"], i["victims"]["min"]) for i in found] == [("2024-02-27", None), ("2024-02-28", 3)]


def test_a_toll_that_rose_the_next_day_stays_with_its_strike():
    text = "A Russian missile killed three people in Kherson on Feb. 27. On Feb. 28, the toll rose to five.\n"
    found = contract(text)["incidents"]
    assert len(found) == 1


def test_soldiers_who_shot_a_man_killed_a_civilian_not_attacked_one():
    text = "On Feb. 20, Russian soldiers shot a 60-year-old man in Fedorivka who refused to hand over his car."
    [incident] = contract(text)["incidents"]
    assert incident["violations"][0] == "killing_civilians"


def test_a_new_act_with_its_own_victims_after_an_uncounted_one_at_the_same_place_is_its_own():
    text = (
        "Police found a torture chamber in Izium in the basement of the police station, where Russian forces "
        "held local residents, the regional police chief said.\n"
        "In Izium, Russian soldiers executed two men in September 2022.\n"
    )
    found = contract(text)["incidents"]
    assert [(i["location"]["name"], i["victims"]["min"]) for i in found] == [("Izium", None), ("Izium", 2)]


def test_a_count_for_the_same_act_told_after_it_stays_with_it():
    text = (
        "Russian forces deported residents of Izium to Russia in April 2022, the city council said.\n"
        "In total, about 1,500 Izium residents were deported.\n"
    )
    assert len(contract(text)["incidents"]) == 1
