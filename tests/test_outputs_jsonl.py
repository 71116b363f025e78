"""JSON Lines export: canonical lines that round-trip byte for byte, sealed against cuts and edits."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from outputs_fixtures import MADE_AT
from warcrimes.outputs.exports.jsonl import read_jsonl, write_jsonl
from warcrimes.outputs.exports.meta import CheckpointRef, ExportMeta
from warcrimes.outputs.exports.records import ExportRecord, RecordError

META = ExportMeta(MADE_AT, {"violation": "killing_hors_de_combat"}, CheckpointRef(3, "cm9vdA==", "o\n3\ncm9vdA==\n"))
AT = dt.datetime(2025, 3, 10, 8, 0, 1, 250, tzinfo=dt.UTC)


def records() -> list[ExportRecord]:
    return [
        ExportRecord("report", {"id": 1, "content_hash": "SHA-256:" + "aa" * 32, "original": b"\x00\xffraw\n",
                                "text": "Обстріл \"ринку\"\n", "media_type": "text/plain", "size": 6,
                                "filename": None, "publisher": "Courier", "url": None,
                                "published": dt.date(2025, 3, 7), "language": "uk", "extraction_status": "done",
                                "source_key": None, "channel": None, "details": {}, "ingested_at": AT}),
        ExportRecord("incident", {"id": 4, "status": "proposed", "created_at": AT, "updated_at": AT,
                                  "facts": {"location": {"lat": 47.4833, "lon": 35.41670000000001},
                                            "victims": {"min": 3, "max": None}}}),
        ExportRecord("account", {"id": 9, "report_id": 1, "incident_id": 4, "facts": {"span": [0, 5]},
                                 "provenance": [{"field": "date", "start": 0, "end": 3, "rule": "r"}],
                                 "extractor_version": "x1", "created_at": AT, "version": None}),
        ExportRecord("link", {"account_id": 9, "incident_id": 4, "method": "auto", "confidence": 0.8125,
                              "why": {"place": 1.0}, "created_at": AT}),
        ExportRecord("custody_entry", {"index": 0, "recorded_at": "2025-03-10T08:00:00.000000Z", "actor": "o.k",
                                       "action": "ingest", "subject": "SHA-256:" + "aa" * 32,
                                       "details": {"size": 6}}),
        ExportRecord("checkpoint", {"id": 1, "size": 1, "root": bytes(range(32)), "signed_note": "o\n1\nx\n",
                                    "created_at": dt.datetime(2025, 3, 10, 8, 0)}),
    ]


def export(recs: list[ExportRecord], meta: ExportMeta = META) -> bytes:
    sink = io.BytesIO()
    write_jsonl(recs, sink, meta)
    return sink.getvalue()


def reread(content: bytes) -> tuple[ExportMeta, list[ExportRecord]]:
    meta, stream = read_jsonl(io.BytesIO(content))
    return meta, list(stream)


def test_export_read_and_export_again_gives_the_same_bytes() -> None:
    first = export(records())
    meta, again = reread(first)
    assert export(again, meta) == first


def test_values_come_back_as_the_types_they_left_as() -> None:
    _, again = reread(export(records()))
    report = again[0].fields
    assert report["original"] == b"\x00\xffraw\n" and report["published"] == dt.date(2025, 3, 7)
    assert report["ingested_at"] == AT and again[-1].fields["root"] == bytes(range(32))
    assert again[-1].fields["created_at"] == dt.datetime(2025, 3, 10, 8, 0, tzinfo=dt.UTC)  # naive was UTC
    assert again[1].fields["facts"]["location"]["lon"] == 35.41670000000001


def test_header_records_filter_time_and_checkpoint() -> None:
    header = export(records()).split(b"\n", 1)[0].decode()
    assert header.startswith('{"checkpoint":{"root":"cm9vdA==","signed_note":"o\\n3\\ncm9vdA==\\n","size":3},')
    meta, _ = reread(export(records()))
    assert meta.filter == {"violation": "killing_hors_de_combat"} and meta.made_at == MADE_AT
    assert meta.checkpoint == META.checkpoint


def test_lines_are_canonical_json_with_sorted_keys() -> None:
    line = export(records()).split(b"\n")[5]
    assert line == (b'{"action":"ingest","actor":"o.k","details":{"size":6},"index":0,"kind":"custody_entry",'
                    b'"recorded_at":"2025-03-10T08:00:00.000000Z","subject":"SHA-256:' + b"aa" * 32 + b'"}')


def test_a_file_cut_short_is_refused() -> None:
    lines = export(records()).splitlines(keepends=True)
    with pytest.raises(RecordError, match="ends without its closing line"):
        reread(b"".join(lines[:-2]))


def test_an_edited_record_is_refused_at_the_closing_line() -> None:
    edited = export(records()).replace(b'"status":"proposed"', b'"status":"confirmed"')
    with pytest.raises(RecordError, match="closing line does not match"):
        reread(edited)


def test_a_dropped_record_is_refused() -> None:
    lines = export(records()).splitlines(keepends=True)
    with pytest.raises(RecordError, match="closing line does not match"):
        reread(b"".join(lines[:3] + lines[4:]))


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty"),
    (b'{"kind":"report"}\n', "not a warcrimes-jsonl header"),
    (b"\xff\xfe not json\n", "line 1: not valid JSON"),
])
def test_what_is_not_an_export_gets_one_clear_sentence(content: bytes, message: str) -> None:
    with pytest.raises(RecordError, match=message):
        reread(content)


def test_a_record_of_an_unknown_kind_or_with_a_field_missing_names_the_line() -> None:
    header = export([]).split(b"\n")[0] + b"\n"
    with pytest.raises(RecordError, match="line 2: unknown record kind 'captive'"):
        reread(header + b'{"kind":"captive","id":1}\n')
    with pytest.raises(RecordError, match=r"line 2: evidence_link record: missing \['incident_id'\]"):
        reread(header + b'{"evidence_id":1,"kind":"evidence_link"}\n')


def test_writing_refuses_a_wrong_type_or_a_kind_out_of_order() -> None:
    with pytest.raises(RecordError, match="report record: size should be int, not str"):
        export([ExportRecord("report", {**records()[0].fields, "size": "6"})])
    with pytest.raises(RecordError, match="report record after a later kind"):
        export([records()[1], records()[0]])
    with pytest.raises(RecordError, match="incident record: .*NaN|incident record: Out of range"):
        export([ExportRecord("incident", {**records()[1].fields, "facts": {"lat": float("nan")}})])


texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@given(text=texts, original=st.binary(max_size=40), publisher=st.none() | texts,
       stamp=st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1)),
       lat=st.floats(-90, 90), why=st.dictionaries(texts, st.integers() | texts | st.none(), max_size=3))
def test_any_report_and_link_round_trip_byte_for_byte(text, original, publisher, stamp, lat, why) -> None:
    recs = [ExportRecord("report", {**records()[0].fields, "text": text, "original": original,
                                    "publisher": publisher, "ingested_at": stamp}),
            ExportRecord("link", {**records()[3].fields, "confidence": lat, "why": why})]
    first = export(recs)
    meta, again = reread(first)
    assert export(again, meta) == first


def test_an_account_exported_before_accounts_had_versions_reads_as_read_from_the_report() -> None:
    from warcrimes.outputs.exports.records import decode

    older = {"kind": "account", "id": 9, "report_id": 1, "incident_id": 4, "facts": {"span": [0, 5]},
             "provenance": [], "extractor_version": "x1", "created_at": "2025-03-10T08:00:00Z"}
    assert decode(older).fields["version"] is None
    assert decode({**older, "version": 1712903600}).fields["version"] == 1712903600
