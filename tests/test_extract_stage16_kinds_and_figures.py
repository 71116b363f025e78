"""Stage 16: violation kinds, victims' kinds, sources of transcripts and figures that are no statistics.

A strike on a humanitarian warehouse or hub is an attack on a protected object and its staff humanitarian
workers; prisoners of war taken to the captor's camps are not deported, and the camp named with "where" and
the abuse is the scene; people of different kinds named together are mixed; a question turn of a transcript
cites no source; a section number opening a line counts nothing; a count picked out of one event's victims is
no figure; a share of the people interviewed takes the measure told after them."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 11, 5)


def _run(text: str):
    return extract(text, PUBLISHED, language="en")


@pytest.mark.parametrize("text", [
    "On Monday night a missile struck a humanitarian warehouse in Sloviansk. Two warehouse staff members were "
    "killed.",
    "A drone hit an aid hub in Kherson on 2 November, killing three workers.",
    "Russian artillery shelled a humanitarian aid distribution point in Orikhiv on Sunday; two staff were "
    "wounded.",
])
def test_a_strike_on_aid_premises_is_an_attack_on_protected_objects_with_aid_workers(text):
    incidents = _run(text).incidents
    assert len(incidents) == 1
    facts = incidents[0].facts
    assert facts.violations[0] == "attack_on_protected_objects"
    assert facts.victims.category == "humanitarian_worker"


def test_staff_of_a_school_struck_stay_civilians():
    text = "A missile struck a school in Sumy on Monday, killing two staff members."
    facts = _run(text).incidents[0].facts
    assert facts.victims.category != "humanitarian_worker"


@pytest.mark.parametrize("text", [
    "In May 2024 nine captured Ukrainian soldiers were taken across the border to a detention site in "
    "Novozybkov, Bryansk Oblast, where guards beat them daily.",
    "Twelve Ukrainian prisoners of war were moved to a penal colony in Taganrog, where they were tortured with "
    "electric shocks in June 2023.",
    "In March 2023 the captors transferred six captured marines to a prison in Kursk, where guards beat them "
    "with batons.",
])
def test_prisoners_taken_to_a_camp_are_not_deported_and_the_camp_is_the_scene(text):
    incidents = _run(text).incidents
    assert len(incidents) == 1
    facts = incidents[0].facts
    assert "deportation_transfer" not in facts.violations
    assert facts.location is not None and facts.location.name in {"Novozybkov", "Taganrog", "Kursk"}


def test_a_place_people_were_only_moved_to_stays_no_scene():
    text = ("Russian soldiers beat Petro Savchuk in Vasylivka in May 2022. He was later transferred to a "
            "detention centre in Melitopol.")
    assert [i.facts.location.name for i in _run(text).incidents] == ["Vasylivka"]


@pytest.mark.parametrize("text", [
    "A guided bomb hit the hospital in Izium on 9 January 2025. A nurse and a patient were killed.",
    "A drone struck an ambulance in Kherson on 3 March 2025, killing a paramedic and a patient.",
    "Shelling of the clinic in Nikopol on 2 May 2025 killed a doctor and a pensioner.",
])
def test_people_of_different_kinds_named_together_are_mixed_and_counted(text):
    facts = _run(text).incidents[0].facts
    assert facts.victims.min == 2 and facts.victims.category == "mixed"


@pytest.mark.parametrize("text", [
    "SPOKESPERSON: A missile struck a warehouse in Sloviansk on Monday, killing two people.\n\n"
    "QUESTION: Ukrainian officials say Russia fired the missile. Do you agree?",
    "Q: The regional police say drones hit the bus. Is that right?\n\n"
    "A: A drone struck a bus in Kherson on 3 November and two passengers were killed.",
    "JOURNALIST: The Interior Ministry says the strike was deliberate. Your comment?\n\n"
    "SPOKESPERSON: We can confirm that a missile hit a school in Sumy on Sunday, killing one teacher.",
])
def test_a_body_quoted_in_a_question_is_no_source(text):
    sources = {name for i in _run(text).incidents for name in i.facts.reported_by}
    assert not sources & {"Ukrainian officials", "regional police", "Interior Ministry", "Ministry of Internal Affairs"}


def test_a_body_speaking_outside_a_question_is_still_a_source():
    text = "The regional police said a drone struck a bus in Kherson on 3 November, killing two passengers."
    assert _run(text).incidents[0].facts.reported_by


@pytest.mark.parametrize("text", [
    "6.1 In 2024 the office interviewed 1,318 released prisoners of war.",
    "3.2 Guards beat nine prisoners in Olenivka in May 2024.",
    "12. Prisoners of war\n\nGuards beat nine prisoners in Olenivka in May 2024.",
])
def test_a_section_number_is_no_count(text):
    found = _run(text)
    values = {s.facts.value for s in found.statistics} | {i.facts.victims.min for i in found.incidents}
    assert not values & {6.1, 3.2, 12, 6, 3}


def test_a_decimal_figure_opening_a_line_stays_a_count():
    found = _run("2.5 million children have been deported to Russia since 2022, officials said.")
    assert any(s.facts.value == 2_500_000 for s in found.statistics)


@pytest.mark.parametrize("text", [
    "In July 2024 three servicemen were shot after surrendering near Robotyne. Two of them were released later "
    "in an exchange.",
    "Russian troops detained six volunteers in Kupiansk on 3 May 2024. Of them, four were freed in June.",
    "Five civilians were abducted in Oleshky on 2 April 2024. Three of them have since returned home.",
])
def test_a_part_of_one_events_victims_is_no_statistic(text):
    assert not [s for s in _run(text).statistics if s.facts.measure == "released"]


def test_a_release_total_is_still_a_statistic():
    text = "Since 2022, 3,210 Ukrainians have been released from Russian captivity, the headquarters said."
    assert any(s.facts.measure == "released" and s.facts.value == 3210 for s in _run(text).statistics)


@pytest.mark.parametrize("text,value", [
    ("About 87 per cent of those interviewed said they had been tortured.", 87),
    ("Nearly 60% of the people we interviewed said guards had tortured them.", 60),
    ("Some 75 per cent of those surveyed reported they were tortured in captivity.", 75),
])
def test_a_share_of_the_interviewed_takes_the_measure_told_after_them(text, value):
    stats = [(s.facts.measure, s.facts.value, s.facts.unit) for s in _run(text).statistics]
    assert ("tortured", value, "percent") in stats


def test_a_share_of_the_interviewed_with_no_measure_is_no_figure():
    assert _run("About 87 per cent of those interviewed were men.").statistics == ()


@pytest.mark.parametrize("text", [
    "A: There were 146 of us coming home that day.",
    "We were 146 coming home that day, he said.",
    "In all, 146 prisoners came home in the exchange.",
])
def test_people_coming_home_are_released(text):
    assert any(s.facts.measure == "released" and s.facts.value == 146 for s in _run(text).statistics)


@pytest.mark.parametrize("text", [
    "Colonel Ivan Sorokin, who commanded the brigade, told soldiers to shoot two men in Trostianets on 3 April 2022, "
    "according to the indictment.",
    "Major Petr Volkov told his men to open fire on a car in Bucha on 5 March 2022, killing two civilians, the "
    "prosecutor's office said.",
    "Captain Oleg Sidorov told two soldiers to shoot a man in Izium on 2 May 2022, the regional police said.",
])
def test_an_officer_giving_an_order_is_no_source(text):
    sources = {name for i in _run(text).incidents for name in i.facts.reported_by}
    assert not sources & {"Ivan Sorokin", "Petr Volkov", "Oleg Sidorov"}


@pytest.mark.parametrize("text", [
    "Prosecutors said Colonel Ivan Sorokin ordered the killing of two civilians in Bohodukhiv on 28 March 2022.",
    "The Prosecutor General's Office said Major Petr Volkov shot two civilians in Bucha on 5 March 2022.",
    "Police have said Sergeant Oleg Sidorov killed a man in Izium on 2 May 2022.",
])
def test_the_one_a_body_speaks_about_is_no_source(text):
    sources = {name for i in _run(text).incidents for name in i.facts.reported_by}
    assert sources and not sources & {"Ivan Sorokin", "Petr Volkov", "Oleg Sidorov"}


def test_a_name_after_an_inverted_verb_of_saying_is_the_source():
    text = "Two civilians were killed in Bucha on 5 March 2022, said Oleksandr Pavliuk, the regional governor."
    assert "Oleksandr Pavliuk" in _run(text).incidents[0].facts.reported_by


@pytest.mark.parametrize("text", [
    "Oleh Marchenko, a marine, spent two years in captivity.\n\nQ: What happened at Olenivka?\n\n"
    "A: In May 2022 guards beat nine of us with batons in Olenivka.",
    "Interview with Andrii Kovalenko, released in June.\n\nQuestion: Where were you held?\n\n"
    "Answer: In Taganrog. In March 2023 the guards tortured us with electric shocks there.",
    "We spoke to Serhii Lytvyn after his release.\n\nQ: Officials say you were tortured. Is that so?\n\n"
    "A: Yes. In April 2023 guards in Kursk beat twelve prisoners every day.",
])
def test_an_interviewees_answers_cite_the_interviewee(text):
    incidents = _run(text).incidents
    assert incidents
    assert incidents[-1].facts.reported_by[:1] in (("Oleh Marchenko",), ("Andrii Kovalenko",), ("Serhii Lytvyn",))
    assert "Officials" not in incidents[-1].facts.reported_by


@pytest.mark.parametrize("text", [
    "Russian soldiers detained Petro Savchuk in Vasylivka in May 2022 and beat him. He was later taken to "
    "Melitopol, where he was held for a week.",
    "Troops abducted Olha Melnyk in Kakhovka in June 2022 and beat her. She was then moved to Nova Kakhovka, where "
    "she was kept in a cell.",
    "Soldiers seized Ivan Bondar in Vasylivka in April 2023 and tortured him. He was later transferred to Melitopol, "
    "where he was imprisoned until June.",
])
def test_a_place_where_people_were_only_held_on_is_no_new_scene(text):
    assert [i.facts.location.name for i in _run(text).incidents][:1] in (["Vasylivka"], ["Kakhovka"])
