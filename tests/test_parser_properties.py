"""Property tests over every parser of outside input: whatever the bytes, the answer is a result or a
BadInputError (one sentence), never another exception. HTML, sidecar metadata, Telegram JSON, bundle
zip and manifest, signed notes and checkpoints, CSV lists, report text decoding."""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warcrimes.custody import checkpoint as notes
from warcrimes.custody.bundle import CHECKPOINT, MANIFEST, VKEY
from warcrimes.custody.bundle_check import verify_bundle
from warcrimes.errors import BadInputError

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
JSON = st.recursive(st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=False)
                    | st.text(max_size=30),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=10), inner, max_size=4),
                    max_leaves=12)
TAGS = st.sampled_from(["html", "head", "body", "div", "p", "span", "meta", "time", "script", "article", "table",
                        "td", "a", "b", "title", "nav"])


@st.composite
def markup(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 25))):
        tag = draw(TAGS)
        kind = draw(st.integers(0, 3))
        if kind == 0:
            attrs = draw(st.sampled_from(['', ' property="article:published_time" content="2024-02-30"',
                                          ' itemprop="datePublished" datetime="x"', ' type="application/ld+json"',
                                          ' name="og:site_name" content=""']))
            parts.append(f"<{tag}{attrs}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        else:
            parts.append(draw(st.text(max_size=40)))
    return "".join(parts)


@FAST
@given(markup())
def test_html_reading_gives_text_or_one_bad_input_error(page: str) -> None:
    from warcrimes.ingest.html import main_text, page_metadata

    with contextlib.suppress(BadInputError):
        main_text(Path("page.html"), page)
    assert isinstance(page_metadata(page), dict)


@FAST
@given(st.dictionaries(st.sampled_from(["published", "publisher", "url", "language", "other"]), JSON, max_size=5))
def test_sidecar_metadata_is_metadata_or_one_bad_input_error(raw: dict[str, Any]) -> None:
    from warcrimes.ingest.metadata import from_mapping

    with contextlib.suppress(BadInputError):
        from_mapping(raw, "x.meta.json")


@FAST
@given(st.binary(max_size=200) | JSON.map(lambda v: json.dumps(v).encode()))
def test_a_sidecar_file_of_any_bytes_is_read_or_refused_in_one_line(content: bytes) -> None:
    from warcrimes.ingest.metadata import read_sidecar

    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "r.meta.json").write_bytes(content)
        with contextlib.suppress(BadInputError):
            read_sidecar(Path(folder) / "r.txt")


@FAST
@given(st.binary(max_size=300))
def test_report_bytes_decode_or_are_refused_in_one_line(content: bytes) -> None:
    from warcrimes.ingest.reading import decode

    with contextlib.suppress(BadInputError):
        assert isinstance(decode(Path("r.txt"), content), str)


MESSAGE = st.fixed_dictionaries({}, optional={
    "id": JSON, "type": st.sampled_from(["message", "service", 3]) | JSON, "date": JSON,
    "date_unixtime": st.sampled_from(["1710000000", "-5", "99999999999999999999", "x"]) | JSON,
    "text": JSON, "from": JSON, "photo": JSON, "file": st.sampled_from(["../../etc/passwd", "a.jpg"]) | JSON,
    "forwarded_from": JSON, "text_entities": JSON})


@FAST
@given(st.one_of(
    st.fixed_dictionaries({"name": JSON, "type": JSON, "id": JSON, "messages": st.lists(MESSAGE, max_size=5)}),
    JSON))
def test_a_telegram_export_of_any_shape_gives_drafts_or_one_bad_input_error(export: Any) -> None:
    from warcrimes.ingest.formats import read_source

    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "result.json").write_text(json.dumps(export), encoding="utf-8")
        with contextlib.suppress(BadInputError):
            list(read_source(Path(folder)))




@FAST
@given(st.text(max_size=300) | st.binary(max_size=300))
def test_a_signed_note_of_any_text_opens_or_is_refused_as_a_checkpoint_error(note: str | bytes) -> None:
    vkey = notes.parse_vkey("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")
    with contextlib.suppress(notes.CheckpointError):
        notes.open_note(note, vkey)


@FAST
@given(st.lists(st.text(alphabet=st.characters(codec="utf-8"), max_size=30), min_size=0, max_size=6))
def test_a_checkpoint_body_of_any_lines_parses_or_is_refused(lines: list[str]) -> None:
    with contextlib.suppress(notes.CheckpointError):
        notes.parse_body("\n".join(lines) + "\n")


@FAST
@given(st.text(max_size=120))
def test_a_verifier_key_of_any_text_parses_or_is_refused(text: str) -> None:
    with contextlib.suppress(notes.CheckpointError):
        notes.parse_vkey(text)


MANIFESTS = st.fixed_dictionaries({"format": JSON}, optional={
    "entries": st.lists(st.fixed_dictionaries({}, optional={
        "entry": JSON | st.fixed_dictionaries({"index": JSON, "subject": JSON, "action": JSON, "details": JSON}),
        "canonical": JSON, "leaf_hash": JSON, "inclusion_proof": JSON | st.lists(st.text(max_size=70), max_size=3)}),
        max_size=3) | JSON,
    "objects": st.lists(st.fixed_dictionaries({}, optional={"path": JSON, "content_hash": JSON, "kind": JSON}),
                        max_size=3) | JSON,
    "documents": st.lists(st.fixed_dictionaries({}, optional={"path": JSON, "sha256": JSON}), max_size=3) | JSON,
}) | JSON


@FAST
@given(MANIFESTS, st.sampled_from(["", "warcrimes.custody/x\n5\nAAAA\n\n— x AAAAAAAA\n", "\x00\xff"]),
       st.sampled_from(["", "x+00000000+AQ==", "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"]))
def test_a_bundle_of_any_manifest_verifies_or_names_its_problems(manifest: Any, note: str, vkey: str) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(MANIFEST, json.dumps(manifest))
        archive.writestr(CHECKPOINT, note)
        archive.writestr(VKEY, vkey)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bundle.zip"
        path.write_bytes(buffer.getvalue())
        try:
            result = verify_bundle(path)
        except BadInputError:
            return
        assert isinstance(result.problems, list)


@FAST
@given(st.binary(max_size=400))
def test_a_bundle_of_any_bytes_is_refused_in_one_line(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bundle.zip"
        path.write_bytes(content)
        with contextlib.suppress(BadInputError):
            verify_bundle(path)


CSV_CELL = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20)


@FAST
@given(st.lists(st.lists(CSV_CELL, min_size=1, max_size=5), max_size=8), st.sampled_from([",", ";", "\t"]),
       st.sampled_from(["utf-8", "utf-16", "cp1251"]))
def test_a_csv_list_of_any_cells_reads_or_is_refused_in_one_line(rows: list[list[str]], delimiter: str,
                                                                  encoding: str) -> None:
    from warcrimes.registry.listfile import read_list

    text = "\n".join(delimiter.join(row) for row in rows)
    try:
        raw = text.encode(encoding)
    except UnicodeEncodeError:
        raw = text.encode("utf-8")
    with contextlib.suppress(BadInputError):
        read_list("list.csv", raw)


@FAST
@given(st.binary(max_size=400))
def test_a_list_file_of_any_bytes_reads_or_is_refused_in_one_line(raw: bytes) -> None:
    from warcrimes.registry.listfile import read_list

    for name in ("list.csv", "list.xlsx"):
        with contextlib.suppress(BadInputError):
            read_list(name, raw)
