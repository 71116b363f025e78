"""Date grammar: each test is one hand-written sentence and the interval it must resolve to."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.language import load
from warcrimes.extract.engine.values import DateValue
from warcrimes.extract.lang.en.dates import find_dates
from warcrimes.extract.steps.dates import dates

tokenise = load("en").tokenise

SUNDAY = dt.date(2024, 2, 25)  # a Sunday: the publication date of most examples below


def only(text: str, published: dt.date = SUNDAY) -> tuple[str, DateValue, str]:
    """The single date mention in `text`: its surface, value and rule."""
    found = find_dates(tokenise(text), published)
    assert len(found) == 1, [(text[m.start : m.end], m.value) for m in found]
    m = found[0]
    return text[m.start : m.end], m.value, m.rule


def interval(text: str, published: dt.date = SUNDAY) -> tuple[str, str]:
    _, value, _ = only(text, published)
    return value.start.isoformat(), value.end.isoformat()


def d(iso: str) -> tuple[str, str]:
    return iso, iso


# -- absolute dates --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Troops shot the men near the village on Feb. 24.",
        "The column was shelled on 24 February 2024 at dawn.",
        "The column was shelled on February 24, 2024, officials said.",
        "Prosecutors dated the strike to 2024-02-24.",
        "The protocol records the detention on 24.02.2024.",
        "On the 24th of February a convoy was hit.",
        "The drone struck on Feb 24th near the school.",
    ],
)
def test_absolute_forms_give_february_twenty_fourth(text):
    assert interval(text) == d("2024-02-24")


def test_feb_24_is_one_mention_not_two():
    surface, value, _ = only("Russian troops executed the men on Feb. 24, the ombudsman said.")
    assert surface == "Feb. 24"
    assert value.granularity == "day"


def test_on_november_24_in_a_january_report_means_last_year():
    assert interval("The hospital was hit on November 24.", dt.date(2024, 1, 10)) == d("2023-11-24")


def test_dec_28_in_a_january_report_means_last_year():
    assert interval("Civilians were detained on Dec. 28.", dt.date(2024, 1, 3)) == d("2023-12-28")


def test_a_date_a_few_days_after_publication_keeps_this_year():
    assert interval("The exchange is planned for March 1.", SUNDAY) == d("2024-03-01")


def test_us_slash_date_with_day_over_twelve_reads_month_first():
    assert interval("The order was signed on 02/24/2024.") == d("2024-02-24")


def test_impossible_calendar_day_gives_no_date():
    assert find_dates(tokenise("They were seen on February 30."), SUNDAY) == []


# -- weekdays and deictic words ---------------------------------------------------------------------
def test_on_monday_is_the_most_recent_monday_before_publication():
    assert interval("Two POWs were shot on Monday.") == d("2024-02-19")


def test_weekday_equal_to_publication_day_is_that_day():
    assert interval("Officials said on Sunday that the bodies were found.") == d("2024-02-25")


def test_last_tuesday_is_strictly_before_publication():
    assert interval("The village was shelled last Tuesday.", dt.date(2024, 2, 20)) == d("2024-02-13")


def test_monday_night_spans_into_tuesday():
    _, value, _ = only("Drones hit the city on Monday night.")
    assert (value.start, value.end, value.granularity) == (
        dt.date(2024, 2, 19),
        dt.date(2024, 2, 20),
        "night",
    )


def test_weekday_followed_by_an_explicit_date_takes_the_explicit_date():
    surface, value, rule = only("The strike came on Tuesday, Feb. 13, at night.")
    assert (surface, value.start, rule) == ("Tuesday, Feb. 13", dt.date(2024, 2, 13), "weekday_date")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The convoy was hit yesterday.", d("2024-02-24")),
        ("The shelling began today.", d("2024-02-25")),
        ("The man was detained the day before yesterday.", d("2024-02-23")),
        ("Missiles struck the port overnight.", ("2024-02-24", "2024-02-25")),
        ("Missiles struck the port last night.", ("2024-02-24", "2024-02-25")),
        ("The mayor was abducted this morning.", d("2024-02-25")),
        ("Two civilians were killed yesterday morning.", d("2024-02-24")),
    ],
)
def test_deictic_words_count_from_publication(text, expected):
    assert interval(text) == expected


def test_deictic_dates_are_marked_relative():
    _, value, _ = only("The convoy was hit yesterday.")
    assert value.relative is True


# -- weeks, months, years ----------------------------------------------------------------------------
def test_last_week_is_the_previous_monday_to_sunday_week():
    assert interval("Last week, the military said troops killed two POWs.") == ("2024-02-12", "2024-02-18")


def test_last_week_from_a_wednesday():
    assert interval("Last week two men vanished.", dt.date(2024, 2, 21)) == ("2024-02-12", "2024-02-18")


def test_this_week_runs_from_monday_to_publication():
    assert interval("The bodies were exhumed this week.") == ("2024-02-19", "2024-02-25")


def test_earlier_this_month_runs_from_the_first_to_publication():
    surface, value, _ = only("Earlier this month, the prosecutor opened a case.")
    assert surface == "Earlier this month"
    assert (value.start, value.end) == (dt.date(2024, 2, 1), SUNDAY)


def test_last_month_is_the_previous_calendar_month():
    assert interval("The school was shelled last month.", dt.date(2024, 1, 15)) == (
        "2023-12-01",
        "2023-12-31",
    )


def test_last_year_is_the_previous_calendar_year():
    assert interval("He was captured last year.") == ("2023-01-01", "2023-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The village was occupied in early February.", ("2024-02-01", "2024-02-10")),
        ("The village was occupied in mid-February.", ("2024-02-11", "2024-02-20")),
        ("The village was occupied in late February.", ("2024-02-21", "2024-02-29")),
        ("The village was occupied at the end of January.", ("2024-01-21", "2024-01-31")),
        ("The village was occupied in February.", ("2024-02-01", "2024-02-29")),
        ("The village was occupied in February 2022.", ("2022-02-01", "2022-02-28")),
        ("The village was occupied in 2022.", ("2022-01-01", "2022-12-31")),
        ("The village was occupied in late 2022.", ("2022-09-01", "2022-12-31")),
        ("The camp was used in the summer of 2022.", ("2022-06-01", "2022-08-31")),
    ],
)
def test_parts_of_months_and_years(text, expected):
    assert interval(text) == expected


def test_in_november_in_a_february_report_means_last_november():
    assert interval("Deportations began in November.") == ("2023-11-01", "2023-11-30")


def test_last_october_is_the_most_recent_october_before_this_month():
    assert interval("He disappeared last October.", dt.date(2022, 11, 25)) == ("2022-10-01", "2022-10-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shelter was hit two days ago.", d("2024-02-23")),
        ("The shelter was hit 3 days ago.", d("2024-02-22")),
        ("The shelter was hit three weeks ago.", d("2024-02-04")),
        ("The shelter was hit a week ago.", d("2024-02-18")),
        ("The shelter was hit two months ago.", d("2023-12-25")),
    ],
)
def test_ago_counts_back_from_publication(text, expected):
    assert interval(text) == expected


# -- nights and ranges -------------------------------------------------------------------------------
def test_night_of_feb_18_runs_to_the_next_day():
    surface, value, rule = only("On the night of Feb. 18 the men were taken away.")
    assert (surface, value.start, value.end, rule) == (
        "the night of Feb. 18",
        dt.date(2024, 2, 18),
        dt.date(2024, 2, 19),
        "night_of",
    )


def test_night_of_18_to_19_february():
    assert interval("Shelling went on during the night of 18 to 19 February.") == ("2024-02-18", "2024-02-19")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Detainees were beaten from Feb. 18 to 20.", ("2024-02-18", "2024-02-20")),
        ("Detainees were beaten Feb. 18-20.", ("2024-02-18", "2024-02-20")),
        ("Detainees were beaten between March 1 and March 5, 2023.", ("2023-03-01", "2023-03-05")),
        ("Detainees were beaten during February-March 2022.", ("2022-02-01", "2022-03-31")),
        ("Detainees were beaten from 18 to 20 February.", ("2024-02-18", "2024-02-20")),
        ("The town was held from March 2, 2022 until November 11.", ("2022-03-02", "2022-11-11")),
        ("The unit fought there in 2022-2023.", ("2022-01-01", "2023-12-31")),
    ],
)
def test_ranges_give_one_interval(text, expected):
    assert interval(text) == expected


def test_range_across_new_year_puts_the_start_in_the_previous_year():
    assert interval("They were held from Dec. 28 to Jan. 3.", dt.date(2024, 1, 10)) == (
        "2023-12-28",
        "2024-01-03",
    )


def test_since_a_date_runs_to_publication():
    assert interval("He has been held since Feb. 3.") == ("2024-02-03", "2024-02-25")


# -- reporting dates -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Lubinets wrote on Telegram on Feb. 25.",
        "The brigade reported on Feb. 19 that the soldiers were shot.",
        "The ministry said on Monday that two POWs had died.",
        "The prosecutor announced on Feb. 20 a new case.",
        "The report, published on Feb. 21, lists the names.",
        "The governor said in a statement on Feb. 22 that the school was hit.",
    ],
)
def test_dates_governed_by_a_reporting_verb_are_reporting_dates(text):
    _, value, _ = only(text)
    assert value.role == "reported"


def test_event_date_after_a_reporting_clause_stays_an_event():
    _, value, _ = only("The ministry said Russian troops killed two POWs on Feb. 18.")
    assert value.role == "event"


def test_as_of_marks_the_date_of_a_figure():
    _, value, _ = only("As of Feb. 20, 3,135 people had returned.")
    assert value.role == "as_of"


# -- what is not a date ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "May God protect them, she said.",
        "Troops march through the town.",
        "The 110th Brigade reported seven wounded.",
        "They counted 2024 shells.",
        "At 10:30 the sirens sounded.",
        "This attack must be documented.",
        "Article 8 of the Rome Statute applies.",
    ],
)
def test_words_that_look_like_dates_but_are_not(text):
    assert find_dates(tokenise(text), SUNDAY) == []


def test_step_adds_date_mentions_sorted_with_spans_into_the_text():
    text = "On Feb. 18, three POWs were killed. Last week two more died. Lubinets wrote on Feb. 25."
    doc = Document(text=text, published=SUNDAY)
    dates(doc)
    surfaces = [text[m.start : m.end] for m in doc.of_kind("date")]
    assert surfaces == ["Feb. 18", "Last week", "Feb. 25"]
    assert all(m.kind == "date" for m in doc.of_kind("date"))


def test_an_hour_ago_is_the_publication_day():
    assert interval("The mayor was abducted an hour ago.", dt.date(2022, 3, 12)) == d("2022-03-12")


def test_in_the_summer_without_a_year_is_the_most_recent_summer():
    assert interval("The video was filmed in the summer.", dt.date(2023, 4, 12)) == (
        "2022-06-01",
        "2022-08-31",
    )


def test_the_fall_of_a_city_is_not_a_season():
    assert find_dates(tokenise("After the fall of Mariupol the camp opened."), SUNDAY) == []


def test_on_this_day_in_a_year_is_the_anniversary():
    assert interval("On this day in 2022, missiles hit the mall.", dt.date(2023, 6, 28)) == d("2022-06-28")


def test_a_time_after_a_range_word_is_not_a_day():
    text = "The blast came between 22:00 of 28 July 2022 and 01:00 of 29 July 2022."
    found = [text[m.start : m.end] for m in find_dates(tokenise(text), dt.date(2023, 7, 28))]
    assert found == ["28 July 2022", "29 July 2022"]


def test_as_of_the_morning_of_is_an_as_of_date():
    _, value, _ = only("As of the morning of June 28, ten people had died.", dt.date(2023, 6, 28))
    assert value.role == "as_of"


def test_full_month_name_does_not_swallow_the_full_stop():
    surface, _, _ = only("The boy was taken in May.", dt.date(2023, 7, 4))
    assert surface == "May"


def test_since_the_full_scale_invasion_starts_on_24_february_2022():
    surface, value, rule = only("He has been held since the start of the full-scale invasion.")
    assert (surface, value.start, value.end, rule) == (
        "since the start of the full-scale invasion",
        dt.date(2022, 2, 24),
        SUNDAY,
        "since",
    )


def test_overnight_on_a_date_is_the_night_before_it():
    assert interval("Drones struck overnight on Feb. 25.") == ("2024-02-24", "2024-02-25")


def test_in_spring_without_a_year_is_the_most_recent_spring():
    assert interval("The men were taken in spring.") == ("2023-03-01", "2023-05-31")


def test_parts_of_months_joined_by_to_make_one_range_with_the_later_year():
    text = "The city was under siege from late February to mid-May 2022."
    assert interval(text, dt.date(2023, 6, 8)) == ("2022-02-21", "2022-05-20")


def test_weekdays_joined_by_to_make_one_range():
    assert interval("Shelling went on from Monday to Wednesday.", dt.date(2023, 6, 8)) == (
        "2023-06-05",
        "2023-06-07",
    )


def test_a_date_followed_by_last_year_takes_last_year():
    assert interval("Russia seized the town on March 2 last year.", dt.date(2023, 6, 8)) == d("2022-03-02")


def test_two_days_joined_by_and_before_a_month():
    assert interval("Strikes hit the port on 7 and 8 June.", dt.date(2023, 6, 8)) == (
        "2023-06-07",
        "2023-06-08",
    )


def test_month_day_and_a_count_is_not_a_range():
    text = "On June 7 and 12 people died."
    assert [text[m.start : m.end] for m in find_dates(tokenise(text), dt.date(2023, 6, 8))] == ["June 7"]


# -- days told from the day named before them --------------------------------------------------------
def all_dates(text: str, published: dt.date = SUNDAY) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.value.start.isoformat()) for m in find_dates(tokenise(text), published)]


def test_a_day_after_counts_from_the_day_named_before():
    text = "On Feb. 19 a missile struck the depot. A day after, a drone hit the market."
    assert all_dates(text)[-1] == ("A day after", "2024-02-20")


def test_the_same_day_repeats_the_day_named_before():
    text = "Shelling hit the town on 20 February. The same day, a bomb fell on the school."
    assert all_dates(text)[-1] == ("The same day", "2024-02-20")


def test_counted_days_later_and_the_day_before():
    text = "The column was stopped on Feb. 10. Two days later the men were moved; the day before, one escaped."
    assert all_dates(text)[1:] == [("Two days later", "2024-02-12"), ("the day before", "2024-02-11")]


def test_the_next_day_with_no_day_named_before_gives_no_date():
    assert all_dates("The next day, the bodies were collected.") == []


@pytest.mark.parametrize("text", ["Over the day, troops shelled 20 towns.", "In the last 24 hours, three were killed."])
def test_a_daily_round_up_covers_the_day_before_publication(text):
    _, value, _ = only(text)
    assert (value.start, value.end, value.granularity) == (SUNDAY - dt.timedelta(days=1), SUNDAY, "window")


def test_earlier_in_the_day_is_the_day_named_before():
    text = "Shelling hit the town on Feb. 20. Earlier in the day, a drone struck a car."
    assert all_dates(text)[-1] == ("Earlier in the day", "2024-02-20")


def test_a_birth_year_is_no_date():
    assert all_dates("A man born in 1965 and a woman born in 1971 were killed.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Last week, the military said troops shot two prisoners.",
        "On Monday, officials said a drone hit a bus.",
        "Earlier this week, the Prosecutor General's Office said soldiers shot two prisoners.",
        "On Friday, Ukraine's human rights commissioner's office said a drone hit a bus.",
        "Last week, the head of the regional military administration said troops shot a man.",
        "On May 5, police received information that soldiers had shot a man.",
        "On Friday, investigators learned that troops had executed two prisoners.",
        "Last week, the ombudsman confirmed that a drone had hit a bus.",
    ],
)
def test_a_date_opening_a_statement_dates_the_statement(text):
    assert only(text)[1].role == "reported"


def test_a_date_opening_a_long_clause_before_a_verb_of_saying_stays_the_event_date():
    text = "On Friday, troops of the 5th brigade shelled the town where the mayor said he lived."
    assert only(text)[1].role == "event"


def test_a_date_opening_an_event_stays_the_event_date():
    assert only("On Feb. 20, a strike killed three people, officials said.")[1].role == "event"


def test_the_date_of_an_accusation_is_not_the_date_of_the_act():
    assert only("The council accused Russian forces on Thursday of deporting thousands.")[1].role == "reported"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A drone hit the city on New Year's Eve.", "2023-12-31"),
        ("Shelling on Christmas Day killed two.", "2023-12-25"),
    ],
)
def test_fixed_holidays_are_their_day_in_the_latest_year(text, day):
    assert interval(text, dt.date(2024, 1, 2)) == d(day)


def _last(text: str, published: dt.date) -> tuple[str, str]:
    """The interval of the last date mention in `text`."""
    value = find_dates(tokenise(text), published)[-1].value
    return value.start.isoformat(), value.end.isoformat()


@pytest.mark.parametrize(("text", "day"), [
    ("On the evening of June 27, missiles hit a cafe. On this day in 2022, missiles hit the mall.", "2022-06-27"),
    ("A drone struck a bus on Tuesday, June 27. As of the morning of June 28, ten were dead. "
     "On this day in 2022, a missile hit a mall.", "2022-06-27"),
    ("Shelling hit the market on June 26, the governor said on June 27. On this day in 2021, a shell hit it too.",
     "2021-06-26"),
])
def test_on_this_day_is_the_anniversary_of_the_event_just_told(text, day):
    assert _last(text, dt.date(2023, 6, 28)) == d(day)


@pytest.mark.parametrize("text", [
    "Troops shot two men on May 2, 2023. On this day in 2022, missiles hit the mall.",  # not this week's news
    "The governor said on June 27 that rebuilding goes on. On this day in 2022, missiles hit the mall.",  # a saying
])
def test_on_this_day_after_no_recent_event_is_the_publication_day(text):
    assert _last(text, dt.date(2023, 6, 28)) == d("2022-06-28")
