"""Independent sources, low/best/high counts and the verification ladder (pure functions)."""

from __future__ import annotations

import datetime as dt

from warcrimes.corroborate.counts import derive, point
from warcrimes.corroborate.roles import Citation, Independence, Role, independent_originators
from warcrimes.corroborate.source_identity import resolve
from warcrimes.corroborate.sources import AccountView, independent_sources
from warcrimes.corroborate.summary import combine
from warcrimes.corroborate.verification import assess, current
from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Victims

DAY = dt.date(2024, 5, 14)


def view(account_id: int, low: int | None, high: int | None, *, publisher: str, by: str,
         group: int | None = None, published: dt.date = DAY, place: str = "Bilozerka",
         day: dt.date = DAY) -> AccountView:
    facts = IncidentFacts(("attack_on_civilians",), DateInterval(day, day), None,
                          Location(place, "Kherson Oblast", "UA", 46.63, 32.44),
                          Victims("civilian", low, high), reported_by=(by,))
    return AccountView(account_id, account_id, facts, publisher, published, group if group else account_id)


def test_at_least_seven_gives_point_seven_and_a_range_gives_its_middle() -> None:
    assert point(7, None) == 7
    assert point(10, 12) == 11


def test_a_near_copy_and_a_relay_of_the_same_official_are_one_source() -> None:
    rma = "Kherson Regional Military Administration"
    accounts = [view(1, 3, 3, publisher="Telegram: RMA", by=rma),
                view(2, 3, 3, publisher="Kherson Now", by="someone else", group=1),
                view(3, 4, 4, publisher="Southern Front Daily", by=rma),
                view(4, 4, None, publisher="UN", by="UN Human Rights Monitoring Mission in Ukraine")]
    sources = independent_sources(accounts)
    assert sorted(s.account_ids for s in sources) == [(1, 2, 3), (4,)]
    assert {"near-copy", "same cited source"} <= set(next(s for s in sources if 1 in s.account_ids).reasons)


def test_counts_keep_the_extremes_and_the_figure_most_sources_admit() -> None:
    accounts = [view(1, 3, 3, publisher="RMA", by="RMA", published=DAY),
                view(2, 4, 4, publisher="Daily", by="RMA", published=DAY + dt.timedelta(days=1)),
                view(3, 4, None, publisher="UN", by="UN")]
    counts = derive(accounts, independent_sources(accounts))
    assert (counts.low, counts.best, counts.high) == (3, 4, 4)
    assert counts.low_from == (1,) and counts.high_from == (2, 3)
    assert set(counts.best_from) == {2, 3}  # the RMA's latest figure and the UN's both say four


def test_a_tie_between_sources_falls_to_the_lower_figure() -> None:
    accounts = [view(1, 14, 14, publisher="A", by="A"), view(2, 15, 15, publisher="B", by="B")]
    counts = derive(accounts, independent_sources(accounts))
    assert (counts.low, counts.best, counts.high) == (14, 14, 15)


def test_no_stated_count_gives_no_figures() -> None:
    accounts = [view(1, None, None, publisher="A", by="A")]
    assert derive(accounts, independent_sources(accounts)).best is None


def originators(*names: str) -> Independence:
    return independent_originators(Citation(resolve(n), Role.ORIGINATOR) for n in names)


def test_one_originator_is_single_source_and_two_are_corroborated() -> None:
    assert assess(originators("State Emergency Service", "State Emergency Service"), 2).level == "single_source"
    verdict = assess(originators("State Emergency Service", "Kherson Regional Military Administration"), 2,
                     ["video"])
    assert verdict.level == "corroborated" and "2 independent originators" in verdict.explanation
    assert verdict.explanation.endswith("Evidence mentioned: video.")


def test_evidence_on_file_and_analyst_confirmation_climb_the_ladder() -> None:
    found = originators("State Emergency Service")
    assert assess(found, 1, evidence_items=2).level == "evidence_on_file"
    assert assess(found, 1, evidence_items=2, status="confirmed").level == "confirmed"
    stored = assess(found, 1).to_dict()
    assert current(stored, "confirmed")["level"] == "confirmed"  # type: ignore[index]
    assert current(stored, "proposed", 1)["level"] == "evidence_on_file"  # type: ignore[index]


def test_summary_takes_the_overlap_of_dates_and_the_most_told_spelling() -> None:
    accounts = [view(1, 3, 3, publisher="A", by="A", place="Bilozerka"),
                view(2, 3, 3, publisher="B", by="B", place="Bilozerka"),
                view(3, 4, 4, publisher="C", by="C", place="Belozerka")]
    facts = combine(accounts, derive(accounts, independent_sources(accounts)))
    assert facts.location is not None and facts.location.name == "Bilozerka"
    assert facts.date == DateInterval(DAY, DAY)
    assert (facts.victims.min, facts.victims.max) == (3, 4)


def test_a_rising_toll_moves_the_best_figure_to_the_later_fuller_account() -> None:
    accounts = [view(1, 6, 6, publisher="A", by="A"),
                view(2, 9, 9, publisher="B", by="B", published=DAY + dt.timedelta(days=1)),
                view(3, 11, 11, publisher="C", by="C", published=DAY + dt.timedelta(days=8))]
    found = derive(accounts, independent_sources(accounts))
    assert (found.low, found.best, found.high) == (6, 11, 11) and found.best_from == (3,)
    assert [s["min"] for s in found.stated] == [6, 9, 11]  # the earlier accounts stay as stated


def test_a_later_lower_figure_does_not_move_the_best_figure() -> None:
    accounts = [view(1, 9, 9, publisher="A", by="A"), view(2, 9, 9, publisher="B", by="B"),
                view(3, 4, 4, publisher="C", by="C", published=DAY + dt.timedelta(days=3))]
    assert derive(accounts, independent_sources(accounts)).best == 9
