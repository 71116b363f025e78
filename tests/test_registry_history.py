"""The current status is derived from the history by the written rules (registry.history)."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.registry.history import check_entry, chronology, current_status, status_on
from warcrimes.registry.records import Confirmation, PartialDate, RegistryInputError, StatusEntry, StatusSource
from warcrimes.registry.vocabulary import vocabulary

APPEAL = StatusSource("family_appeal", "appeal-17")
LIST = StatusSource("list", "SHA-256:ab12:row-4")


def entry(kind: str, date: str, sequence: int, **extra: object) -> StatusEntry:
    return StatusEntry(kind, PartialDate.parse_iso(date), LIST, sequence, **extra)  # type: ignore[arg-type]


def test_no_history_gives_no_status() -> None:
    status = current_status([])
    assert status.kind is None and status.group is None and not status.needs_review


def test_the_latest_dated_entry_decides() -> None:
    status = current_status([entry("missing", "2022-03-04", 1), entry("held", "2022-06-01", 2, place_id="olenivka"),
                             entry("released", "2023-01-08", 3)])
    assert (status.kind, status.group, status.since) == ("released", "released", PartialDate(2023, 1, 8))
    assert status.place_id is None and status.last_known_place_id == "olenivka"


def test_an_older_entry_recorded_later_does_not_override_a_newer_one() -> None:
    held = entry("held", "2023-06-10", 1, place_id="taganrog")
    appeal = StatusEntry("missing", PartialDate(2023, 1, 20), APPEAL, 2)
    status = current_status([held, appeal])
    assert status.kind == "held" and status.place_id == "taganrog"
    assert [e.sequence for e in chronology([held, appeal])] == [2, 1]


def test_held_and_released_on_the_same_day_gives_released() -> None:
    status = current_status([entry("released", "2023-05-06", 1), entry("held", "2023-05-06", 2, place_id="p")])
    assert status.kind == "released" and not status.needs_review


def test_same_rank_on_the_same_day_is_decided_by_recording_order() -> None:
    first = entry("held", "2023-05-06", 4, place_id="a")
    second = entry("held", "2023-05-06", 9, place_id="b")
    assert current_status([second, first]).place_id == "b"


def test_a_month_precise_entry_overlapping_a_day_is_ordered_by_rank() -> None:
    missing_in_march = entry("missing", "2022-03", 2)
    held_mid_march = entry("held", "2022-03-15", 1, place_id="p")
    assert current_status([missing_in_march, held_mid_march]).kind == "held"
    released_in_march = entry("released", "2022-03", 3)
    assert current_status([released_in_march, held_mid_march]).kind == "released"


def test_a_period_that_ended_before_another_began_comes_first_whatever_its_rank() -> None:
    history = [entry("released", "2022-03", 1), entry("held", "2022-04-02", 2, place_id="p")]
    assert current_status(history).kind == "held"


def test_released_and_died_on_the_same_day_is_a_conflict() -> None:
    status = current_status([entry("released", "2023-02-01", 1), entry("died_in_captivity", "2023-02-01", 2)])
    assert status.kind == "died_in_captivity"
    assert status.needs_review
    assert status.conflicts[0].reason == "released is followed on the same day by died_in_captivity"


def test_evidence_of_life_after_a_reported_death_wins_and_is_flagged() -> None:
    status = current_status([entry("killed", "2022-07-29", 1, incident_id=12), entry("released", "2023-01-08", 2)])
    assert status.kind == "released" and status.group == "released"
    assert [(c.earlier, c.later) for c in status.conflicts] == [(1, 2)]


def test_death_then_body_repatriated_then_identified_is_a_clean_course() -> None:
    status = current_status([entry("identified", "2023-03-01", 3), entry("died_in_captivity", "2022-11", 1),
                             entry("body_repatriated", "2023-01-20", 2)])
    assert (status.kind, status.group, status.needs_review) == ("identified", "dead", False)


def test_the_status_on_a_past_day_ignores_later_entries() -> None:
    history = [entry("missing", "2022-03-04", 1), entry("held", "2022-06-01", 2, place_id="p"),
               entry("released", "2023-01-08", 3)]
    assert status_on(history, dt.date(2022, 12, 31)).kind == "held"
    assert status_on(history, dt.date(2022, 1, 1)).kind is None


def test_every_status_has_a_group_and_articles() -> None:
    vocab = vocabulary()
    assert set(vocab.statuses) == {"missing", "captivity_confirmed", "held", "transferred", "released",
                                   "died_in_captivity", "killed", "body_repatriated", "identified"}
    assert all(s.articles and s.group in vocab.groups for s in vocab.statuses.values())


@pytest.mark.parametrize(("bad", "message"), [
    (StatusEntry("captured", PartialDate(2022), LIST), "status 'captured' is not one of"),
    (StatusEntry("held", PartialDate(2022), LIST), "names the place of detention"),
    (StatusEntry("captivity_confirmed", PartialDate(2022), LIST), "by whom and how"),
    (StatusEntry("captivity_confirmed", PartialDate(2022), LIST, confirmation=Confirmation("icrc", "rumour")),
     "confirmed_how 'rumour'"),
    (StatusEntry("missing", PartialDate(2022), StatusSource("tweet", "x")), "source kind 'tweet'"),
])
def test_an_entry_outside_the_vocabulary_is_refused_with_a_sentence(bad: StatusEntry, message: str) -> None:
    with pytest.raises(RegistryInputError, match=message):
        check_entry(bad)


def test_an_entry_with_what_its_kind_requires_passes() -> None:
    confirmed = Confirmation("icrc", "notification")
    check_entry(StatusEntry("captivity_confirmed", PartialDate(2022, 5), LIST, confirmation=confirmed))
    check_entry(StatusEntry("held", PartialDate(2022, 5), LIST, place_id="p"))
