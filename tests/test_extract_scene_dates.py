"""A day set in a scene-setting sentence inside an account ('On May 3, troops stormed the trench near X.')
dates the act told around it; days of attribution ('reported on May 9') or of a court step do not."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2024, 5, 20)


def dates(text: str) -> list[dict | None]:
    return [i["date"] for i in extract(text, PUBLISHED).to_contract()["incidents"]]


@pytest.mark.parametrize("text", [
    "Russian soldiers shot three captured Ukrainian soldiers near Bakhmut. On May 3, the Russians stormed the "
    "trenches near Bakhmut. They then shot the three men who had laid down their arms.",
    "Troops executed two prisoners of war near Avdiivka. The assault on the positions near Avdiivka began on "
    "May 3 at dawn. The two were shot after they surrendered.",
    "Occupiers shot four unarmed Ukrainian defenders near Pokrovsk. Fighting around Pokrovsk was heavy on May 3, "
    "and the four were cut off from their unit.",
])
def test_a_day_set_in_the_scene_dates_the_killing(text):
    assert dates(text) == [{"start": "2024-05-03", "end": "2024-05-03"}]


@pytest.mark.parametrize("text", [
    "Russian soldiers shot three captured Ukrainian soldiers near Bakhmut. This was reported by the "
    "Prosecutor General's Office on May 9.",
    "Russian soldiers shot three captured Ukrainian soldiers near Bakhmut. Prosecutors charged a Russian officer "
    "with giving the order on May 9.",
])
def test_the_day_of_the_report_or_of_a_court_step_dates_nothing(text):
    assert dates(text) == [None]


@pytest.mark.parametrize("text", [
    "Prosecutors learned on May 9 that Russian soldiers shot a man in Kherson.",
    "The body was identified on May 9; Russian soldiers had shot the man in Kherson.",
    "Police received on May 9 a video in which Russian soldiers shoot a man in Kherson.",
])
def test_the_day_news_was_received_or_identified_is_no_event_date(text):
    assert dates(text) == [None]


def test_the_day_of_the_shooting_itself_is_the_event_date():
    assert dates("Russian soldiers shot a man in Kherson on May 9, police said.") == [
        {"start": "2024-05-09", "end": "2024-05-09"}]


@pytest.mark.parametrize("text", [
    "A video shows Russian soldiers shooting an unarmed Ukrainian soldier. His brigade said he had been missing "
    "since May 3 after fighting near Bakhmut.",
    "Russian troops executed a captured Ukrainian serviceman, a video suggests. The man had been missing in action "
    "since May 3 near Avdiivka, his unit said.",
    "Footage shows Russian forces killing a Ukrainian prisoner of war near Pokrovsk. Relatives had not heard from "
    "him since May 3.",
])
def test_missing_since_a_day_bounds_the_killing_told_around_it(text):
    assert dates(text) == [{"start": "2024-05-03", "end": "2024-05-20"}]


@pytest.mark.parametrize("text", [
    "On May 3, Russian troops captured three Ukrainian soldiers near Bakhmut. The soldiers were later shot dead.",
    "Russian forces entered Bucha on May 3. They shot two men who were riding bicycles.",
    "On May 3, Russian troops stormed the Ukrainian positions near Bakhmut. Then they executed four soldiers who "
    "had surrendered.",
])
def test_a_day_set_in_the_sentence_before_dates_the_act_that_refers_back_to_it(text):
    assert dates(text) == [{"start": "2024-05-03", "end": "2024-05-03"}]


@pytest.mark.parametrize("text", [
    "On May 3 the governor said the city had been quiet for a week. A Russian drone later killed a man in Kherson.",
    "Russian troops occupied Kherson on May 3. Residents say soldiers shot a man at a checkpoint.",
])
def test_a_day_before_an_act_that_opens_afresh_dates_nothing(text):
    assert dates(text) == [None]


@pytest.mark.parametrize("text", [
    "Ukrainian prosecutors on Monday opened an investigation into the execution of two POWs near Bakhmut.",
    "On Monday, police launched a pre-trial investigation into the killing of a man in Kherson.",
    "The Prosecutor General's Office on May 3 initiated criminal proceedings over the shelling of Nikopol, which "
    "killed two people.",
])
def test_the_day_an_investigation_opens_does_not_date_the_act(text):
    assert dates(text) == [None]


@pytest.mark.parametrize("text", [
    "On May 3 Russian troops opened fire on a car near Kherson, killing two people. Police opened an investigation.",
    "On May 3 a Russian drone killed a man in Kherson, and police opened an investigation.",
])
def test_an_act_dated_before_the_investigation_keeps_its_day(text):
    assert dates(text) == [{"start": "2024-05-03", "end": "2024-05-03"}]


@pytest.mark.parametrize("text", [
    "The ombudsman said on Friday that a Russian drone had killed two civilians in Kherson.",
    "A Russian shell had killed three people in Nikopol, the governor said on Friday.",
])
def test_a_strike_told_as_before_the_saying_is_not_dated_by_the_saying(text):
    assert dates(text) == [None]


@pytest.mark.parametrize("text", [
    "A Russian missile hit the railway station in Kramatorsk, killing 50 people, officials said on Friday.",
    "A Russian drone has killed two civilians in Kherson, the governor said on Friday.",
])
def test_a_strike_with_a_toll_told_on_a_day_happened_that_day(text):
    assert dates(text) == [{"start": "2024-05-17", "end": "2024-05-17"}]


def test_a_running_total_of_the_town_on_a_day_dates_its_undated_incidents():
    text = ("A Russian missile hit a hospital in Kyiv, killing two doctors. Rescuers are still working at two more "
            "locations in the city. In a house in Kyiv, the bodies of three people were found. In total, as of noon, "
            "31 people were killed in Kyiv as a result of Russian strikes on May 3.")
    assert dates(text)[0] == {"start": "2024-05-03", "end": "2024-05-03"}


def test_a_running_total_of_another_town_dates_nothing_here():
    text = ("A Russian missile hit a hospital in Kyiv, killing two doctors. Rescuers are still working at two more "
            "locations in the city. In a house in Kyiv, the bodies of three people were found. In total, as of noon, "
            "31 people were killed in Kharkiv as a result of Russian strikes on May 3.")
    assert dates(text)[0] is None
