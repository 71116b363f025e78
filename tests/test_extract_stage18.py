"""Stage 18 (issue 8): English first-person accounts, headlines that tell the whole story, streets before a
speaker, a publisher named in a header, people counted with a named one, a voice lent to a background event, and
units. Every sentence is our own; each rule has three wordings and a look-alike that must not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")

PUBLISHED = dt.date(2025, 6, 18)


def incidents(text: str):
    return [i.facts for i in extract(text, PUBLISHED).incidents]


# --- a first-person account is its speaker's (cues.json `narrator`, `captor`; steps/narrator.py) ---


@pytest.mark.parametrize(("text", "speaker"), [
    ("Oleh Marchenko, a marine, spent eleven months in Russian captivity. In the prison in Kherson the guards beat "
     "us every morning.", "Oleh Marchenko"),
    ("Ivan Koval returned from captivity in May. At the camp near Bakhmut they kept us in a pit and starved us.",
     "Ivan Koval"),
    ("Mykola Tkach, a driver from Izium, was released last week. We were beaten with rifle butts in a basement in "
     "Izium, he recalled.", "Mykola Tkach"),
])
def test_a_first_person_account_cites_its_speaker(text, speaker):
    told = incidents(text)
    assert told and all(speaker in facts.reported_by for facts in told)


def test_the_side_whose_captivity_it_was_is_accused_when_no_doer_is_named():
    (facts,) = incidents(
        "Oleh Marchenko, a marine, spent eleven months in Russian captivity. In the prison in Kherson the guards beat "
        "us every morning."
    )
    assert facts.perpetrator.party == "RU"


def test_the_speakers_kind_is_read_from_the_words_before_the_account():
    (facts,) = incidents(
        "Mykola Tkach, a driver from Izium, was released last week. We were beaten with rifle butts in a basement in "
        "Izium, he recalled."
    )
    assert facts.victims.category == "civilian"


def test_time_a_journey_took_us_is_no_account():
    assert incidents("Andrii Savchuk said the road to Kherson took us three days because of shelling in March.") == []


# --- a headline telling the whole story lends its act to no account (assemble._headline) ---


@pytest.mark.parametrize(("text", "act"), [
    ("Volunteer killed in captivity\n\nRussian troops detained a volunteer in Izium on 3 May, the regional police "
     "said.", "unlawful_detention"),
    ("Pensioner executed after arrest\n\nRussian soldiers detained a pensioner in Sumy on 2 April, his neighbours "
     "said.", "unlawful_detention"),
    ("Priest tortured to death\n\nRussian troops abducted a priest in Kherson in March 2023, the regional police "
     "said.", "unlawful_detention"),
])
def test_an_unanchored_headline_lends_the_first_account_no_act(text, act):
    (facts,) = incidents(text)
    assert facts.violations[0] == act
    assert "killing_civilians" not in facts.violations


def test_a_headline_naming_the_place_still_joins_its_account():
    told = incidents(
        "Russian strike kills two in Sumy\n\nA Russian missile hit a shop in Sumy on 3 June, killing two women, the "
        "regional police said."
    )
    assert len(told) == 1 and told[0].victims.min == 2


# --- a street before "the mayor said" names no one (names.json `not_names`) ---


@pytest.mark.parametrize(("text", "street", "speaker"), [
    ("A Russian shell hit a grocery shop on Freedom Street, the mayor said, killing two women in Kherson on "
     "Tuesday.", "Freedom Street", "mayor"),
    ("A drone struck a bus stop near Peace Avenue, the governor said, wounding three people in Sumy on 2 June.",
     "Peace Avenue", "governor"),
    ("A Russian drone hit a tram in Independence Square, the mayor said, wounding four passengers in Kherson on "
     "3 June.", "Independence Square", "mayor"),
])
def test_a_street_before_a_title_is_no_speakers_name(text, street, speaker):
    (facts,) = incidents(text)
    assert street not in facts.reported_by
    assert speaker in facts.reported_by


# --- the body a report's header names between bars publishes it (actors._header_line) ---


@pytest.mark.parametrize(("text", "body"), [
    ("Eastern Tracing Group | Policy brief\n\nRussian soldiers beat five detained men in a school in Izium in March "
     "2025. On 2 June, a Russian drone killed a civilian in Kherson.", "Eastern Tracing Group"),
    ("Weekly digest | Sumy Monitoring Group\n\nOn 4 June, a Russian drone hit a car in Sumy, wounding two men.",
     "Sumy Monitoring Group"),
    ("Kherson Documentation Network | Case notes, May\n\nRussian troops detained three farmers in Kherson on 2 May.",
     "Kherson Documentation Network"),
])
def test_a_body_named_in_a_header_piece_is_the_source_of_its_cases(text, body):
    told = incidents(text)
    assert told and all(body in facts.reported_by for facts in told)


def test_a_headline_between_bars_names_no_publisher():
    (facts,) = incidents(
        "Breaking news | Russian strike on Kherson\n\nA Russian drone hit a car in Kherson on 4 June, wounding two "
        "men, the police said."
    )
    assert facts.reported_by == ("National Police",)


# --- people held in one cell with the one told of (casualties.json `with_person` cell_plus_one) ---


@pytest.mark.parametrize(("text", "count"), [
    ("In January 2025, he was thrown into a cell with fourteen men at a detention site in Kherson, where guards beat "
     "them.", 15),
    ("In March 2024 she shared a basement with six women in Sumy, where Russian soldiers tortured them.", 7),
    ("Russian guards kept the teacher in a cell with 9 men in Izium in May 2024 and beat them daily.", 10),
])
def test_people_in_a_cell_with_the_one_told_of_count_him_too(text, count):
    (facts,) = incidents(text)
    assert facts.victims.min == count


def test_a_building_with_people_inside_counts_them_only():
    (facts,) = incidents(
        "In April 2022, Russian troops held villagers in a school in Izium with 300 people inside, beating them."
    )
    assert facts.victims.min == 300


# --- the report's first voice is not lent to a background event told before its own (_voice_of_another) ---


@pytest.mark.parametrize("text", [
    "In December, a Russian missile destroyed an empty kindergarten in Sumy. On Sunday night, a drone hit a house in "
    "the city, killing two people, the regional military administration said.",
    "Last month, shelling damaged the central market of Kherson. On 14 June a Russian drone dropped a grenade on a "
    "bus stop in Kherson, wounding three women, the regional police said.",
    "In May 2024, a drone hit an empty school in Izium. Russian artillery shelled a market in Kherson on 12 June, "
    "killing four people, Governor Oleksandr Prokudin said.",
])
def test_a_background_strike_told_first_takes_no_voice_of_the_later_one(text):
    background, event = incidents(text)
    assert background.reported_by == ()
    assert event.reported_by


def test_the_first_account_citing_nobody_still_takes_the_reports_voice():
    (facts,) = incidents(
        "The regional police reported on Monday. A Russian drone hit a car in Kherson on 4 June, wounding two men."
    )
    assert facts.reported_by == ("National Police",)


# --- units: four-digit numbers, a weak side yielding to a branch word, a report about one unit (parties.py) ---


@pytest.mark.parametrize(("text", "unit"), [
    ("In March 2024, soldiers of the 411th Separate Assault Battalion of the 1487th Motorised Rifle Regiment shot "
     "three captured Ukrainian soldiers near Bakhmut.", "411th Separate Assault Battalion"),
    ("In March 2024, the 23rd Separate Battalion and the 64th Motor Rifle Brigade executed two captured Ukrainian "
     "marines near Avdiivka.", "23rd Separate Battalion"),
    ("Troops of the 1429th Motorised Rifle Regiment and the 20th Separate Battalion shot two captured Ukrainian "
     "soldiers near Pokrovsk in May 2024.", "1429th Motorised Rifle Regiment"),
])
def test_a_unit_named_with_a_russian_branch_unit_is_russian(text, unit):
    (facts,) = incidents(text)
    assert facts.perpetrator.party == "RU"
    assert facts.perpetrator.unit == unit


def test_a_separate_brigade_alone_keeps_its_ukrainian_side():
    (facts,) = incidents(
        "In May 2024, the 47th Separate Mechanized Brigade said Russian troops shot two captured Ukrainian soldiers "
        "near Pokrovsk."
    )
    assert facts.perpetrator.party == "RU" and facts.perpetrator.unit is None


@pytest.mark.parametrize("text", [
    "The 237th Guards Regiment: a record of abuse\n\nIn March 2024, soldiers of the 237th Guards Regiment executed "
    "three captured Ukrainian soldiers near Avdiivka, according to the Eastern Tracing Group.\n\nIn July 2024, "
    "Russian soldiers forced five civilians in Pokrovsk to walk in front of armoured vehicles as cover, residents "
    "told the group. The 237th regiment has served near Pokrovsk since June.",
    "Russian troops shot two civilians in Izium in May 2024, witnesses said. The 64th Motor Rifle Brigade held the "
    "town then. In June 2024, Russian soldiers held ten residents of Sumy in a basement. The 64th brigade moved "
    "there in June.",
    "Investigators traced the 1487th Motorised Rifle Regiment. Its soldiers shot a civilian in Kherson in March "
    "2023. In May 2023, Russian soldiers beat four detained men in Izium. The 1487th regiment is still in the area.",
])
def test_a_report_about_one_unit_gives_it_to_each_act_of_its_side(text):
    told = incidents(text)
    assert len(told) == 2 and all(facts.perpetrator.unit for facts in told)


def test_two_units_named_as_often_give_no_report_unit():
    told = incidents(
        "The 64th Motor Rifle Brigade and the 237th Guards Regiment both hold the area.\n\nRussian troops shot two "
        "civilians in Izium in May 2024. In June 2024, Russian soldiers beat ten detained residents of Sumy."
    )
    assert [facts.perpetrator.unit for facts in told] == [None, None]


# --- a person counted with others is no source (actors._named_with_others) ---


@pytest.mark.parametrize("text", [
    "Olena Shevchuk and two other volunteers were abducted by Russian soldiers in Izium on 9 June, their charity "
    "said.",
    "Russian troops detained Ivan Koval and three other residents of Sumy on 3 May, the regional police said.",
    "Petro Hnatiuk and 14 other prisoners were beaten by guards in a prison in Kherson in May 2024, the "
    "Coordination Headquarters said.",
])
def test_a_person_named_before_n_others_is_a_victim_not_a_source(text):
    (facts,) = incidents(text)
    assert not any(name in facts.reported_by for name in ("Olena Shevchuk", "Ivan Koval", "Petro Hnatiuk"))


def test_people_counted_together_who_speak_are_a_source():
    (facts,) = incidents(
        "Olena Shevchuk and two other volunteers said Russian soldiers abducted a priest in Izium on 9 June."
    )
    assert "Olena Shevchuk" in facts.reported_by


# --- "he said" cites the person last named (actors._pronoun_speakers) ---


@pytest.mark.parametrize(("text", "speaker"), [
    ("Andrii Melnyk, a marine, was captured near Bakhmut on 12 August 2023. Russian soldiers shot two wounded men "
     "lying beside him, he said.", "Andrii Melnyk"),
    ("Olha Kravets lived in Izium during the occupation. She said Russian soldiers detained her husband there in "
     "May 2022.", "Olha Kravets"),
    ("Petro Savchenko spoke to reporters in Kherson. \"They beat my neighbour with rifle butts on 3 March,\" he "
     "said.", "Petro Savchenko"),
])
def test_a_pronoun_speaking_cites_the_person_named_before(text, speaker):
    told = incidents(text)
    assert told and speaker in told[0].reported_by


def test_a_victims_words_inside_the_act_cite_nobody():
    (facts,) = incidents(
        "Ivan Hrytsenko was a soldier. Russian troops shot him near Bakhmut on 3 March 2023 after he said he would "
        "not surrender."
    )
    assert "Ivan Hrytsenko" not in facts.reported_by


# --- "a teacher from Sumy" names a hometown, not the scene (places.json `reference_before` life) ---


@pytest.mark.parametrize(("text", "scene"), [
    ("Serhii Bondar, a teacher from Sumy, was detained by Russian soldiers in Izium in March 2023.", "Izium"),
    ("A soldier from Kherson was beaten by Russian guards at a camp near Izium in May 2024, his mother said.",
     "Izium"),
    ("Olha Koval, a nurse from Bakhmut, was tortured by Russian troops in Pokrovsk in April 2023.", "Pokrovsk"),
])
def test_a_person_from_a_town_was_not_harmed_there(text, scene):
    (facts,) = incidents(text)
    assert facts.location is not None and facts.location.name == scene


def test_a_hometown_struck_stays_the_scene():
    (facts,) = incidents(
        "Olha Koval, a pensioner from Kherson, was killed on 3 June 2025 when a Russian shell hit her house."
    )
    assert facts.location is not None and facts.location.name == "Kherson"


# --- wounded soldiers of any branch are wounded combatants (cues.json `victim` wounded_combatant) ---


@pytest.mark.parametrize("text", [
    "Russian soldiers shot three wounded marines near Bakhmut on 3 March 2024, the Prosecutor General's Office said.",
    "Two wounded comrades were executed by Russian troops near Avdiivka in May 2024, the survivor said.",
    "Russian troops killed four injured Ukrainian paratroopers who could not walk near Pokrovsk on 2 June 2024.",
])
def test_wounded_soldiers_killed_are_wounded_combatants(text):
    (facts,) = incidents(text)
    assert facts.violations[0] == "killing_hors_de_combat"
    assert facts.victims.category == "wounded_combatant"


def test_wounded_civilians_in_a_struck_hospital_stay_civilians():
    (facts,) = incidents(
        "Russian troops shelled a hospital in Kherson on 2 June, where wounded civilians were treated, killing two."
    )
    assert facts.victims.category == "civilian"
