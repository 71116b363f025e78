"""Stage 25 (aggX): aggregates and background on English reports. One strike told with an indefinite weapon or act
("a shell", "a missile") is one act's dead even in a month; a background strike with a month of its own leaves the
town's earlier draft; a count of people "it says" were harmed is no count of sources; "identified as deported" is
deported; bodies handed back are a repatriation (`other`), and "handed over 1,000" is exact. All texts are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 11, 12)


def _figures(extraction) -> list[tuple[str, float]]:
    return [(s.facts.measure, s.facts.value) for s in extraction.statistics]


@pytest.mark.parametrize(("text", "victims"), [
    ("In August 2024 an artillery shell landed beside the town's bus station, killing three traders.", 3),
    ("In October a missile killed 3 people near the railway station.", 3),
    ("In March a Russian bomb fell on a playground, killing two children, the prosecutor's office said.", 2),
    ("In October a missile killed 3 in Kherson.", 3),
])
def test_one_strike_told_in_its_month_is_an_incident_not_a_figure(text, victims):
    extraction = extract(text, PUBLISHED, "en")
    [incident] = extraction.incidents
    assert incident.facts.victims.min == victims
    assert extraction.statistics == ()


@pytest.mark.parametrize(("text", "figure"), [
    ("In October Russian missiles killed 12 civilians in the district.", ("killed", 12)),
    ("Over the past week, shelling killed nine people in the district.", ("killed", 9)),
    ("In September a series of strikes killed 14 civilians across the region.", ("killed", 14)),
    ("In October, 15 civilians were killed in the region.", ("killed", 15)),
])
def test_many_strikes_or_none_told_over_a_month_stay_a_figure(text, figure):
    extraction = extract(text, PUBLISHED, "en")
    assert extraction.incidents == ()
    assert _figures(extraction) == [figure]


STRIKE_THEN_EARLIER = (
    "A Russian glide bomb struck the central market in Pokrovsk on Thursday, killing five people, the governor "
    "said.\n\n"
    "Overnight, a drone hit a house in neighbouring Myrnohrad, injuring two women.\n\n"
    "The Pokrovsk market has been hit before. {earlier}\n"
)


@pytest.mark.parametrize("earlier", [
    "In August 2024 an artillery shell landed beside its main gate, killing three traders.",
    "In May 2024 a rocket exploded near its entrance, killing three vendors, prosecutors said.",
    "Last December a missile fell on its car park and killed three people.",
])
def test_an_earlier_strike_with_its_own_month_is_an_incident_of_its_own(earlier):
    extraction = extract(STRIKE_THEN_EARLIER.format(earlier=earlier), PUBLISHED, "en")
    counts = sorted(i.facts.victims.min for i in extraction.incidents)
    assert counts == [2, 3, 5]
    [old] = [i for i in extraction.incidents if i.facts.victims.min == 3]
    assert old.facts.location.name == "Pokrovsk"
    assert old.facts.date.end < dt.date(2025, 1, 1)


def test_a_detail_of_the_same_strike_told_after_another_town_stays_with_it():
    text = STRIKE_THEN_EARLIER.format(earlier="Among the dead were two children.").replace(
        "has been hit before", "was packed with shoppers")
    extraction = extract(text, PUBLISHED, "en")
    assert sorted(i.facts.victims.min for i in extraction.incidents) == [2, 5]


@pytest.mark.parametrize("text", [
    "Ukraine's government platform lists 19,546 children it says have been deported to Russia.",
    "The ombudsman's office counts 2,400 children they say were deported from occupied areas.",
    "The registry names 19,546 children it says were forcibly deported.",
])
def test_people_it_says_were_harmed_are_counted_not_taken_for_sources(text):
    assert ("deported", pytest.approx(19546) if "19,546" in text else 2400) in _figures(extract(text, PUBLISHED, "en"))


@pytest.mark.parametrize("text", [
    "Two witnesses said the soldiers left the village at dawn.",
    "Three residents told us the shelling lasted all night.",
])
def test_people_who_tell_are_still_no_victims(text):
    extraction = extract(text, PUBLISHED, "en")
    assert extraction.statistics == ()
    assert extraction.incidents == ()


@pytest.mark.parametrize(("text", "measure"), [
    ("She said 19,546 children have been identified as deported or forcibly transferred since 2022.", "deported"),
    ("The mission said 120 civilians were verified as killed in the region since January.", "killed"),
    ("Some 2,300 people are registered as missing in the region.", "missing"),
])
def test_a_verb_of_verifying_gives_way_to_the_act_it_files_people_under(text, measure):
    assert [m for m, _ in _figures(extract(text, PUBLISHED, "en"))] == [measure]


def test_people_identified_and_a_part_of_them_deported_are_two_figures():
    text = "A total of 2,100 children have been identified, and 400 of them were deported."
    assert _figures(extract(text, PUBLISHED, "en")) == [("other", 2100), ("deported", 400)]


@pytest.mark.parametrize(("text", "value"), [
    ("On 13 November, Russia handed over 1,000 bodies which it says are Ukrainian servicemen.", 1000),
    ("The remains of 909 fallen soldiers were repatriated to Ukraine on Friday.", 909),
    ("Ukraine received 757 bodies from Russia last week.", 757),
    ("Another 500 bodies were returned in the latest repatriation.", 500),
])
def test_bodies_handed_back_are_a_repatriation_not_a_toll(text, value):
    extraction = extract(text, PUBLISHED, "en")
    assert _figures(extraction) == [("other", value)]
    assert extraction.incidents == ()


@pytest.mark.parametrize(("text", "victims"), [
    ("Rescuers recovered 14 bodies from the rubble of the building in Dnipro on Monday.", 14),
    ("Police found the bodies of 5 men in a forest near Izium in April.", 5),
    ("Russian troops killed 6 civilians in Bucha and returned their bodies to relatives.", 6),
])
def test_bodies_found_or_of_the_killed_stay_an_incident(text, victims):
    extraction = extract(text, PUBLISHED, "en")
    [incident] = extraction.incidents
    assert incident.facts.victims.min == victims
    assert extraction.statistics == ()


@pytest.mark.parametrize(("text", "qualifier"), [
    ("Russia handed over 1,000 bodies on Friday.", "exact"),
    ("Russia has handed over more than 500 bodies this month.", "at_least"),
    ("The shelling killed over 20 people in the district over the week.", "at_least"),
])
def test_over_after_handed_is_the_verbs_particle_not_a_qualifier(text, qualifier):
    [figure] = extract(text, PUBLISHED, "en").statistics
    assert figure.facts.qualifier == qualifier


@pytest.mark.parametrize(("text", "figures"), [
    ("Over the past day, Russian troops shelled 36 settlements of the region, including the city of Kherson. They "
     "used artillery, drones and aircraft. Russian attacks killed 3 people and injured 14.",
     [("killed", 3), ("wounded", 14)]),
    ("In the last 24 hours the enemy struck 20 towns and villages of the oblast, including Nikopol and Marhanets. Two "
     "civilians were killed and nine wounded.", [("killed", 2), ("wounded", 9)]),
    ("Over the past day, the Russians attacked 14 settlements of the region, including Kupiansk. The enemy used "
     "guided bombs and drones. One person was killed and 6 were injured.", [("killed", 1), ("wounded", 6)]),
])
def test_a_days_round_including_a_town_frames_the_toll_told_after_it(text, figures):
    assert _figures(extract(text, PUBLISHED, "en")) == figures


@pytest.mark.parametrize("text", [
    "Over the past day the Russians shelled Kherson 12 times. They used artillery and drones. Two people were killed.",
    "Over the past day, Russian troops shelled 36 settlements of the region. In Kherson, shelling killed two people.",
])
def test_a_days_toll_at_a_town_of_its_own_stays_that_towns_incident(text):
    extraction = extract(text, PUBLISHED, "en")
    assert extraction.statistics == ()
    assert [(i.facts.location.name, i.facts.victims.min) for i in extraction.incidents] == [("Kherson", 2)]


@pytest.mark.parametrize(("text", "victims"), [
    ("On Monday one drone hit a minibus in Kherson, killing four passengers.", 4),
    ("Last month one drone hit a minibus on the highway, killing four passengers.", 4),
    ("One missile struck a school in Kharkiv on Monday, killing two teachers.", 2),
])
def test_one_weapon_is_no_one_person_and_keeps_the_strike_an_incident(text, victims):
    extraction = extract(text, PUBLISHED, "en")
    [incident] = extraction.incidents
    assert incident.facts.victims.min == victims
    assert extraction.statistics == ()


def test_one_person_killed_is_still_counted():
    text = "One was killed and two injured in the strike on Kherson on Monday."
    [incident] = extract(text, PUBLISHED, "en").incidents
    assert incident.facts.victims.min == 1
