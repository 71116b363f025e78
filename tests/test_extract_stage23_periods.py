"""Stage 23 (English): a count told over a span of a month or more, with no settlement in its clause, is a period's
figure whatever it counts; strikes told only over such a span are a pattern; a lead's statement day is not the act's,
so the lead joins the account it retells. All texts are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.pipeline import default_steps, run

PUBLISHED = dt.date(2025, 6, 10)


def _extraction(text: str):
    return extract(text, PUBLISHED, "en")


def _roles(text: str) -> list[str]:
    doc = Document(text, PUBLISHED)
    run(doc, default_steps())
    return [m.rule for m in doc.of_kind("role")]


# --- a period's count is a statistic, whatever it counts ---------------------------------------------------------


@pytest.mark.parametrize(("text", "measure", "value"), [
    ("Since 2022, the Initiative has documented the detention of 214 civilians in occupied parts of Zaporizhzhia "
     "Oblast.", "detained", 214),
    ("Over the past year, our monitors recorded the abduction of 57 residents across the Kherson region.",
     "detained", 57),
    ("Since last summer, rights groups have recorded the abduction of 93 civilians in occupied areas of the south.",
     "detained", 93),
])
def test_acts_counted_since_a_day_long_ago_are_a_statistic_measured_by_the_act(text, measure, value):
    extraction = _extraction(text)
    assert extraction.incidents == ()
    assert [(s.facts.measure, s.facts.value) for s in extraction.statistics] == [(measure, value)]


@pytest.mark.parametrize("text", [
    "Between January and April, 23 civilians were killed and 90 injured in Kharkiv Oblast; the figures leave out the "
    "strike on Kupiansk.",
    "From 1 March to 31 May, 19 civilians were killed and 64 wounded in the oblast; the toll does not include the "
    "attack on Izium.",
    "Across the region, 31 people were killed and 118 injured between 1 January and 31 March; the total leaves out "
    "the victims of the shelling of Vovchansk.",
])
def test_a_toll_over_months_is_a_figure_though_another_clause_names_a_town(text):
    extraction = _extraction(text)
    assert extraction.incidents == ()
    assert {s.facts.measure for s in extraction.statistics} == {"killed", "wounded"}


def test_a_detention_told_with_its_day_and_place_stays_an_incident():
    [incident] = _extraction("On 3 March 2023, Russian soldiers detained 14 men in Polohy.").incidents
    assert incident.facts.victims.min == 14
    assert incident.facts.location.name == "Polohy"


def test_a_removal_over_two_named_months_is_one_operation_not_a_figure():
    text = ("Russian forces deported 367 children from Donetsk Oblast to Russia in February and March 2022, "
            "prosecutors said.")
    extraction = _extraction(text)
    assert [i.facts.victims.min for i in extraction.incidents] == [367]
    assert extraction.statistics == ()


def test_a_strike_with_its_day_and_toll_stays_an_incident():
    [incident] = _extraction("On 4 May 2025, a Russian missile strike on Kharkiv killed 7 civilians.").incidents
    assert incident.facts.victims.min == 7
    assert incident.facts.date.start == dt.date(2025, 5, 4)


def test_one_person_held_since_a_month_is_no_figure():
    text = "Since March 2022, Russian forces have held 12 volunteers in the basement of the school in Kupiansk."
    [incident] = _extraction(text).incidents
    assert incident.facts.victims.min == 12


# --- strikes told only over a span are a pattern -----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Kupiansk has been shelled almost daily since the spring.",
    "Since January, Russian forces have repeatedly struck the hospital in Kupiansk.",
    "Over the past three months the occupiers shelled Nikopol again and again, the mayor said.",
])
def test_strikes_told_only_over_months_are_a_pattern_not_a_strike(text):
    assert _roles(text) == ["role:pattern<-over_a_period"]
    assert _extraction(text).incidents == ()


def test_a_strike_on_its_day_is_no_pattern():
    text = "On 3 May 2025 Russian forces shelled the hospital in Kupiansk."
    assert _roles(text) == ["role:event<-event"]
    assert len(_extraction(text).incidents) == 1


# --- a lead's statement day; the lead joins the account it retells -----------------------------------------------


@pytest.mark.parametrize(("text", "place", "day"), [
    ("Russian officials on Monday accused Ukrainian forces of killing a man in a drone strike on a town in the "
     "Belgorod region. The governor said a Ukrainian drone hit a car in Grayvoron on Saturday, killing the driver.",
     "Grayvoron", dt.date(2025, 6, 7)),
    ("Prosecutors on Tuesday said Russian soldiers had executed a civilian in a village of Kharkiv Oblast. The "
     "soldiers executed the man on Sunday in Hlushkivka, they said.",
     "Hlushkivka", dt.date(2025, 6, 8)),
    ("The governor on Sunday reported that a Russian drone hit a bus in a village of Kherson Oblast, killing a "
     "woman. The drone struck the bus in Bilozerka on Saturday morning.",
     "Bilozerka", dt.date(2025, 6, 7)),
])
def test_a_lead_dated_by_its_statement_joins_the_act_it_retells(text, place, day):
    [incident] = _extraction(text).incidents
    assert incident.facts.location.name == place
    assert incident.facts.date.start == incident.facts.date.end == day


def test_a_day_before_a_verb_of_doing_dates_the_act():
    [incident] = _extraction("Russian troops on Monday shelled Nikopol, killing two civilians.").incidents
    assert incident.facts.date.start == dt.date(2025, 6, 9)


@pytest.mark.parametrize("text", [
    "The strikes, which Moscow blames on Kyiv, killed two women in Shebekino on Monday.",
    "Moscow laid the blame on Kyiv for a strike that killed a man in Shebekino on Monday.",
    "A drone that Russia blamed on Kyiv hit a car in Shebekino on Monday, killing the driver.",
])
def test_a_capital_blamed_is_its_government_not_the_scene(text):
    [incident] = _extraction(text).incidents
    assert incident.facts.location.name == "Shebekino"


def test_a_strike_on_the_capital_keeps_the_capital():
    [incident] = _extraction("A Russian missile hit a house in Kyiv on Monday, killing two women.").incidents
    assert incident.facts.location.name == "Kyiv"


# --- an act named as a breach of the law states the law ----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The mission recalls that killing a person hors de combat is a grave breach of the Geneva Conventions and a war "
    "crime.",
    "Shooting a soldier who has surrendered is a flagrant breach of the laws of war, the mission said.",
    "The office reminds all parties that executing a captive is a serious violation of the Geneva Conventions.",
])
def test_an_act_named_as_a_breach_of_the_law_is_the_law_stated(text):
    assert _roles(text) == ["role:pattern<-generic"]
    assert _extraction(text).incidents == ()


def test_a_dated_act_called_a_breach_still_tells_its_act():
    text = "The execution of two captives near Bakhmut on 3 May 2025 was a grave breach of the Geneva Conventions."
    assert len(_extraction(text).incidents) == 1
