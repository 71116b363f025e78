"""Analyst review: merge and split incidents, accept suggestions; history and custody keep each change."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from corroboration_fixtures import DAY, facts, ingest, vague_facts
from warcrimes.errors import BadInputError, NotFoundError
from warcrimes.queries.incidents import get_incident, history, suggestions
from warcrimes.services import review
from warcrimes.services.unit import custody_log
from warcrimes.store import Store
from warcrimes.store.schema import IncidentLinkRow


def two_incidents(store: Store) -> tuple[int, int]:
    a = ingest(store, "Three POWs shot at Robotyne on March 4.", facts()).incidents[0]
    week_later = facts(day=DAY + dt.timedelta(days=7), low=1, high=1, by="47th Brigade")
    b = ingest(store, "A wounded soldier killed at Robotyne on March 11.", week_later,
               publisher="B").incidents[0]
    assert a != b
    return a, b


def test_merge_moves_the_accounts_and_retires_the_absorbed_incident(store: Store) -> None:
    a, b = two_incidents(store)
    merged = review.merge(store, a, b, actor="analyst-1", accept_conflicts=True, reason="one event")
    assert len(merged.accounts) == 2 and merged.independent_sources == 2
    with pytest.raises(NotFoundError):
        get_incident(store, b)
    assert [e.action for e in history(store, b)] == ["created", "merged_into"]
    last = history(store, a)[-1]
    assert last.action == "merged" and last.actor == "analyst-1" and last.details["absorbed"] == b


def test_merge_lands_in_the_custody_log(store: Store) -> None:
    a, b = two_incidents(store)
    review.merge(store, a, b, actor="analyst-1", accept_conflicts=True, reason="one event")
    with store.transaction() as session:
        entries = custody_log(store).entries_about(session, [f"incident:{a}"])
    assert any(e.action == "incident.merged" and e.actor == "analyst-1" for e in entries)


def test_split_moves_named_accounts_into_a_new_incident(store: Store) -> None:
    a, b = two_incidents(store)
    merged = review.merge(store, a, b, actor="analyst", accept_conflicts=True, reason="one event")
    wounded = next(acc.id for acc in merged.accounts if acc.facts.victims.min == 1)
    new = review.split(store, a, [wounded], actor="analyst")
    assert [acc.id for acc in new.accounts] == [wounded]
    assert len(get_incident(store, a).accounts) == 1
    with store.transaction() as session:
        link = session.get(IncidentLinkRow, wounded)
        assert link is not None and link.method == "analyst" and link.incident_id == new.id
    assert history(store, new.id)[0].action == "split_from"


def test_split_refuses_accounts_of_another_incident_and_all_accounts(store: Store) -> None:
    a, b = two_incidents(store)
    other = get_incident(store, b).accounts[0].id
    with pytest.raises(BadInputError, match="not accounts of incident"):
        review.split(store, a, [other], actor="analyst")
    with pytest.raises(BadInputError, match="some but not all"):
        review.split(store, a, [get_incident(store, a).accounts[0].id], actor="analyst")


def test_merging_an_incident_with_itself_is_refused(store: Store) -> None:
    a, _ = two_incidents(store)
    with pytest.raises(BadInputError, match="itself"):
        review.merge(store, a, a, actor="analyst")


def test_merging_a_missing_incident_names_it(store: Store) -> None:
    a, _ = two_incidents(store)
    with pytest.raises(NotFoundError, match="incident 99"):
        review.merge(store, a, 99, actor="analyst")


def test_accepting_a_suggestion_joins_the_account_and_retires_its_lone_incident(store: Store) -> None:
    target = ingest(store, "Three POWs shot at Robotyne on March 4.", facts()).incidents[0]
    lone = ingest(store, "POWs reportedly killed in Zaporizhzhia region.", vague_facts(), publisher="B",
                  published=DAY + dt.timedelta(days=2)).incidents[0]
    [suggestion] = suggestions(store)
    assert (suggestion.incident_id, suggestion.account_incident_id) == (target, lone)
    joined = review.accept(store, suggestion.id, actor="analyst")
    assert joined.id == target and len(joined.accounts) == 2
    assert suggestions(store) == []
    with pytest.raises(NotFoundError):
        get_incident(store, lone)
    with pytest.raises(NotFoundError, match="not open"):
        review.accept(store, suggestion.id, actor="analyst")
    with store.transaction() as session:
        methods = session.scalars(select(IncidentLinkRow.method).where(
            IncidentLinkRow.incident_id == target).order_by(IncidentLinkRow.account_id)).all()
        assert methods == ["new", "analyst"]


def test_history_of_an_unknown_incident_is_an_error(store: Store) -> None:
    with pytest.raises(NotFoundError, match="no history"):
        history(store, 42)


def test_confirming_raises_verification_to_confirmed_and_is_kept_in_history(store: Store) -> None:
    a, _ = two_incidents(store)
    confirmed = review.set_status(store, a, "confirmed", actor="analyst-2", note="video geolocated")
    assert confirmed.status == "confirmed" and confirmed.verification is not None
    assert confirmed.verification["level"] == "confirmed"
    assert confirmed.verification["explanation"].startswith("Confirmed by an analyst.")
    last = history(store, a)[-1]
    assert (last.action, last.actor, last.details["note"]) == ("confirmed", "analyst-2", "video geolocated")


def test_an_unknown_review_status_is_refused(store: Store) -> None:
    a, _ = two_incidents(store)
    with pytest.raises(BadInputError, match="not one of"):
        review.set_status(store, a, "approved", actor="analyst")
