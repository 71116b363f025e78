"""Stage 21b: a protected object hit with nobody hurt is an incident of its own (attack_on_protected_objects,
victims unknown, 0/0 since stage 25), in English, Ukrainian and Russian; dead counted after it belong to another act.
Every text is written for this file, three wordings or more per language, with look-alikes that must not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import en_contract_incidents, uk_ru_contract

PUBLISHED = dt.date(2025, 4, 14)  # a Monday

UNHARMED = [
    ("en", "On Sunday a Russian drone hit the city hospital in Kherson. Nobody was injured."),
    ("en", "A missile struck a school in Kharkiv on Friday night; no one was hurt."),
    ("en", "Russian shelling damaged a kindergarten in Nikopol on Saturday, but there were no casualties."),
    ("en", "The church in Sviatohirsk was hit by artillery fire on Tuesday, with no casualties reported."),
    ("uk", "У неділю російський дрон влучив у лікарню в Херсоні. Ніхто не постраждав."),
    ("uk", "Окупанти обстріляли школу в Нікополі в суботу, обійшлося без постраждалих."),
    ("uk", "У п'ятницю в Сумах пошкоджено дитячий садок внаслідок удару дрона, постраждалих немає."),
    ("ru", "В воскресенье российский дрон попал в больницу в Херсоне. Никто не пострадал."),
    ("ru", "В субботу обстреляли школу в Никополе, обошлось без пострадавших."),
    ("ru", "В пятницу в Сумах повреждён детский сад в результате удара дрона, пострадавших нет."),
]


def _incidents(language: str, text: str) -> list[dict]:
    if language == "en":
        return en_contract_incidents(text, PUBLISHED)
    return uk_ru_contract(text, PUBLISHED)["incidents"]


@pytest.mark.parametrize(("language", "text"), UNHARMED)
def test_a_protected_object_hit_with_nobody_hurt_is_an_incident(language: str, text: str) -> None:
    [incident] = _incidents(language, text)
    assert incident["violations"][0] == "attack_on_protected_objects"
    assert incident["date"] is not None and incident["location"]["name"]
    victims = incident["victims"]
    assert (victims["category"], victims["min"], victims["max"]) == ("unknown", 0, 0)


HURT = [
    ("en", "A drone hit the hospital in Kherson on Sunday, wounding three doctors."),
    ("uk", "У неділю дрон влучив у лікарню в Херсоні, поранено трьох лікарів."),
    ("ru", "В воскресенье дрон попал в больницу в Херсоне, ранены три врача."),
]


@pytest.mark.parametrize(("language", "text"), HURT)
def test_a_hit_with_people_hurt_keeps_its_count(language: str, text: str) -> None:
    [incident] = _incidents(language, text)
    assert incident["victims"]["min"] == 3


TALLIES = [
    ("en", "Russian forces shelled Nikopol 14 times on Sunday, no casualties were reported."),
    ("uk", "Ворог 14 разів обстріляв Нікопольський район у неділю, ніхто не постраждав."),
    ("ru", "Никополь в воскресенье 14 раз обстреляли, никто не пострадал."),
]


@pytest.mark.parametrize(("language", "text"), TALLIES)
def test_a_tally_of_shelling_naming_no_object_is_no_incident(language: str, text: str) -> None:
    assert _incidents(language, text) == []


def test_a_school_as_a_landmark_is_no_protected_object() -> None:
    text = "A shell landed near the market opposite the school in Nikopol on Sunday, nobody was injured."
    assert all(i["violations"][0] != "attack_on_protected_objects" for i in _incidents("en", text))


TOLL_AFTER = [
    "Report\n\n| Date | Place | What | Harm |\n|---|---|---|---|\n"
    "| 19 June | Mylove | drone hit people queuing for aid | 2 killed, 5 injured |\n"
    "| 26 June | Kozatske | village school hit by drones | no casualties |\n\n"
    "The strike in Mylove\nThe worst strike, in Mylove, hit an aid point. Two elderly men were killed; five people, "
    "including a volunteer, were injured.\n",
    "Log of June 2025\n\n- 8 June, Bilozerka: a drone hit a pharmacy, killing one woman.\n"
    "- 12 June, Kozatske: a shell struck the village clinic; nobody was hurt.\n\n"
    "Details\nThe strike in Bilozerka was filmed by a neighbour. A 70-year-old woman was killed, and three people, "
    "among them a child, were wounded.\n",
    "Summary for June 2025\n\n| Day | Village | Event | Casualties |\n|---|---|---|---|\n"
    "| 4 June | Tiahynka | a drone struck a bus | 3 wounded |\n"
    "| 9 June | Lvove | the church was shelled | nobody was hurt |\n\n"
    "About Tiahynka\nThe bus in Tiahynka carried workers. Three men were wounded, one of them a driver.\n",
]


@pytest.mark.parametrize("text", TOLL_AFTER)
def test_a_toll_told_after_a_hit_that_hurt_nobody_is_not_its(text: str) -> None:
    protected = [i for i in en_contract_incidents(text, dt.date(2025, 7, 15))
                 if i["violations"][0] == "attack_on_protected_objects" and i["victims"]["category"] == "unknown"]
    assert protected
    assert all(i["victims"]["min"] == 0 for i in protected)


CLAUSES = [
    ("en", "It was the second time the clinic in Izium was hit; nobody was hurt, the doctor said."),
    ("en", "Asked about the clinic, the doctor said it was the second time the clinic in Izium had been shelled, "
     "and again no one was injured."),
    ("uk", "Це вже вдруге обстріляли лікарню в Ізюмі, ніхто не постраждав."),
    ("ru", "Это уже второй раз, когда обстреляли больницу в Изюме, никто не пострадал."),
]


@pytest.mark.parametrize(("language", "text"), CLAUSES)
def test_an_undated_hit_told_in_a_clause_is_an_incident(language: str, text: str) -> None:
    [incident] = _incidents(language, text)
    assert incident["violations"][0] == "attack_on_protected_objects"
    assert incident["location"]["name"] == "Izium"
    assert incident["victims"]["min"] == 0
