"""Stage 21 (issue 8, English): wire stories and investigations. Context sentences of a wire that tell no incident
(a side's toll over the whole war), a background incident inside a comparison clause, the day of each act of a
lead and of an act whose speaker is an aside. Every report here is written for this file, three wordings or more
per rule, with look-alikes that must not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import en_contract_incidents

PUBLISHED = dt.date(2025, 5, 14)  # a Wednesday


def _contract(text: str, published: dt.date = PUBLISHED) -> list[dict]:
    return en_contract_incidents(text, published)


def _days(incident: dict) -> tuple[str, str] | None:
    date = incident["date"]
    return (date["start"], date["end"]) if date else None


# -- a toll over the whole war with no scene of its own is no incident ----------------------------------------

WAR_LONG = [
    "A Russian drone hit a bus stop in Kherson on Monday, killing two women, the regional governor said.\n\n"
    "Kyiv says Russian forces have killed tens of thousands of civilians since they launched the invasion in "
    "February 2022; Moscow denies targeting civilians.",
    "A glide bomb struck a shop in Kharkiv on Tuesday, wounding five people, police said.\n\n"
    "The Kremlin denies attacking civilians, although thousands have died in Russian strikes on Ukrainian towns "
    "since the start of the full-scale war.",
    "Shelling killed a man in Nikopol on Sunday, the mayor said.\n\n"
    "Ukrainian officials say more than 12,000 civilians have been killed since Russia began its full-scale "
    "invasion, a figure Moscow disputes.",
]


@pytest.mark.parametrize("text", WAR_LONG)
def test_a_toll_over_the_whole_war_is_no_incident(text: str) -> None:
    incidents = _contract(text)
    assert len(incidents) == 1
    assert incidents[0]["date"]["start"].startswith("2025-05")


RECORD_SINCE_WAR = [
    "A missile strike killed 12 people in Odesa on Tuesday, the deadliest attack on the city since the start of "
    "the full-scale invasion.",
    "It was the bloodiest strike since the full-scale invasion: a Russian missile killed nine people in Sumy "
    "on Monday.",
]


@pytest.mark.parametrize("text", RECORD_SINCE_WAR)
def test_an_act_compared_with_the_whole_war_stays_an_incident(text: str) -> None:
    incidents = _contract(text)
    assert len(incidents) == 1
    assert incidents[0]["victims"]["min"] in (9, 12)


# -- "the deadliest since <day>, when <act>": the earlier act is an incident of its own ----------------------------

SINCE_WHEN = [
    "A Russian missile killed six people in Zaporizhzhia late on Tuesday, the governor said. It was the deadliest "
    "attack on the city since February 19, when a drone struck a hotel in the centre, killing four people.",
    "Three civilians died when a glide bomb hit a market in Kharkiv on Monday, police said. The attack was the worst "
    "since March 2, when shelling of the city killed seven residents.",
    "A drone killed five people at a bus station in Kherson on Tuesday, officials said. It was the heaviest toll in "
    "the city since 11 January, when a missile hit an apartment block, killing eight people.",
]


@pytest.mark.parametrize("text", SINCE_WHEN)
def test_the_event_of_a_since_when_clause_is_its_own_incident(text: str) -> None:
    incidents = _contract(text)
    assert len(incidents) == 2
    earlier = incidents[1]
    assert earlier["date"]["start"] == earlier["date"]["end"]
    assert earlier["date"]["start"][:7] in ("2025-02", "2025-03", "2025-01")
    assert earlier["victims"]["min"] in (4, 7, 8)
    assert incidents[0]["victims"]["min"] in (3, 5, 6)


def test_since_a_day_without_a_when_clause_is_still_a_running_toll() -> None:
    text = (
        "A shell hit a house in Kherson on Tuesday, wounding a woman, police said. Since February 19, 40 civilians "
        "have been killed in Kherson Oblast, the regional administration said."
    )
    incidents = _contract(text)
    assert len(incidents) == 1
    assert incidents[0]["victims"]["min"] == 1


# -- the day of each act in a lead telling two, and a day before a speaker set off as an aside ----------------------

LEAD_TWO_DAYS = [
    "A Russian drone killed a man in Kherson on Sunday, and another drone hit a minibus near Nikopol on Monday "
    "evening, wounding four passengers, officials said.",
    "Shelling wounded two women in Sumy on Saturday night, and a missile struck a warehouse in Kharkiv on Monday, "
    "killing two workers, the police said.",
    "A glide bomb killed three people in Kramatorsk on Sunday, while on Tuesday morning a drone hit a car in "
    "Sloviansk, injuring the driver, the governor said.",
]


@pytest.mark.parametrize("text", LEAD_TWO_DAYS)
def test_each_act_of_a_lead_keeps_its_own_day(text: str) -> None:
    incidents = _contract(text)
    assert len(incidents) == 2
    first, second = (_days(i) for i in incidents)
    assert first is not None and second is not None
    assert first[0] < second[0]


ASIDE_DAY = [
    "On May 2, local officials said, a drone hit a playground in Sumy, injuring two boys.",
    "On Friday, the regional police said, Russian artillery shelled a school in Kherson, wounding a teacher.",
    "On 4 May, according to the governor's office, said a spokesman, a missile hit a depot in Odesa, killing a guard.",
]


@pytest.mark.parametrize("text", ASIDE_DAY)
def test_a_day_before_a_speakers_aside_dates_the_act(text: str) -> None:
    [incident] = _contract(text)
    assert incident["date"] is not None
    assert incident["date"]["start"] in ("2025-05-02", "2025-05-09", "2025-05-04")


def test_a_day_before_the_speakers_own_clause_dates_the_saying() -> None:
    text = "On May 2, local officials said a drone had hit a playground in Sumy, injuring two boys."
    [incident] = _contract(text)
    assert incident["date"] is None or incident["date"]["start"] != "2025-05-02"


# -- attacks counted with nobody hurt and nothing named as hit: a tally of attacks, no incident ------------------

ATTACK_TALLY = [
    "A drone hit a house in Kherson on Tuesday, wounding a woman, police said. The nearby town of Nikopol came under "
    "artillery fire 14 times during the day, but no casualties were reported there.",
    "A missile killed two people in Odesa on Monday, the governor said. Russian forces also shelled Kupiansk 23 times "
    "overnight; nobody was hurt.",
    "Shelling wounded three people in Kharkiv on Monday, officials said. Sumy was hit by seven drone attacks on the "
    "same day, with no casualties reported.",
]


@pytest.mark.parametrize("text", ATTACK_TALLY)
def test_attacks_counted_with_nobody_hurt_are_no_incident(text: str) -> None:
    incidents = _contract(text)
    assert len(incidents) == 1
    assert incidents[0]["location"]["name"] in ("Kherson", "Odesa", "Kharkiv")


def test_attacks_counted_that_damaged_houses_stay_an_incident() -> None:
    text = "Russian forces shelled Nikopol 14 times on Tuesday, damaging five houses, but no casualties were reported."
    incidents = _contract(text)
    assert len(incidents) == 1
    assert incidents[0]["location"]["name"] == "Nikopol"


# -- an investigation correcting a published claim: the corrected figure, the act's days, the team as source -------

INVESTIGATIONS = [
    "What happened in the cellar on Sadova Street\n\nBy the Open Facts Desk | 2 September 2025\n\n"
    "In early March 2025, a Telegram channel reported that Russian soldiers had shot nine civilians in a cellar in "
    "Vovchansk. Our team spoke to six witnesses and examined 14 videos. Six people, not nine, were killed in the "
    "cellar. Witnesses told us the soldiers came between 12 and 14 February. We geolocated one video to the street.",
    "A cellar in Kupiansk: checking a claim\n\nBy the Verification Unit\n\n"
    "Last spring, several channels wrote that troops had executed twelve men in Kupiansk. The Verification Unit "
    "found that not twelve but eight men were killed, on 3 January 2025. We obtained the list of the dead and "
    "our reporters visited the site, where residents told us what they saw.",
    "Inside the Izium school\n\nBy Northern Lens Investigations\n\n"
    "In April 2025, an online outlet said Russian troops had shot ten civilians at a school in Izium. "
    "Northern Lens Investigations concluded that seven civilians, rather than ten, were shot there on 9 March 2025. "
    "We spoke to the survivors, and our analysis of satellite images confirms the date.",
]


@pytest.mark.parametrize("text", INVESTIGATIONS)
def test_an_investigation_gives_its_corrected_figure_the_acts_days_and_its_own_name(text: str) -> None:
    incidents = _contract(text, dt.date(2025, 9, 2))
    assert len(incidents) == 1
    [incident] = incidents
    assert incident["victims"]["min"] in (6, 8, 7)
    assert incident["date"] is not None and incident["date"]["start"][:7] in ("2025-02", "2025-01", "2025-03")
    assert any(name in incident["reported_by"] for name in
               ("Open Facts Desk", "Verification Unit", "Northern Lens Investigations"))


def test_a_wire_byline_without_a_we_is_no_source() -> None:
    text = (
        "Drone kills two in Kherson\n\nBy Eastern Wire Staff\n\n"
        "A Russian drone killed two people in Kherson on Monday, the regional governor said. Eastern Wire Staff could "
        "not verify the report."
    )
    [incident] = _contract(text)
    assert "Eastern Wire Staff" not in incident["reported_by"]


def test_a_figure_not_corrected_keeps_the_first_count() -> None:
    text = "Shelling killed seven civilians in Izium on Monday, police said. Not all of them have been identified."
    [incident] = _contract(text)
    assert incident["victims"]["min"] == 7


SECOND_ACT = [
    "Witnesses told our reporters of a second killing: on 28 October a man was shot dead outside his home in Izium.",
    "Residents described a second shooting: on 2 November soldiers shot a woman in Izium.",
    "Police are investigating a third killing: on 5 November a farmer was shot dead near Izium.",
]


@pytest.mark.parametrize("text", SECOND_ACT)
def test_a_second_killing_opens_its_own_incident(text: str) -> None:
    first = "Russian soldiers shot three civilians in a basement in Izium between 20 and 22 October, witnesses said. "
    incidents = _contract(first + text, dt.date(2025, 1, 10))
    assert len(incidents) == 2


# -- a side's anonymous officials cited for an act are its source, not a governor named elsewhere ---------------------

SIDE_OFFICIALS = [
    "Governor Ivan Petrov said a drone hit a house in Belgorod on Monday, wounding a man.\n\n"
    "On May 3, Russian officials said, a drone hit a shop in Shebekino, injuring two women.",
    "Governor Ivan Petrov said shelling wounded a man in Kursk on Monday.\n\n"
    "A drone struck a bus in Rylsk on May 4, wounding three passengers, Russian officials said.",
    "Governor Ivan Petrov reported a strike on Bryansk on Monday that wounded a woman.\n\n"
    "According to Russian officials, shelling killed a tractor driver near Klintsy on May 5.",
]


@pytest.mark.parametrize("text", SIDE_OFFICIALS)
def test_a_sides_anonymous_officials_are_the_source(text: str) -> None:
    incidents = _contract(text)
    assert len(incidents) == 2
    assert incidents[1]["reported_by"] == ["Russian officials"]


# -- a Russian village's name as the English text spells it (e for GeoNames' yo) ------------------------------------

E_SPELLINGS = [
    ("A Ukrainian drone hit a sports ground in Suzemka on Sunday, injuring two teenagers.", "Suzemka"),
    ("Shelling of Tetkino in Kursk Oblast on Sunday wounded a woman, the governor said.", "Tetkino"),
    ("A drone struck a car in the village of Gulevka, Bryansk region, on Sunday, killing the driver.", "Gulevka"),
]


@pytest.mark.parametrize(("text", "name"), E_SPELLINGS)
def test_a_russian_village_keeps_the_texts_e_spelling(text: str, name: str) -> None:
    [incident] = _contract(text)
    assert incident["location"]["name"] == name
    assert incident["location"]["country"] == "RU"


def test_a_text_writing_yo_keeps_it() -> None:
    [incident] = _contract("A Ukrainian drone hit a sports ground in Suzyomka on Sunday, injuring two teenagers.")
    assert incident["location"]["name"] == "Suzyomka"


# -- a side's counter-claim of a strike on a military target, and its denials, are no incident -----------------------

COUNTER_CLAIMS = [
    "A Ukrainian drone killed a woman in Klintsy on Sunday, the governor said.\n\n"
    "Kyiv did not comment, but its General Staff said on Monday that its forces had struck an ammunition depot "
    "near Novozybkov overnight.",
    "A drone hit a car in Rylsk on Sunday, wounding the driver, the governor said.\n\n"
    "Ukraine's military said it had hit a fuel depot near Lgov on Saturday night.",
    "Shelling wounded two men in Shebekino on Sunday, the governor said.\n\n"
    "The Ukrainian army said it destroyed a command post near Graivoron on Sunday; Moscow denies targeting "
    "civilians.",
]


@pytest.mark.parametrize("text", COUNTER_CLAIMS)
def test_a_strike_on_a_military_target_is_no_incident(text: str) -> None:
    incidents = _contract(text)
    assert len(incidents) == 1
    assert incidents[0]["victims"]["min"] == 1 or incidents[0]["victims"]["min"] == 2


def test_a_depot_strike_that_killed_civilians_stays_an_incident() -> None:
    text = "A Russian missile struck a fuel depot in Kremenchuk on Sunday, killing two workers, officials said."
    [incident] = _contract(text)
    assert incident["victims"]["min"] == 2


# -- a background strike told in the wire's own voice is the wire's --------------------------------------------------

WIRE_BACKGROUND = [
    "ODESA, May 14 (Harbour Wire) - A Russian drone killed three people in Odesa on Tuesday, the governor said. "
    "It was the deadliest attack on the city since March 2, when a missile hit a hotel, killing five people.",
    "KHARKIV, May 14 (North Line Agency) - A glide bomb killed two people in Kharkiv on Monday, police said. "
    "It was the worst strike since 9 April, when shelling killed six residents.",
    "SUMY, May 14 (Plain Press) - Shelling killed a man in Sumy on Tuesday, officials said. The attack was the "
    "deadliest since February 3, when a drone hit a bus, killing four passengers.",
]


@pytest.mark.parametrize("text", WIRE_BACKGROUND)
def test_a_background_strike_in_a_comparison_is_the_wires(text: str) -> None:
    incidents = _contract(text)
    assert len(incidents) == 2
    assert incidents[1]["reported_by"] == [text.split("(")[1].split(")")[0]]
    assert incidents[0]["reported_by"] != incidents[1]["reported_by"]
