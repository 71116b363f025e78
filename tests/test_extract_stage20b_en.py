"""Stage 20b (issue 8, English): briefing transcripts, witness compilations and a statement's own author, from
heldout_en13's list of error kinds. Every report here is written for this file, three wordings or more per rule
(other verbs, order, numbers, places), with look-alikes that must not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import en_contract_incidents

PUBLISHED = dt.date(2025, 4, 14)  # a Monday


def _contract(text: str, published: dt.date = PUBLISHED) -> list[dict]:
    return en_contract_incidents(text, published)


# -- a speaker's label word ("JOURNALIST:") is the one asking, never a victim ----------------------------------

TURN_LABELS = [
    "Briefing of the regional administration\n\nIVAN KOVAL: Good afternoon.\n\n"
    "JOURNALIST: Russian shelling hit a school in Druzhkivka on Sunday, is that right?\n\n"
    "IVAN KOVAL: Yes. The school was damaged.\n",
    "Press conference of the city police\n\nPOLICE CHIEF OLHA MELNYK: Thank you all for coming.\n\n"
    "Reporter (Radio Kramatorsk): Was a kindergarten struck by a drone in Kramatorsk last night?\n\n"
    "OLHA MELNYK: It was. The building burned.\n",
    "Transcript\n\nSPOKESMAN: Questions, please.\n\n"
    "CORRESPONDENT ANNA HRYTSENKO: Is it true that a glide bomb destroyed the hospital in Kupiansk on Saturday?\n\n"
    "SPOKESMAN: The hospital was destroyed, yes.\n",
]


@pytest.mark.parametrize("text", TURN_LABELS)
def test_a_question_label_is_no_victim(text: str) -> None:
    incidents = _contract(text)
    assert incidents
    assert all(i["victims"]["category"] != "journalist" for i in incidents)


JOURNALIST_VICTIMS = [
    "A Russian drone struck a car carrying two journalists near Kherson on Saturday, wounding both.",
    "Journalist Anna Koval was wounded by shelling in Kherson on Sunday, police said.",
    "Reporters under fire:\nA Russian drone hit a reporter's car in Nikopol on Friday, injuring a journalist.",
]


@pytest.mark.parametrize("text", JOURNALIST_VICTIMS)
def test_a_journalist_named_in_a_sentence_stays_a_victim(text: str) -> None:
    incidents = _contract(text)
    assert incidents
    assert incidents[0]["victims"]["category"] == "journalist"


# -- a question turn before an answer telling another kind of act: the next topic, its own incident ---------------

NEXT_TOPIC = [
    "Press conference of the regional police\n\nPOLICE CHIEF OLHA MELNYK: On Monday a missile hit the children's "
    "hospital in Sumy. Fortunately nobody was hurt.\n\nJOURNALIST: What about the two volunteers? Is there any news?"
    "\n\nOLHA MELNYK: They were detained by the Russians at a checkpoint and are held in an unknown place.\n",
    "Briefing\n\nGOVERNOR PETRO LYSENKO: Russian drones struck the maternity ward in Kherson on Sunday night. The "
    "building was damaged.\n\nReporter (Radio South): And the teachers from the left bank?\n\nPETRO LYSENKO: Three "
    "teachers were abducted by occupation forces and are being held in a basement.\n",
    "Transcript\n\nMAYOR IHOR TEREKHOV: Yesterday two guided bombs hit a school in Kharkiv. No one was injured.\n\n"
    "Q: Any news of the detained railway workers?\n\nIHOR TEREKHOV: Four of them were seized by Russian soldiers "
    "and taken to an unknown location.\n",
]


@pytest.mark.parametrize("text", NEXT_TOPIC)
def test_an_answer_to_another_question_opens_its_own_incident(text: str) -> None:
    kinds = [set(i["violations"]) for i in _contract(text, dt.date(2025, 6, 5))]
    assert len(kinds) == 2
    assert "attack_on_protected_objects" in kinds[0] and "unlawful_detention" not in kinds[0]
    assert "unlawful_detention" in kinds[1]


SAME_TOPIC = [
    # the answer tells more of the same act (no act of another kind): it stays one incident
    "Briefing\n\nOLEH PETRENKO: Yesterday a Russian drone hit a minibus in Nikopol. Two civilians were killed.\n\n"
    "JOURNALIST: Were there children on board?\n\nOLEH PETRENKO: Yes, one of the injured was a boy of nine. He died "
    "in hospital this morning.\n",
    "Briefing\n\nIVAN KOVAL: On Saturday Russian shelling hit the hospital in Kostiantynivka.\n\n"
    "Q: Was anyone hurt?\n\nIVAN KOVAL: A nurse was wounded by shrapnel.\n",
]


@pytest.mark.parametrize("text", SAME_TOPIC)
def test_an_answer_about_the_same_act_joins_it(text: str) -> None:
    assert len(_contract(text, dt.date(2025, 6, 5))) == 1


# -- a vehicle's route ("from A to B") is not where it was hit when the sentence names another place --------------

ROUTES = [
    ("A Russian drone hit a minibus travelling from Nikopol to Marhanets near Pokrovske on Monday. Two civilians "
     "were killed.", "Pokrovske"),
    ("On Sunday Russian troops shelled an evacuation bus going from Vovchansk towards Kharkiv outside Staryi Saltiv, "
     "wounding five people.", "Staryi Saltiv"),
    ("A car driving from Kherson to Mykolaiv was hit by a drone in Bilozerka on Friday; the driver was killed.",
     "Bilozerka"),
    ("Yesterday a guided bomb struck a truck on its way from the town of Izium to Balakliia near the village of "
     "Savyntsi, killing the driver.", "Savyntsi"),
]


@pytest.mark.parametrize(("text", "place"), ROUTES)
def test_the_route_of_a_vehicle_is_not_the_scene(text: str, place: str) -> None:
    assert [(i["location"] or {}).get("name") for i in _contract(text)] == [place]


def test_a_route_with_no_other_place_stays_the_clue() -> None:
    text = "A drone hit a bus travelling from Nikopol to Marhanets on Monday, killing two passengers."
    assert [(i["location"] or {}).get("name") for i in _contract(text)] == ["Nikopol"]


# -- a press statement's own author: the organisation its title names and its text defines with an acronym --------

STATEMENTS = [
    (
        "Healing Hands International condemns strike on its mobile clinic\n\n"
        "Healing Hands International (HHI) condemns the shelling of its mobile clinic in Beryslav on 26 November. "
        "Two HHI staff members were injured when shells struck the clinic.\n\n"
        '"Our teams were there to provide care," said Maria Lopez, HHI head of mission. HHI has worked in the '
        "region since 2022.\n",
        "Healing Hands International",
    ),
    (
        "PRESS RELEASE: Open Roads Relief demands protection for aid convoys\n\n"
        "On Sunday a Russian drone struck a truck of Open Roads Relief (ORR) near Kupiansk, wounding its driver. "
        "ORR had notified the parties of the route in advance.\n\n"
        '"This was a clearly marked humanitarian vehicle," ORR director Jan Novak said. ORR suspended its convoys.\n',
        "Open Roads Relief",
    ),
    (
        "SMV statement on the attack in Kherson\n\n"
        "Surgeons Mobile Volunteers (SMV) report that a drone hit their ambulance in Kherson on 3 November, injuring "
        "a paramedic. SMV teams evacuate the wounded from the city every day.\n\n"
        '"We will not stop," said Olena Hnatiuk, who heads SMV.\n',
        "Surgeons Mobile Volunteers",
    ),
]


@pytest.mark.parametrize(("text", "author"), STATEMENTS)
def test_the_statements_author_is_cited(text: str, author: str) -> None:
    incidents = _contract(text, dt.date(2024, 11, 28))
    assert incidents
    assert author in incidents[0]["reported_by"]


def test_a_weapon_in_the_title_is_no_author() -> None:
    text = (
        "Multiple Launch Rocket System strikes Kharkiv again\n\n"
        "Russian forces fired a Multiple Launch Rocket System (MLRS) at Kharkiv on Sunday, killing two civilians, the "
        "regional governor said. MLRS rockets hit a market. Another MLRS salvo struck a school.\n"
    )
    incidents = _contract(text, dt.date(2024, 11, 28))
    assert incidents
    assert all("Multiple Launch Rocket System" not in i["reported_by"] for i in incidents)


# -- a witness's "they kept us in the school basement for weeks": a detention with no detention word ---------------

WITNESS_INTRO = (
    "Russian troops occupied the village of Ivanivka in Chernihiv region in March 2022. We spoke to residents.\n\n"
)

HELD_IN_A_ROOM = [
    'Mykola, 54:\n"They kept us in the school basement for three weeks, about forty people, with no light."',
    'Olha, 70:\n"The soldiers locked us in the club cellar for ten days, some thirty people."',
    'Ivan, 38:\n"They held us for two weeks in the church, about fifty villagers, next to their tanks."',
    'Anna, 45:\n"They kept us in the school for ten days, 60 people in two classrooms."',
]


@pytest.mark.parametrize("body", HELD_IN_A_ROOM)
def test_people_kept_in_a_room_for_weeks_were_detained(body: str) -> None:
    incidents = _contract(WITNESS_INTRO + body, dt.date(2023, 3, 30))
    assert [i["violations"] for i in incidents] == [["unlawful_detention"]]
    assert incidents[0]["location"]["name"] == "Ivanivka"


@pytest.mark.parametrize(
    "body",
    [
        'Petro, 60:\n"They kept us in the dark about everything, nobody told us anything."',
        'Petro, 60:\n"We kept the children in the basement for three weeks, hiding from the shelling."',
    ],
)
def test_kept_in_the_dark_or_sheltering_is_no_detention(body: str) -> None:
    assert not _contract(WITNESS_INTRO + body, dt.date(2023, 3, 30))


# -- a day and month with no year in a text about a past period: the period's year ------------------------------

EXCERPT = '\n\nHalyna, 67:\n"On 5 March Russian soldiers shot two men by the fence of our house."'
PAST_PERIODS = [
    "The village of Ivanivka in Chernihiv region spent five weeks under Russian occupation in the spring of 2022.",
    "In 2022, the village of Ivanivka in Chernihiv region was occupied by Russian forces for a month.",
    "Ivanivka in Chernihiv region was under occupation from February to April 2022. Residents told us what happened.",
]


@pytest.mark.parametrize("intro", PAST_PERIODS)
def test_a_yearless_day_takes_the_past_period_it_falls_in(intro: str) -> None:
    incidents = _contract(intro + EXCERPT, dt.date(2023, 3, 30))
    assert [i["date"]["start"] for i in incidents] == ["2022-03-05"]


@pytest.mark.parametrize(
    "intro",
    [
        # news of the days before publication: a day told relative to it keeps the publication's year
        "Russian troops occupied Ivanivka in Chernihiv region in 2022. On Monday a drone hit the school.",
        # no period of the past set: the publication's year
        "A year ago Russian troops left the village of Ivanivka in Chernihiv region after a month of occupation.",
    ],
)
def test_news_keeps_the_publication_year(intro: str) -> None:
    dates = [i["date"]["start"] for i in _contract(intro + EXCERPT, dt.date(2023, 3, 30))]
    assert "2023-03-05" in dates
