"""Stage 25b (strY): an attack told with a day of its own and harmed people of its own, after an account that told its
act and harm with no day (or only a month), is an earlier or later strike, not the account's day; a strike told with
a word of frequency and dated only by a season or a month is the place's pattern, no single strike. A lead giving a
headline's day, an account opening on its act told back, and a day told with the dead counted again stay one
incident. All texts are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2026, 5, 20)


def _incidents(text: str) -> list[tuple[str | None, str | None, str | None]]:
    extraction = extract(text, PUBLISHED, "en")
    return [
        (
            i.facts.location.name if i.facts.location else None,
            str(i.facts.date.start) if i.facts.date else None,
            str(i.facts.date.end) if i.facts.date else None,
        )
        for i in extraction.incidents
    ]


@pytest.mark.parametrize("text", [
    "Regional brief\n\nA Russian drone struck a water company's van in Snovsk this morning. One worker was killed. "
    "Two others were taken to hospital with wounds.\n\nThe town lies close to the border. On 2 May a drone hit a "
    "shop in the town, injuring its owner, the council said.",
    "Court news\n\nA military court jailed a Russian soldier for killing a farmer in Zolotonosha in April 2022. "
    "The farmer was shot near his barn and died there. Prosecutors said the soldier fired from his vehicle.\n\n"
    "Investigators say the unit did more there. On 20 April 2022, soldiers at the same post fired at a minibus, "
    "wounding three passengers.",
    "Evening update\n\nRussian artillery shelled a bakery in Snovsk, killing a woman and wounding a man. The "
    "bakery had opened only last year. On 3 May shells hit a clinic in the same street, and a nurse and two "
    "patients were injured, officials said.",
])
def test_an_attack_told_with_its_own_day_after_an_undated_account_is_another_event(text):
    found = _incidents(text)
    assert len(found) == 2, found
    own = [f for f in found if f[1] in ("2026-05-02", "2026-05-03", "2022-04-20")]
    assert len(own) == 1 and own[0][1] == own[0][2], found  # the later strike on its own day
    assert found[0][1] != own[0][1], found  # the account does not take that day


@pytest.mark.parametrize("text", [
    # a title's toll, then the lead that gives its day with the dead counted again
    "Drone kills two in Snovsk\n\nOn 18 May a Russian drone struck a house in Snovsk, killing two people and "
    "wounding three, the governor said.",
    # an account opening on its act told back: the day told later is that act's
    "Two people missing since the attack on the clinic in Snovsk have been found dead. Rescuers recovered their "
    "bodies from the rubble. Overall the strike killed four. On 17 May a missile hit the clinic, killing two and "
    "injuring 20.",
    # the day told with the same dead counted again
    "A Russian shell hit a market in Snovsk, killing three traders. Several stalls burned. On 18 May the shell "
    "struck the market at noon, killing three, officials said.",
])
def test_a_day_told_for_the_act_already_told_stays_one_incident(text):
    found = _incidents(text)
    assert len(found) == 1, found


@pytest.mark.parametrize("text", [
    "A Russian drone struck a bus stop in Snovsk, killing a man, the mayor said. Snovsk has been hit almost daily by "
    "drones this spring.",
    "A shell hit a school in Snovsk, wounding a teacher. The town of Snovsk is shelled night after night this month, "
    "the mayor said.",
    "A missile hit a garage in Snovsk, injuring a mechanic. Since the spring Snovsk has been struck again and again.",
])
def test_strikes_told_with_a_word_of_frequency_are_a_pattern_that_dates_no_strike(text):
    found = _incidents(text)
    assert len(found) == 1, found
    assert found[0][1] is None, found  # the season or month of the pattern is not the one strike's day


@pytest.mark.parametrize("text", [
    # a word of frequency beside one strike's day: the strike is told
    "On 18 May Snovsk was hit again and again: a drone struck a bus stop, killing a man.",
    "Shells fell on Snovsk almost daily, and on 18 May one hit a school, wounding a teacher.",
])
def test_a_word_of_frequency_beside_a_day_still_tells_the_strike(text):
    found = _incidents(text)
    assert len(found) == 1, found
    assert found[0][1] == "2026-05-18", found


@pytest.mark.parametrize("text", [
    "The Snovsk Children's Rights Centre said a drone struck a bus stop in Horodnia on 18 May, killing a man.",
    "According to the Snovsk Women's Legal Aid Centre, a drone struck a bus stop in Horodnia on 18 May, killing a man.",
    "In a statement, the Snovsk Children's Aid Institute reported that a drone struck a bus stop in Horodnia on 18 "
    "May, killing a man.",
])
def test_a_place_opening_an_organisations_name_with_a_possessive_is_no_scene(text):
    found = _incidents(text)
    assert [f[0] for f in found] == ["Horodnia"], found


@pytest.mark.parametrize("text", [
    "A drone struck the centre of Snovsk on 18 May, killing a man.",
    "A drone struck Snovsk's central market on 18 May, killing a man.",
])
def test_a_place_with_a_possessive_or_a_centre_word_outside_a_name_stays_the_scene(text):
    found = _incidents(text)
    assert [f[0] for f in found] == ["Snovsk"], found
