"""Stage 25 (splX): sentences that sum up or frame an event told elsewhere in the report open no incident of their
own. The day of a meeting or hearing where a case was told dates the gathering, not the act; people counted as the
ones who gave testimony are witnesses, not victims. Look-alikes keep the act's own day and the victims' count.
Every text here is written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 10, 22)  # a Wednesday


def _facts(text: str) -> list:
    return [i.facts for i in extract(text, PUBLISHED, language="en").incidents]


# -- the day of a gathering where a case was told dates the gathering ---------------------------------------------

GATHERING_TITLES = [
    "Parliamentary inquiry - minutes\n"
    "Summary of evidence, meeting of Tuesday, October 21, 2025: \"Ukrainian children taken to Russia\"\n\n"
    "A witness told the inquiry that on 6 September 2022 occupation officials took nine children from a boarding "
    "school in Skadovsk, in Kherson Oblast, and drove them to a camp in Anapa.",
    "Minutes of the hearing on 20 October 2025: \"Deportation of Ukrainian children\"\n\n"
    "The witness said that on 6 September 2022 Russian officials deported nine children from a boarding school in "
    "Skadovsk, Kherson Oblast, to a camp in Anapa.",
    "Notes from the session of 14 October 2025: Ukrainian children deported to Russia\n\n"
    "A charity director said Russian officials on 6 September 2022 took nine children from a boarding school in "
    "Skadovsk, in Kherson Oblast, and moved them to Anapa.",
]


@pytest.mark.parametrize("text", GATHERING_TITLES)
def test_a_meeting_day_in_a_title_dates_no_act_of_its_own(text):
    facts = _facts(text)
    assert len(facts) == 1
    assert facts[0].location is not None and facts[0].location.name == "Skadovsk"
    assert str(facts[0].date.start) == "2022-09-06"


@pytest.mark.parametrize("text", [
    "On 20 October 2025 Russian officials deported nine children from a boarding school in Skadovsk, Kherson "
    "Oblast, to a camp in Anapa.",
    "A drone struck a meeting of village council staff in Bilozerka on 20 October 2025, killing two women.",
])
def test_a_day_beside_the_act_still_dates_it(text):
    facts = _facts(text)
    assert len(facts) == 1
    assert str(facts[0].date.start) == "2025-10-20"


# -- people counted as those who testified are witnesses ------------------------------------------------------------

WITNESS_COUNTS = [
    "Russian soldiers looted houses in Yablunka in March 2022, prosecutors said, relying on the testimony of five "
    "residents.",
    "Russian soldiers looted the shop in Yablunka in March 2022, the court found after hearing statements of four "
    "villagers.",
    "Russian soldiers looted the shop in Yablunka in March 2022, according to the verdict, which rests on evidence "
    "given by four residents of the street.",
]


@pytest.mark.parametrize("text", WITNESS_COUNTS)
def test_people_who_testified_are_not_counted_as_victims(text):
    facts = _facts(text)
    assert len(facts) == 1
    assert facts[0].victims.min is None


@pytest.mark.parametrize("text", [
    "The testimony of the survivors says four residents were shot in the yard of the school in Yablunka on 5 March "
    "2022.",
    "Witnesses gave statements of four residents killed by Russian soldiers in Yablunka on 5 March 2022.",
])
def test_victims_told_inside_a_testimony_are_counted(text):
    facts = _facts(text)
    assert len(facts) == 1
    assert facts[0].victims.min == 4


# -- a summary of counted cases is told by the account right after it ----------------------------------------------

SUMMARY_THEN_ACCOUNT = [
    "17. On 6 April 2025 Russian soldiers shot three Ukrainian soldiers who had raised their hands near Torske. The "
    "mission verified the video.\n\n"
    "18. The mission also documented one case of the killing of a Russian serviceman hors de combat by Ukrainian "
    "forces. On 11 May 2025, near Vovchansk, a captured Russian soldier was shot by Ukrainian soldiers, two "
    "witnesses said.",
    "On 6 April 2025 Russian soldiers shot three Ukrainian soldiers who had surrendered near Torske.\n\n"
    "The monitors documented one case of the killing of a captured Russian soldier by Ukrainian forces. On 20 May "
    "2025, in a forest near Lyptsi, Ukrainian servicemen shot a wounded Russian prisoner.",
    "17. On 6 April 2025 Russian soldiers shot three Ukrainian soldiers who had raised their hands near Torske.\n\n"
    "18. HRMMU also documented one case of the killing of a Russian serviceman hors de combat by Ukrainian forces. "
    "On 11 May 2025, near Vovchansk, Kharkiv region, a wounded Russian soldier who had been captured was shot by a "
    "member of a Ukrainian unit, according to two witnesses.",
]


@pytest.mark.parametrize("text", SUMMARY_THEN_ACCOUNT)
def test_a_summary_of_one_case_joins_the_account_after_it(text):
    facts = _facts(text)
    assert len(facts) == 2
    later = facts[1]
    assert later.location is not None and later.location.name in ("Vovchansk", "Lyptsi")
    assert later.date is not None and later.perpetrator.party == "UA"


def test_a_summary_with_another_side_and_count_stays_apart():
    text = (
        "17. On 6 April 2025 Russian soldiers shot three Ukrainian soldiers who had raised their hands near Torske.\n\n"
        "18. The mission also documented one case of the killing of a Russian serviceman hors de combat by Ukrainian "
        "forces. On 11 May 2025, near Vovchansk, Russian soldiers shot two captured Ukrainian soldiers."
    )
    facts = _facts(text)
    assert [f.victims.min for f in facts if f.location and f.location.name == "Vovchansk"] == [2]
    assert len(facts) == 3


@pytest.mark.parametrize("text", [
    "On 2 May 2025 a missile struck a school in Sloviansk, killing two teachers. Earlier, on 30 April, a missile "
    "struck a school in Kramatorsk, killing one teacher.",
    "On 2 May 2025 a missile struck a school in Sloviansk, killing two teachers.\n\nOn 30 April a missile struck a "
    "school in Kramatorsk, killing two teachers.",
])
def test_two_strikes_on_two_towns_stay_two(text):
    assert sorted(f.location.name for f in _facts(text)) == ["Kramatorsk", "Sloviansk"]


# -- the side whose man did it --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "side"), [
    ("On 11 May 2025, near Vovchansk, Kharkiv region, a wounded Russian soldier who had been captured was shot by a "
     "member of a Ukrainian unit, according to two witnesses.", "UA"),
    ("On 3 June 2025, near Lyptsi, a captured Russian serviceman who had been wounded was killed by one officer of a "
     "Ukrainian battalion, according to the mission.", "UA"),
    ("On 9 June 2025, near Lyptsi, a wounded Ukrainian soldier who had been captured was shot by a member of a "
     "Russian unit, according to two witnesses.", "RU"),
    ("On 11 May 2025, near Vovchansk, a wounded Ukrainian soldier who had surrendered was shot by soldiers of the "
     "Russian brigade, a witness said.", "RU"),
])
def test_the_side_of_the_man_who_did_it_is_the_doer(text, side):
    [facts] = _facts(text)
    assert facts.perpetrator.party == side


def test_a_side_named_as_the_victims_kin_is_no_doer():
    text = (
        "On 11 May 2025 near Vovchansk Russian soldiers shot a member of a Ukrainian volunteer unit who had "
        "surrendered."
    )
    [facts] = _facts(text)
    assert facts.perpetrator.party == "RU"
