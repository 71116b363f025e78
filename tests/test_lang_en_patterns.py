"""English rules as patterns: each is tried on three sentences of our own in different wordings and on
one that looks alike but must not match (STYLE.md point 12)."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.pipeline import default_steps, run

PUBLISHED = dt.date(2024, 3, 1)


def labels(text: str, label: str) -> list[str]:
    """Values of the patterns labelled `label` matched in `text`."""
    return [m.value for m in Document(text, PUBLISHED).hits(label)]


def analysed(text: str) -> Document:
    doc = Document(text, PUBLISHED)
    run(doc, default_steps())
    return doc


def roles(text: str) -> list[str]:
    return [m.value.role for m in analysed(text).of_kind("role")]


@pytest.mark.parametrize("text", [
    "Soldiers shot two men at the checkpoint.",
    "The occupiers shot a pensioner in his own yard.",
    "Russian troops shot 3 villagers by the well.",
])
def test_armed_men_shooting_a_counted_person_is_an_execution_cue(text):
    assert "execution" in labels(text, "violation")


def test_shooting_down_drones_is_no_execution_cue():
    assert "execution" not in labels("Soldiers shot down two drones over the river.", "violation")


@pytest.mark.parametrize("text", [
    "They executed the captives behind the school.",
    "Witnesses described the execution of four prisoners.",
    "The unit was executing wounded men.",
])
def test_every_form_of_execute_is_one_lemma_pattern(text):
    assert "execution" in labels(text, "violation")


def test_an_executive_is_not_an_execution():
    assert labels("The executive committee met in Lviv.", "violation") == []


@pytest.mark.parametrize("text", [
    "Prisoners of war are tortured every day in Russian camps.",
    "Killing a prisoner of war is a war crime under the Geneva Conventions.",
    "Such attacks constitute a war crime.",
])
def test_a_statement_of_law_or_pattern_has_the_pattern_role_and_yields_nothing(text):
    doc = analysed(text)
    assert [m.value.role for m in doc.of_kind("role")] == ["pattern"]
    assert doc.incidents == []


def test_a_dated_act_at_a_place_is_an_event_not_a_pattern():
    assert roles("On Monday soldiers tortured two prisoners in Olenivka.") == ["event"]


@pytest.mark.parametrize("text", [
    "The ICC issued an arrest warrant for the commander of the brigade.",
    "Parliament adopted a resolution on the deported children.",
    "The assembly recognized the killings as genocide.",
])
def test_court_and_assembly_steps_have_the_court_role(text):
    assert roles(text) == ["court"]


@pytest.mark.parametrize("text", [
    "The minister condemned the strike as an act of terror.",
    "Officials denounced the shelling.",
    "The foreign ministry urged partners to respond to the torture of prisoners.",
])
def test_condemnation_is_a_reaction_and_yields_nothing(text):
    doc = analysed(text)
    assert [m.value.role for m in doc.of_kind("role")] == ["reaction"]
    assert doc.incidents == []


def test_a_strike_with_victims_is_an_event_even_when_condemned_later():
    assert roles("Russian troops shelled Kherson on Monday, killing two civilians.") == ["event"]


@pytest.mark.parametrize("text", [
    "The death toll has risen to 12.",
    "The number of dead climbed to 12 by the evening.",
    "In total, 12 people were killed.",
])
def test_a_risen_toll_is_marked_as_an_update(text):
    found = [m.value for m in analysed(text).of_kind("casualty")]
    assert found and found[-1].update


def test_a_first_count_is_not_an_update():
    found = [m.value for m in analysed("Two people were killed in the strike.").of_kind("casualty")]
    assert found and not found[0].update


@pytest.mark.parametrize("text", [
    "The shell hit a village of about 300 people.",
    "A group of 10 invaders entered the village.",
    "Two soldiers were charged with the murder.",
])
def test_inhabitants_perpetrators_and_the_accused_are_not_victims(text):
    assert analysed(text).of_kind("casualty") == []


def test_people_killed_in_a_village_are_victims():
    assert analysed("The shell killed 3 people in the village.").of_kind("casualty") != []


def test_every_value_records_the_pattern_that_produced_it():
    doc = analysed("Russian troops shot two prisoners of war near Bakhmut on Feb. 12, the ombudsman said.")
    incident = doc.incidents[0]
    rules = {p.field: p.rule for p in incident.provenance}
    assert rules["violations"].startswith("en/cues:violation.")
    assert "<-en/statistics:measure." in rules["victims"]


@pytest.mark.parametrize("text", [
    "Monitors documented cases of summary executions of prisoners of war by both sides.",
    "Investigators recorded instances of torture of detainees in occupied areas.",
    "Prosecutors have established facts of sexual violence against civilians.",
])
def test_violations_framed_as_cases_are_a_tally_not_an_event(text):
    doc = analysed(text)
    assert [m.value.role for m in doc.of_kind("role")] in (["pattern"], ["aggregate"])
    assert doc.incidents == []


def test_one_case_at_a_place_and_day_is_still_an_event():
    assert roles("In one case, soldiers tortured a detainee in Izium on Monday.") == ["event"]


@pytest.mark.parametrize("text", [
    "Since the start of the full-scale invasion, Russian forces have tortured thousands of prisoners.",
    "Since Russia invaded Ukraine, both sides have accused each other of mistreating prisoners.",
    "Throughout the full-scale war, occupiers have abducted civilians.",
])
def test_acts_told_over_the_whole_war_without_a_scene_yield_no_incident(text):
    assert analysed(text).incidents == []


def test_an_act_over_the_war_at_a_named_place_can_be_an_incident():
    doc = analysed("Since the start of the full-scale invasion, occupiers have held 40 civilians in Izium.")
    assert roles("Since the start of the full-scale invasion, occupiers have held 40 civilians in Izium.") == ["event"]
    assert doc.incidents


@pytest.mark.parametrize("text", [
    "The UN said it was deeply concerned by the executions of prisoners.",
    "The mission voiced alarm at reports of torture.",
    "Rights groups condemned the killing of prisoners.",
])
def test_concern_and_condemnation_without_a_scene_are_reactions(text):
    assert roles(text) == ["reaction"]


@pytest.mark.parametrize("text", [
    "A drone hit a house in Sumy on Monday; no one was hurt.",
    "Shelling damaged a school in Nikopol on Monday, but nobody was injured.",
    "The strike on Kherson on Monday caused no casualties.",
])
def test_a_strike_that_hurt_nobody_says_so(text):
    assert "none" in labels(text, "harm")


def test_a_strike_that_hurt_someone_is_not_a_strike_without_casualties():
    assert "none" not in labels("A drone hit a house in Sumy on Monday; one man was hurt.", "harm")


@pytest.mark.parametrize("text", [
    "Russian soldiers killed four captured Ukrainian servicemen near the village.",
    "The video shows the execution of two unarmed Russian soldiers.",
    "Troops shot three surrendering Ukrainian fighters in a trench.",
])
def test_captured_soldiers_of_a_named_side_are_prisoners_of_war(text):
    assert "pow" in labels(text, "victim")


def test_armed_soldiers_of_a_named_side_are_not_prisoners():
    assert "pow" not in labels(text="Four Ukrainian servicemen repelled the assault near the village.", label="victim")


@pytest.mark.parametrize(("text", "label", "value"), [
    ("The soldiers cut off his head and filmed it.", "violation", "execution"),
    ("A video shows a man cutting off the head of a captive.", "violation", "execution"),
    ("The bodies were found with their arms bound.", "violation", "execution"),
    ("Villagers said the occupiers had tied his hands before the shooting.", "violation", "execution"),
    ("The detainee was tortured to death in the basement.", "violation", "execution"),
    ("He was strangled with a wire, the coroner said.", "violation", "execution"),
    ("They burned him with a lighter and beat him.", "violation", "torture_ill_treatment"),
    ("The men were locked in a basement for eleven days.", "violation", "unlawful_detention"),
    ("The teachers were locked in a cell at the police station.", "violation", "unlawful_detention"),
    ("The boy was taken to Crimea against his will.", "violation", "deportation_transfer"),
    ("The commander ordered his men not to take captives.", "violation", "denial_of_quarter"),
    ("Fighters were told not to take Ukrainian prisoners alive.", "violation", "denial_of_quarter"),
    ("The strike did not cause any injuries, the mayor said.", "harm", "none"),
    ("Falling debris caused no deaths.", "harm", "none"),
    ("Three unarmed men in uniform were lined up against a wall.", "victim", "pow"),
    ("According to one survivor, the guards beat them daily.", "evidence", "testimony"),
    ("Survivors and their relatives described the night of the raid.", "evidence", "testimony"),
    ("Two former guards told investigators what happened in the cells.", "evidence", "testimony"),
    ("An examination of the remains showed bullet wounds.", "evidence", "forensic"),
    ("Fragments of the missile were collected by prosecutors.", "evidence", "forensic"),
])
def test_cues_written_as_lemmas_and_alternatives_match_other_wordings(text, label, value):
    assert value in labels(text, label)


@pytest.mark.parametrize(("text", "label", "value"), [
    ("The unarmed men in the photo wore suits.", "victim", "pow"),
    ("The strike could cause casualties, the mayor warned.", "harm", "none"),
    ("The soldier held a rope in his hands.", "violation", "execution"),
])
def test_look_alikes_of_the_generalised_cues_do_not_match(text, label, value):
    assert value not in labels(text, label)


@pytest.mark.parametrize("text", [
    "A clip shows soldiers opening fire on a van full of villagers.",
    "The patrol opens fire at anyone who leaves the shelter.",
    "Troops had opened fire on the bus near the bridge.",
    "Gunmen open fire against a family car, witnesses said.",
])
def test_every_form_of_opening_fire_is_an_attack_cue(text):
    assert "weak" in labels(text, "attack")


def test_opening_a_fire_station_is_no_attack_cue():
    assert "weak" not in labels("The mayor was opening a new fire station on Monday.", "attack")


def test_the_day_of_a_filmed_shooting_dates_the_injury_told_next():
    text = ("A video appears to show soldiers opening fire on a civilian car near Bakhmut on Feb. 20. "
            "One passenger was wounded, police said.")
    doc = analysed(text)
    assert [(i.facts.date and i.facts.date.start, i.facts.victims.min) for i in doc.incidents] == [
        (dt.date(2024, 2, 20), 1)
    ]


@pytest.mark.parametrize("text", [
    "Since 2023, more than 300 soldiers have been hospitalized after gas attacks, the army said.",
    "Over the year, 1,200 civilians were hospitalised with shrapnel wounds, doctors said.",
    "In total, 45 residents of the region were hospitalized in March.",
])
def test_people_hospitalised_in_a_total_are_a_tally_of_wounded(text):
    stats = analysed(text).statistics
    assert [s.facts.measure for s in stats] == ["wounded"]


def test_a_hospital_struck_is_no_count_of_wounded():
    assert "wounded" not in labels("Russian drones struck 2 hospitals in Kherson on Monday.", "measure")


@pytest.mark.parametrize("text", [
    "Soldiers removed 15 boys from a boarding school in Kherson and took them to Simferopol.",
    "On May 3, the occupiers moved eight orphans out of Nova Kakhovka. They were sent to Yevpatoria.",
    "Twenty children from Oleshky were transported to Belgorod last spring.",
])
def test_people_taken_to_a_town_beyond_ukraines_control_are_deported(text):
    assert "deportation_transfer" in {v for i in analysed(text).incidents for v in i.facts.violations}


def test_people_taken_to_a_town_ukraine_holds_are_not_deported():
    doc = analysed("On May 3, volunteers moved 15 children from Kherson to Odesa.")
    assert "deportation_transfer" not in {v for i in doc.incidents for v in i.facts.violations}


@pytest.mark.parametrize("text", [
    "Detainees were beaten and threatened with execution in the basement in Balakliia on 3 May 2022.",
    "Guards threatened the men with death every night in the cellar in Balakliia on 3 May 2022.",
    "The prisoners described threats of shooting during interrogations in Balakliia on 3 May 2022.",
])
def test_a_threat_of_execution_is_ill_treatment_not_a_killing(text):
    from warcrimes.extract import extract

    (incident,) = extract(text, dt.date(2024, 9, 17)).incidents
    assert incident.facts.violations[0] == "torture_ill_treatment"
    assert "killing_civilians" not in incident.facts.violations


def test_an_execution_without_a_threat_stays_a_killing():
    from warcrimes.extract import extract

    text = "Russian soldiers executed two residents in the basement in Balakliia on 3 May 2022."
    (incident,) = extract(text, dt.date(2024, 9, 17)).incidents
    assert incident.facts.violations[0] == "killing_civilians"
