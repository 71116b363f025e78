"""Field agreement between an account and an incident: places, dates, violations, victims, vetoes."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from warcrimes.corroborate.descriptors import Descriptors
from warcrimes.corroborate.linking import LINK_AT
from warcrimes.corroborate.places import canonical, distance_km, name_agreement, skeleton
from warcrimes.corroborate.similarity import (
    Profile,
    compare,
    count_agreement,
    date_vetoes,
    told_apart,
    violation_agreement,
)

DAY = dt.date(2024, 3, 4)
DRONE_ON_CAR = Descriptors(frozenset({"drone"}), frozenset({"car"}), "car")


def profile(**overrides: object) -> Profile:
    base: dict[str, object] = {
        "violations": ("killing_hors_de_combat",), "start": DAY, "end": DAY, "place": "Robotyne",
        "admin1": "Zaporizhzhia Oblast", "lat": 47.4456, "lon": 35.8384, "category": "pow", "low": 3,
        "high": 3, "party": "RU", "described": DRONE_ON_CAR}
    base.update(overrides)
    return Profile(**base)  # type: ignore[arg-type]


def test_robotyne_and_rabotino_are_one_village() -> None:
    assert skeleton("Robotyne") == skeleton("Rabotino")
    assert name_agreement("Robotyne", "Rabotino") == 0.9


def test_renamed_towns_match_through_the_alias_table() -> None:
    assert canonical("Artemovsk") == canonical("Bakhmut")
    assert name_agreement("Volchansk", "Vovchansk") == 0.9


def test_different_villages_do_not_match_by_name() -> None:
    assert name_agreement("Nikopol", "Marhanets") == 0.0
    assert name_agreement("Pokrovsk", "Prokhorivka") == 0.0


def test_nikopol_and_marhanets_are_about_twenty_km_apart() -> None:
    assert 18 < distance_km(47.5712, 34.3964, 47.6480, 34.6290) < 21


def test_same_event_told_twice_agrees_fully() -> None:
    agreement = compare(profile(), profile())
    assert agreement.vetoes == () and agreement.confidence == 1.0


def test_at_least_two_agrees_with_three() -> None:
    assert count_agreement(2, None, 3, 3) == 1.0
    assert compare(profile(low=2, high=None), profile()).confidence == 1.0


def test_conflicting_counts_lower_confidence_but_never_veto() -> None:
    agreement = compare(profile(low=14, high=14), profile(low=15, high=15))
    assert agreement.vetoes == () and 0.9 < agreement.confidence < 1.0


def test_a_week_apart_is_another_event() -> None:
    agreement = compare(profile(start=DAY + dt.timedelta(days=7), end=DAY + dt.timedelta(days=7)), profile())
    assert "date" in agreement.vetoes and agreement.confidence == 0.0


def test_yesterday_off_by_one_still_agrees_partly() -> None:
    agreement = compare(profile(start=DAY + dt.timedelta(days=1), end=DAY + dt.timedelta(days=1)), profile())
    assert agreement.vetoes == () and agreement.fields["date"] == 0.75


def test_a_month_interval_overlapping_the_day_agrees_more_weakly() -> None:
    month = profile(start=dt.date(2024, 3, 1), end=dt.date(2024, 3, 31))
    assert compare(month, profile()).fields["date"] == 0.65


def test_neighbouring_town_the_same_day_lowers_the_score_below_a_link() -> None:
    marhanets = profile(place="Marhanets", admin1="Dnipropetrovsk Oblast", lat=47.6480, lon=34.6290)
    nikopol = profile(place="Nikopol", admin1="Dnipropetrovsk Oblast", lat=47.5712, lon=34.3964)
    agreement = compare(marhanets, nikopol)
    assert agreement.vetoes == () and agreement.fields["location"] <= 0.15
    assert agreement.confidence < LINK_AT and "Marhanets and Nikopol" in agreement.reasons["location"]


def test_one_name_far_apart_is_two_villages() -> None:
    far = profile(lat=47.0, lon=36.6)
    assert "location" in compare(far, profile()).vetoes


def test_another_oblast_is_vetoed() -> None:
    assert "location" in compare(profile(admin1="Kherson Oblast"), profile()).vetoes


def test_killing_pows_and_killing_civilians_share_a_family_but_detention_and_shelling_do_not() -> None:
    assert violation_agreement(("killing_hors_de_combat",), ("killing_civilians",)) == 0.5
    assert violation_agreement(("unlawful_detention",), ("attack_on_civilians",)) is None


def test_pows_and_civilians_lower_the_victims_field_without_a_veto() -> None:
    agreement = compare(profile(category="civilian"), profile())
    assert agreement.vetoes == () and agreement.fields["victims"] == 0.5


def test_opposite_perpetrators_lower_the_score_without_a_veto() -> None:
    agreement = compare(profile(party="UA"), profile())
    assert agreement.vetoes == () and agreement.fields["perpetrator"] == 0.25


def test_missing_fields_are_neutral_not_vetoes() -> None:
    vague = Profile(violations=("killing_hors_de_combat",), admin1="Zaporizhzhia Oblast")
    agreement = compare(vague, profile())
    assert agreement.vetoes == () and agreement.confidence < LINK_AT


LABELS = st.sampled_from(["killing_hors_de_combat", "killing_civilians", "attack_on_civilians",
                          "unlawful_detention", "torture_ill_treatment", "other"])
PLACES = st.sampled_from([("Robotyne", 47.4456, 35.8384), ("Rabotino", None, None),
                          ("Tokmak", 47.255, 35.712), (None, 47.45, 35.85), (None, None, None)])
COUNTS = st.one_of(st.none(), st.integers(0, 30))


@st.composite
def profiles(draw: st.DrawFn) -> Profile:
    start = DAY + dt.timedelta(days=draw(st.integers(-5, 5)))
    dated = draw(st.booleans())
    place, lat, lon = draw(PLACES)
    low = draw(COUNTS)
    category = draw(st.sampled_from(["pow", "civilian", "unknown"]))
    return Profile((draw(LABELS),), start if dated else None,
                   start + dt.timedelta(days=draw(st.integers(0, 31))) if dated else None, place,
                   "Zaporizhzhia Oblast", lat, lon, category, low,
                   None if low is None or draw(st.booleans()) else low + draw(st.integers(0, 3)),
                   draw(st.sampled_from(["RU", "UA", "unknown"])), draw(st.booleans()))


@settings(max_examples=200, deadline=None)
@given(profiles(), profiles())
def test_agreement_is_symmetric_and_within_zero_and_one(a: Profile, b: Profile) -> None:
    there, back = compare(a, b), compare(b, a)
    assert there.confidence == back.confidence and set(there.vetoes) == set(back.vetoes)
    assert 0.0 <= there.confidence <= 1.0


@st.composite
def dated(draw: st.DrawFn) -> Profile:
    """Dates only, spread as linking's window meets them: days to months apart, nights, weeks and months told,
    published the same day or weeks later, assumed or not."""
    if draw(st.integers(0, 9)) == 0:
        return Profile(published=draw(st.one_of(st.none(), st.just(DAY))))
    start = DAY + dt.timedelta(days=draw(st.integers(-80, 80)))
    end = start + dt.timedelta(days=draw(st.sampled_from([0, 0, 1, 1, 2, 6, 30, 31, 32, 60])))
    published = draw(st.one_of(st.none(), st.just(end), st.just(start),
                               st.integers(-2, 12).map(lambda lag: end + dt.timedelta(days=lag))))
    return Profile(start=start, end=end, published=published, assumed=draw(st.booleans()))


@settings(max_examples=1000, deadline=None)
@given(dated(), dated())
def test_date_vetoes_answers_as_the_date_field_does(a: Profile, b: Profile) -> None:
    assert date_vetoes(a, b) == ("date" in compare(a, b).vetoes)


def test_date_vetoes_two_nights_a_week_apart_and_not_a_late_report_or_one_dated_by_its_day() -> None:
    night = Profile(start=DAY, end=DAY + dt.timedelta(days=1), published=DAY + dt.timedelta(days=1))
    week_later = Profile(start=DAY + dt.timedelta(days=7), end=DAY + dt.timedelta(days=8),
                         published=DAY + dt.timedelta(days=8))
    assert date_vetoes(night, week_later) and date_vetoes(week_later, night)
    later = DAY + dt.timedelta(days=7)
    late = Profile(start=later, end=later, published=later + dt.timedelta(days=13))  # a visit's date
    own_day = Profile(start=later, end=later, published=later)  # dated by its own publication day
    assert not date_vetoes(night, late) and not date_vetoes(night, own_day)
    assert not date_vetoes(night, Profile(published=DAY)) and not date_vetoes(night, night)


def test_a_un_account_dated_by_its_visit_weeks_later_lowers_the_date_but_can_still_join() -> None:
    visit = DAY + dt.timedelta(days=16)
    un = profile(start=visit, end=visit, published=visit + dt.timedelta(days=8))
    agreement = compare(un, profile(published=DAY))
    assert agreement.vetoes == () and agreement.fields["date"] == 0.4
    assert "visit or of the report" in agreement.reasons["date"] and agreement.confidence >= LINK_AT


def test_two_prompt_reports_days_apart_stay_two_events() -> None:
    later = DAY + dt.timedelta(days=4)
    agreement = compare(profile(start=later, end=later, published=later + dt.timedelta(days=1)),
                        profile(published=DAY))
    assert "date" in agreement.vetoes and "each told within days" in agreement.reasons["date"]


def test_a_follow_up_dated_by_its_own_publication_lowers_the_date_only() -> None:
    later = DAY + dt.timedelta(days=6)
    agreement = compare(profile(start=later, end=later, published=later), profile(published=DAY))
    assert agreement.vetoes == () and agreement.fields["date"] == 0.2


def test_a_rising_toll_in_the_later_account_lowers_the_victims_field_a_little() -> None:
    later = profile(low=9, high=9, published=DAY + dt.timedelta(days=1))
    agreement = compare(later, profile(low=6, high=6, published=DAY))
    assert agreement.fields["victims"] == 0.9 and "rose from 6 to 9" in agreement.reasons["victims"]


def test_a_village_and_its_oblast_agree_less_than_the_village_twice() -> None:
    oblast_only = profile(place=None, lat=None, lon=None)
    agreement = compare(oblast_only, profile())
    assert agreement.vetoes == () and agreement.fields["location"] == 0.45
    assert agreement.reasons["location"] == "place: one account names only the oblast"


def test_two_villages_of_one_hromada_are_named_as_such_and_at_most_suggested() -> None:
    lvove = profile(place="Lvove", admin1="Kherson Oblast", admin2="Beryslav Raion", lat=None, lon=None)
    tiahynka = profile(place="Tiahynka", admin1="Kherson Oblast", admin2="Beryslav Raion", lat=None, lon=None)
    agreement = compare(lvove, tiahynka)
    assert agreement.fields["location"] == 0.3 and "Tiahynka hromada" in agreement.reasons["location"]
    assert agreement.confidence < LINK_AT


def test_a_bomb_on_a_hospital_and_a_drone_on_a_house_in_one_town_stay_apart() -> None:
    bomb = profile(described=Descriptors(frozenset({"aerial_bomb"}), frozenset({"hospital"}), "hospital"))
    drone = profile(described=Descriptors(frozenset({"drone"}), frozenset({"house"}), "house"),
                    start=DAY + dt.timedelta(days=2), end=DAY + dt.timedelta(days=2))
    agreement = compare(drone, bomb)
    assert agreement.fields["what"] == 0.0 and "different means of attack" in agreement.reasons["what"]
    assert agreement.confidence < LINK_AT


def test_a_town_read_wrongly_still_agrees_when_the_account_names_the_incidents_town() -> None:
    from warcrimes.corroborate.similarity import words

    city = profile(place="Zaporizhzhia", lat=47.84, lon=35.14, admin2="Zaporizhzhia Raion",
                   text=words("VILNIANSK, April 17 - a woman wounded there died in Zaporizhzhia."))
    town = profile(place="Vilniansk", lat=47.94, lon=35.43, admin2="Zaporizhzhia Raion")
    agreement = compare(city, town)
    assert agreement.fields["location"] == 0.6 and "names both" in agreement.reasons["location"]
    unnamed = compare(profile(place="Zaporizhzhia", lat=47.84, lon=35.14, admin2="Zaporizhzhia Raion",
                              text=words("A woman died in Zaporizhzhia.")), town)
    assert unnamed.fields["location"] < 0.6 and unnamed.confidence < LINK_AT


def test_the_ukrainian_spelling_of_the_incidents_town_counts_as_naming_it() -> None:
    from warcrimes.corroborate.similarity import words

    city = profile(place="Zaporizhzhia", lat=47.84, lon=35.14, text=words("Удар по Вільнянську вранці."))
    assert compare(city, profile(place="Vilniansk", lat=47.94, lon=35.43)).fields["location"] == 0.6


def test_two_nights_told_on_two_mornings_are_a_day_apart_not_the_same_day() -> None:
    night = DAY - dt.timedelta(days=1)
    first = profile(start=night, end=DAY)
    second = profile(start=DAY, end=DAY + dt.timedelta(days=1))
    assert compare(first, second).reasons["date"] == "date: 1 day apart"
    assert compare(first, profile(start=night, end=DAY)).reasons["date"] == "date: same day"
    assert compare(profile(start=DAY, end=DAY), first).fields["date"] == 1.0  # a day within the night's two


def test_one_publisher_dating_two_posts_to_two_nights_tells_two_events() -> None:
    after = DAY + dt.timedelta(days=1)
    night_before, night_after = (DAY - dt.timedelta(days=1), DAY, DAY), (DAY, after, after)
    assert told_apart(night_before, night_after)
    tuesday, next_tuesday = DAY + dt.timedelta(days=1), DAY + dt.timedelta(days=8)
    assert told_apart((tuesday, tuesday, tuesday + dt.timedelta(days=3)), (next_tuesday, next_tuesday, next_tuesday))


def test_one_publisher_retelling_its_day_or_a_vaguer_span_is_not_told_apart() -> None:
    after = DAY + dt.timedelta(days=1)
    night = (DAY - dt.timedelta(days=1), DAY, DAY)
    assert not told_apart(night, (DAY - dt.timedelta(days=1), DAY, after))  # the same night, told again
    assert not told_apart(night, (DAY, DAY, after))  # "yesterday" the next morning: within the night
    assert not told_apart(night, (DAY, after, DAY))  # published the same day: an update, not another day
    late = DAY + dt.timedelta(days=20)
    assert not told_apart(night, (after, after, late))  # a report weeks later may carry a visit's date


def test_one_publishers_undated_posts_days_apart_are_two_events_a_day_apart_may_be_one() -> None:
    monday, thursday, tuesday = DAY, DAY + dt.timedelta(days=3), DAY + dt.timedelta(days=1)
    assert told_apart((None, None, monday), (None, None, thursday))
    assert not told_apart((None, None, monday), (None, None, tuesday))  # a follow-up the next day
    assert not told_apart((None, None, monday), (DAY, DAY, thursday))  # one dated: the date fields decide
