"""A quiet edit of the database is detected and named by `verify` (issue 13).

Each test builds a store through the services (three reports, their incidents, one merged into
another, statistics, evidence linked, an analyst's edit, a user, a witnessed checkpoint), changes
the database or the files behind warcrimes' back, and checks the problem `verify` names. The
cases verify cannot see, and why, are in docs/verification.md ("What verify cannot see").
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import delete, insert, select, update

from warcrimes.custody.evidence import vault_of
from warcrimes.custody.verify import Verification, verifier_key_of, verify_store
from warcrimes.custody.witness import witness_path
from warcrimes.domain.facts import IncidentFacts, Location, StatisticFacts, Victims
from warcrimes.domain.records import ExtractedIncident, ExtractedStatistic, Extraction, NewReport
from warcrimes.services.custody import make_checkpoint
from warcrimes.services.editing import edit_incident
from warcrimes.services.evidence import EvidenceSource, add_evidence
from warcrimes.services.reports import add_report
from warcrimes.services.review import merge, set_status
from warcrimes.services.users import add_user
from warcrimes.store import Store
from warcrimes.store.schema import (
    AccountRow,
    CheckpointRow,
    CustodyEntryRow,
    CustodyNodeRow,
    EvidenceIncidentRow,
    EvidenceRow,
    IncidentLinkRow,
    IncidentRow,
    LinkSuggestionRow,
    ReportFingerprintRow,
    ReportRow,
    StatisticRow,
    UserRow,
)

ACTOR = "analyst.k"


def report(text: str, publisher: str) -> NewReport:
    original = text.encode("utf-8")
    return NewReport("SHA-256:" + hashlib.sha256(original).hexdigest(), original, text, "text/plain",
                     dt.date(2024, 5, 2), publisher=publisher, filename=f"{publisher.split()[0].lower()}.txt")


def told(place: str, killed: int, *, statistic: float | None = None) -> Extraction:
    facts = IncidentFacts(violations=("attack_on_civilians",), location=Location(name=place, admin1="Kharkiv"),
                          victims=Victims("civilian", killed, killed, killed=killed))
    stats = (ExtractedStatistic(StatisticFacts("killed", "civilians", statistic, as_of=dt.date(2024, 5, 1))),) \
        if statistic is not None else ()
    return Extraction(incidents=(ExtractedIncident(facts),), statistics=stats, extractor_version="test/1")


class Built:
    """Ids of what the fixture made."""

    def __init__(self, store: Store, photo: Path) -> None:
        self.store = store
        self.photo = photo
        first = add_report(store, report("A shell hit the market in Kupiansk, killing three people.\n",
                                         "Regional police"), told("Kupiansk", 3, statistic=1250.0), actor=ACTOR)
        second = add_report(store, report("Drones struck a school in Izium; one teacher was killed.\n",
                                          "City council"), told("Izium", 1), actor=ACTOR)
        third = add_report(store, report("The market strike near Kurylivka killed four, officials said.\n",
                                         "Local news"), told("Kurylivka", 4), actor=ACTOR)
        self.market, self.school, self.later = first.incidents[0], second.incidents[0], third.incidents[0]
        self.report_id = first.report_id
        if self.later != self.market:  # the linker may already have joined them
            merge(store, self.market, self.later, actor=ACTOR, accept_conflicts=True,
                  reason="one strike, counted twice")
        photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 30)
        self.evidence = add_evidence(store, photo, EvidenceSource(incident_id=self.market, captured_by="team 4"),
                                     actor=ACTOR)
        edit_incident(store, self.school, {"victims_min": "2", "victims_max": "2"}, reason="hospital list",
                      actor=ACTOR)
        set_status(store, self.market, "confirmed", actor=ACTOR, note="two sources and a photo")
        add_user(store, "viewer.m", "a long enough passphrase", "viewer", actor=ACTOR)
        make_checkpoint(store)


@pytest.fixture
def built(store: Store, tmp_path: Path) -> Built:
    made = Built(store, tmp_path / "market.jpg")
    result = verified(store)
    assert result.ok, result.problems
    return made


def verified(store: Store) -> Verification:
    return verify_store(store, verifier_key_of(store))


def problems(store: Store) -> str:
    return "\n".join(verified(store).problems)


def execute(store: Store, *statements: object) -> None:
    with store.engine.begin() as conn:
        for statement in statements:
            conn.execute(statement)  # type: ignore[call-overload]


def account_ids(store: Store, report_id: int) -> list[int]:
    with store.transaction() as session:
        return list(session.scalars(select(AccountRow.id).where(AccountRow.report_id == report_id)))


def delete_report(store: Store, report_id: int) -> None:
    """Everything a report put in the database, as someone covering it up would remove it."""
    accounts = account_ids(store, report_id)
    execute(store, delete(IncidentLinkRow).where(IncidentLinkRow.account_id.in_(accounts)),
            delete(LinkSuggestionRow).where(LinkSuggestionRow.account_id.in_(accounts)),
            delete(AccountRow).where(AccountRow.report_id == report_id),
            delete(StatisticRow).where(StatisticRow.report_id == report_id),
            delete(ReportFingerprintRow).where(ReportFingerprintRow.report_id == report_id),
            delete(ReportRow).where(ReportRow.id == report_id))


def edit_facts(store: Store, incident_id: int, key: str, value: object) -> None:
    with store.transaction() as session:
        facts = session.scalar(select(IncidentRow.facts).where(IncidentRow.id == incident_id))
    execute(store, update(IncidentRow).where(IncidentRow.id == incident_id).values(facts={**facts, key: value}))


# --- rows deleted ----------------------------------------------------------------------------

def test_a_deleted_report_and_its_accounts_are_named(built: Built) -> None:
    delete_report(built.store, built.report_id)
    found = problems(built.store)
    assert f"report {built.report_id} (regional.txt, SHA-256:" in found and "is missing from the database" in found
    assert "account 1 (report 1) is missing from the database" in found or "account 1 is missing" in found
    assert "statistic 1 is missing from the database" in found


def test_a_deleted_evidence_row_its_links_and_vault_object_are_named(built: Built) -> None:
    path = vault_of(built.store).path_for(built.evidence.content_hash)
    execute(built.store, delete(EvidenceIncidentRow), delete(EvidenceRow))
    path.unlink()
    found = problems(built.store)
    assert f"evidence {built.evidence.evidence_id} (market.jpg, {built.evidence.content_hash}) is missing" in found
    assert "its original is gone from the vault too" in found
    assert f"incident {built.market}: evidence linked differ(s)" in found


def test_a_deleted_evidence_link_alone_is_named(built: Built) -> None:
    execute(built.store, delete(EvidenceIncidentRow))
    found = problems(built.store)
    assert f"evidence {built.evidence.evidence_id}: its link to incident {built.market} is missing" in found


def test_an_added_evidence_link_is_named(built: Built) -> None:
    execute(built.store, insert(EvidenceIncidentRow).values(evidence_id=built.evidence.evidence_id,
                                                             incident_id=built.school))
    found = problems(built.store)
    assert f"its link to incident {built.school} has no evidence.link entry" in found
    assert f"incident {built.school}: evidence linked differ(s)" in found


def test_one_deleted_account_is_named_with_its_report(built: Built) -> None:
    account = account_ids(built.store, built.report_id)[0]
    execute(built.store, delete(IncidentLinkRow).where(IncidentLinkRow.account_id == account),
            delete(AccountRow).where(AccountRow.id == account))
    found = problems(built.store)
    assert f"account {account} is missing from the database" in found
    assert f"report {built.report_id}: its extract entry" in found and "recorded 1 accounts, the database holds 0" \
        in found


def test_a_deleted_statistic_is_named(built: Built) -> None:
    execute(built.store, delete(StatisticRow))
    found = problems(built.store)
    assert "statistic 1 is missing from the database" in found
    assert "recorded 1 statistics, the database holds 0" in found


def test_a_deleted_incident_is_named(built: Built) -> None:
    execute(built.store, update(AccountRow).where(AccountRow.incident_id == built.school)
            .values(incident_id=built.market),
            delete(IncidentRow).where(IncidentRow.id == built.school))
    found = problems(built.store)
    assert f"incident {built.school} is missing from the database" in found
    assert f"incident {built.market}: accounts held differ(s)" in found


def test_a_deleted_user_is_named(built: Built) -> None:
    execute(built.store, delete(UserRow).where(UserRow.username == "viewer.m"))
    assert "user 'viewer.m' is missing from the database" in problems(built.store)


def test_all_checkpoints_deleted_are_named_from_the_witness(built: Built) -> None:
    execute(built.store, delete(CheckpointRow))
    found = problems(built.store)
    assert "is in the witness file but missing from the database: deleted" in found


def test_checkpoints_and_the_last_entries_deleted_are_named_from_the_witness(built: Built) -> None:
    with built.store.transaction() as session:
        size = len(session.scalars(select(CustodyEntryRow.id)).all())
    execute(built.store, delete(CheckpointRow), delete(CustodyEntryRow).where(CustodyEntryRow.id >= size - 3),
            delete(CustodyNodeRow))
    found = problems(built.store)
    assert f"signed {size} entries but the log has {size - 3}: entries were deleted from its end" in found


def test_a_rewritten_witness_line_is_named(built: Built) -> None:
    path = witness_path(built.store.settings.home)
    path.write_text(path.read_text(encoding="utf-8").replace('"size":', '"size":1', 1), encoding="utf-8")
    found = problems(built.store)
    assert "witness line 1: its size or root differ from its signed note (the file was edited)" in found


def test_a_garbled_witness_line_is_named(built: Built) -> None:
    path = witness_path(built.store.settings.home)
    path.write_text("not json\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    assert "line 1 cannot be read (the file was edited)" in problems(built.store)


# --- derived values edited ---------------------------------------------------------------------

def test_an_edited_place_is_named(built: Built) -> None:
    with built.store.transaction() as session:
        facts = session.scalar(select(IncidentRow.facts).where(IncidentRow.id == built.market))
    place = {**facts["location"], "name": "Balakliia"}
    execute(built.store, update(IncidentRow).where(IncidentRow.id == built.market)
            .values(facts={**facts, "location": place}, location_name="Balakliia"))
    found = problems(built.store)
    assert f"incident {built.market}: summary columns (place, date, violation as filtered on), place " \
           "(facts.location) differ(s)" in found
    assert "edited in the database, not through warcrimes" in found


def test_edited_victims_are_named(built: Built) -> None:
    edit_facts(built.store, built.school, "victims", {"category": "civilian", "min": 0, "max": 0})
    assert f"incident {built.school}: victims (facts.victims) differ(s)" in problems(built.store)


def test_an_edited_summary_column_alone_is_named(built: Built) -> None:
    execute(built.store, update(IncidentRow).where(IncidentRow.id == built.school).values(admin1="Donetsk"))
    assert f"incident {built.school}: summary columns" in problems(built.store)


def test_an_edited_status_is_named(built: Built) -> None:
    execute(built.store, update(IncidentRow).where(IncidentRow.id == built.school).values(status="confirmed"))
    assert f"incident {built.school}: status differ(s)" in problems(built.store)


def test_an_edited_verification_summary_is_named(built: Built) -> None:
    with built.store.transaction() as session:
        facts = session.scalar(select(IncidentRow.facts).where(IncidentRow.id == built.school))
    edit_facts(built.store, built.school, "corroboration", {**facts["corroboration"], "independent_sources": 5})
    assert f"incident {built.school}: facts.corroboration differ(s)" in problems(built.store)


def test_a_removed_analyst_edit_is_named(built: Built) -> None:
    with built.store.transaction() as session:
        facts = session.scalar(select(IncidentRow.facts).where(IncidentRow.id == built.school))
    execute(built.store, update(IncidentRow).where(IncidentRow.id == built.school)
            .values(facts={k: v for k, v in facts.items() if k != "edits"}))
    assert f"incident {built.school}: facts.edits differ(s)" in problems(built.store)


def test_an_edited_statistic_value_is_named(built: Built) -> None:
    execute(built.store, update(StatisticRow).values(value=125.0))
    assert "statistic 1 (report 1): its stored values differ(s)" in problems(built.store)


def test_an_edited_statistic_date_is_named(built: Built) -> None:
    execute(built.store, update(StatisticRow).values(as_of=dt.date(2023, 1, 1)))
    assert "statistic 1 (report 1): its stored values differ(s)" in problems(built.store)


def test_an_edited_account_is_named(built: Built) -> None:
    account = account_ids(built.store, built.report_id)[0]
    execute(built.store, update(AccountRow).where(AccountRow.id == account).values(facts={"victims": None}))
    assert f"account {account} (report {built.report_id}): its stored values differ(s)" in problems(built.store)


def test_an_account_moved_to_another_incident_is_named(built: Built) -> None:
    account = account_ids(built.store, built.report_id)[0]
    execute(built.store, update(AccountRow).where(AccountRow.id == account).values(incident_id=built.school))
    found = problems(built.store)
    assert f"incident {built.school}: accounts held differ(s)" in found
    assert f"incident {built.market}: accounts held differ(s)" in found


def test_edited_report_text_is_named(built: Built) -> None:
    execute(built.store, update(ReportRow).where(ReportRow.id == built.report_id)
            .values(text="A shell hit the market in Kupiansk.\n"))
    assert f"report {built.report_id}: its text (reports.text) no longer hashes" in problems(built.store)


def test_an_edited_report_language_is_named(built: Built) -> None:
    execute(built.store, update(ReportRow).where(ReportRow.id == built.report_id).values(language="uk"))
    assert f"report {built.report_id}: language is 'uk' in the database but 'en'" in problems(built.store)


def test_a_raised_user_role_is_named(built: Built) -> None:
    execute(built.store, update(UserRow).where(UserRow.username == "viewer.m").values(role="admin"))
    assert "user 'viewer.m': role is 'admin' in the database but 'viewer'" in problems(built.store)


# --- rows added ------------------------------------------------------------------------------

def test_an_added_incident_is_named(built: Built) -> None:
    execute(built.store, insert(IncidentRow).values(id=900, status="confirmed", violation_labels="", facts={},
                                                    version=1, created_at=dt.datetime.now(dt.UTC),
                                                    updated_at=dt.datetime.now(dt.UTC)))
    assert "incident 900: no custody entry recorded it (added in the database?)" in problems(built.store)


def test_a_merged_away_incident_brought_back_is_named(built: Built) -> None:
    if built.later == built.market:
        pytest.skip("the linker joined the two reports itself: nothing was merged away")
    execute(built.store, insert(IncidentRow).values(id=built.later, status="proposed", violation_labels="",
                                                    facts={}, version=1, created_at=dt.datetime.now(dt.UTC),
                                                    updated_at=dt.datetime.now(dt.UTC)))
    assert f"incident {built.later} is in the database, but custody entry" in problems(built.store)


def test_an_added_statistic_is_named(built: Built) -> None:
    execute(built.store, insert(StatisticRow).values(id=77, report_id=built.report_id, measure="killed",
                                                     population="civilians", value=9000.0, qualifier="exact",
                                                     unit="persons", facts={}, extractor_version="test/1"))
    found = problems(built.store)
    assert "statistic 77 (report 1): no custody entry recorded it" in found
    assert "recorded 1 statistics, the database holds 2" in found


def test_an_added_user_is_named(built: Built) -> None:
    execute(built.store, insert(UserRow).values(username="intruder", password_hash="x", role="admin", active=True,
                                                created_at=dt.datetime.now(dt.UTC),
                                                password_changed_at=dt.datetime.now(dt.UTC)))
    assert "user 'intruder': no custody entry recorded them" in problems(built.store)


# --- files -------------------------------------------------------------------------------------

def test_a_leftover_partial_copy_is_reported_as_a_note(built: Built) -> None:
    temp = vault_of(built.store).temp_dir
    temp.mkdir(parents=True, exist_ok=True)
    (temp / "999999-0123.part").write_bytes(b"half a video")
    result = verified(built.store)
    assert result.ok
    assert any("999999-0123.part: a partial copy left by an add that was killed" in n for n in result.notes)


def test_an_untouched_store_has_every_row_covered(built: Built) -> None:
    result = verified(built.store)
    assert result.ok and not result.uncovered
    assert result.checked["incidents"] >= 2 and result.checked["statistics"] == 1
    assert result.checked["witnessed checkpoints"] == 1


def test_rows_last_changed_before_state_digests_are_counted_not_covered(store: Store) -> None:
    """A store written by an earlier version: its entries carry no text digest and no states."""
    from custody_fixtures import new_report
    from warcrimes.services.unit import custody_log
    from warcrimes.store import writes

    log = custody_log(store)
    with store.transaction() as session:
        row = writes.add_report(session, new_report(), extracted=False)
        log.append(session, action="ingest", subject=row.content_hash, actor="archivist", details={
            "report_id": row.id, "filename": row.filename, "publisher": row.publisher, "url": row.url,
            "published": row.published.isoformat(), "size": row.size})
        incident = writes.open_incident(session)
        log.append(session, action="incident.created", subject=f"incident:{incident.id}", details={"by": "linker"},
                   actor="linker")
    result = verified(store)
    assert result.ok, result.problems
    assert any(note.startswith("not covered: 1 reports' text, 1 incidents") for note in result.notes), result.notes
    execute(store, update(ReportRow).values(publisher="Someone else"))
    assert "publisher is 'Someone else' in the database but 'Regional police'" in problems(store)
