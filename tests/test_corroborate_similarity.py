"""Field agreement between an account and an incident: places, dates, violations, victims, vetoes."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from warcrimes.corroborate.places import canonical, distance_km, name_agreement, skeleton
from warcrimes.corroborate.similarity import Profile, compare, count_agreement, violation_agreement

DAY = dt.date(2024, 3, 4)


def profile(**overrides: object) -> Profile:
    base: dict[str, object] = {
        "violations": ("killing_hors_de_combat",), "start": DAY, "end": DAY, "place": "Robotyne",
        "admin1": "Zaporizhzhia Oblast", "lat": 47.4456, "lon": 35.8384, "category": "pow", "low": 3,
        "high": 3, "party": "RU"}
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
    assert agreement.vetoes == () and agreement.fields["date"] == 0.6


def test_a_month_interval_overlapping_the_day_agrees_more_weakly() -> None:
    month = profile(start=dt.date(2024, 3, 1), end=dt.date(2024, 3, 31))
    assert compare(month, profile()).fields["date"] == 0.65


def test_neighbouring_town_the_same_day_is_another_place() -> None:
    marhanets = profile(place="Marhanets", admin1="Dnipropetrovsk Oblast", lat=47.6480, lon=34.6290)
    nikopol = profile(place="Nikopol", admin1="Dnipropetrovsk Oblast", lat=47.5712, lon=34.3964)
    assert "location" in compare(marhanets, nikopol).vetoes


def test_one_name_far_apart_is_two_villages() -> None:
    far = profile(lat=47.0, lon=36.6)
    assert "location" in compare(far, profile()).vetoes


def test_another_oblast_is_vetoed() -> None:
    assert "location" in compare(profile(admin1="Kherson Oblast"), profile()).vetoes


def test_killing_pows_and_killing_civilians_share_a_family_but_detention_and_shelling_do_not() -> None:
    assert violation_agreement(("killing_hors_de_combat",), ("killing_civilians",)) == 0.5
    assert violation_agreement(("unlawful_detention",), ("attack_on_civilians",)) is None


def test_pows_and_civilians_are_not_the_same_victims() -> None:
    assert "victims" in compare(profile(category="civilian"), profile()).vetoes


def test_opposite_perpetrators_are_vetoed() -> None:
    assert "perpetrator" in compare(profile(party="UA"), profile()).vetoes


def test_missing_fields_are_neutral_not_vetoes() -> None:
    vague = Profile(violations=("killing_hors_de_combat",), admin1="Zaporizhzhia Oblast")
    agreement = compare(vague, profile())
    assert agreement.vetoes == () and agreement.confidence < 0.72


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
