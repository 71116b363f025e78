"""Stage 20b (issue 8, English): briefing transcripts, witness compilations and a statement's own author, from
heldout_en13's list of error kinds. Every report here is written for this file, three wordings or more per rule
(other verbs, order, numbers, places), with look-alikes that must not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 4, 14)  # a Monday


def _contract(text: str, published: dt.date = PUBLISHED) -> list[dict]:
    return extract(text, published, language="en").to_contract()["incidents"]


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
