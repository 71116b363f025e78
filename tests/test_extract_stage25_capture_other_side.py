"""Stage 25 (capture and the other side): a comrade shot at capture in a first-person answer opens its incident
at the scene the answer set, a killing hors de combat when the sentence before tells the surrender; a deportation's
later move from its destination stays the one deportation at its origin (custody moved to a new place of detention
stays an incident of its own, stage 24); a custody told with its own day after an undated strike is not that strike;
a side named as "a member of a Ukrainian unit" after "by" did the act; a claim about "many" with no place, day or
count is a pattern. Every text here is written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 6, 2)


def _incidents(text: str, language: str = "en") -> list[dict]:
    return extract(text, PUBLISHED, language=language).to_contract()["incidents"]


def _at(incidents: list[dict], place: str) -> dict:
    found = [i for i in incidents if (i["location"] or {}).get("name") == place]
    assert len(found) == 1, (place, incidents)
    return found[0]


# -- a comrade shot at capture, told in an interview's answer ---------------------------------------------------------

CAPTURE_ANSWERS = [
    (
        "Voices back home, episode 9\n\n"
        "HOST: My guest is Andrii Koval, a rifleman who spent a year in captivity.\n\n"
        "HOST: How were you taken?\n\n"
        "KOVAL: It was in early March last year, near Avdiivka. Our dugout was cut off. Petro, our medic, had a "
        "shattered knee. The Russians came up, we put our rifles down. One of them looked at Petro and shot him in "
        "the head.",
        "Avdiivka",
    ),
    (
        "Talking captivity, a podcast\n\n"
        "ANNA: My guest today is Ihor Lysenko, a marine who came home in the spring exchange.\n\n"
        "ANNA: Tell us about the day you were captured.\n\n"
        "LYSENKO: That was in October 2024, near Vuhledar. Four of us were left in the trench. Our gunner Oleh could "
        "not walk. The enemy came in and we threw our weapons down. A soldier walked up to Oleh and shot him twice.",
        "Vuhledar",
    ),
    (
        "Coming back, episode 2\n\n"
        "Q: How did it end for your unit?\n\n"
        "MAKSYM HRYN: Near Krynky, in late November 2023. We were surrounded in a basement. Yurii was bleeding from "
        "his side. We laid our guns aside and walked out to the Russians. A paratrooper came over to Yurii and shot "
        "him on the spot.",
        "Krynky",
    ),
]


@pytest.mark.parametrize("text,place", CAPTURE_ANSWERS)
def test_a_comrade_shot_after_the_surrender_before_is_a_killing_hors_de_combat(text: str, place: str) -> None:
    found = _at(_incidents(text), place)
    assert found["violations"] == ["killing_hors_de_combat"]
    assert found["victims"]["category"] == "pow"
    assert found["perpetrator"]["party"] == "RU"


def test_a_comrade_killed_by_a_shell_in_battle_is_no_capture_killing() -> None:
    text = (
        "Voices back home, episode 10\n\n"
        "HOST: What happened at the position?\n\n"
        "KOVAL: It was in early March last year, near Avdiivka. We held the trench for two days. Then a Russian "
        "shell hit the dugout and killed Petro."
    )
    assert all(i["violations"] != ["killing_hors_de_combat"] for i in _incidents(text))


def test_a_killing_after_a_surrender_in_the_same_sentence_is_unchanged() -> None:
    text = (
        "Voices back home, episode 11\n\n"
        "KOVAL: Near Avdiivka, in March 2024. When we came out with our hands raised, a Russian soldier shot Petro."
    )
    found = _at(_incidents(text), "Avdiivka")
    assert found["violations"] == ["killing_hors_de_combat"]


def test_a_prisoner_noun_alone_before_an_act_tells_no_surrender() -> None:
    # the sentence before names prisoners of war but tells no surrender: it does not join the act told next
    text = (
        "Prosecutors said the treatment of prisoners of war changed in November 2024. On 3 May 2025 a video showed "
        "the execution of a Ukrainian soldier near Pokrovsk."
    )
    found = _at(_incidents(text), "Pokrovsk")
    assert found["date"]["start"] == "2025-05-03"


# -- a deportation's later move ---------------------------------------------------------------------------------------

ONWARD_LEGS = [
    (
        "The bus left Oleshky early on 3 July 2023 with twelve children on board, taken to a camp in Yevpatoria. "
        "In September 2023 the group was moved from Yevpatoria to a camp near Anapa.",
        "Oleshky",
        "2023-07-03",
    ),
    (
        "On 10 May 2023 Russian officials deported 20 children from Kakhovka to a sanatorium in Saky. "
        "Two months later the children were transferred from Saky to a children's home in Krasnodar.",
        "Kakhovka",
        "2023-05-10",
    ),
    (
        "Occupation authorities took 15 children from Skadovsk to Russia on 1 August 2022, first to a camp in Anapa. "
        "In October 2022 they were moved from Anapa to a boarding school in Rostov-on-Don, the ombudsman said.",
        "Skadovsk",
        "2022-08-01",
    ),
]


@pytest.mark.parametrize("text,origin,day", ONWARD_LEGS)
def test_a_deportations_later_move_from_its_destination_stays_one_deportation(text: str, origin: str, day: str) -> None:
    incidents = _incidents(text)
    assert len(incidents) == 1, incidents
    found = _at(incidents, origin)
    assert found["violations"] == ["deportation_transfer"]
    assert found["date"]["start"] == day


def test_a_move_from_another_town_is_another_deportation() -> None:
    text = (
        "On 10 May 2023 Russian officials deported 20 children from Kakhovka to a sanatorium in Saky. "
        "In June 2023 they took eight more children from Oleshky to a camp in Anapa."
    )
    incidents = _incidents(text)
    assert {(i["location"] or {}).get("name") for i in incidents} >= {"Kakhovka", "Oleshky"}


def test_a_captive_moved_on_from_a_prison_stays_an_incident_per_place() -> None:
    text = (
        "On 5 April 2022 Russian troops took a volunteer from Vasylivka to a prison in Taganrog. In June 2022 he was "
        "moved from Taganrog to a colony in Bryansk."
    )
    incidents = _incidents(text)
    assert _at(incidents, "Bryansk")["date"]["start"] == "2022-06-01"
    assert _at(incidents, "Vasylivka")


def test_custody_moved_to_a_new_place_of_detention_stays_its_own_incident() -> None:
    text = (
        "On 4 April 2022 Russian soldiers detained a volunteer in Vasylivka and held him in a basement there, where he "
        "was beaten. In June 2022 he was moved from Vasylivka to the pre-trial detention centre in Taganrog, where "
        "guards tortured him with electric shocks."
    )
    incidents = _incidents(text)
    assert _at(incidents, "Taganrog")["violations"][0] in {"torture_ill_treatment", "unlawful_detention"}
    assert _at(incidents, "Vasylivka")


# -- a seizure after an undated strike ---------------------------------------------------------------------------------

SEIZURES_AFTER_A_STRIKE = [
    (
        "A drone struck the school in Bilozerka, residents said, after it had circled above the square. "
        "When the army occupied the area in 2022, the headteacher stayed. On 12 May 2022 she was detained by men in "
        "Russian uniform. She was held for a week in a police station in Bilozerka, where she was beaten."
    ),
    (
        "Witnesses said a shell hit the church in Bilozerka while a drone hovered above it. "
        "The priest was well known in the village. On 12 May 2022 Russian soldiers detained him after a service. "
        "He was kept for a week in the police station in Bilozerka and beaten there."
    ),
    (
        "A missile fell near the hospital in Bilozerka, local people recalled. "
        "Its chief doctor refused to leave. On 12 May 2022 occupying troops seized her at work. "
        "She spent a week in a cell of the police station in Bilozerka, where she was beaten."
    ),
]


@pytest.mark.parametrize("text", SEIZURES_AFTER_A_STRIKE)
def test_a_seizure_with_its_own_day_after_an_undated_strike_is_its_own_custody(text: str) -> None:
    incidents = _incidents(text)
    held = [i for i in incidents if "unlawful_detention" in i["violations"]]
    assert len(held) == 1, incidents
    assert held[0]["date"]["start"] == "2022-05-12"
    assert "torture_ill_treatment" in held[0]["violations"]


def test_a_toll_with_its_own_day_after_an_undated_strike_stays_its_toll() -> None:
    text = "Russian shelling hit the village of Bilozerka. On 12 May 2022 two residents were killed there."
    incidents = _incidents(text)
    assert len(incidents) == 1, incidents


# -- the other side's act and claim ------------------------------------------------------------------------------------

OTHER_SIDE_AGENTS = [
    "On 4 March 2025, near Kupiansk, a wounded Russian soldier who had surrendered was shot by a member of a "
    "Ukrainian unit, according to the mission.",
    "The mission said a captured Russian serviceman was killed by soldiers of a Ukrainian brigade near Kupiansk on "
    "4 March 2025.",
    "A Russian prisoner was shot dead near Kupiansk on 4 March 2025 by a commander of a Ukrainian battalion, two "
    "witnesses told the mission.",
]


@pytest.mark.parametrize("text", OTHER_SIDE_AGENTS)
def test_a_member_of_a_ukrainian_unit_after_by_is_the_accused_side(text: str) -> None:
    found = _at(_incidents(text), "Kupiansk")
    assert found["perpetrator"]["party"] == "UA"


def test_russian_soldiers_doing_the_shooting_stay_the_accused_side() -> None:
    text = (
        "On 4 March 2025, near Kupiansk, members of a Russian assault unit shot two Ukrainian soldiers who had "
        "surrendered, the mission said."
    )
    assert _at(_incidents(text), "Kupiansk")["perpetrator"]["party"] == "RU"


SWEEPING_CLAIMS = [
    'Moscow\'s defence ministry said its returned soldiers would get treatment. It claimed many had been "tortured" '
    "in Ukrainian camps.",
    "The Russian ombudsman alleged that many were beaten in Ukrainian captivity, without giving details.",
    "Russian officials said most of them were abused in Ukrainian prisons.",
]


@pytest.mark.parametrize("text", SWEEPING_CLAIMS)
def test_a_claim_about_many_with_no_place_day_or_count_is_no_incident(text: str) -> None:
    assert _incidents(text) == []


def test_many_killed_in_a_dated_strike_at_a_place_stays_an_incident() -> None:
    text = "On 3 May 2025 a missile hit the market in Kostiantynivka. Many were killed, the governor said."
    assert _at(_incidents(text), "Kostiantynivka")


# -- a day of the month told as a word ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,day",
    [
        ("On the twelfth of November 2024, near Kurakhove, a Russian soldier shot a man.", "2024-11-12"),
        ("On the third of March 2025 Russian troops shot a man near Kurakhove.", "2025-03-03"),
        ("Near Kurakhove, on the twentieth of January 2025, a Russian drone killed a woman.", "2025-01-20"),
    ],
)
def test_a_word_ordinal_of_a_month_is_that_day(text: str, day: str) -> None:
    assert _at(_incidents(text), "Kurakhove")["date"]["start"] == day


def test_an_ordinal_of_people_is_no_day() -> None:
    text = "In March 2025 Russian troops shot two men near Kurakhove. The first of them died at the scene."
    assert _at(_incidents(text), "Kurakhove")["date"] == {"start": "2025-03-01", "end": "2025-03-31"}


# -- soldiers told captured in the act's sentence ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024 near Kozacha Lopan, two Ukrainian soldiers were captured and Russian troops forced them to walk "
        "ahead of a tank.",
        "After two marines were taken prisoner near Kozacha Lopan on 3 May 2024, Russian troops made them walk ahead "
        "of an assault group.",
        "A sergeant said that after he and another soldier had been captured near Kozacha Lopan on 3 May 2024, the "
        "Russians drove them ahead of their column across a minefield.",
    ],
)
def test_soldiers_told_captured_before_the_act_are_prisoners_of_war(text: str) -> None:
    found = _at(_incidents(text), "Kozacha Lopan")
    assert found["victims"]["category"] == "pow"


@pytest.mark.parametrize(
    "text",
    [
        "Troops captured Kozacha Lopan on 3 May 2024 and looted the shops.",
        "Russian troops captured the village of Kozacha Lopan on 3 May 2024 and used residents as human shields.",
    ],
)
def test_troops_capturing_a_village_make_no_prisoners_of_war(text: str) -> None:
    assert _at(_incidents(text), "Kozacha Lopan")["victims"]["category"] != "pow"
