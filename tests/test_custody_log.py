"""The custody log inside the store: one entry per state change, proofs from the stored tree."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from custody_fixtures import new_report, one_incident, seeded
from warcrimes.custody import merkle
from warcrimes.custody.checkpoint import open_note
from warcrimes.custody.log import Change, CustodyLog, Entry
from warcrimes.custody.verify import verifier_key_of, verify_store
from warcrimes.errors import NotFoundError
from warcrimes.queries.custody import consistency
from warcrimes.services.custody import make_checkpoint, prove_entry
from warcrimes.services.reports import add_report
from warcrimes.services.unit import custody_log
from warcrimes.store import Store
from warcrimes.store.schema import CustodyEntryRow


def logged(store: Store) -> list[Entry]:
    with store.transaction() as session:
        rows = session.scalars(select(CustodyEntryRow).order_by(CustodyEntryRow.id)).all()
        return [Entry(r.id, r.recorded_at, r.actor, r.action, r.subject, r.details) for r in rows]


def test_ingest_with_extraction_logs_ingest_then_extract(store: Store) -> None:
    outcome = add_report(store, new_report(), one_incident(), actor="analyst.k")
    entries = logged(store)
    mine = [(e.action, e.subject, e.actor) for e in entries if e.action in ("ingest", "extract")]
    report = outcome.content_hash
    assert mine == [("ingest", report, "analyst.k"), ("extract", report, "analyst.k")]
    assert entries[0].action == "ingest" and entries[0].details["report_id"] == outcome.report_id
    assert [e.index for e in entries] == list(range(len(entries)))


def test_duplicate_report_logs_nothing(store: Store) -> None:
    add_report(store, new_report(), None, actor="system")
    add_report(store, new_report(), None, actor="system")
    assert len(logged(store)) == 1


def test_rolled_back_change_leaves_no_entry(store: Store) -> None:
    log = custody_log(store)
    assert isinstance(log, CustodyLog)
    with pytest.raises(RuntimeError), store.transaction() as session:
        log.append(session, action="status", subject="incident:1", details={}, actor="a")
        raise RuntimeError("the change failed")
    assert logged(store) == []


def test_evidence_addition_and_link_are_logged(store: Store, tmp_path: Path) -> None:
    incident_id, _ = seeded(store, tmp_path)
    actions = [(e.action, e.details.get("incident_id")) for e in logged(store)]
    assert actions[-2:] == [("evidence.add", None), ("evidence.link", incident_id)]


def test_stored_tree_gives_the_same_root_and_proofs_as_the_entries(store: Store) -> None:
    log = custody_log(store)
    assert isinstance(log, CustodyLog)
    with store.transaction() as session:
        log.append_many(session, [Change("test", f"object {i}", {"i": i}) for i in range(37)])
    for i in range(5):  # single appends resume from the stored frontier
        with store.transaction() as session:
            log.append(session, action="test", subject=f"late {i}", details={}, actor="a")
    hashed = [e.leaf_hash() for e in logged(store)]
    read = merkle.list_reader(hashed)
    with store.transaction() as session:
        assert log.root(session) == merkle.root(42, read)
        for index in (0, 17, 41):
            assert log.prove_inclusion(session, index, 42) == merkle.hash_ranges(
                merkle.inclusion_ranges(index, 42), read)
        assert log.prove_consistency(session, 13, 42) == merkle.hash_ranges(
            merkle.consistency_ranges(13, 42), read)


def test_inclusion_statement_verifies_against_its_signed_checkpoint(store: Store) -> None:
    add_report(store, new_report(), one_incident(), actor="system")
    statement = prove_entry(store, 1)
    vkey = verifier_key_of(store)
    assert vkey is not None
    point = open_note(statement["proof"]["checkpoint"], vkey)
    leaf = Entry.from_dict(statement["entry"]).leaf_hash()
    path = [bytes.fromhex(h) for h in statement["proof"]["inclusion_proof"]]
    assert merkle.verify_inclusion(1, point.size, leaf, path, point.root)


def test_consistency_statement_links_two_checkpoints(store: Store) -> None:
    add_report(store, new_report(), None, actor="system")
    old = make_checkpoint(store)
    add_report(store, new_report("Another account of the strike."), one_incident(), actor="system")
    new = make_checkpoint(store)
    statement = consistency(store, old.id, new.id)
    proof = [bytes.fromhex(h) for h in statement["consistency_proof"]]
    assert merkle.verify_consistency(old.size, new.size, old.root, new.root, proof)


def test_proof_of_an_entry_not_in_the_log_is_a_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError, match="custody entry 9"):
        prove_entry(store, 9)


def test_fresh_store_verifies_clean(store: Store, tmp_path: Path) -> None:
    seeded(store, tmp_path)
    make_checkpoint(store)
    result = verify_store(store, verifier_key_of(store))
    assert result.problems == [] and result.checked["entries"] == len(logged(store))
    assert result.checked["reports"] == 1 and result.checked["evidence files"] == 1


def test_details_with_dates_hash_as_stored(store: Store) -> None:
    import datetime as dt

    log = custody_log(store)
    assert isinstance(log, CustodyLog)
    with store.transaction() as session:
        log.append(session, action="edit", subject="incident:1", details={"date": dt.date(2024, 3, 12)},
                   actor="a")
    assert verify_store(store, None).problems == []


def test_spliced_entry_bytes_equal_the_canonical_json_of_the_entry() -> None:
    from warcrimes.domain.canonical import canonical_json, entry_bytes

    entry = Entry(7, "2026-01-02T03:04:05.000006Z", "Олена \"К\"", "evidence.add", "SHA-256:ab\\cd",
                  {"zeta": [1, 2.5, None, True], "alpha": {"b": "ü\n", "a": "\u2014"}})
    assert entry_bytes(entry.index, entry.recorded_at, entry.actor, entry.action, entry.subject,
                       canonical_json(entry.details).decode()) == canonical_json(entry.to_dict())
