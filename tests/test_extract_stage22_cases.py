"""Stage 22: several cases in one report. A paragraph brought in by a word of the next person ("Another freed man is
...", "Also back is ...", "Among them was ...") with no act of its own, naming a victim and another settlement than
the case before, opens that person's case; a list item's heading that names its place's kind or district ("The village
of X.") opens the next item like a bare place name. Every text here is written for this file; look-alikes (the same
place retold, a person brought in at the case's own place, a plain sentence after a list item) stay one incident."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import en_contract_incidents

PUBLISHED = dt.date(2025, 6, 20)


def _rows(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (i["violations"][0], i["date"]["start"] if i["date"] else None, (i["location"] or {}).get("name"))
        for i in en_contract_incidents(text, PUBLISHED)
    ]


# -- the next person's paragraph: a case of its own, at that person's place ----------------------------------------

NEXT_PERSON = [
    (  # "Another freed man is ...": a release after an exchange
        "Ombudsman: twelve people home after the exchange\n\n"
        "Today twelve Ukrainians came home, ten soldiers and two civilians.\n\n"
        "One of the marines told my office that from December to April guards in a pre-trial prison in Kursk beat "
        "him every day.\n\n"
        "Another freed man is a civilian from Melitopol. Soldiers detained him at a checkpoint in May 2023 and held "
        "him without charge for two years.\n",
        ("unlawful_detention", "2023-05-01", "Melitopol"),
    ),
    (  # "Also back is ...": children returned, the second child's home named beside her age
        "Three children back home\n\n"
        "The office welcomed three children back this week.\n\n"
        "A boy, 14, from Oleshky was taken by occupation officials to a camp in Crimea in July 2023.\n\n"
        "Also back is a girl, 10, from Kadiivka. Russian troops detained her mother in March 2025 and took the girl "
        "away to Russia.\n",
        ("deportation_transfer", "2025-03-01", "Kadiivka"),
    ),
    (  # "Among them was ...": freed civilians, one paragraph each
        "Freed civilians describe their captivity\n\n"
        "A teacher from Kherson said soldiers detained him in August 2022 and beat him in a basement.\n\n"
        "Among them was a farmer, 61, from Vasylivka. Soldiers seized him in his yard in April 2023 and held him for "
        "a year.\n",
        ("unlawful_detention", "2023-04-01", "Vasylivka"),
    ),
]


@pytest.mark.parametrize(("text", "second"), NEXT_PERSON)
def test_the_next_persons_paragraph_opens_their_own_case_at_their_place(text, second):
    rows = _rows(text)
    assert len(rows) == 2
    assert rows[1] == second
    assert rows[0][2] != second[2]


def test_the_next_victim_at_the_same_place_stays_with_the_strike():
    text = (
        "Two women hurt in Kherson\n\n"
        "A Russian drone dropped a grenade on a bus stop in Kherson on Monday, wounding a woman.\n\n"
        "Another woman from Kherson was also wounded. She was taken to hospital.\n"
    )
    assert [r[2] for r in _rows(text)] == ["Kherson"]


def test_a_person_brought_in_mid_paragraph_is_no_new_case():
    text = (
        "Teacher held in Kherson\n\n"
        "Soldiers detained a teacher in Kherson in August 2022 and beat him in a basement. "
        "Another man from Oleshky, a neighbour, saw it. He said the guards beat the teacher every night.\n"
    )
    assert [r[2] for r in _rows(text)] == ["Kherson"]


# -- a list item's heading naming the kind of place or its district --------------------------------------------------

HEADINGS = [
    "The village of Bilozerka.\n",
    "Bilozerka village, Kherson district.\n",
    "Bilozerka, Kherson district:\n",
]


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_heading_naming_the_kind_of_place_opens_the_next_item(heading):
    text = (
        "Daily summary, 19 June\n\n"
        "Kherson.\n"
        "In the morning a drone attacked a car on Perekopska Street. The driver was killed.\n\n"
        f"{heading}"
        "In the afternoon shells hit a private house. A woman was wounded.\n"
    )
    assert [r[2] for r in _rows(text)] == ["Kherson", "Bilozerka"]


def test_a_sentence_naming_a_village_is_no_heading():
    text = (
        "Daily summary, 19 June\n\n"
        "Kherson.\n"
        "In the morning a drone attacked a car on Perekopska Street. The driver was killed.\n\n"
        "His family later left for the village of Bilozerka.\n"
        "Neighbours said the drone circled for an hour.\n"
    )
    assert [r[2] for r in _rows(text)] == ["Kherson"]


# -- a paragraph's first act of another kind, with victims of its own: another case ---------------------------------

OTHER_ACT = [
    (  # the day and the victims in the paragraph's first sentence, the act in the next
        "Verdict summary\n\n"
        "On 12 March 2022, in Hostomel, the defendant shot dead a 58-year-old man at his gate.\n\n"
        "On 15 March 2022 three residents of the street were found hiding in a cellar. Soldiers beat them with rifle "
        "butts.\n"
    ),
    (  # bulleted items
        "Verdict summary\n\n"
        "- On 12 March 2022, in Hostomel, the defendant shot dead a 58-year-old man at his gate.\n\n"
        "- On 15 March 2022 two women from the same street were brought to the school. Soldiers tortured them with "
        "electric shocks.\n"
    ),
    (  # numbered items
        "Verdict summary\n\n"
        "1. On 12 March 2022, in Hostomel, the defendant shot dead a 58-year-old man at his gate.\n\n"
        "2. On 15 March 2022, the defendant and two other soldiers locked three neighbours in a cellar for a week. "
        "The men were beaten and given no food.\n"
    ),
]


@pytest.mark.parametrize("text", OTHER_ACT)
def test_a_paragraphs_act_of_another_kind_with_its_own_victims_is_another_case(text):
    rows = _rows(text)
    assert [r[0] for r in rows] == ["killing_civilians", "torture_ill_treatment"]
    assert rows[1][1:] == ("2022-03-15", "Hostomel")  # the paragraph's day; the place of the case before


OTHER_ACT_LOOK_ALIKES = [
    (  # a strike, and its dead told in the next paragraph
        "Missile hits school in Sumy\n\n"
        "A Russian missile hit a school in Sumy on Monday morning.\n\n"
        "Two teachers were killed and seven pupils wounded, the regional governor said.\n"
    ),
    (  # a tally of deaths told as a floor after a detention
        "Teacher detained in Melitopol\n\n"
        "Russian soldiers detained a teacher in Melitopol on 3 May 2023 and beat him in a basement.\n\n"
        "By the group's count, at least 40 civilians have died in Russian prisons since 2022.\n"
    ),
    (  # the same man's detention, his beating told next with no victims of its own
        "Farmer detained in Kupiansk\n\n"
        "Russian soldiers detained a farmer in Kupiansk on 3 May 2022.\n\n"
        "In the basement he was beaten and threatened with execution, his wife said.\n"
    ),
]


@pytest.mark.parametrize("text", OTHER_ACT_LOOK_ALIKES)
def test_a_strike_retold_a_tally_or_the_same_victims_next_paragraph_stay_one_case(text):
    assert len(_rows(text)) == 1
