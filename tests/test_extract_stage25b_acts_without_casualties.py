"""Acts with nobody killed or hurt open incidents when they have a place or a day (stage 25b): a structure troops blew
up, burned or demolished by hand is destruction of property, goods removed to Crimea are pillage (a deportation
needs persons), and children taken to a camp in Russia or Crimea are deported, however far the camp is told from the
verb. A strike that destroyed a building is an attack, and people moved by Ukraine's own authorities are evacuated,
not deported."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 4, 10)


def _incidents(text: str) -> list[tuple[tuple[str, ...], str | None, int | None]]:
    return [(i.facts.violations, i.facts.location.name if i.facts.location else None, i.facts.victims.min)
            for i in extract(text, PUBLISHED, language="en").incidents]


@pytest.mark.parametrize(("text", "place"), [
    ("On 3 September 2022 Russian troops blew up the water tower in Vysokopillia.", "Vysokopillia"),
    ("Retreating Russian soldiers blew the bridge up near Snihurivka on 10 November.", "Snihurivka"),
    ("The occupiers burned the village school in Kalanchak in March 2023.", "Kalanchak"),
    ("Russian servicemen set fire to the farm office in Kalanchak on 12 May.", "Kalanchak"),
])
def test_a_structure_destroyed_by_troops_is_destruction_of_property(text, place):
    assert _incidents(text) == [(("pillage_destruction",), place, None)]


@pytest.mark.parametrize("text", [
    "A Russian missile blew up the bridge in Zatoka on 3 May.",
    "A Russian strike destroyed a school in Kharkiv on 3 May.",
    "On 3 May a drone hit Kharkiv. The school building was destroyed.",
])
def test_a_structure_destroyed_by_a_strike_is_no_pillage(text):
    assert all("pillage_destruction" not in violations for violations, _, _ in _incidents(text))


@pytest.mark.parametrize(("text", "place"), [
    ("Russian troops removed grain and tractors from the farm in Kalanchak in May 2023 and moved them to Crimea.",
     "Kalanchak"),
    ("In May 2023 occupation forces in Skadovsk shipped the port equipment and fishing vessels to Crimea.",
     "Skadovsk"),
    ("In June 2023 the occupiers towed three trawlers from the port of Skadovsk to occupied Crimea.", "Skadovsk"),
])
def test_goods_moved_to_crimea_are_pillage_not_deportation(text, place):
    assert _incidents(text) == [(("pillage_destruction",), place, None)]


@pytest.mark.parametrize(("text", "place", "count"), [
    ("In May 2023 occupying troops moved 40 residents of Skadovsk to Crimea.", "Skadovsk", 40),
    ("On 2 May 2023 the occupiers sent 20 children from Kakhovka to a summer camp in Crimea.", "Kakhovka", 20),
    ("Russian troops took 12 pupils from the boarding school in occupied Skadovsk to a health camp in Crimea on "
     "2 May 2023.", "Skadovsk", 12),
])
def test_people_moved_to_crimea_or_a_camp_are_deported(text, place, count):
    assert _incidents(text) == [(("deportation_transfer",), place, count)]


def test_a_camp_told_after_a_long_origin_is_still_the_destination():
    # the origin ("from the school in occupied X, in Y Oblast,") lies between the verb and the camp: its commas and
    # quote marks are no words of the reach
    text = ('On 17 June 2023 Russian officials took 19 children from the boarding school in occupied Berdiansk, in '
            'Zaporizhzhia Oblast, to a "health camp" in Yeysk.')
    assert [v for v, _, _ in _incidents(text)][:1] == [("deportation_transfer",)]


@pytest.mark.parametrize("text", [
    "On 3 June 2023, 15 children were evacuated by Ukrainian authorities from Kupiansk, in Kharkiv Oblast, to a "
    "summer camp in Lviv.",
    "Ukrainian police evacuated 15 children from Kupiansk to a summer camp near Lviv on 3 June 2023.",
    "The Ukrainian authorities evacuated 40 children from Kupiansk to Kyiv on 3 June.",
])
def test_children_evacuated_by_ukrainian_authorities_are_not_deported(text):
    assert all("deportation_transfer" not in violations for violations, _, _ in _incidents(text))


@pytest.mark.parametrize(("text", "place"), [
    ('On 3 June 2023, 15 children were taken from the care home in occupied Oleshky, in Kherson Oblast, to a '
     '"rehabilitation camp" in Anapa.', "Oleshky"),
    ("In May 2023 the occupiers sent 20 children from Kakhovka to a summer camp in Yevpatoria.", "Kakhovka"),
    ("Russian officials took 12 pupils from Skadovsk to a health camp in Anapa on 2 May 2023.", "Skadovsk"),
])
def test_a_camp_named_by_a_word_of_removal_is_no_custody_and_the_deportation_stays_where_it_began(text, place):
    assert [(v, p) for v, p, _ in _incidents(text)] == [(("deportation_transfer",), place)]


@pytest.mark.parametrize("text", [
    "The group has spoken to six of the children.",
    "Monitors spoke with 40 released detainees.",
    "The mission has spoken with 12 former detainees from Kherson.",
])
def test_people_spoken_to_are_no_victims(text):
    assert _incidents(text) == []


@pytest.mark.parametrize("text", [
    "The body of a captured soldier was returned from Russia without its head in May 2024.",
    "Investigators found the body of a captured marine near Bakhmut in June 2023 without its head.",
    "In May 2024 the body of a marine came back from captivity without his head. He had been beaten there.",
])
def test_a_head_severed_from_a_body_is_mistreatment_of_the_dead_first(text):
    assert [v[0] for v, _, _ in _incidents(text)] == ["mistreatment_of_dead"]


@pytest.mark.parametrize("text", [
    "He was left without a head of the household after his father died in Izium in 2022.",
    "The body of a prisoner returned in May 2024 bore signs of torture: burns, broken ribs and electric shocks. "
    "His captors had beaten him for weeks.",
    "A video showed Russian soldiers near Bakhmut in July 2023 beheading a captured Ukrainian soldier and posing "
    "with his severed head.",
])
def test_a_household_head_a_tortured_body_or_a_beheading_alive_is_no_head_taken_from_the_dead(text):
    assert all(v[0] != "mistreatment_of_dead" for v, _, _ in _incidents(text))
