"""Stage 24 (aggV): a toll over a period whose scope is a settlement's community ("in the Kherson city community in
October") is a statistic, not an incident at that town; a count of attacks over a day ("shelled X 19 times") is
neither an act's victims nor an incident. One act with its day, or a single strike told in a month, stays an
incident at the community. All texts are our own, in en, uk and ru."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 11, 12)


def _figures(extraction) -> list[tuple[str, float]]:
    return [(s.facts.measure, s.facts.value) for s in extraction.statistics]


@pytest.mark.parametrize(("lang", "toll", "figures"), [
    ("en", "Officials said Russian drones had killed 27 civilians and injured 214 in the Kherson city community in "
     "October alone.", [("killed", 27), ("wounded", 214)]),
    ("en", "Twelve civilians were killed in the Nikopol city community in October.", [("killed", 12)]),
    ("en", "Over the past month, Russian attacks killed 9 residents of the Bilozerka community, the district head "
     "said.", [("killed", 9)]),
    ("uk", "У жовтні внаслідок ударів дронів у Херсонській міській громаді загинули 27 цивільних, ще 214 поранені.",
     [("killed", 27), ("wounded", 214)]),
    ("uk", "За жовтень у Херсонській громаді загинули 27 мирних жителів.", [("killed", 27)]),
    ("uk", "З 1 жовтня через обстріли Нікопольської міської громади загинули 12 людей.", [("killed", 12)]),
    ("ru", "В октябре в Херсонской городской общине погибли 27 мирных жителей.", [("killed", 27)]),
    ("ru", "За месяц в Никопольской громаде погибли 12 человек.", [("killed", 12)]),
    ("ru", "С 1 октября из-за обстрелов Никопольской общины погибли 12 человек.", [("killed", 12)]),
])
def test_a_toll_over_a_period_in_a_named_community_is_a_figure_not_an_incident(lang, toll, figures):
    extraction = extract(toll, PUBLISHED, lang)
    assert extraction.incidents == ()
    assert _figures(extraction) == figures


@pytest.mark.parametrize(("lang", "act", "victims"), [
    ("en", "On 3 October a missile strike on the Kherson city community killed 27 people.", 27),
    ("en", "In October a drone hit a bus in the Kherson community, killing 3 people.", 3),
    ("en", "Shelling killed 14 people in the Kherson community on Monday.", 14),
    ("uk", "У жовтні дрон влучив в автобус у Херсонській громаді, загинули троє людей.", 3),
    ("uk", "3 жовтня ракетний удар по Херсонській міській громаді забрав життя 27 людей.", 27),
    ("ru", "3 октября ракетный удар по Херсонской городской общине убил 27 человек.", 27),
    ("ru", "В понедельник обстрел Херсонской громады убил 14 человек.", 14),
])
def test_one_act_at_a_community_with_its_day_or_a_single_strike_stays_an_incident(lang, act, victims):
    extraction = extract(act, PUBLISHED, lang)
    [incident] = extraction.incidents
    assert incident.facts.victims.min == victims
    assert extraction.statistics == ()


@pytest.mark.parametrize(("lang", "tally"), [
    ("en", "Over the past day, the enemy shelled the Kherson community 19 times with artillery and drones."),
    ("en", "Yesterday Russian troops shelled Kherson 12 times."),
    ("en", "Russian forces fired on Nikopol 27 times over the past day."),
    ("uk", "Вчора росіяни 12 разів обстріляли Херсон."),
    ("uk", "За минулу добу ворог 19 разів обстріляв Херсонську громаду."),
    ("uk", "Протягом доби окупанти 27 разів атакували Нікополь."),
    ("ru", "Вчера россияне 12 раз обстреляли Херсон."),
    ("ru", "За прошедшие сутки противник 19 раз обстрелял Херсонскую общину."),
    ("ru", "В течение суток оккупанты 27 раз атаковали Никополь."),
])
def test_a_count_of_attacks_with_nobody_hurt_is_no_incident_and_no_figure(lang, tally):
    extraction = extract(tally, PUBLISHED, lang)
    assert extraction.incidents == ()
    assert extraction.statistics == ()


@pytest.mark.parametrize(("lang", "act"), [
    ("en", "On Monday Russian troops shelled Kherson 5 times, killing two people."),
    ("uk", "У понеділок окупанти 5 разів обстріляли Херсон, загинули двоє людей."),
    ("ru", "В понедельник оккупанты 5 раз обстреляли Херсон, погибли два человека."),
])
def test_attacks_counted_with_their_dead_stay_an_incident(lang, act):
    [incident] = extract(act, PUBLISHED, lang).incidents
    assert incident.facts.location.name == "Kherson"
    assert incident.facts.victims.min == 2
