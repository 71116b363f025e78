"""Stage 22, what a sentence tells (English): the act a verdict names is told by the court's finding after it, with
the act's own place and day; a night's tally of drones, a month's or a quarter's casualties and an organisation's
description of its work are no incidents; confinement in a basement and civilians walked ahead of a column are
violations without casualties."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.pipeline import default_steps, run

PUBLISHED = dt.date(2025, 6, 10)


def _roles(text: str) -> list[str]:
    doc = Document(text, PUBLISHED)
    run(doc, default_steps())
    return [m.rule for m in doc.of_kind("role")]


def _incidents(text: str) -> list:
    return [i.facts for i in extract(text, PUBLISHED, "en").incidents]


# --- COURT: the verdict's act, told by the finding, dated by the act ---------------------------------------------


@pytest.mark.parametrize(("text", "label", "place", "day"), [
    ("A Russian soldier was found guilty of the cruel treatment of civilians. The court established that on "
     "12 May 2022 in Bucha he fired at a man who had come out of his house.",
     "torture_ill_treatment", "Bucha", dt.date(2022, 5, 12)),
    ("The tribunal convicted the sergeant of the murder of a civilian. According to the verdict, on 3 April 2022 in "
     "Irpin he stopped a driver at a checkpoint and led him behind a garage.",
     "killing_civilians", "Irpin", dt.date(2022, 4, 3)),
    ("Two servicemen were charged with the killing of a farmer. Investigators established that on 9 March 2022 in "
     "Hostomel they stopped the man on a field road.",
     "killing_civilians", "Hostomel", dt.date(2022, 3, 9)),
    ("On 3 June 2025 the Kyiv court found a Russian soldier guilty of the cruel treatment of civilians. The court "
     "established that on 12 May 2022 in Bucha he fired at a man who had come out of his house.",
     "torture_ill_treatment", "Bucha", dt.date(2022, 5, 12)),
])
def test_the_courts_finding_tells_the_act_the_verdict_names_with_its_own_place_and_day(text, label, place, day):
    [incident] = _incidents(text)
    assert incident.violations[0] == label
    assert incident.location.name == place
    assert incident.date.start == incident.date.end == day


def test_a_finding_after_a_sentence_naming_no_act_tells_nothing():
    text = ("A soldier was sentenced to 12 years in prison. The court established that on 12 May 2022 he was in "
            "Bucha.")
    assert _incidents(text) == []


def test_a_finding_in_the_next_paragraph_takes_no_act_from_the_verdict():
    text = ("The sergeant was found guilty of the cruel treatment of civilians.\n\n"
            "The court established that on 12 May 2022 he was in Bucha.")
    assert "role:event<-court_finding" not in _roles(text)


def test_a_finding_naming_its_own_act_keeps_its_own():
    text = ("He was convicted of the murder of a civilian. The court found that on 3 April 2022 in Irpin he beat a "
            "detained man with a rifle butt.")
    assert "role:event<-court_finding" not in _roles(text)


# --- AGG: tallies of a night, a month, a quarter -------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Russia launched 80 drones overnight, 65 of which were shot down.",
    "The air force said it shot down 47 of the 60 Shahed drones launched at Ukraine overnight.",
    "Air defence intercepted 31 drones and two missiles during the night.",
])
def test_a_nights_count_of_weapons_launched_or_shot_down_is_no_strike(text):
    assert _incidents(text) == []
    assert any("launch_tally" in rule for rule in _roles(text))


def test_a_strike_told_beside_the_nights_count_stays_a_strike():
    text = "Russia launched 80 drones overnight; one hit a house in Odesa, killing two people."
    [incident] = _incidents(text)
    assert incident.location.name == "Odesa"
    assert incident.victims.min == 2


def test_drones_shot_down_are_no_people_killed():
    text = "Of the 52 drones, 40 were shot down over Kyiv Oblast."
    assert all(i.victims is None or i.victims.min != 40 for i in _incidents(text))


@pytest.mark.parametrize("text", [
    "Children accounted for many of the victims: nine were killed and 40 injured during the month.",
    "Over the quarter, 31 civilians were killed and 118 injured.",
    "In the first quarter, 31 civilians were killed and 118 injured, the mission said.",
])
def test_casualties_counted_over_a_month_or_a_quarter_are_a_statistic(text):
    extraction = extract(text, PUBLISHED, "en")
    assert extraction.incidents == ()
    assert {s.facts.measure for s in extraction.statistics} == {"killed", "wounded"}


def test_a_strike_with_its_town_and_day_is_no_tally():
    [incident] = _incidents("Nine civilians were killed in a missile strike on Kharkiv on 3 May.")
    assert incident.location.name == "Kharkiv"


# --- NONEVENT: an organisation's self-description, a body returned ------------------------------------------------


@pytest.mark.parametrize("text", [
    "The Dnipro Legal Aid Group is a non-governmental organisation that provides legal aid to families of "
    "civilians detained by Russian forces.",
    "Safe Return is a charity helping relatives of prisoners of war held in Russia.",
    "Our foundation, which documents enforced disappearances and torture in occupied Zaporizhzhia Oblast, "
    "works with lawyers in Kyiv and Lviv.",
])
def test_an_organisation_describing_its_work_tells_no_incident(text):
    assert _incidents(text) == []
    assert "role:other<-mandate" in _roles(text)


def test_a_strike_on_a_charitys_shelter_is_still_a_strike():
    text = ("A shelter run by a charity that helps orphans in Kherson was hit by a drone on 3 May, injuring two "
            "children.")
    [incident] = _incidents(text)
    assert incident.location.name == "Kherson"


def test_a_body_returned_in_a_repatriation_is_the_aftermath():
    text = ("We are sad to tell you that the body of Petro Ivanenko, father of our member Olena, was returned in "
            "the repatriation of 14 November.")
    assert _incidents(text) == []


# --- NONKILL: confinement, human shields ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "In Yahidne, soldiers forced some 300 residents into the basement of the village school in March 2022.",
    "On 26 October 2024 the defendant locked two residents of the same street in a garage in Selydove.",
    "In March 2022 in Ivanivka the troops herded the villagers into a cellar and kept them there for weeks.",
])
def test_people_forced_or_locked_into_a_basement_are_unlawfully_detained(text):
    [incident] = _incidents(text)
    assert "unlawful_detention" in incident.violations


def test_people_hiding_in_a_basement_are_not_detained():
    text = "In March 2022 residents of Ivanivka hid in the basement of the school during the shelling."
    assert all("unlawful_detention" not in i.violations for i in _incidents(text))


@pytest.mark.parametrize("text", [
    "In Novoselivka in mid-March 2022, soldiers made five local men walk in front of an armored column.",
    "Residents said that in Lukashivka in March 2022 the troops forced them to walk ahead of an armoured column.",
    "In Motyzhyn on 10 March 2022 soldiers made four men march in front of an advancing convoy.",
])
def test_civilians_made_to_walk_ahead_of_a_column_are_human_shields(text):
    [incident] = _incidents(text)
    assert "human_shields" in incident.violations


def test_civilians_walking_in_front_of_a_church_are_no_shields():
    text = "In Novoselivka on 12 March 2022, five men walked in front of the church after the service."
    assert all("human_shields" not in i.violations for i in _incidents(text))


@pytest.mark.parametrize("text", [
    "The mayor said on 11 December 2024 that occupation authorities had handed conscription notices to about 300 "
    "men in occupied Melitopol.",
    "Russian officials in Nova Kakhovka served draft summonses to 50 men on 4 April.",
    "On 2 May the occupying administration of Enerhodar issued mobilisation notices to 70 residents.",
])
def test_conscription_notices_served_by_the_occupier_are_forced_service(text):
    [incident] = _incidents(text)
    assert incident.violations[0] == "unfair_trial_forced_service"


def test_notices_served_by_a_recruitment_office_at_home_are_no_violation():
    assert _incidents("The recruitment office in Kyiv handed conscription notices to 30 men on 4 April.") == []


@pytest.mark.parametrize("text", [
    "In March 2025 the occupation administration in Henichesk declared 17 flats ownerless and gave them to newcomers.",
    "On 5 May 2025 occupation officials in Skadovsk added 40 homes to a register of ownerless property.",
    "Russian-installed authorities in Oleshky listed 25 empty houses as ownerless on 1 June 2025.",
])
def test_homes_declared_ownerless_by_the_occupier_are_appropriated(text):
    [incident] = _incidents(text)
    assert incident.violations[0] == "pillage_destruction"
