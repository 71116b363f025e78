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
