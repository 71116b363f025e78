"""Stage 19 (issue 8): what is one incident, from heldout_en10-11's lists of error kinds. Every report here is
written for this file, several wordings per rule, with look-alikes that must not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import incident_rows
from warcrimes.extract import extract

PUBLISHED = dt.date(2024, 6, 3)


def _incidents(text: str) -> list[tuple[str, str | None, int | None]]:
    return incident_rows(text, PUBLISHED)


# -- numbered counts of one indictment: each its own act -------------------------------------------------------

NUMBERED_COUNTS = [
    "Russian officer indicted over crimes in Motyzhyn\n\n"
    "Ukrainian prosecutors have sent to court the case of a Russian lieutenant whose unit occupied Motyzhyn in "
    "March 2022.\n\n"
    "Count 1. On 9 March 2022, the lieutenant and his subordinates shot a 58-year-old man at his gate.\n\n"
    "Count 2. Between 10 and 25 March 2022, they held three local men in a pit and made them carry ammunition.\n\n"
    "Count 3. Throughout March 2022, the soldiers stole household goods, cars and tools from local homes.",
    "The indictment against the sergeant lists three episodes in Ivankiv district.\n\n"
    "Episode one: on 4 March 2022 he killed two civilians near a shop in Ivankiv.\n\n"
    "Episode two: from 6 to 20 March 2022 he kept four residents of Ivankiv locked in a cellar.\n\n"
    "Episode three: in March 2022 his men looted the homes of Ivankiv residents.",
    "A court in Chernihiv heard the case against a Russian tank commander.\n\n"
    "The first count: on 2 March 2022 his crew shot dead a civilian driver in Yahidne.\n\n"
    "The second count: from 3 to 30 March 2022 the soldiers held 300 residents of Yahidne in a school basement.\n\n"
    "The third count: in March 2022 they stole property from the homes of Yahidne.",
]


@pytest.mark.parametrize("text", NUMBERED_COUNTS)
def test_each_numbered_count_of_an_indictment_is_its_own_incident(text):
    found = _incidents(text)
    assert len(found) == 3
    assert "killing_civilians" in found[0][0] or found[0][0] == "attack_on_civilians"
    assert found[1][1] is not None and found[1][1][8:] != "01"  # the detention's own first day
    assert found[2][0] == "pillage_destruction"


def test_a_case_number_inside_a_sentence_opens_nothing():
    text = (
        "Prosecutors said count 2 of the indictment was dropped. On 9 March 2022 soldiers shot a man in Motyzhyn "
        "and then held his two sons in a cellar there."
    )
    assert len(_incidents(text)) == 1


# -- a soldier's capture alone is no violation --------------------------------------------------------------------

CAPTURED_ONLY = [
    "In memory of our brothers\n\nSerhii, a marine from Mykolaiv, was taken prisoner near Mariupol in April 2022. "
    "He spent two years in captivity.",
    "Two Ukrainian servicemen were captured by Russian troops near Robotyne in August 2023, their brigade said.",
    "A wounded Ukrainian soldier was taken captive near Avdiivka in February 2024, his mother told reporters.",
]


@pytest.mark.parametrize("text", CAPTURED_ONLY)
def test_a_soldier_only_captured_is_no_incident(text):
    assert _incidents(text) == []


CAPTURED_AND_HARMED = [
    "Two Ukrainian servicemen were captured near Robotyne in August 2023 and held at a camp in Taganrog, where "
    "guards beat them every day.",
    "A Ukrainian soldier taken prisoner near Bakhmut on 3 May 2023 was shot dead by his captors an hour later.",
    "Ukrainian prisoners of war were held incommunicado in a detention centre in Olenivka in 2022.",
]


@pytest.mark.parametrize("text", CAPTURED_AND_HARMED)
def test_captured_soldiers_harmed_or_held_incommunicado_stay_an_incident(text):
    assert len(_incidents(text)) == 1


# -- bodies returned: the aftermath of a death, no incident --------------------------------------------------------

REMAINS_RETURNED = [
    "Ukraine brought home the bodies of 757 fallen defenders on Friday, the coordination headquarters said. The "
    "remains were handed over under a repatriation agreement.",
    "The bodies of 212 Ukrainian soldiers were repatriated on 14 March, officials said.",
    "On Tuesday Ukraine received the remains of 94 servicemen killed near Bakhmut, the headquarters reported.",
]


@pytest.mark.parametrize("text", REMAINS_RETURNED)
def test_bodies_returned_tell_no_incident(text):
    assert _incidents(text) == []


def test_bodies_returned_with_signs_of_torture_stay_an_incident():
    text = (
        "The bodies of 12 Ukrainian prisoners of war returned on 14 March bore signs of torture, the Ombudsman said; "
        "Russian guards had beaten them in a detention centre in Taganrog."
    )
    assert len(_incidents(text)) == 1



@pytest.mark.parametrize(("text", "day"), [
    ("A Ukrainian prisoner of war died in Russian custody in Izium on 9 January; his body was handed over on "
     "14 February.", dt.date(2025, 1, 9)),
    ("Oleh, a sailor held in Taganrog, died in captivity on 2 May; his remains were repatriated in August.",
     dt.date(2025, 5, 2)),
    ("A civilian detainee died in Russian custody in Kursk on 11 June and his body was returned on 30 July.",
     dt.date(2025, 6, 11)),
])
def test_a_death_in_custody_dated_before_the_return_stays_the_incident(text, day):
    found = extract(text, dt.date(2025, 9, 20)).incidents
    assert len(found) == 1 and found[0].facts.date is not None and found[0].facts.date.start == day

# -- held from one day until another: the interval between them ----------------------------------------------------

HELD_UNTIL = [
    "Oleh Marchuk was detained by Russian soldiers in Kupiansk on 3 May 2022 and held until 17 May.",
    "On 3 May 2022 occupying troops abducted a farmer in Kupiansk and kept him in a cellar till 17 May.",
    "Russian forces illegally detained the village head of Kupiansk on 3 May 2022; he was imprisoned until 17 May "
    "2022.",
]


@pytest.mark.parametrize("text", HELD_UNTIL)
def test_a_detention_held_until_a_later_day_spans_both(text):
    found = _incidents(text)
    assert found and found[0][0] == "unlawful_detention"
    date = extract(text, PUBLISHED, language="en").incidents[0].facts.date
    assert date is not None and (date.start.isoformat(), date.end.isoformat()) == ("2022-05-03", "2022-05-17")


def test_a_strike_followed_by_a_day_after_until_keeps_its_own_day():
    text = "A Russian missile hit a school in Kupiansk on 3 May 2022, killing two; classes stayed closed until 17 May."
    date = extract(text, PUBLISHED, language="en").incidents[0].facts.date
    assert date is not None and date.end.isoformat() == "2022-05-03"


# -- a civilian taken at a checkpoint or off a vehicle: a detention ------------------------------------------------

TAKEN_AT_CHECKPOINT = [
    "Maria, 54, was stopped at a Russian checkpoint near Vasylivka on 12 June 2022 and taken away.",
    "On 12 June 2022 Russian soldiers pulled Andrii, 31, off an evacuation bus at a checkpoint in Vasylivka.",
    "Soldiers dragged two teenagers out of a car at a checkpoint outside Melitopol on 3 April 2022.",
    "Andrii, 31, was seized by Russian soldiers at a checkpoint in Vasylivka on 12 June 2022.",
]


@pytest.mark.parametrize("text", TAKEN_AT_CHECKPOINT)
def test_a_civilian_taken_at_a_checkpoint_is_a_detention(text):
    found = _incidents(text)
    assert len(found) == 1 and found[0][0] == "unlawful_detention"


def test_papers_checked_at_a_checkpoint_is_no_detention():
    text = "On 12 June 2022 drivers were stopped at a checkpoint near Vasylivka and their papers were checked."
    assert _incidents(text) == []


# -- a disappearance after soldiers took or stopped someone: a detention of its own day -----------------------------

DISAPPEARED_AFTER_SOLDIERS = [
    "Russian soldiers detained Ivan Petrenko in Velykyi Burluk on 3 March 2023 and beat him in the basement of the "
    "village council for a week. His son Mykola had disappeared in the village in August 2022 after soldiers took "
    "him from his home.",
    "Russian soldiers detained Ivan Petrenko in Velykyi Burluk on 3 March 2023 and beat him in the basement of the "
    "village council. A year earlier, in April 2022, his neighbour went missing after being stopped by soldiers near "
    "the same village.",
    "Troops abducted Ivan Petrenko in Velykyi Burluk on 3 March 2023. In May 2022 his brother vanished "
    "after Russian troops searched their house.",
]


@pytest.mark.parametrize("text", DISAPPEARED_AFTER_SOLDIERS)
def test_an_earlier_disappearance_after_soldiers_came_is_its_own_detention(text):
    found = _incidents(text)
    assert len(found) == 2
    assert found[1][0] == "unlawful_detention" and found[1][1] is not None and found[1][1][:4] == "2022"


def test_missing_after_shelling_is_no_detention():
    text = "Two residents of Velykyi Burluk went missing after Russian shelling on 3 March 2023."
    assert all(v != "unlawful_detention" for v, _, _ in _incidents(text))


# -- an attack on a soldier hors de combat ---------------------------------------------------------------------

ATTACKED_HORS_DE_COMBAT = [
    "The wounded soldier raised his hands to surrender, but a Russian drone operator dropped an explosive on him "
    "near Avdiivka on 3 May 2023.",
    "A Russian drone dropped a grenade on a wounded Ukrainian soldier signalling surrender near Avdiivka on 3 May "
    "2023.",
    "Video shows a Russian drone attacking a Ukrainian soldier who had raised his arms to surrender near Robotyne on "
    "3 May 2023.",
]


@pytest.mark.parametrize("text", ATTACKED_HORS_DE_COMBAT)
def test_an_attack_on_a_soldier_hors_de_combat_is_no_attack_on_civilians(text):
    found = _incidents(text)
    assert found and found[0][0] == "killing_hors_de_combat"


def test_a_drone_attack_on_residents_stays_an_attack_on_civilians():
    text = "A Russian drone dropped a grenade on two residents near their house in Avdiivka on 3 May 2023."
    assert _incidents(text)[0][0] == "attack_on_civilians"


# -- a diary whose dated headings run on into their entries -----------------------------------------------------

DIARY_INLINE_HEADINGS = [
    "Diary of a volunteer driver\n\nMonday, 3 June. We drove to Bilozerka at dawn. A Russian drone dropped a grenade "
    "on our marked evacuation van; our driver Petro was wounded.\n\nTuesday, 4 June. We stayed in Kherson. Shelling "
    "all night.\n\nWednesday, 5 June. In Antonivka Russian soldiers fired on a car of civilians, killing two.",
    "Notes from the front line\n\n3 June 2024. In Bilozerka a Russian drone hit a marked aid minibus, wounding the "
    "driver.\n\n4 June 2024. Quiet day in Kherson.\n\n5 June 2024. Russian troops shelled Antonivka, killing two "
    "residents.",
    "A medic's log\n\nMonday 3 June: nothing.\nMonday, 3 June. A Russian drone attacked our marked ambulance in "
    "Bilozerka and wounded a paramedic.\n\nWednesday, 5 June. Russian artillery hit a house in Antonivka, killing two "
    "people.",
]


@pytest.mark.parametrize("text", DIARY_INLINE_HEADINGS)
def test_each_diary_entry_takes_its_own_heading_day_when_the_entry_runs_on_its_line(text):
    found = extract(text, dt.date(2024, 6, 20), language="en").incidents
    days = [i.facts.date.start.isoformat() if i.facts.date else None for i in found]
    assert days == ["2024-06-03", "2024-06-05"]


# -- an earlier or older video: another event ----------------------------------------------------------------------

OLDER_VIDEO = [
    "Footage shows Russian soldiers shooting two captured Ukrainian servicemen.\n\nAn earlier clip, "
    "shot in Klishchiivka in 2022, showed a captive being beaten.",
    "A new video shows Russian troops executing three surrendering Ukrainian soldiers.\n\nAn older "
    "video, filmed in Klishchiivka in 2022, shows soldiers beating a captive.",
    "Russian soldiers shot two Ukrainian prisoners, a video released on Friday shows. In a second "
    "video, recorded in Klishchiivka in 2022, a captive is beaten.",
]


@pytest.mark.parametrize("text", OLDER_VIDEO)
def test_an_earlier_or_older_video_tells_another_event(text):
    found = _incidents(text)
    assert [v for v, _, _ in found] == ["killing_hors_de_combat", "torture_ill_treatment"]


# -- children moved to Russia or occupied Crimea: a transfer ----------------------------------------------------

MOVED_TO_RUSSIA = [
    "The children were transferred from Kherson to Russian-occupied Crimea on 14 October 2022.",
    "In October 2022 the occupiers removed 15 orphans from a Kherson care home to Russia.",
    "Fifteen children from the Kherson care home were relocated to occupied Crimea on 14 October 2022.",
]


@pytest.mark.parametrize("text", MOVED_TO_RUSSIA)
def test_children_moved_to_russia_or_crimea_are_a_transfer(text):
    found = _incidents(text)
    assert found and found[0][0] == "deportation_transfer"


def test_the_wounded_transferred_to_a_hospital_is_no_transfer():
    text = "On 14 October 2022 the wounded were transferred from Kherson to a hospital in Mykolaiv."
    assert all(v != "deportation_transfer" for v, _, _ in _incidents(text))
