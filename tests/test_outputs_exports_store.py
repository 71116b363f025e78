"""Exports through the store, on both backends: streamed in batches, made against a checkpoint, logged;
the JSON Lines round trip byte for byte; imports only into a fresh store, all or nothing."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from outputs_store_fixtures import VICTIM, Register, fresh_store_beside, register
from source_fixtures import ingest_telegram_with_an_edit
from warcrimes.custody.restore import RestoreError
from warcrimes.custody.verify import verifier_key_of, verify_store
from warcrimes.domain.audience import Audience, NotPermittedError
from warcrimes.errors import BadInputError
from warcrimes.outputs.exports.acled import ACLED_COLUMNS, GED_COLUMNS
from warcrimes.outputs.exports.exporting import export_file
from warcrimes.outputs.exports.importing import import_file
from warcrimes.outputs.exports.jsonl import read_jsonl, write_jsonl
from warcrimes.outputs.exports.records import RecordError
from warcrimes.queries.custody import verify
from warcrimes.queries.filters import incident_filter
from warcrimes.queries.incidents import list_incidents
from warcrimes.queries.outputs import iter_export_incidents
from warcrimes.services.custody import make_checkpoint, public_key
from warcrimes.services.exports import export_checkpoint
from warcrimes.services.reports import add_report
from warcrimes.store import Store, dump
from warcrimes.store.schema import CustodyEntryRow, ReportFingerprintRow

ANALYST = Audience("analyst.k")
VIEWER = Audience("viewer.v", personal_data=False)
FIXED = dt.datetime(2025, 3, 20, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def filled(store: Store, tmp_path: Path) -> Register:
    return register(store, tmp_path)


def test_incidents_stream_in_id_batches_each_once_and_the_filter_holds(store: Store, filled: Register) -> None:
    where = incident_filter(violation="killing_hors_de_combat")
    streamed = [s.incident.id for s in iter_export_incidents(store, where, batch=1)]
    assert streamed == sorted(streamed) and len(set(streamed)) == len(streamed)
    assert set(streamed) == {i.id for i in list_incidents(store, where)} and filled.kherson not in streamed
    [robotyne] = [s for s in iter_export_incidents(store, incident_filter(verification="confirmed"))]
    assert robotyne.incident.id == filled.robotyne
    assert any(VICTIM in text for _, text in robotyne.reports.values())  # the passages come with it


def test_csv_opens_with_the_csv_module_under_acled_names_and_says_its_checkpoint(store: Store, filled: Register,
                                                                                  tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    done = export_file(store, "csv", out, audience=VIEWER, where=incident_filter(oblast="Zaporizhzhia"))
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert list(rows[0])[:len(ACLED_COLUMNS)] == list(ACLED_COLUMNS)
    assert set(GED_COLUMNS) <= set(rows[0]) and {"event_date", "admin1", "fatalities", "latitude"} <= set(rows[0])
    assert all(r["admin1"].startswith("Zaporizhzhia") for r in rows) and len(rows) == done.records
    meta = json.loads(done.sidecar.read_text(encoding="utf-8")) if done.sidecar else {}
    assert meta["filter"] == {"oblast": "Zaporizhzhia"} and meta["personal_data"] is False
    assert meta["checkpoint"]["size"] == done.checkpoint_size and meta["checkpoint"]["signed_note"]
    assert meta["verifier_keys"] == [public_key(store)]
    with store.transaction() as session:
        logged = session.get(CustodyEntryRow, done.entry_index)
        assert logged is not None and (logged.action, logged.subject) == ("export", done.content_hash)
        assert logged.actor == "viewer.v" and logged.details["records"] == len(rows)


def test_viewers_get_csv_and_geojson_without_personal_data_and_no_jsonl(store: Store, filled: Register,
                                                                        tmp_path: Path) -> None:
    for export_format in ("csv", "geojson", "series-csv"):
        out = tmp_path / f"viewer.{export_format}"
        export_file(store, export_format, out, audience=VIEWER)
        assert VICTIM not in out.read_text(encoding="utf-8")
    with pytest.raises(NotPermittedError, match="JSON Lines"):
        export_file(store, "jsonl", tmp_path / "viewer.jsonl", audience=VIEWER)
    assert not (tmp_path / "viewer.jsonl").exists()
    geo = json.loads((tmp_path / "viewer.geojson").read_text(encoding="utf-8"))
    assert geo["type"] == "FeatureCollection" and geo["warcrimes"]["personal_data"] is False
    assert {f["id"] for f in geo["features"]} == {i.id for i in list_incidents(store)}


def test_an_unchanged_log_is_exported_against_the_same_checkpoint(store: Store, filled: Register) -> None:
    first, again = export_checkpoint(store), export_checkpoint(store)
    assert first.checkpoint.id == again.checkpoint.id and first.verifier_key == public_key(store)
    add_report(store, *_more_report(), actor="intake.officer")
    assert export_checkpoint(store).checkpoint.size == first.checkpoint.size + 1


def _more_report():  # type: ignore[no-untyped-def]
    from warcrimes.domain.hashing import content_hash
    from warcrimes.domain.records import NewReport

    words = "A later statement with nothing to extract."
    return NewReport(content_hash(words.encode()), words.encode(), words, "text/plain", dt.date(2024, 4, 1)), None


def test_jsonl_round_trip_into_a_fresh_store_gives_the_same_bytes(store: Store, filled: Register,
                                                                  tmp_path: Path) -> None:
    ingest_telegram_with_an_edit(store, tmp_path / "channel")  # report versions and evidence of a report
    make_checkpoint(store)
    first = tmp_path / "register.jsonl"
    export_file(store, "jsonl", first, audience=ANALYST, made_at="checkpoint")
    with fresh_store_beside(store, tmp_path) as other:
        done = import_file(other, first, actor="keeper.b")
        assert done.counts == {kind: n for kind, n in _kinds(first).items()}
        # every kind had rows (the registry's: tests/test_registry_export.py): the round trip covers them all
        assert set(done.counts) == set(dump.KINDS) - set(dump.REGISTRY_KINDS)
        again = tmp_path / "again.jsonl"
        export_file(other, "jsonl", again, audience=ANALYST, made_at="checkpoint")
        assert again.read_bytes() == first.read_bytes()
        with other.transaction() as session:  # derived state was recomputed, not carried
            assert session.scalars(select(ReportFingerprintRow)).first() is not None


def _kinds(path: Path) -> dict[str, int]:
    lines = path.read_bytes().splitlines()
    return json.loads(lines[-1])["counts"]


def test_the_imported_log_verifies_with_the_original_key_and_new_checkpoints_use_this_one(
        store: Store, filled: Register, tmp_path: Path) -> None:
    exported = tmp_path / "register.jsonl"
    export_file(store, "jsonl", exported, audience=ANALYST)
    original = public_key(store)
    with fresh_store_beside(store, tmp_path) as other:
        done = import_file(other, exported, actor="keeper.b", trusted=original,
                           vault_from=store.settings.home / "vault")
        assert done.evidence_copied == 1 and done.evidence_missing == ()
        assert verify(other).ok, verify(other).problems
        add_report(other, *_more_report(), actor="intake.officer")  # ids go on past the imported ones
        point = make_checkpoint(other)
        assert public_key(other) != original and public_key(other).split("+")[0] in point.signed_note
        result = verify(other)
        assert result.ok and result.checked["checkpoints"] >= 2, result.problems
        only_own = verify_store(other, verifier_key_of(other))
        assert any("no signature by the log's key" in p for p in only_own.problems)


def test_import_refuses_a_store_that_holds_anything_and_changes_nothing(store: Store, filled: Register,
                                                                        tmp_path: Path) -> None:
    exported = tmp_path / "register.jsonl"
    export_file(store, "jsonl", exported, audience=ANALYST)
    with store.transaction() as session:
        before = session.scalar(select(CustodyEntryRow.id).order_by(CustodyEntryRow.id.desc()).limit(1))
    with pytest.raises(BadInputError, match="already holds .* an import goes only into a fresh store"):
        import_file(store, exported, actor="keeper.b")
    with store.transaction() as session:
        assert session.scalar(select(CustodyEntryRow.id).order_by(CustodyEntryRow.id.desc()).limit(1)) == before


def _reseal(source: Path, out: Path, change) -> None:  # type: ignore[no-untyped-def]
    """Rewrite an export with `change` applied to each record, sealed again (an editor who knows the format)."""
    from warcrimes.outputs.exports.records import ExportRecord

    with source.open("rb") as lines:
        meta, records = read_jsonl(lines)
        with out.open("wb") as sink:
            write_jsonl((ExportRecord(r.kind, change(r.kind, dict(r.fields))) for r in records), sink, meta)


def _empty(other: Store) -> bool:
    with other.transaction() as session:
        return all(session.scalars(select(dump.table_of(kind)).limit(1)).first() is None for kind in dump.KINDS)


def test_an_edited_custody_entry_fails_the_import_and_nothing_is_kept(store: Store, filled: Register,
                                                                      tmp_path: Path) -> None:
    exported, edited = tmp_path / "register.jsonl", tmp_path / "edited.jsonl"
    export_file(store, "jsonl", exported, audience=ANALYST)

    def change(kind: str, fields: dict) -> dict:  # type: ignore[type-arg]
        if kind == "custody_entry" and fields["index"] == 1:
            fields["actor"] = "someone.else"
        return fields

    _reseal(exported, edited, change)
    with fresh_store_beside(store, tmp_path) as other:
        with pytest.raises(RestoreError, match="do not hash to its signed root"):
            import_file(other, edited, actor="keeper.b")
        assert _empty(other)


def test_a_cut_or_swapped_export_fails_at_its_seal_and_nothing_is_kept(store: Store, filled: Register,
                                                                       tmp_path: Path) -> None:
    exported = tmp_path / "register.jsonl"
    export_file(store, "jsonl", exported, audience=ANALYST)
    lines = exported.read_bytes().splitlines(keepends=True)
    cut = tmp_path / "cut.jsonl"
    cut.write_bytes(b"".join(lines[:-5]))
    with fresh_store_beside(store, tmp_path) as other:
        with pytest.raises(RecordError, match="cut short"):
            import_file(other, cut, actor="keeper.b")
        assert _empty(other)
        with pytest.raises(BadInputError):  # the seal holds, but the report text no longer is the original's
            import_file(other, _swap_original(exported, tmp_path), actor="keeper.b")
        assert _empty(other)


def _swap_original(source: Path, tmp_path: Path) -> Path:
    out = tmp_path / "original-swapped.jsonl"
    _reseal(source, out, lambda kind, f: {**f, "original": f["original"] + b" "} if kind == "report" else f)
    return out


def test_import_names_a_file_that_is_not_an_export(store: Store, tmp_path: Path) -> None:
    for name, content in (("empty.jsonl", b""), ("binary.jsonl", b"\x00\xff\xfe" * 10),
                          ("other.jsonl", b'{"kind":"header","format":"something-else"}\n')):
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(BadInputError):
            import_file(store, path, actor="keeper.b")
    with pytest.raises(BadInputError, match="folder"):
        import_file(store, tmp_path, actor="keeper.b")
    with pytest.raises(BadInputError, match="cannot be read"):
        import_file(store, tmp_path / "missing.jsonl", actor="keeper.b")


def test_jsonl_and_series_refuse_incident_filters_and_unknown_formats_are_named(store: Store, filled: Register,
                                                                               tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="takes no incident filter"):
        export_file(store, "jsonl", tmp_path / "x.jsonl", audience=ANALYST, where=incident_filter(oblast="Kherson"))
    with pytest.raises(BadInputError, match="no export format 'xlsx'"):
        export_file(store, "xlsx", tmp_path / "x.xlsx", audience=ANALYST)
    with pytest.raises(BadInputError, match="does not exist"):
        export_file(store, "csv", tmp_path / "nowhere" / "x.csv", audience=ANALYST)
    assert list(tmp_path.glob("*.part")) == [] and list(tmp_path.glob(".*.part")) == []


def test_the_geojson_export_is_one_feature_collection_with_point_geometry(store: Store, filled: Register,
                                                                          tmp_path: Path) -> None:
    out = tmp_path / "incidents.geojson"
    export_file(store, "geojson", out, audience=ANALYST, made_at=FIXED)
    collection = json.load(io.StringIO(out.read_text(encoding="utf-8")))
    kherson = next(f for f in collection["features"] if f["id"] == filled.kherson)
    assert kherson["geometry"] == {"type": "Point", "coordinates": [32.6169, 46.6354]}
    assert collection["warcrimes"]["made_at"] == "2025-03-20T09:30:00.000000Z"


class Recorded:
    """A progress display that keeps what it was told."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []

    def start(self, total: int | None, unit: str) -> None:
        self.calls.append(("start", (total, unit)))

    def advance(self, done: int) -> None:
        self.calls.append(("advance", done))

    def finish(self) -> None:
        self.calls.append(("finish", None))


def test_a_long_export_reports_its_progress_against_the_count_it_expects(store: Store, filled: Register,
                                                                         tmp_path: Path) -> None:
    shown = Recorded()
    done = export_file(store, "csv", tmp_path / "all.csv", audience=ANALYST, progress=shown)
    assert shown.calls[0] == ("start", (done.records, "incidents"))
    assert shown.calls[-2:] == [("advance", done.records), ("finish", None)]


def test_a_line_longer_than_any_export_holds_is_refused_without_reading_it_whole(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import warcrimes.outputs.exports.importing as importing
    import warcrimes.outputs.exports.jsonl as jsonl

    monkeypatch.setattr(importing, "MAX_LINE", 1000)
    monkeypatch.setattr(jsonl, "MAX_LINE", 1000)
    endless = tmp_path / "endless.jsonl"
    endless.write_bytes(b"x" * 50_000)
    with pytest.raises(RecordError, match="line 1: longer than 1000 bytes"):
        import_file(store, endless, actor="keeper.b")
    assert _empty(store)
