"""Incident assembly end to end on our own sample texts (news, official statement, Telegram, UN update)."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")


def contract_victims(victims: dict) -> dict:
    """The contract's three keys; killed, injured and children ride beside them (docs/extraction.md)."""
    return {key: victims[key] for key in ("category", "min", "max")}


def contract(text: str, published: dt.date = dt.date(2024, 3, 1)) -> dict:
    return extract(text, published).to_contract()


NEWS = (
    "Russian forces shot dead four Ukrainian soldiers who had surrendered near Avdiivka in Donetsk Oblast "
    "on Feb. 26, the Prosecutor General's Office said.\n"
    '"The video shows the men lying on the ground with their hands raised," the office said in a statement.\n'
    "Investigators have opened a case under Article 438 of the Criminal Code.\n"
    "Earlier, on Feb. 10, a Russian drone strike killed two civilians in Kherson, Governor Oleksandr "
    "Prokudin reported.\n"
)


def test_lead_and_quote_make_one_incident_and_background_another():
    incidents = contract(NEWS)["incidents"]
    assert len(incidents) == 2
    lead, background = incidents
    assert lead["violations"][0] == "killing_hors_de_combat"
    assert contract_victims(lead["victims"]) == {"category": "pow", "min": 4, "max": 4}
    assert lead["location"]["name"] == "Avdiivka" and lead["location"]["admin1"] == "Donetsk Oblast"
    assert lead["date"] == {"start": "2024-02-26", "end": "2024-02-26"}
    assert "video" in lead["evidence"]
    assert any("Prosecutor" in name for name in lead["reported_by"])
    assert background["violations"][0] == "attack_on_civilians"
    assert background["location"]["name"] == "Kherson"
    assert background["victims"]["min"] == 2
    assert any("Prokudin" in name for name in background["reported_by"])


def test_killed_and_wounded_in_one_strike_count_the_killed():
    text = "A Russian missile hit a school in Sumy on Feb. 27, killing three civilians and wounding 12."
    [incident] = contract(text)["incidents"]
    assert incident["victims"]["min"] == 3
    assert incident["violations"][:2] == ["attack_on_protected_objects", "attack_on_civilians"]


def test_rising_toll_takes_the_latest_figure():
    text = (
        "Russian shelling of Kherson killed two people on Feb. 28, the city administration said.\n"
        "By evening the death toll had risen to five, officials said."
    )
    [incident] = contract(text)["incidents"]
    assert incident["victims"]["min"] == 5


def test_false_promise_of_evacuation_is_also_perfidy():
    text = (
        "Ukraine's 47th Brigade reported that Russian troops promised to evacuate wounded Ukrainian soldiers "
        "near Pokrovsk but instead shot and killed three of them on Feb. 20."
    )
    [incident] = contract(text)["incidents"]
    assert incident["violations"][0] == "killing_hors_de_combat"
    assert "perfidy" in incident["violations"]
    assert incident["victims"]["category"] == "wounded_combatant"
    assert incident["perpetrator"]["party"] == "RU"
    assert incident["perpetrator"]["unit"] is None  # the brigade reports; it did not do it
    assert any("47th Brigade" in name for name in incident["reported_by"])


def test_telegram_list_of_settlements_gives_one_incident_each():
    text = (
        "On 28 February, the Russians killed 3 civilians in the Zaporizhzhia region: "
        "2 people in Huliaipole and 1 person in Orikhiv."
    )
    incidents = contract(text, dt.date(2024, 2, 29))["incidents"]
    by_place = {i["location"]["name"]: i["victims"]["min"] for i in incidents}
    assert by_place == {"Huliaipole": 2, "Orikhiv": 1}


def test_oblast_only_location_has_no_name_and_sets_admin1():
    text = "Russian artillery wounded seven civilians in Kherson Oblast on Feb. 29, Governor Oleksandr Prokudin said."
    [incident] = contract(text)["incidents"]
    assert incident["location"]["name"] is None
    assert incident["location"]["admin1"] == "Kherson Oblast"
    assert incident["victims"]["min"] == 7


def test_ukrainian_forces_alleged_as_perpetrators():
    text = (
        "A UN monitoring mission said Ukrainian soldiers executed five Russian prisoners of war "
        "near Bakhmut in November."
    )
    [incident] = contract(text)["incidents"]
    assert incident["perpetrator"]["party"] == "UA"
    assert incident["victims"]["category"] == "pow"


def test_statement_of_law_alone_is_no_incident():
    text = "Killing prisoners of war is a war crime under the Geneva Conventions."
    assert contract(text)["incidents"] == []


def test_discovery_date_is_not_the_event_date():
    text = (
        "A video posted on Feb. 25 appears to show Russian soldiers beheading a captured Ukrainian soldier, "
        "the Security Service of Ukraine said."
    )
    [incident] = contract(text)["incidents"]
    assert incident["date"] is None
    assert incident["violations"][0] == "killing_hors_de_combat"


def test_abduction_of_a_mayor_is_unlawful_detention_of_a_civilian():
    text = (
        "Russian soldiers abducted the mayor of Kherson on Feb. 12 and put a bag over his head, "
        "Ombudsman Dmytro Lubinets said."
    )
    [incident] = contract(text)["incidents"]
    assert incident["violations"][0] == "unlawful_detention"
    assert incident["victims"]["category"] == "civilian"
    assert "Dmytro Lubinets" in incident["reported_by"]


def test_a_village_among_others_is_not_a_tally():
    text = (
        "Prosecutors found that in March, during the occupation, soldiers broke into a house in one of the "
        "villages of Pokrovsk district and shot the owner."
    )
    [incident] = contract(text, dt.date(2024, 5, 1))["incidents"]
    assert incident["victims"]["min"] == 1
    assert incident["date"] == {"start": "2024-03-01", "end": "2024-03-31"}
    assert incident["location"]["admin1"] == "Donetsk Oblast"


def test_number_of_dead_rising_is_the_incidents_toll():
    text = (
        "A Russian missile struck an apartment block in Sumy on Feb. 27, killing three people.\n"
        "By noon the regional administration said the number of dead had increased to nine."
    )
    [incident] = contract(text)["incidents"]
    assert incident["victims"]["min"] == 9


def test_since_bounds_a_tally_not_an_incident_date():
    text = (
        "Since February 2022, Russian forces have executed at least 60 Ukrainian prisoners of war, the UN mission said."
    )
    result = contract(text)
    assert result["incidents"] == []
    assert any(s["measure"] == "killed" and s["value"] == 60 for s in result["statistics"])


def test_detention_since_a_year_dates_the_detention():
    text = "Russian-backed authorities have held the journalist in prison in Kherson since 2019."
    [incident] = contract(text)["incidents"]
    assert incident["violations"][0] == "unlawful_detention"
    assert incident["date"]["start"] == "2019-01-01"


def test_interviewing_separately_does_not_split_an_incident():
    text = (
        "A Russian missile struck a hospital in Kherson on Feb. 20, killing two civilians, Human Rights "
        "Watch said.\nHuman Rights Watch interviewed separately a doctor and a nurse who witnessed "
        "the strike."
    )
    [incident] = contract(text)["incidents"]
    assert "testimony" in incident["evidence"]


def test_more_victims_found_elsewhere_are_another_incident():
    text = (
        "In Izium, the mayor said 12 civilians had been shot with their hands tied on a street corner.\n"
        "In a basement nearby, four more men were found executed."
    )
    incidents = contract(text, dt.date(2024, 5, 1))["incidents"]
    assert sorted(i["victims"]["min"] for i in incidents) == [4, 12]


def test_strike_victims_without_a_noun_are_civilians_by_definition():
    text = "Russian shelling of Kherson on Feb. 28 caused seven injuries, Governor Oleksandr Prokudin said."
    [incident] = contract(text)["incidents"]
    assert contract_victims(incident["victims"]) == {"category": "civilian", "min": 7, "max": 7}


def test_the_governor_said_is_the_governor_named_before():
    text = (
        "Governor Oleksandr Prokudin said Russian artillery hit Kherson on Feb. 28. Two people were killed, "
        "the governor said."
    )
    [incident] = contract(text)["incidents"]
    assert incident["reported_by"] == ["Oleksandr Prokudin"]


def test_children_moved_to_crimea_is_a_deportation():
    text = (
        "Russian occupation authorities moved 19 children from a care home in Kherson to a facility "
        "in Crimea on Feb. 10, regional officials said."
    )
    [incident] = contract(text)["incidents"]
    assert incident["violations"][0] == "deportation_transfer"
    assert contract_victims(incident["victims"]) == {"category": "child", "min": 19, "max": 19}


def test_soldiers_who_were_shot_are_victims_not_perpetrators():
    text = "Two wounded Ukrainian soldiers were shot after capture near Bakhmut on Feb. 5, prosecutors said."
    [incident] = contract(text)["incidents"]
    assert incident["perpetrator"]["party"] == "RU"
    assert incident["victims"]["category"] == "wounded_combatant"


def test_dateline_with_a_dash_is_not_the_scene():
    text = (
        "KYIV \u2014 Russian troops shot three Ukrainian prisoners of war near Avdiivka on Feb. 17, "
        "the Prosecutor General's Office said."
    )
    [incident] = contract(text)["incidents"]
    assert incident["location"]["name"] == "Avdiivka"


def test_toll_risen_to_without_a_noun_counts_the_dead():
    text = "The death toll from the Russian missile strike on Kyiv has risen to 32, rescuers said."
    [incident] = contract(text)["incidents"]
    assert incident["location"]["name"] == "Kyiv"
    assert incident["victims"]["min"] == 32


def test_capital_as_government_is_not_a_scene():
    text = "Kyiv and Moscow accused each other of shelling Kherson on Feb. 3, killing two civilians."
    [incident] = contract(text)["incidents"]
    assert incident["location"]["name"] == "Kherson"


def test_attack_without_casualties_is_an_incident_with_no_victims():
    text = (
        "Russian drones struck Kherson on Feb. 27, killing one man, the governor said. "
        "Russian attacks against Sumy Oblast damaged houses but did not cause any casualties, officials said."
    )
    incidents = contract(text)["incidents"]
    quiet = [i for i in incidents if i["location"]["admin1"] == "Sumy Oblast"]
    assert len(incidents) == 2 and contract_victims(quiet[0]["victims"]) == {"category": "unknown", "min": 0, "max": 0}


def test_people_wounded_with_no_weapon_named_is_an_attack_on_civilians():
    text = "Prosecutors said two people were wounded in Kherson on Feb. 8 and four were hurt elsewhere."
    incidents = contract(text)["incidents"]
    assert incidents and incidents[0]["violations"] == ["attack_on_civilians"]


def test_threat_of_rape_is_ill_treatment_not_sexual_violence():
    text = "Two women were detained by the occupiers in Kherson on Feb. 2 and threatened with rape, police said."
    [incident] = contract(text)["incidents"]
    assert "sexual_violence" not in incident["violations"]
    assert incident["violations"][0] in {"torture_ill_treatment", "unlawful_detention"}


def test_detention_abroad_keeps_the_town_and_its_country():
    text = (
        "Released prisoners of war said they were beaten and given electric shocks at a detention centre in "
        "Taganrog, Russia, the Coordination Headquarters said."
    )
    [incident] = contract(text)["incidents"]
    assert incident["location"]["name"] == "Taganrog" and incident["location"]["country"] == "RU"
    assert incident["victims"]["category"] == "pow"


def test_torture_reported_by_those_released_is_a_tally():
    text = "Of the 75 servicemen returned on Wednesday, 62 reported torture, the headquarters said."
    result = extract(text, dt.date(2024, 1, 12))
    assert result.incidents == ()
    assert {(s.facts.measure, s.facts.value) for s in result.statistics} >= {("released", 75)}


def test_a_family_of_four_and_an_elderly_couple_are_counted():
    text = (
        "A family of four was killed when a Russian drone hit their house in Kherson on Feb. 3, officials said.\n"
        "An elderly couple died after Russian artillery shelled Sumy on Feb. 4, the governor said."
    )
    incidents = contract(text)["incidents"]
    assert [i["victims"]["min"] for i in incidents] == [4, 2]


def test_volunteers_are_humanitarian_workers():
    text = "Russian forces struck an aid distribution point in Kherson on Feb. 3, killing two volunteers."
    [incident] = contract(text)["incidents"]
    assert incident["victims"]["category"] == "humanitarian_worker"


def test_ukrainian_strike_on_a_russian_city_as_alleged_by_russia():
    text = (
        "Russia's Investigative Committee said a Ukrainian drone struck a bus in the Russian city of "
        "Belgorod on Feb. 24, killing three civilians."
    )
    [incident] = contract(text)["incidents"]
    assert incident["perpetrator"]["party"] == "UA"
    assert incident["location"]["name"] == "Belgorod" and incident["location"]["country"] == "RU"


def test_air_defence_shooting_down_drones_is_not_the_perpetrator_nor_the_toll():
    text = (
        "Ukrainian air defence shot down 20 Russian drones over Kyiv on Feb. 2, but falling debris killed "
        "a woman, officials said."
    )
    [incident] = contract(text)["incidents"]
    assert incident["perpetrator"]["party"] == "RU"
    assert incident["victims"]["min"] == 1


def test_date_above_a_list_dates_every_line_and_the_toll_is_a_statistic():
    text = (
        "On Feb. 27, the Russians killed 3 residents of the region and wounded 5 more:\n"
        "- in Bakhmut, a man was killed and two women were wounded;\n"
        "- in Pokrovsk, two people were killed.\n"
    )
    found = contract(text)
    assert [(i["location"]["name"], i["victims"]["min"]) for i in found["incidents"]] == [
        ("Bakhmut", 1),
        ("Pokrovsk", 2),
    ]
    assert all(i["date"] == {"start": "2024-02-27", "end": "2024-02-27"} for i in found["incidents"])
    assert {(s["measure"], s["value"]) for s in found["statistics"]} == {("killed", 3), ("wounded", 5)}


def test_daily_toll_of_a_round_up_is_a_statistic_not_an_incident():
    text = (
        "Over the past day, Russian troops shelled the region 60 times. 3 people were killed and 8 more injured.\n"
        "In Huliaipole, a 60-year-old man was killed by shelling.\n"
        "In Orikhiv, a drone dropped explosives on a car, killing the driver and a passenger.\n"
    )
    found = contract(text)
    assert [(i["location"]["name"], i["victims"]["min"]) for i in found["incidents"]] == [
        ("Huliaipole", 1),
        ("Orikhiv", 2),
    ]
    assert {(s["measure"], s["value"]) for s in found["statistics"]} == {("killed", 3), ("wounded", 8)}


def test_two_people_named_one_by_one_count_two():
    text = "A guided bomb hit a church in Sumy on Feb. 20, injuring the parish priest and a parishioner."
    [incident] = contract(text)["incidents"]
    assert incident["victims"]["min"] == 2


def test_sentencing_of_captured_soldiers_by_an_occupation_court_is_an_unfair_trial():
    text = (
        "A Russian-installed court in occupied Bakhmut sentenced three captured Ukrainian soldiers "
        "to 20 years in prison on Feb. 14, the Ombudsman said."
    )
    [incident] = contract(text)["incidents"]
    assert incident["violations"] == ["unfair_trial_forced_service"]
    assert incident["victims"]["category"] == "pow"


def test_an_intercepted_order_to_take_no_prisoners_is_denial_of_quarter():
    text = (
        "In an intercepted radio conversation, a Russian commander near Avdiivka told his men on Feb. 12 "
        "not to take any Ukrainian soldiers alive, the SBU said."
    )
    [incident] = contract(text)["incidents"]
    assert incident["violations"][0] == "denial_of_quarter"
    assert "intercept" in incident["evidence"]


def test_a_feigned_surrender_that_kills_is_perfidy_first():
    text = (
        "Near Bakhmut on Feb. 22, Russian soldiers raised a white cloth, then opened fire on the Ukrainian "
        "troops who came forward, killing two, the brigade said."
    )
    [incident] = contract(text)["incidents"]
    assert incident["violations"][0] == "perfidy"


def test_killing_the_wounded_left_after_a_false_promise_stays_killing_hors_de_combat():
    text = (
        "Russian troops promised to evacuate wounded Ukrainian soldiers in Avdiivka on Feb. 17 "
        "but instead shot and killed five of them, the brigade said."
    )
    [incident] = contract(text)["incidents"]
    assert incident["violations"][:2] == ["killing_hors_de_combat", "perfidy"]


def test_beheaded_bodies_are_mistreatment_of_the_dead():
    text = "The bodies of two Ukrainian soldiers were found beheaded near Bakhmut on Feb. 20, officials said."
    [incident] = contract(text)["incidents"]
    assert incident["violations"][0] == "mistreatment_of_dead"


def test_soldiers_charged_are_suspects_and_the_charge_date_is_not_the_event_date():
    text = (
        "Earlier this month, two Russian soldiers were charged with raping a woman in Bakhmut "
        "in March 2022, prosecutors said."
    )
    [incident] = contract(text)["incidents"]
    assert incident["violations"][0] == "sexual_violence"
    assert incident["date"] == {"start": "2022-03-01", "end": "2022-03-31"}
    assert contract_victims(incident["victims"]) == {"category": "civilian", "min": 1, "max": 1}


def test_people_hurt_in_a_separate_location_are_a_second_incident_of_the_same_day():
    text = (
        "Russian shelling killed a civilian in Kherson on Feb. 28, prosecutors said. They said two other "
        "people were wounded in the incident and that four were hurt in a separate location."
    )
    first, second = contract(text)["incidents"]
    assert first["victims"]["min"] == 1
    assert second["victims"]["min"] == 4
    assert second["date"] == first["date"] == {"start": "2024-02-28", "end": "2024-02-28"}


def test_men_held_in_basement_cells_is_a_detention_incident():
    text = "Russian troops held at least 12 men in two basement cells in Izium in March 2022, the group said."
    [incident] = contract(text)["incidents"]
    assert incident["violations"][0] == "unlawful_detention"
    assert contract_victims(incident["victims"]) == {"category": "civilian", "min": 12, "max": None}


def test_a_dated_list_of_towns_dates_the_undated_paragraphs_after_it():
    text = (
        "On Feb. 27, the Russians killed 3 residents of the region: 2 in Bakhmut and 1 in Pokrovsk.\n\n"
        "In Avdiivka, 4 people were injured and 12 houses were damaged.\n"
    )
    found = contract(text)["incidents"]
    assert [i["location"]["name"] for i in found] == ["Bakhmut", "Pokrovsk", "Avdiivka"]
    assert all(i["date"] == {"start": "2024-02-27", "end": "2024-02-27"} for i in found)


def test_the_capture_date_is_background_to_the_sentence_passed_later():
    text = "Two Ukrainian marines captured in Bakhmut in May 2023 were sentenced on Feb. 14 by an occupation court."
    [incident] = contract(text)["incidents"]
    assert incident["date"] == {"start": "2024-02-14", "end": "2024-02-14"}


def test_a_count_of_missile_strikes_is_not_a_count_of_victims():
    text = "On Feb. 15, two missile strikes hit Kherson, killing 21 people, officials said."
    [incident] = contract(text)["incidents"]
    assert incident["victims"]["min"] == 21


def test_a_dated_killing_inside_a_month_of_confinement_is_its_own_incident():
    text = (
        "Russian forces confined more than 300 villagers in the basement of a school in Izium in March 2022, "
        "using them as human shields, the group said.\n"
        "Russian soldiers also executed a man who tried to leave the basement on March 10, 2022, his wife said."
    )
    confinement, killing = contract(text)["incidents"]
    assert confinement["violations"][0] == "unlawful_detention" and "human_shields" in confinement["violations"]
    assert killing["violations"][0] == "killing_civilians"
    assert killing["date"] == {"start": "2022-03-10", "end": "2022-03-10"}


def test_a_child_sent_to_a_camp_in_russia_is_a_deported_child():
    text = (
        "Occupation authorities took 15 children from a boarding school in Kherson to Crimea in October 2022, "
        "the Ombudsman said.\n"
        "A 16-year-old boy from Kherson who was sent to a summer camp in Russia in August 2022 has not been "
        "allowed to return home, his mother said."
    )
    school, boy = contract(text)["incidents"]
    assert school["violations"] == ["deportation_transfer"] and school["victims"]["min"] == 15
    assert boy["violations"] == ["deportation_transfer"]
    assert contract_victims(boy["victims"]) == {"category": "child", "min": 1, "max": 1}


def test_each_town_of_a_list_takes_the_date_told_beside_it():
    text = (
        "Earlier this month near Bakhmut, the occupiers executed two captured servicemen, "
        "and on Feb. 5 a wounded soldier was killed near Avdiivka, the Ombudsman said."
    )
    bakhmut, avdiivka = contract(text)["incidents"]
    assert bakhmut["date"] != avdiivka["date"]
    assert avdiivka["date"] == {"start": "2024-02-05", "end": "2024-02-05"}


@pytest.mark.parametrize(
    ("text", "count", "category"),
    [
        ("A Russian missile hit Kherson on Feb. 20, killing a woman and her two children.", 3, "civilian"),
        (
            "A 70-year-old woman and her 45-year-old son were killed in Russian shelling of Kherson on Feb. 20.",
            2,
            "civilian",
        ),
        ("A man, 56, was killed when a Russian drone hit his car in Kherson on Feb. 20.", 1, "civilian"),
        ("Russian shelling hit Kherson on Feb. 20, killing six, including a 10-year-old girl.", 6, "civilian"),
        ("Russian shelling of Kherson on Feb. 20 killed twelve, including three children.", 12, "civilian"),
        (
            "A Russian glide bomb hit a hospital in Kherson on Feb. 20, injuring a doctor and two nurses.",
            3,
            "medical_personnel",
        ),
        (
            "A Russian drone struck an ambulance in Kherson on Feb. 20, killing a paramedic and injuring the driver.",
            1,
            "medical_personnel",
        ),
    ],
)
def test_people_counted_by_name_number_and_subset(text, count, category):
    [incident] = contract(text)["incidents"]
    assert (incident["victims"]["min"], incident["victims"]["category"]) == (count, category)


def test_captured_soldiers_forced_to_dig_trenches_serve_the_enemy():
    text = "Russian soldiers forced captured Ukrainian soldiers to dig trenches near Bakhmut on Feb. 20."
    [incident] = contract(text)["incidents"]
    assert incident["violations"][0] == "unfair_trial_forced_service"


def test_an_abduction_told_at_length_with_one_blow_is_detention_first():
    text = (
        "Russian troops abducted the mayor of Kherson on Feb. 20, officials said. During the abduction they "
        "put a plastic bag over his head. He was detained in the city hall and the invaders abducted his deputy too."
    )
    [incident] = contract(text)["incidents"]
    assert incident["violations"][:2] == ["unlawful_detention", "torture_ill_treatment"]


def test_soldiers_sentenced_to_death_by_proxies_is_an_unfair_trial_not_a_killing():
    text = "Ten foreign fighters illegally sentenced to death by Russia's proxies in Bakhmut were freed on Feb. 21."
    found = contract(text)["incidents"]
    assert found and found[0]["violations"][0] == "unfair_trial_forced_service"


def test_a_second_killing_by_a_named_side_with_its_own_count_is_another_incident():
    text = (
        "Russian troops killed seven Ukrainian soldiers who had surrendered near Bakhmut on Feb. 24, "
        "the Ombudsman said.\n"
        "Last week, Ukraine's military said Russian troops killed two Ukrainian prisoners of war in Donetsk Oblast."
    )
    first, second = contract(text)["incidents"]
    assert (first["victims"]["min"], second["victims"]["min"]) == (7, 2)
    assert second["date"] is None


def test_shot_with_a_stun_gun_is_torture_not_a_killing():
    text = (
        "A prisoner of war held near Bakhmut in February said guards beat him and shot him with a stun gun, "
        "the UN mission said."
    )
    [incident] = contract(text)["incidents"]
    assert incident["violations"][0] == "torture_ill_treatment"


def test_looting_told_after_a_killing_is_not_part_of_the_killing():
    text = (
        "Russian soldiers shot dead a 60-year-old man in his yard in Izium in May 2022, his neighbour said.\n"
        "Soldiers also stole cars, tractors and grain from farms in the area."
    )
    found = contract(text)["incidents"]
    assert found[0]["violations"] == ["killing_civilians"]


def test_the_other_side_doing_the_same_is_another_incident():
    text = (
        "Russian forces tortured civilians held in detention in Kherson in 2022, the UN said.\n"
        "Ukrainian forces also tortured detained civilians suspected of collaboration in Izium, the report said."
    )
    found = contract(text)["incidents"]
    assert [i["perpetrator"]["party"] for i in found] == ["RU", "UA"]


def test_an_incident_takes_the_day_its_source_spoke_as_reported_on():
    text = (
        "The governor said on Feb. 28 that Russian shelling had hit Kherson.\n"
        "In Bakhmut, a Russian drone killed two civilians on Feb. 27."
    )
    found = contract(text)["incidents"]
    assert found[-1]["reported_on"] == "2024-02-28"


def test_another_few_injured_are_more_victims_of_the_same_strike():
    text = "Russian forces killed 4 people in Kherson on Feb. 20. Another 6 were injured."
    [incident] = contract(text)["incidents"]
    assert incident["victims"]["min"] == 4


def test_one_man_tortured_counts_one_and_a_group_of_captors_does_not_shadow_him():
    text = (
        "The death of a 40-year-old man from torture in Izium has been confirmed, police said.\n"
        "In Kherson, a group of invaders of 10 people abducted the mayor on Feb. 20."
    )
    torture, abduction = contract(text)["incidents"]
    assert torture["victims"]["min"] == 1
    assert abduction["victims"]["min"] == 1


def test_a_child_deported_with_no_place_or_time_is_no_incident():
    text = "With the police, we know where a particular child was deported from, the Ombudsman said."
    assert contract(text)["incidents"] == []


def test_a_sentence_passed_by_a_proxy_court_is_an_unfair_trial():
    text = (
        "The Supreme Court of the so-called DPR sentenced nine Ukrainian marines captured in Bakhmut "
        "to 23 years in prison on Feb. 20."
    )
    [incident] = contract(text)["incidents"]
    assert incident["violations"] == ["unfair_trial_forced_service"]


def test_the_convicted_soldier_is_not_the_victim():
    text = (
        "It follows the conviction of a Russian soldier, who was sentenced to life in prison for killing "
        "a Ukrainian civilian in Sumy on Feb. 28, 2022."
    )
    [incident] = contract(text)["incidents"]
    assert contract_victims(incident["victims"]) == {"category": "civilian", "min": 1, "max": 1}


def test_the_wounded_among_returned_prisoners_are_not_the_torture_victims_nor_its_date():
    text = (
        "Ukraine brought home 90 prisoners of war on Feb. 23, the headquarters said. "
        "Among the returned are 12 seriously wounded soldiers.\n"
        "Many of the freed defenders said they had been beaten in a detention facility in Kherson."
    )
    [incident] = contract(text)["incidents"]
    assert incident["violations"][0] == "torture_ill_treatment"
    assert incident["victims"]["min"] is None and incident["date"] is None


def test_a_round_up_under_a_title_and_an_author_line_still_frames_its_towns():
    text = (
        "Daily update\n"
        "Oleksandr Prokudin, head of the regional military administration:\n"
        "Over the past day, Russian troops shelled 30 settlements of the region.\n"
        "In Kherson, a 52-year-old man was injured.\n"
    )
    [incident] = contract(text)["incidents"]
    assert incident["date"] == {"start": "2024-02-29", "end": "2024-03-01"}


def test_victims_in_their_own_sides_uniforms_do_not_make_a_second_incident():
    text = ("Russian soldiers shot three Ukrainian servicemen who had surrendered near Robotyne on Oct. 11.\n\n"
            "The footage, recorded by a Ukrainian reconnaissance drone, shows three men in Ukrainian uniforms "
            "leaving a tree line with their hands above their heads. Moments later they are made to lie face "
            "down in a field and are shot at close range.")
    found = contract(text, dt.date(2024, 10, 14))["incidents"]
    assert len(found) == 1
    assert found[0]["perpetrator"]["party"] == "RU"


def test_civilians_used_as_cover_for_troops_are_human_shields():
    text = ("On Nov. 30, Russian forces used a group of civilians from Kotlyne as cover while moving an artillery "
            "battery through the village, according to testimony collected by the regional police.")
    found = contract(text, dt.date(2024, 12, 24))["incidents"]
    assert found and found[0]["violations"][0] == "human_shields"


def test_a_killing_after_a_promise_of_safe_evacuation_is_also_perfidy():
    text = ("On Dec. 9, Russian soldiers near Kurakhove drew two Ukrainian servicemen out of cover by promising "
            "them safe evacuation and then killed them, the brigade said.")
    found = contract(text, dt.date(2024, 12, 24))["incidents"]
    assert found and "perfidy" in found[0]["violations"] and "killing_hors_de_combat" in found[0]["violations"]


def test_a_headline_restating_an_incident_told_in_full_is_not_a_second_incident():
    text = ("Ombudsman: Russian troops shot surrendering soldiers near Avdiivka\n\n"
            "Russian forces shot dead four Ukrainian soldiers who were trying to surrender near Avdiivka in "
            "Donetsk Oblast on Dec. 21, the ombudsman said on Dec. 23.")
    found = contract(text, dt.date(2024, 12, 24))["incidents"]
    assert len(found) == 1
    assert found[0]["victims"]["min"] == 4 and found[0]["date"]["start"] == "2024-12-21"


@pytest.mark.parametrize("text", [
    "A video posted on Monday shows the mutilated bodies of two Ukrainian soldiers.",
    "Photos shared online show three beheaded Ukrainian soldiers near Bakhmut on Feb. 20.",
    "Investigators say Russian troops mutilated the bodies of four Ukrainian soldiers near Avdiivka.",
])
def test_mutilated_bodies_of_soldiers_are_not_prisoners_unless_told(text):
    [incident] = contract(text)["incidents"]
    assert incident["violations"][0] == "mistreatment_of_dead"
    assert incident["victims"]["category"] == "unknown"


def test_executed_prisoners_whose_bodies_were_mutilated_stay_prisoners():
    text = "Russian troops executed two Ukrainian soldiers who had surrendered near Bakhmut and mutilated their bodies."
    [incident] = contract(text)["incidents"]
    assert incident["victims"]["category"] == "pow"


@pytest.mark.parametrize("text", [
    "People were tortured in the basement of the police station in Izium, police said.",
    "In Izium, people were beaten and tortured in a makeshift prison, investigators said.",
    "Police found a torture chamber in Izium where individuals had been held and tortured.",
])
def test_people_tortured_are_of_no_kind_the_text_does_not_name(text):
    [incident] = contract(text)["incidents"]
    assert incident["violations"][0] == "torture_ill_treatment"
    assert incident["victims"]["category"] == "unknown"


@pytest.mark.parametrize("text", [
    "Russian troops tortured civilians in the basement of the police station in Izium, police said.",
    "Russian troops tortured five people in the basement of the police station in Izium, police said.",
    "A Russian missile struck a shopping centre in Sumy on Feb. 27, injuring people.",
])
def test_civilians_named_counted_or_attacked_stay_civilians(text):
    [incident] = contract(text)["incidents"]
    assert incident["victims"]["category"] == "civilian"


@pytest.mark.parametrize("text", [
    "Police officers have found a torture chamber in Izium.",
    "Teachers said people were tortured in the basement of a school in Izium.",
    "Residents have told investigators that people were beaten and tortured in a cellar in Izium.",
])
def test_people_who_speak_or_find_are_no_victims(text):
    [incident] = contract(text)["incidents"]
    assert incident["victims"]["category"] == "unknown"


@pytest.mark.parametrize("text", [
    "Police officers were tortured in the basement of a school in Izium.",
    "Two residents were tortured in a cellar in Izium, police said.",
    "Freed villagers said they were beaten and tortured in a cellar in Izium.",
])
def test_people_to_whom_it_was_done_stay_victims(text):
    [incident] = contract(text)["incidents"]
    assert incident["victims"]["category"] == "civilian"
