"""Stage 9: words that stand near an act without being it. A conviction for a killing is a wilful killing; an
estimate of people held is a total; a verb of verifying measures no victims; who finds the victims or their
bodies is not the accused; 'separate' names units of both armies. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 2, 24)


def only(text: str):
    (incident,) = extract(text, PUBLISHED, "en").incidents
    return incident.facts


@pytest.mark.parametrize("text", [
    "A court in Kyiv sentenced a Russian soldier to 12 years in prison for killing a civilian in Bucha in March 2022.",
    "The court found the Russian sergeant guilty of killing a woman in Irpin in March 2022.",
    "A Russian serviceman was convicted of killing two residents of Motyzhyn in March 2022.",
])
def test_a_conviction_for_a_killing_is_a_wilful_killing(text):
    assert only(text).violations[0] == "killing_civilians"


@pytest.mark.parametrize("text", [
    "A Russian soldier was sentenced to 11 years for shelling a residential building in Chernihiv in 2022, "
    "killing a civilian.",
    "A Russian drone strike killed a civilian in Kherson on Monday, the prosecutors said.",
])
def test_a_strike_named_or_no_conviction_stays_an_attack(text):
    assert only(text).violations[0] == "attack_on_civilians"


@pytest.mark.parametrize(("text", "measure", "value"), [
    ("Around 16,000 Ukrainian civilians, including journalists, local officials and volunteers, are believed "
     "to be held by Russia.", "held_captive", 16000),
    ("An estimated 2,500 residents of occupied areas are thought to be detained in Russian prisons.", "detained", 2500),
    ("About 900 civilians, among them priests and teachers, are estimated to have been abducted since the "
     "invasion began.", "detained", 900),
    ("More than 8,000 Ukrainian servicemen are currently held in Russian prisons and camps.", "held_captive", 8000),
])
def test_people_believed_or_estimated_to_be_held_are_a_total(text, measure, value):
    found = extract(text, PUBLISHED)
    assert found.incidents == ()
    assert [(s.facts.measure, s.facts.value) for s in found.statistics] == [(measure, value)]


def test_people_of_one_town_believed_held_after_a_dated_detention_stay_an_event():
    text = ("Five residents of Kherson who were detained by Russian soldiers on 3 May 2022 are believed to be held "
            "in Simferopol.")
    assert only(text).victims.min == 5


@pytest.mark.parametrize(("text", "count"), [
    ("In one case verified in May, three Ukrainian servicemen who had surrendered to Russian infantry near the "
     "village of Novopil, Donetsk region, on 14 May were lined up beside a ditch and shot.", 3),
    ("The mission verified that four captured Ukrainian soldiers were executed by Russian troops near Robotyne "
     "on 3 May 2024, after they had laid down their weapons.", 4),
    ("Investigators identified two civilians whom Russian soldiers had shot dead in a courtyard in Bucha in "
     "March 2022.", 2),
])
def test_a_verb_of_verifying_is_no_measure_of_the_victims(text, count):
    assert only(text).victims.min == count


@pytest.mark.parametrize(("text", "measure", "value"), [
    ("The Mission has verified 12,340 civilian deaths since February 2022.", "killed", 12340),
    ("Since the invasion began, prosecutors have registered more than 140,000 crimes of aggression and war crimes.",
     "cases_opened", 140000),
    ("The police have recorded 2,300 cases of looting and war crimes in the region since 2022.", "cases_opened", 2300),
])
def test_a_figure_after_a_verb_of_verifying_takes_the_measure_told_after_it(text, measure, value):
    (figure,) = extract(text, PUBLISHED).statistics
    assert (figure.facts.measure, figure.facts.value) == (measure, value)


def test_a_verified_figure_with_nothing_done_after_it_keeps_the_verb():
    text = ("The Ombudsman verified that more than 12,000 Ukrainian children are on the territory of Russia, of which "
            "about 8,600 were forcibly taken there.")
    figures = {(s.facts.measure, s.facts.value) for s in extract(text, PUBLISHED).statistics}
    assert ("other", 12000) in figures and ("deported", 8600) in figures


@pytest.mark.parametrize("text", [
    "The last four prisoners were found locked in a basement by Ukrainian soldiers in Izium on 10 September 2022.",
    "On 3 April 2022, the bodies of five men were discovered in a garage in Bucha by Ukrainian troops.",
    "Ukrainian troops found the bodies of five men in a garage in Bucha on 3 April 2022.",
])
def test_who_finds_the_victims_is_not_the_accused(text):
    assert only(text).perpetrator.party == "RU"


def test_an_act_right_before_by_takes_the_agent():
    text = "The bodies of two civilians were found shot by Ukrainian soldiers in a yard in Bucha on 2 April 2022."
    assert only(text).perpetrator.party == "UA"


@pytest.mark.parametrize(("text", "party"), [
    ("Soldiers of the 64th Separate Motor Rifle Brigade shot three civilians in Bucha on 5 March 2022.", "RU"),
    ("A serviceman of the 55th Separate Motorised Rifle Brigade killed a man in Kolychivka on 11 March 2022.", "RU"),
    ("Soldiers of the 47th Separate Mechanized Brigade were accused of shooting a prisoner in Robotyne on "
     "5 May 2024.", "UA"),
])
def test_separate_tells_a_side_only_when_no_branch_word_does(text, party):
    assert only(text).perpetrator.party == party


@pytest.mark.parametrize("text", [
    "Russian troops detained two teachers in Kherson on 5 May 2022, the police said.",
    "On 5 May 2022 Russian servicemen tortured four farmers in a basement in Izium.",
])
def test_soldiers_named_only_as_the_doers_make_no_prisoners_of_war(text):
    assert only(text).victims.category != "pow"


@pytest.mark.parametrize("text", [
    "Russian troops detained two teachers in Kherson on 5 May 2022, the police said.",
    "Russian soldiers abducted the head of the village council in Hola Prystan in March 2022.",
    "Occupiers have held the mayor of Melitopol in a basement since 11 March 2022.",
])
def test_people_of_no_named_kind_unlawfully_detained_are_civilians(text):
    facts = only(text)
    assert facts.violations[0] == "unlawful_detention" and facts.victims.category == "civilian"


@pytest.mark.parametrize("text", [
    "Russian troops detained two Ukrainian soldiers in Kherson on 5 May 2022.",
    "Russian troops shot two soldiers who had surrendered near Robotyne on 5 May 2024.",
])
def test_soldiers_done_to_beside_the_doers_stay_prisoners_of_war(text):
    assert only(text).victims.category == "pow"


@pytest.mark.parametrize("text", [
    "Russian troops shelled a school in Kharkiv on 3 February, killing two teachers. The mayor said the attack "
    "was worse than anything the Nazis did in Kharkiv in 1943.",
    "A drone hit a bus in Kherson on Monday, killing a man. Officials compared the attack to the bombing of "
    "Coventry in 1940, when hundreds of civilians were killed.",
    "A missile hit a hospital in Kyiv on Monday, killing two. Residents said it reminded them of the siege of "
    "Grozny in 2000, when Russian troops shelled the city for weeks.",
])
def test_a_comparison_with_an_earlier_war_opens_no_incident(text):
    (incident,) = extract(text, PUBLISHED, "en").incidents
    assert incident.facts.date is not None and incident.facts.date.start.year == 2025


@pytest.mark.parametrize("text", [
    "Russian troops shelled Kharkiv on 3 February, killing two civilians, as in March 2022 when the city was "
    "shelled daily.",
    "In 2014, Russian-backed fighters executed three Ukrainian prisoners of war near Ilovaisk.",
])
def test_an_act_of_this_war_told_beside_a_comparison_stays_an_event(text):
    assert len(extract(text, PUBLISHED, "en").incidents) == 1
