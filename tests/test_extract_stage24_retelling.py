"""Stage 24 (splV): one event retold is one incident. A sentence telling an act again (its act noun referring back,
a video of it, or its toll with no act of its own at a settlement the first account named) joins that account
through coreference; a second act ("a second drone", "another strike") at the same place stays apart. English
texts and hand-built accounts; uk and ru in test_lang_uk_ru_stage24_retelling.py. All texts are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Perpetrator, Victims
from warcrimes.domain.records import ExtractedIncident
from warcrimes.extract import extract
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.language import load
from warcrimes.extract.steps.coreference import Retelling, join_accounts

PUBLISHED = dt.date(2025, 5, 7)


def retelling_values(text: str, lang: str = "en") -> list[str]:
    load(lang)
    doc = Document(text=text, published=PUBLISHED, language=lang)
    return [hit.value for hit in doc.hits_within("retelling", 0, len(text))]


@pytest.mark.parametrize("text", [
    "Three people are now confirmed dead in Odesa after the overnight attack.",
    "The prosecutor said this strike was a deliberate attack on a school.",
    "Investigators opened proceedings into the execution of the two captives.",
])
def test_an_act_noun_referring_back_is_a_retelling(text):
    assert "back" in retelling_values(text)


@pytest.mark.parametrize("text", [
    "The footage shows soldiers lining the men up against a wall.",
    "A video of the shelling shows smoke over the market stalls.",
    "In the clip, two men in uniform raise their hands before they are shot.",
])
def test_a_video_of_the_act_is_a_retelling(text):
    assert "medium" in retelling_values(text)


@pytest.mark.parametrize("text", [
    "A Russian drone hit a minibus near Vorozhba, killing two people.",
    "Soldiers shot two men in a field outside the village.",
])
def test_an_act_told_first_is_no_retelling(text):
    assert retelling_values(text) == []


@pytest.mark.parametrize("text", [
    "A Russian drone hit a minibus on the road between Bilopillia and Sumy near the village of Vorozhba on Tuesday "
    "morning, the regional administration said.\n\n"
    "Three residents of Vorozhba were killed, and five passengers were taken to the regional hospital.",
    "A guided bomb struck a grain truck on the road from Kupiansk to Kharkiv outside the village of Kivsharivka on "
    "Wednesday, the regional prosecutor's office reported.\n\n"
    "Two men from Kivsharivka were killed and the driver was taken to hospital.",
    "On Friday evening a Russian drone hit a bus on the route from Sumy to Bilopillia at the exit from the village "
    "of Vorozhba, police said.\n\n"
    "Two Vorozhba residents died at the scene; six more passengers were hospitalised.",
])
def test_a_toll_at_a_village_the_act_named_is_that_acts(text):
    [incident] = extract(text, PUBLISHED, "en").incidents
    assert incident.facts.victims.min in (2, 3)
    assert incident.facts.date is not None


def test_deaths_in_a_village_the_first_account_did_not_name_stay_apart():
    text = (
        "Russian forces shelled the village of Velyka Pysarivka on Sunday, destroying two houses.\n\n"
        "Two elderly women from the neighbouring village of Popivka were killed while visiting relatives there."
    )
    assert len(extract(text, PUBLISHED, "en").incidents) == 2


def test_a_second_drone_later_that_day_is_another_event():
    text = (
        "On Friday evening Russian artillery hit a bus stop on the highway from Kherson to Mykolaiv at the edge of "
        "Komyshany, police said. Two people were killed.\n\n"
        "Later that day a second drone struck a car in Komyshany, killing one man."
    )
    assert [i.facts.victims.min for i in extract(text, PUBLISHED, "en").incidents] == [2, 1]


VOROZHBA = Location("Vorozhba", "Sumy Oblast", "UA")
SUMY = Location("Sumy", "Sumy Oblast", "UA")
ODESA = Location("Odesa", "Odesa Oblast", "UA")
MAY_6 = DateInterval(dt.date(2025, 5, 6), dt.date(2025, 5, 6))
MAY_8 = DateInterval(dt.date(2025, 5, 8), dt.date(2025, 5, 8))


def account(location, date=None, victims=None, act="attack_on_civilians", party="RU", span=(0, 10)):
    return ExtractedIncident(IncidentFacts(
        violations=(act,), date=date, location=location, victims=victims or Victims(),
        perpetrator=Perpetrator(party), span=span,
    ))


def test_a_toll_told_apart_joins_the_uncounted_act_that_named_its_village():
    first = account(SUMY, MAY_6)
    toll = account(VOROZHBA, None, Victims("civilian", 3, 3), span=(20, 40))
    [joined] = join_accounts([first, toll], retold={1: Retelling("outcome", False)},
                             named=[frozenset({"sumy", "vorozhba"}), frozenset({"vorozhba"})])
    assert joined.facts.victims.min == 3
    assert joined.facts.location == VOROZHBA  # the place both accounts name


@pytest.mark.parametrize(("first", "named"), [
    (account(SUMY, MAY_6), frozenset({"sumy"})),  # the village was never named in the first account
    (account(SUMY, MAY_6, Victims("civilian", 1, 1)), frozenset({"sumy", "vorozhba"})),  # the act counted its own
    (account(SUMY, MAY_6, act="torture_ill_treatment"), frozenset({"sumy", "vorozhba"})),  # another kind of act
])
def test_a_toll_elsewhere_stays_apart(first, named):
    toll = account(VOROZHBA, None, Victims("civilian", 3, 3), span=(20, 40))
    assert len(join_accounts([first, toll], retold={1: Retelling("outcome", False)},
                             named=[named, frozenset({"vorozhba"})])) == 2


def test_an_attack_told_back_joins_an_account_of_its_family():
    first = account(ODESA, MAY_6, Victims("civilian", 2, 2), act="attack_on_protected_objects")
    summary = account(ODESA, MAY_6, Victims("civilian", 3, 3), span=(20, 40))
    [joined] = join_accounts([first, summary], retold={1: Retelling("back", True)})
    assert joined.facts.violations[:2] == ("attack_on_protected_objects", "attack_on_civilians")


@pytest.mark.parametrize(("later", "apart"), [
    (account(ODESA, MAY_8, Victims("civilian", 3, 3), span=(20, 40)), frozenset()),  # another day
    (account(SUMY, MAY_6, Victims("civilian", 3, 3), span=(20, 40)), frozenset()),  # another town
    (account(ODESA, MAY_6, Victims("civilian", 1, 1), span=(20, 40)), frozenset()),  # a smaller toll
    (account(ODESA, MAY_6, Victims("civilian", 3, 3), span=(20, 40)), frozenset({1})),  # "another strike"
    (account(ODESA, MAY_6, Victims("civilian", 3, 3), party="UA", span=(20, 40)), frozenset()),  # the other side
])
def test_an_act_told_back_stays_apart_when_something_tells_it_apart(later, apart):
    first = account(ODESA, MAY_6, Victims("civilian", 2, 2), act="attack_on_protected_objects")
    assert len(join_accounts([first, later], apart, retold={1: Retelling("back", True)})) == 2


MINIBUS = (
    "On Sunday a Russian drone struck a minibus on the road from Sumy to Bilopillia near the village of Vorozhba, the "
    "regional administration said.\n\n"
)


@pytest.mark.parametrize("later", [
    "Two passengers from Vorozhba died in hospital on Tuesday.",
    "On Tuesday two of the passengers died in the regional hospital.",
    "Two women who had been taken to hospital in Vorozhba died there on Monday.",
])
def test_deaths_in_hospital_on_a_later_day_are_the_acts_toll(later):
    [incident] = extract(MINIBUS + later, PUBLISHED, "en").incidents
    assert incident.facts.victims.min == 2
    assert incident.facts.date.start == dt.date(2025, 5, 4)


def test_more_dead_on_a_later_day_with_no_word_of_care_stay_apart():
    assert len(extract(MINIBUS + "Two more people were killed in Vorozhba on Tuesday.", PUBLISHED, "en").incidents) == 2


ROBOTYNE = Location("Robotyne", "Zaporizhzhia Oblast", "UA")
DEAD_FOUR = account(ROBOTYNE, None, Victims("civilian", 4, 4))  # "all four are dead when the clip ends"
TOLD_FIRST = {0: Retelling("outcome", False)}


@pytest.mark.parametrize("told", [Retelling("back", False), Retelling("medium", False), Retelling("back", True)])
def test_deaths_told_with_no_act_take_the_act_told_back(told):
    execution = account(ROBOTYNE, MAY_6, Victims("pow", 4, 4), act="killing_hors_de_combat", span=(20, 40))
    [joined] = join_accounts([DEAD_FOUR, execution], retold={**TOLD_FIRST, 1: told})
    assert joined.facts.violations[0] == "killing_hors_de_combat"
    assert joined.facts.victims.category == "pow"
    assert joined.facts.date == MAY_6


@pytest.mark.parametrize(("first", "later", "retold"), [
    # another count
    (DEAD_FOUR, account(ROBOTYNE, None, Victims("pow", 3, 3), act="killing_hors_de_combat"), TOLD_FIRST),
    # another village
    (DEAD_FOUR, account(SUMY, None, Victims("pow", 4, 4), act="killing_hors_de_combat"), TOLD_FIRST),
    # the first account told an act of its own (an attack): the families differ
    (DEAD_FOUR, account(ROBOTYNE, None, Victims("pow", 4, 4), act="killing_hors_de_combat"), {}),
])
def test_an_act_told_back_at_another_count_place_or_after_an_act_stays_apart(first, later, retold):
    assert len(join_accounts([first, later], retold={**retold, 1: Retelling("back", False)})) == 2
