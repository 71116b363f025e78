"""Victims told by a noun (stage 12): the noun gives the kind (a midwife is medical personnel, a teenager a
child, a patient a civilian) and, with an article, the count of one; kin nouns count with their number."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 3, 1)


def only_victims(text: str) -> dict:
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    return incident["victims"]


@pytest.mark.parametrize("text", [
    "A surgeon was killed when a Russian guided bomb hit the regional hospital in Kherson on Tuesday.",
    "Russian shelling hit the maternity ward in Kherson on Tuesday, killing a midwife on duty.",
    "A Russian drone struck an ambulance in Nikopol on Tuesday; the physician inside died at the scene.",
    "An anaesthetist died when Russian artillery hit the hospital in Kherson on Tuesday.",
])
def test_medical_staff_killed_are_medical_personnel(text):
    victims = only_victims(text)
    assert (victims["category"], victims["min"]) == ("medical_personnel", 1)


@pytest.mark.parametrize("text", [
    "A Russian missile strike on Sumy on Tuesday killed a teenager and wounded his father.",
    "Two teenagers were killed in a Russian drone attack on Kherson on Tuesday, the governor said.",
    "An orphan was wounded when Russian shelling hit the boarding school in Kherson on Tuesday.",
])
def test_teenagers_and_orphans_are_children(text):
    assert only_victims(text)["category"] == "child"


def test_wounded_patients_are_civilians_not_the_surgeon_who_speaks():
    text = ("A Russian guided bomb hit the hospital in Kherson on Tuesday, wounding four patients, surgeon Ivan "
            "Melnyk said.")
    victims = only_victims(text)
    assert (victims["category"], victims["min"]) == ("civilian", 4)


@pytest.mark.parametrize(("text", "count"), [
    ("Four siblings were taken from Oleshky to Russia in November 2022, the ombudsman said.", 4),
    ("Russian shelling of Kherson on Tuesday killed two brothers, the governor said.", 2),
    ("Three cousins were wounded by a Russian drone in Nikopol on Tuesday.", 3),
])
def test_kin_nouns_count_with_their_number(text, count):
    assert only_victims(text)["min"] == count


@pytest.mark.parametrize(("text", "category"), [
    ("Russian troops killed a 66-year-old in Nikopol on Tuesday, the governor said.", "civilian"),
    ("A 16-year-old was wounded when a Russian drone hit a bus stop in Kherson on Tuesday.", "child"),
    ("A twenty-one-year-old was killed by Russian shelling in Kherson on Tuesday.", "civilian"),
    ("Russian shelling hit Kherson on Tuesday; a 70-year-old and her neighbour were wounded.", "civilian"),
])
def test_an_age_after_an_article_with_no_noun_is_one_person(text, category):
    victims = only_victims(text)
    assert victims["category"] == category
    assert victims["min"] == (2 if "neighbour" in text else 1)


@pytest.mark.parametrize("text", [
    "A 15-year-old resident of Kherson was killed by Russian shelling on Tuesday.",
    "A Russian drone hit a bus in Nikopol on Tuesday, wounding a 12-year-old passenger.",
    "A six-month-old was wounded when Russian artillery hit a house in Kherson on Tuesday.",
])
def test_a_person_younger_than_18_is_a_child(text):
    assert only_victims(text)["category"] == "child"


@pytest.mark.parametrize("text", [
    "A 17-year-old Ukrainian soldier was executed after surrendering near Robotyne on Tuesday.",
    "A Russian strike on Kherson on Tuesday destroyed a 40-year-old school building.",
])
def test_an_age_names_no_child_soldier_and_no_person_in_a_thing(text):
    victims = only_victims(text)
    assert victims["category"] != "child"
    assert victims["min"] == (1 if "soldier" in text else None)


@pytest.mark.parametrize("text", [
    "A Russian drone hit a car in Nikopol on Tuesday, killing the 66-year-old driver.",
    "Russian shelling of Kherson on Tuesday killed the 81-year-old village head.",
])
def test_a_definite_person_with_a_long_age_before_the_noun_is_counted(text):
    assert only_victims(text)["min"] == 1


@pytest.mark.parametrize(("text", "count"), [
    ("Russian troops deported three brothers and their mother from Nova Kakhovka to Crimea in August 2022.", 4),
    ("Two sisters and their grandmother were killed when a Russian missile struck a house in Sumy on Tuesday.", 3),
    ("A Russian drone killed two teenagers and their father near Kherson on Tuesday.", 3),
])
def test_people_counted_and_a_relative_joined_to_them_are_one_count(text, count):
    assert only_victims(text)["min"] == count


def test_a_count_joined_to_other_people_of_another_count_stays_apart():
    text = "Russian shelling killed two soldiers and wounded a civilian in Kherson on Tuesday."
    assert only_victims(text)["min"] == 2


@pytest.mark.parametrize(("text", "category"), [
    ("The paramedic, a 39-year-old father of two, died after a Russian drone hit an ambulance in Kherson on "
     "Tuesday.", "medical_personnel"),
    ("The driver, a volunteer with a local charity, was killed when a Russian drone hit the evacuation van near "
     "Beryslav on Tuesday.", "humanitarian_worker"),
    ("A Russian drone hit a bus in Nikopol on Tuesday, killing the driver, a 52-year-old man.", "civilian"),
])
def test_one_person_told_by_two_nouns_is_one_of_the_more_telling_kind(text, category):
    victims = only_victims(text)
    assert (victims["category"], victims["min"]) == (category, 1)


@pytest.mark.parametrize(("text", "count"), [
    ("A mother-of-three was killed when a Russian shell hit her house in Kherson on Tuesday.", 1),
    ("Russian shelling of Kherson on Tuesday killed a father of two and wounded his neighbour.", 1),
    ("A woman, a man and a child were killed when a Russian missile hit Odesa on Tuesday.", 3),
    ("A Russian drone hit a bus in Nikopol on Tuesday, killing a woman, her elderly husband and their son.", 3),
])
def test_a_parents_children_are_not_counted_and_lists_are(text, count):
    assert only_victims(text)["min"] == count


@pytest.mark.parametrize(("text", "count"), [
    ("The body of a man with his hands tied was found in a basement in Lyman on Tuesday, police said.", 1),
    ("Police found the body of a woman with gunshot wounds in a garden in Lyman on Tuesday.", 1),
    ("The bodies of two men with gunshot wounds were found in Lyman on Tuesday, police said.", 2),
])
def test_the_body_of_a_person_counts_the_person_as_killed(text, count):
    victims = only_victims(text)
    assert (victims["min"], victims["killed"]) == (count, count)


def test_a_governing_body_kills_no_one():
    text = "The governing body of the region said Russian shelling hit Kherson on Tuesday, wounding a man."
    victims = only_victims(text)
    assert (victims["min"], victims.get("killed")) == (1, None)


@pytest.mark.parametrize("text", [
    'A Russian guided bomb hit the hospital in Kherson on Tuesday. "We lost a nurse. Four patients were '
    'wounded," the chief surgeon said.',
    'A Russian guided bomb hit the hospital in Kherson on Tuesday. "We lost a nurse and four patients were '
    'wounded," the surgeon said.',
    "A Russian guided bomb hit the hospital in Kherson on Tuesday. Halyna Petrenko, a 66-year-old nurse, was "
    "killed.",
])
def test_a_nurse_lost_or_named_is_one_of_the_medical_personnel_killed(text):
    victims = only_victims(text)
    assert (victims["category"], victims["min"], victims["killed"]) == ("medical_personnel", 1, 1)


@pytest.mark.parametrize("text", [
    'A Russian guided bomb hit the hospital in Kherson on Tuesday. "Four patients were wounded," the chief '
    'surgeon said.',
    'A Russian guided bomb hit the hospital in Kherson on Tuesday. "We lost our X-ray room and four patients '
    'were wounded," the surgeon said.',
])
def test_the_speaking_surgeon_and_a_room_lost_are_no_victims(text):
    victims = only_victims(text)
    assert (victims["category"], victims["min"], victims.get("killed")) == ("civilian", 4, None)


@pytest.mark.parametrize("text", [
    "Oleh Marchenko, 41, a volunteer driver with Light Road, was killed when a Russian FPV drone hit the van near "
    "Beryslav on Tuesday.",
    "A Russian FPV drone hit a marked evacuation van near Beryslav on Tuesday, killing a driver for the charity "
    "Light Road.",
    "A Russian FPV drone hit a marked evacuation van near Beryslav on Tuesday, killing a staff member of the "
    "charity.",
    "A Russian drone killed a Red Cross employee in Beryslav on Tuesday.",
    "A Russian drone killed a charity worker in Beryslav on Tuesday.",
])
def test_drivers_and_staff_of_an_aid_body_are_humanitarian_workers(text):
    victims = only_victims(text)
    assert (victims["category"], victims["min"]) == ("humanitarian_worker", 1)


@pytest.mark.parametrize("text", [
    "A Russian drone killed a worker of the local water utility in Beryslav on Tuesday.",
    "A Russian drone hit a bus in Nikopol on Tuesday, killing the driver.",
])
def test_other_workers_and_drivers_stay_civilians(text):
    assert only_victims(text)["category"] == "civilian"


@pytest.mark.parametrize(("text", "count"), [
    ("Two aid workers were killed by Russian shelling in Kherson on Tuesday.", 2),
    ("Russian shelling of Kherson on Tuesday killed two elderly women.", 2),
    ("The aid workers were killed by Russian shelling in Kherson on Tuesday, the UN said.", None),
])
def test_a_plural_noun_of_two_words_is_no_single_person(text, count):
    assert only_victims(text)["min"] == count


@pytest.mark.parametrize("text", [
    "A Russian drone struck an evacuation van near Beryslav on Tuesday. The volunteer who was driving the van died "
    "at the scene.",
    "A Russian guided bomb hit the hospital in Kherson on Tuesday. The surgeon who was operating at the time was "
    "killed.",
])
def test_a_relative_clause_between_a_definite_person_and_the_deed_keeps_the_count(text):
    assert only_victims(text)["min"] == 1


@pytest.mark.parametrize(("text", "count"), [
    ("A Russian drone struck Kherson on Tuesday. The mayor, who said troops had killed two residents, called it "
     "terror.", 2),
    ("A Russian drone struck Kherson on Tuesday. The governor who visited the site said two people were "
     "wounded.", 2),
])
def test_a_relative_clause_telling_of_others_makes_no_victim_of_the_person(text, count):
    assert only_victims(text)["min"] == count
