"""Bodies a report cites, named as the text spells them: regional prosecutors, the JCCC, a ministry."""

from __future__ import annotations

import datetime as dt

from extract_fixtures import document
from warcrimes.extract.steps.actors import find_actors


def sources_of(text: str) -> list[str]:
    return [m.value.name for m in find_actors(document(text, dt.date(2024, 9, 20))) if m.kind == "source"]


def test_regional_prosecutors_keep_their_region():
    text = "A guided bomb killed two women in Bilopillia, the Sumy Regional Prosecutor's Office said."
    assert sources_of(text) == ["Sumy Regional Prosecutor's Office"]


def test_ceasefire_commission_of_the_occupation_authorities_is_a_source():
    text = "Two civilians were killed in Horlivka, the DPR representation in the JCCC said on its Telegram channel."
    assert sources_of(text) == ["Joint Centre for Control and Coordination"]


def test_ministry_keeps_the_spelling_of_the_text():
    assert sources_of("The Russian Defense Ministry said a bus was hit.") == ["Ministry of Defense"]
    assert sources_of("The Russian Defence Ministry said a bus was hit.") == ["Ministry of Defence"]


def test_criminal_case_opened_names_the_investigating_body():
    text = "Russia's Investigative Committee opened a criminal case after the strike."
    assert sources_of(text) == ["Investigative Committee of Russia"]


def test_security_service_that_intercepts_a_call_is_the_source():
    text = "The Security Service of Ukraine has intercepted a call in which a commander orders no prisoners."
    assert sources_of(text) == ["Security Service of Ukraine"]


def test_abbreviated_regional_administration_keeps_its_region():
    text = "Russian forces shelled a school in Stepnohirsk, the Zaporizhzhia OVA reported."
    assert sources_of(text) == ["Zaporizhzhia OVA"]


def test_unit_that_shares_footage_is_a_source_not_the_doer():
    text = "Drone footage of the killing was shared by the 46th Airmobile Brigade."
    assert sources_of(text) == ["46th Airmobile Brigade"]


def test_the_officials_who_wrote_are_the_body_named_just_before():
    text = (
        "A drone injured one person in Sumy Oblast, the Sumy Regional Military Administration informed. "
        "Another strike hit the Shalyhyne community, the officials wrote."
    )
    assert sources_of(text) == ["Sumy Regional Military Administration"] * 2


def test_the_officials_point_back_by_sentences_not_by_the_length_of_what_stands_between():
    long_sentence = "Rescuers worked through the night to clear the rubble of the collapsed five-storey building. " * 4
    near = (
        "A drone injured one person in Sumy Oblast, the Sumy Regional Military Administration informed. "
        + long_sentence
        + "Another strike hit the Shalyhyne community, the officials wrote."
    )
    far = near.replace(long_sentence, long_sentence * 2)
    assert sources_of(near)[-1] == "Sumy Regional Military Administration"
    assert sources_of(far)[-1] == "officials"


def test_body_inside_an_adjective_is_not_cited():
    text = "The footage appeared on pro-Kremlin channels and could not be verified."
    assert sources_of(text) == []


def test_abbreviated_title_is_not_a_name():
    assert sources_of("Rescuers searched the rubble, Regional Gov. Ivan Fedorov said.") == ["Ivan Fedorov"]


def test_body_that_has_not_commented_is_no_source():
    text = "A video shows the killing. Russia's Defence Ministry has not commented."
    assert sources_of(text) == []
