"""Stage 22 (English): sources from the report's structure. An act the outlet tells in its own voice, citing nobody,
is the outlet's its byline names; a release's title under a kicker line names its author; a header name written out
again below needs one sentence of the report's 'we'; a word in scare quotes leaves the narrator's 'we' its own, a 'we'
inside a quoted victim's words does not speak for the report. Every report is written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import en_contract_incidents

PUBLISHED = dt.date(2025, 5, 16)  # a Friday


def _sources(text: str) -> list[list[str]]:
    return [incident["reported_by"] for incident in en_contract_incidents(text, PUBLISHED)]


# -- the outlet's own voice: a byline naming it ---------------------------------------------------------------------

BYLINES = [
    ("Night of fire in the south\n\nHarbour Gazette | Friday, 16 May 2025\n\n"
     "In March 2024 a Russian glide bomb hit the covered market in Kherson, wounding nine shoppers.",
     "Harbour Gazette"),
    ("The market that never reopened\nSteppe Courier, 16 May 2025\n\n"
     "In March 2024 a Russian glide bomb struck the covered market in Kherson and wounded nine shoppers.",
     "Steppe Courier"),
    ("Remembering the market\n\nNorthern Ledger \u2013 16 May 2025\n\n"
     "Nine shoppers were wounded in March 2024 when a Russian glide bomb fell on the covered market in Kherson.",
     "Northern Ledger"),
]


@pytest.mark.parametrize(("text", "outlet"), BYLINES)
def test_an_act_told_in_the_outlets_own_voice_is_the_outlets(text, outlet):
    assert _sources(text) == [[outlet]]


@pytest.mark.parametrize("text", [
    # a dateline: places, no outlet
    "Night of fire in the south\n\nKherson, 16 May 2025\n\n"
    "In March 2024 a Russian glide bomb hit the covered market in Kherson, wounding nine shoppers.",
    "Night of fire in the south\n\nKyiv / Kherson, 16 May 2025\n\n"
    "In March 2024 a Russian glide bomb hit the covered market in Kherson, wounding nine shoppers.",
    # a reporter's byline
    "Night of fire in the south\n\nOlena Marchenko | 16 May 2025\n\n"
    "In March 2024 a Russian glide bomb hit the covered market in Kherson, wounding nine shoppers.",
    # an editorial desk relays
    "Night of fire in the south\n\nThe Harbour Ledger live desk | 16 May 2025\n\n"
    "In March 2024 a Russian glide bomb hit the covered market in Kherson, wounding nine shoppers.",
    # more than the day after the name: a programme's slate
    "SOUTH TV - EVENING NEWS, FRIDAY 16 MAY 2025 - SCRIPT\n\n"
    "In March 2024 a Russian glide bomb hit the covered market in Kherson, wounding nine shoppers.",
])
def test_a_dateline_a_reporter_or_a_slate_names_no_outlet(text):
    assert _sources(text) == [[]]


def test_an_outlet_relaying_an_officials_report_is_not_its_source():
    [sources] = _sources(
        "Night of fire in the south\n\nHarbour Gazette | Friday, 16 May 2025\n\n"
        "A Russian glide bomb hit the covered market in Kherson on Wednesday, wounding nine shoppers, the regional "
        "governor, Oleksandr Prokudin, said."
    )
    assert "Harbour Gazette" not in sources
    assert "Oleksandr Prokudin" in sources


# -- a release's title under a kicker line ------------------------------------------------------------------------

KICKERS = ["STATEMENT", "PRESS RELEASE", "NEWS RELEASE"]


@pytest.mark.parametrize("kicker", KICKERS)
def test_a_title_under_a_kicker_names_the_releases_author(kicker):
    text = (
        f"{kicker}\n\nBlue Harbour Relief condemns strike on its aid warehouse\n\n"
        "Blue Harbour Relief (BHR), a charity delivering food in southern Ukraine, condemns the strike. On 2 May a "
        "Russian missile hit the BHR warehouse in Odesa and wounded three of our drivers. BHR "
        "has suspended deliveries in the district. BHR calls on all parties to protect aid workers."
    )
    sources = _sources(text)
    assert sources and all("Blue Harbour Relief" in s for s in sources)


def test_a_kicker_over_a_title_naming_nobody_names_no_author():
    sources = _sources(
        "STATEMENT\n\nStrike on an aid warehouse in Mykolaiv\n\n"
        "On 2 May a Russian missile hit an aid warehouse in Mykolaiv and injured two workers. The Blue Harbour "
        "Relief (BHR) team says BHR has suspended deliveries. BHR calls on all parties to protect aid workers."
    )
    assert sources and all("Blue Harbour Relief" not in s for s in sources)


# -- a header name written out again with one sentence of 'we' -----------------------------------------------------

NAMED_AGAIN = [
    "Steppe Chronicle | Investigation\n\nOver four months, Steppe Chronicle traced children taken from the occupied "
    "south. We spoke to 14 families and checked the lists of the occupation \"education department\".\n\n"
    "In May 2023 the occupation authorities in Oleshky sent eleven pupils to a summer camp in Crimea.",
    "Steppe Chronicle | Special report\n\nSteppe Chronicle spent four months on the children taken from the "
    "occupied south; we spoke to 14 parents.\n\n"
    "In May 2023 the occupation authorities in Oleshky sent eleven pupils to a summer camp in Crimea.",
    "Steppe Chronicle | Investigation\n\nSteppe Chronicle obtained the transport lists of a camp in Crimea. We "
    "checked them against the accounts of 14 parents.\n\n"
    "In May 2023 the occupation authorities in Oleshky sent eleven pupils to a summer camp in Crimea.",
]


@pytest.mark.parametrize("text", NAMED_AGAIN)
def test_a_header_name_written_out_again_with_one_we_is_the_reports_voice(text):
    sources = _sources(text)
    assert sources and all("Steppe Chronicle" in s for s in sources)


def test_a_we_inside_a_quoted_victims_words_is_not_the_reports_voice():
    sources = _sources(
        "Steppe Chronicle | Investigation\n\nSteppe Chronicle looked at the children taken from the occupied south.\n\n"
        "In May 2023 the occupation authorities in Oleshky sent eleven pupils to a summer camp in Crimea. "
        "\"We were told we would go home in two weeks,\" one of them said."
    )
    assert all("Steppe Chronicle" not in s for s in sources)


# -- a writer's byline parted from its day; a testimony published by the NGO that recorded it -----------------------

OPINION = [
    "OPINION\nThe men who never came home\n\nBy Marta Hlushko | 16 May 2025\n\n"
    "I have represented the families of detained civilians since 2022. In June 2023 soldiers detained one of my "
    "clients at a checkpoint near Vasylivka; I have not been allowed to see him since.",
    "Comment: a prison with no name\n\nBy Marta Hlushko \u2013 16 May 2025\n\n"
    "My work is to find people Russia says it does not hold. In June 2023 soldiers detained a client of mine, a "
    "farmer, at his home in Vasylivka, and I still do not know where he is held.",
    "The missing of Vasylivka\nBy Marta Hlushko, lawyer\n\n"
    "Every week I meet the families of the missing. In June 2023 Russian soldiers detained my client, a farmer, in "
    "Vasylivka; his family has not heard from him since.",
]


@pytest.mark.parametrize("text", OPINION)
def test_a_first_person_writers_byline_names_the_source(text):
    sources = _sources(text)
    assert sources and all("Marta Hlushko" in s for s in sources)


def test_a_reporters_byline_over_a_news_story_names_no_source():
    sources = _sources(
        "Farmer detained in Vasylivka\n\nBy Marta Hlushko | 16 May 2025\n\n"
        "In June 2023 Russian soldiers detained a farmer at his home in Vasylivka. His family has not heard from him "
        "since."
    )
    assert all("Marta Hlushko" not in s and "By Marta Hlushko" not in s for s in sources)


TESTIMONIES = [
    "\"They kept me in the dark\": a returned detainee's account\n\n"
    "Published by Safe Return Aid, which helps people back from captivity. We took down her story "
    "in Dnipro in April. We have checked the dates she gives against her family's messages.\n\n"
    "In October 2022 soldiers detained her at her home in Vasylivka and held her in the police station basement.",
    "A nurse's story\n\nPublished by the Safe Return Aid, which helps civilians back from captivity. We met her in "
    "Zaporizhzhia after her release. We publish her account with her consent.\n\n"
    "In October 2022 soldiers detained her at the hospital in Vasylivka and held her for four months.",
]


@pytest.mark.parametrize("text", TESTIMONIES)
def test_a_testimony_published_by_the_ngo_that_recorded_it_is_the_ngos(text):
    sources = _sources(text)
    assert sources and all("Safe Return Aid" in s for s in sources)


def test_a_report_published_by_a_group_that_tells_nothing_as_we_names_no_source():
    sources = _sources(
        "A detainee's account\n\nPublished by Safe Return Aid, which helps people back from captivity.\n\n"
        "In October 2022 soldiers detained a man at his home in Vasylivka and held him in the police station basement."
    )
    assert all("Safe Return Aid" not in s for s in sources)


# -- a first-person document of its own: its writer ---------------------------------------------------------------

DIARIES = [
    "From the field diary of Taras Melnyk, volunteer driver with Open Road\n\nTuesday, 13 May\n"
    "At noon a Russian drone dropped a grenade next to the aid queue in Bilozerka. Two women were wounded. I drove "
    "them to the hospital in Kherson myself.",
    "From the diary of Taras Melnyk, a paramedic in Kherson\n\n"
    "On Tuesday, 13 May, a Russian drone hit the aid queue in Bilozerka and wounded two women. I bandaged them in the "
    "back of my ambulance.",
    "From the notebook of Taras Melnyk\n\n"
    "13 May. Russian drone over the aid queue in Bilozerka, two women wounded. My hands are still shaking.",
]


@pytest.mark.parametrize("text", DIARIES)
def test_a_first_person_diarys_writer_is_its_source(text):
    sources = _sources(text)
    assert sources and all("Taras Melnyk" in s for s in sources)


def test_a_diary_told_of_in_the_third_person_names_no_writer():
    sources = _sources(
        "From the diary of Taras Melnyk, kept by his sister\n\n"
        "On Tuesday, 13 May, a Russian drone hit the aid queue in Bilozerka and wounded two women. His sister gave "
        "the diary to the town museum."
    )
    assert all("Taras Melnyk" not in s for s in sources)
