"""Who an incident cites (stage 14): a body no table lists, found by its head noun; a reaction or the accused
side's answer is no source; an English post's signature or title-case header names its author."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 3, 10)


def sources(text: str) -> list[list[str]]:
    return [i["reported_by"] for i in extract(text, PUBLISHED).to_contract()["incidents"]]


@pytest.mark.parametrize(("text", "body"), [
    ("A missile struck a block of flats in Dnipro on March 3, killing four civilians, the Dnipro Civil Liberties "
     "Foundation said.", "Dnipro Civil Liberties Foundation"),
    ("Russian troops shot two captured soldiers near Pokrovsk on March 2, according to the Eastern Donbas "
     "Monitoring Mission.", "Eastern Donbas Monitoring Mission"),
    ("The Northern Witness Project documented the killing of a farmer in Yahidne on March 4.",
     "Northern Witness Project"),
    ("Russian soldiers beat detainees in Kupiansk in April 2024, the Detainee Support Group reported.",
     "Detainee Support Group"),
    ("Troops shelled a clinic in Orikhiv on March 1, killing a nurse, the Commission for Missing Persons said.",
     "Commission for Missing Persons"),
])
def test_a_body_no_table_lists_is_cited_by_its_capitalised_name_and_head_noun(text, body):
    assert sources(text) == [[body]]


@pytest.mark.parametrize("text", [
    "A missile struck a block of flats in Dnipro on March 3, killing four civilians, a local rights group said.",
    "Wagner Group fighters shot two civilians in Bakhmut on March 2.",
])
def test_a_lowercase_group_or_the_doers_group_is_no_named_body(text):
    found = sources(text)
    assert not any("Group" in name for names in found for name in names), found


def test_a_longer_found_name_replaces_the_listed_name_inside_it_and_a_listed_longer_one_stays():
    assert sources("Russian troops shot a man near Pokrovsk on March 2, according to the Eastern Donbas "
                   "Monitoring Mission.") == [["Eastern Donbas Monitoring Mission"]]
    assert sources("Russian soldiers tortured a farmer in Izium in May 2022, said the UN Human Rights "
                   "Monitoring Mission in Ukraine.") == [["UN Human Rights Monitoring Mission in Ukraine"]]


_LATER = " The bus was carrying workers. Rescuers worked at the site for hours. Residents laid flowers at the stop."


@pytest.mark.parametrize("reaction", [
    "The Kremlin denied targeting civilians.",
    "The German foreign ministry condemned the attack on Kherson.",
    "The Council of Europe called the strike on Kherson a war crime.",
    "The Russian Foreign Ministry dismissed the account of the strike on Kherson.",
])
def test_a_reaction_to_the_allegation_is_not_its_source(reaction):
    text = "A Russian drone hit a bus in Kherson on March 5, killing two civilians, regional police said." + _LATER
    assert sources(text + " " + reaction) == [["National Police"]]


@pytest.mark.parametrize("answer", [
    "Russia's Defence Ministry said it had struck a military target in the area.",
    "The Kremlin said the report was staged.",
    "Russian authorities said their forces had hit only military sites.",
])
def test_the_accused_side_answering_is_not_a_source(answer):
    text = "A Russian drone hit a bus in Kherson on March 5, killing two civilians, regional police said." + _LATER
    assert sources(text + " " + answer) == [["National Police"]]


def test_a_russian_body_stays_the_source_of_an_allegation_against_the_other_side():
    text = ("Ukrainian forces shelled a market in Horlivka on March 4, killing three civilians, Russia's "
            "Investigative Committee said.")
    assert sources(text) == [["Investigative Committee of Russia"]]


_POST = ("Over the past day the enemy shelled 12 settlements of the region.\n\n"
         "Bilozerka. Yesterday a Russian drone dropped explosives on a 60-year-old man near his house; he died.\n\n"
         "Antonivka. Overnight shelling wounded two local women.\n\n"
         "Stay in shelters during alerts.\n\n")


@pytest.mark.parametrize("signature", [
    "Petro Ivanenko, Head of the Kherson Regional Military Administration",
    "Petro Ivanenko, Governor",
])
def test_a_post_signed_on_its_last_line_is_its_authors_account(signature):
    found = sources(_POST + signature)
    assert found and all(names == ["Petro Ivanenko"] for names in found), found


def test_a_last_line_that_is_a_sentence_signs_nothing():
    found = sources(_POST + "Petro Ivanenko visited the wounded women in hospital on Monday.")
    assert found and not any(found), found


def test_a_title_case_header_names_the_author_of_every_incident():
    found = sources("Petro Ivanenko | Ombudsman of Ukraine\n\n" + _POST)
    assert found and all("Petro Ivanenko" in names for names in found), found


def test_a_sentence_case_headline_names_no_author():
    found = sources("Officials say drones killed a man in Bilozerka\n\n" + _POST)
    assert found and not any(any("Officials say" in n for n in names) for names in found), found


@pytest.mark.parametrize("text", [
    "The head of the Eastern Donbas Monitoring Mission, Anna Koval, said Russian troops executed a surrendering "
    "soldier near Pokrovsk on March 3.",
    "The spokesperson for the Eastern Donbas Monitoring Mission, Anna Koval, said troops executed a surrendering "
    "soldier near Pokrovsk on March 3.",
])
def test_a_body_speaking_through_its_head_named_after_it_is_cited(text):
    assert sources(text) == [["Eastern Donbas Monitoring Mission", "Anna Koval"]]


def test_the_investigators_of_a_body_do_not_make_it_the_speaker():
    text = ("Investigators of the Eastern Donbas Monitoring Mission, Anna Koval and Ivan Bondar, found that troops "
            "executed a surrendering soldier near Pokrovsk on March 3, the governor said.")
    found = sources(text)
    assert found and "Eastern Donbas Monitoring Mission" not in found[0], found


@pytest.mark.parametrize("byline", [
    "Southern Detainee Support Group - Field report, 5 March 2025",
    "Statement by the Southern Detainee Support Group",
])
def test_a_byline_under_a_title_case_headline_names_the_body_issuing_the_report(byline):
    text = (f"Villagers Describe Beatings in Occupied Border Village\n\n{byline}\n\n"
            "Russian soldiers held six men in a cellar in Kozacha Lopan in April 2022 and beat them.\n\n"
            "In a separate case, soldiers shot a farmer in Strilecha on 2 May 2022.")
    found = sources(text)
    assert found and all(names == ["Southern Detainee Support Group"] for names in found), found


@pytest.mark.parametrize("text", [
    "Ukrainska Pravda reported that police said a shell killed a woman in Nikopol on March 1.",
    "A shell killed a woman in Nikopol on March 1, police said, according to Suspilne.",
    "A shell killed a woman in Nikopol on March 1, according to police. Reuters could not verify the report.",
])
def test_an_outlet_relaying_a_cited_body_is_not_a_source(text):
    assert sources(text) == [["National Police"]]


def test_an_outlet_cited_alone_stays_the_source():
    assert sources("A shell killed a woman in Nikopol on March 1, Suspilne reported.") == [["Suspilne"]]
