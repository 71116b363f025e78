"""Linking on the store: one event told many times becomes one incident, and says why."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from corroboration_fixtures import DAY, facts, ingest, vague_facts
from warcrimes.cli.incident_commands import incident_json
from warcrimes.corroborate.evaluation import bcubed, link_corpus, load_corpus
from warcrimes.domain.facts import Location
from warcrimes.queries.incidents import get_incident, list_incidents
from warcrimes.services.reports import add_report
from warcrimes.store import Store
from warcrimes.store.schema import IncidentHistoryRow, IncidentLinkRow, LinkSuggestionRow

CORPUS = Path(__file__).parent / "corpus" / "corroboration"


def adder(store: Store):  # type: ignore[no-untyped-def]
    return lambda new, extraction: add_report(store, new, extraction, actor="evaluation")


def test_three_outlets_telling_one_killing_make_one_incident(store: Store) -> None:
    first = ingest(store, "Ombudsman: three POWs shot at Robotyne on March 4.", facts(), publisher="Telegram")
    second = ingest(store, "Prosecutors: at least two POWs killed at Robotyne.", facts(low=2, high=None,
                    by="Prosecutor General's Office"), publisher="Vestnik")
    rabotino = Location("Rabotino", "Zaporizhzhia Oblast", "UA")
    third = ingest(store, "Footage from Rabotino shows three soldiers executed.",
                   facts(place=rabotino, by="Eastern Europe Monitor"),
                   publisher="Monitor", published=DAY + dt.timedelta(days=4))
    assert first.incidents == second.incidents == third.incidents
    incident = get_incident(store, first.incidents[0])
    assert len(incident.accounts) == 3 and incident.independent_sources == 3
    assert incident.counts is not None and (incident.counts["low"], incident.counts["best"],
                                            incident.counts["high"]) == (2, 3, 3)
    assert incident.verification is not None and incident.verification["level"] == "corroborated"


def test_each_link_records_which_fields_agreed_and_how_well(store: Store) -> None:
    ingest(store, "First telling.", facts())
    ingest(store, "Second telling by another outlet.", facts(by="Prosecutor General's Office"), publisher="B")
    with store.transaction() as session:
        links = session.scalars(select(IncidentLinkRow).order_by(IncidentLinkRow.account_id)).all()
        assert [link.method for link in links] == ["new", "auto"]
        assert links[1].why["fields"] == {"violation": 1.0, "location": 1.0, "date": 1.0, "victims": 1.0,
                                          "what": 0.5, "perpetrator": 1.0}
        assert links[1].why["reasons"]["location"] == "place: same settlement"
        assert links[1].confidence == 0.875  # neither text names what was hit: that field stays neutral
        actions = session.scalars(select(IncidentHistoryRow.action).order_by(IncidentHistoryRow.id)).all()
        assert actions == ["created", "joined"]


def test_the_same_village_a_week_later_is_a_new_incident(store: Store) -> None:
    first = ingest(store, "Three POWs shot at Robotyne.", facts())
    week_later = facts(day=DAY + dt.timedelta(days=7), low=1, high=1)
    later = ingest(store, "A wounded soldier killed at Robotyne.", week_later, publisher="B")
    assert first.incidents != later.incidents


def test_two_accounts_of_one_report_never_join_each_other(store: Store) -> None:
    both = ingest(store, "Two shootings at Robotyne the same day, in two places.", facts(),
                  facts(low=1, high=1))
    assert len(set(both.incidents)) == 2


def test_an_unsure_match_becomes_a_suggestion_not_a_link(store: Store) -> None:
    ingest(store, "Three POWs shot at Robotyne on March 4.", facts())
    outcome = ingest(store, "POWs were reportedly killed somewhere in Zaporizhzhia region.", vague_facts(),
                     publisher="B", published=DAY + dt.timedelta(days=2))
    assert outcome.incidents != (1,)
    with store.transaction() as session:
        suggestion = session.scalars(select(LinkSuggestionRow)).one()
        assert suggestion.incident_id == 1 and 0.5 <= suggestion.confidence < 0.68


def test_incidents_json_carries_accounts_sources_counts_and_verification(store: Store) -> None:
    ingest(store, "One.", facts())
    shown = incident_json(list_incidents(store)[0])
    assert shown["independent_sources"] == 1
    assert shown["counts"]["best"] == 3 and shown["counts"]["best_from"] == [shown["accounts"][0]["id"]]
    assert shown["verification"]["level"] == "single_source"
    assert "Single source" in shown["verification"]["explanation"]


def test_the_corpus_clusters_with_bcubed_precision_and_recall_above_090(store: Store) -> None:
    predicted, gold = link_corpus(store, load_corpus(CORPUS), adder(store))
    score = bcubed(predicted, gold)
    assert score.accounts == 44
    assert score.precision >= 0.9 and score.recall >= 0.9


def test_the_corpus_clusters_the_same_in_reverse_order(store: Store) -> None:
    predicted, gold = link_corpus(store, list(reversed(load_corpus(CORPUS))), adder(store))
    score = bcubed(predicted, gold)
    assert score.precision >= 0.9 and score.recall >= 0.9


def test_bcubed_of_one_lumped_cluster_has_full_recall_and_low_precision() -> None:
    score = bcubed({1: "x", 2: "x", 3: "x", 4: "x"}, {1: "a", 2: "a", 3: "b", 4: "b"})
    assert score.recall == 1.0 and score.precision == 0.5


def test_two_undated_posts_of_one_day_about_one_strike_join(store: Store) -> None:
    undated = replace(facts(), date=None)
    first = ingest(store, "Robotyne: three prisoners shot, says the ombudsman.", undated, published=DAY)
    second = ingest(store, "Repost from the front: three prisoners shot near Robotyne.", undated,
                    publisher="B", published=DAY)
    assert first.incidents == second.incidents
    with store.transaction() as session:
        link = session.get(IncidentLinkRow, 2)
        assert link is not None and link.why["fields"]["date"] == 0.6  # an assumed date agrees weakly


def test_undated_posts_a_month_apart_stay_apart(store: Store) -> None:
    undated = replace(facts(), date=None)
    first = ingest(store, "Robotyne: three prisoners shot.", undated, published=DAY)
    later = ingest(store, "Robotyne: three more prisoners shot.", undated, publisher="B",
                   published=DAY + dt.timedelta(days=30))
    assert first.incidents != later.incidents


def test_an_undated_post_joins_the_dated_incident_of_the_days_before(store: Store) -> None:
    dated = ingest(store, "Three POWs shot at Robotyne on March 4.", facts())
    undated = ingest(store, "Three prisoners were shot at Robotyne.", replace(facts(), date=None),
                     publisher="B", published=DAY + dt.timedelta(days=1))
    assert dated.incidents == undated.incidents
