"""Two people's accounts in one article stay two incidents: a scene-setting sentence led by a person's name and
dated to the month ("Oksana Didenko was detained in early June 2022.") opens that person's account, the act told
next ("She said guards beat her") happened then, and the next person's dated account is another incident. The
town people were moved to ("later transferred to a detention centre in Melitopol") is not where the act told
happened."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2024, 11, 5)


def _incidents(text: str) -> list[tuple[str | None, str | None]]:
    return [(i.facts.location.name if i.facts.location else None,
             i.facts.date.start.isoformat()[:7] if i.facts.date else None)
            for i in extract(text, PUBLISHED, language="en").incidents]


TWO_ACCOUNTS = [
    "Two residents of Vasylivka told investigators how they were held at the local filtration point.\n\n"
    "Oksana Didenko, a nurse, was detained by Russian soldiers in early June 2022. She said she spent twelve days "
    "in a basement, where guards beat her. She was later taken to Melitopol and released.\n\n"
    "Serhii Bondar, 60, was stopped at a checkpoint in August 2022. He said he was held for five days and beaten "
    "with a baton.",
    "Investigators have the accounts of two men who passed through the filtration point in Polohy.\n\n"
    "Mykola Hrytsenko, 52, was stopped at the checkpoint in late March 2022. He said soldiers kept him in a garage "
    "for nine days and beat him with a pipe. He was then driven to Melitopol and released.\n\n"
    "The second witness, Andrii Tkachuk, was detained in May 2022. He said he and two other men were held in a "
    "cellar for a week and beaten daily.",
]


@pytest.mark.parametrize("text", TWO_ACCOUNTS)
def test_two_peoples_accounts_are_two_incidents(text):
    found = _incidents(text)
    assert len(found) == 2
    assert found[0][1] != found[1][1] and None not in (found[0][1], found[1][1])


def test_one_persons_account_told_in_several_sentences_stays_one():
    text = ("Oksana Didenko, a nurse, was detained by Russian soldiers in Vasylivka in early June 2022. She said "
            "guards beat her for twelve days. In her second week there, she said, they threatened to shoot her.")
    assert _incidents(text) == [("Vasylivka", "2022-06")]


@pytest.mark.parametrize("text", [
    "Russian soldiers detained Petro Savchuk at the filtration point in Vasylivka in May 2022 and beat him for a "
    "week. He was later transferred to a detention centre in Melitopol.",
    "Petro Savchuk was held at the filtration point in Vasylivka. He said guards beat him for a week in May 2022 "
    "before he was moved to a pre-trial detention centre in Melitopol.",
])
def test_the_town_people_were_moved_to_is_no_scene(text):
    assert _incidents(text) == [("Vasylivka", "2022-05")]


def test_soldiers_promised_to_evacuate_from_a_town_keep_the_town():
    text = ("On 19 February Russian troops promised to evacuate wounded soldiers in Avdiivka but instead shot five "
            "of them, the brigade said.")
    assert [place for place, _ in _incidents(text)] == ["Avdiivka"]
