"""Every tamper and fault case of issue 5 is detected and named by `verify` or `verify-bundle`."""

from __future__ import annotations

import base64
import os
import shutil
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from custody_fixtures import seeded
from warcrimes.custody import merkle
from warcrimes.custody.bundle_check import verify_bundle
from warcrimes.custody.evidence import vault_of
from warcrimes.custody.log import Change, CustodyLog
from warcrimes.custody.verify import Verification, verifier_key_of, verify_store
from warcrimes.services.custody import export_bundle, make_checkpoint
from warcrimes.services.unit import custody_log
from warcrimes.store import Store
from warcrimes.store.schema import CheckpointRow, CustodyEntryRow, CustodyNodeRow, EvidenceRow, ReportRow


def verified(store: Store) -> Verification:
    return verify_store(store, verifier_key_of(store))


def problems(store: Store) -> str:
    return "\n".join(verified(store).problems)


@pytest.fixture
def sealed(store: Store, tmp_path: Path) -> Store:
    """A store with a report, an incident, linked evidence, a few more entries and a checkpoint."""
    seeded(store, tmp_path)
    log = custody_log(store)
    assert isinstance(log, CustodyLog)
    with store.transaction() as session:
        log.append_many(session, [Change("review", f"incident:{i}", {"note": f"check {i}"})
                                  for i in range(6)])
    make_checkpoint(store)
    assert verified(store).ok
    return store


def entry_count(store: Store) -> int:
    with store.transaction() as session:
        return len(session.scalars(select(CustodyEntryRow.id)).all())


def test_flipped_byte_in_a_stored_evidence_file_is_named(sealed: Store) -> None:
    path = next(p for _, p in vault_of(sealed).objects())
    path.chmod(0o644)
    blob = bytearray(path.read_bytes())
    blob[100] ^= 0x01
    path.write_bytes(bytes(blob))
    assert "evidence 1 (bus-stop.jpg): the vault file" in problems(sealed)
    assert "the original was altered" in problems(sealed)


def test_evidence_file_removed_from_the_vault_is_named(sealed: Store) -> None:
    path = next(p for _, p in vault_of(sealed).objects())
    path.unlink()
    assert "is missing from the vault" in problems(sealed)


def test_report_bytes_edited_in_the_database_are_named(sealed: Store) -> None:
    with sealed.engine.begin() as conn:
        conn.execute(update(ReportRow).values(original=b"a quieter story"))
    assert "report 1: its stored bytes hash to SHA-256:" in problems(sealed)


def test_report_metadata_edited_in_the_database_is_named(sealed: Store) -> None:
    with sealed.engine.begin() as conn:
        conn.execute(update(ReportRow).values(publisher="Someone else"))
    assert "report 1: publisher is 'Someone else' in the database but 'Regional police'" in problems(sealed)


def test_report_replaced_with_a_consistent_hash_has_no_ingest_entry(sealed: Store) -> None:
    import hashlib

    forged = b"another text entirely"
    with sealed.engine.begin() as conn:
        conn.execute(update(ReportRow).values(original=forged,
                                              content_hash="SHA-256:" + hashlib.sha256(forged).hexdigest()))
    assert "report 1: no ingest entry in the custody log" in problems(sealed)


def test_evidence_row_edited_is_named(sealed: Store) -> None:
    with sealed.engine.begin() as conn:
        conn.execute(update(EvidenceRow).values(captured_by="nobody"))
    assert "captured_by is 'nobody' in the database but 'field team 2'" in problems(sealed)


def test_deleted_log_entry_is_named(sealed: Store) -> None:
    with sealed.engine.begin() as conn:
        conn.execute(delete(CustodyEntryRow).where(CustodyEntryRow.id == 3))
    found = problems(sealed)
    assert "custody log: entry 3 missing (deleted)" in found
    assert "checkpoint 1 (size" in found and "no longer hash to the signed root" in found


def test_deleted_ingest_entry_leaves_its_report_unanchored(sealed: Store) -> None:
    with sealed.engine.begin() as conn:
        conn.execute(delete(CustodyEntryRow).where(CustodyEntryRow.action == "ingest"))
    assert "report 1: no ingest entry in the custody log" in problems(sealed)


def test_reordered_log_entries_are_named(sealed: Store) -> None:
    with sealed.engine.begin() as conn:
        rows = {r.id: r for r in conn.execute(select(CustodyEntryRow).where(CustodyEntryRow.id.in_([1, 2])))}
        for here, there in ((1, 2), (2, 1)):
            other = rows[there]
            conn.execute(update(CustodyEntryRow).where(CustodyEntryRow.id == here).values(
                recorded_at=other.recorded_at, actor=other.actor, action=other.action, subject=other.subject,
                details=other.details, leaf_hash=other.leaf_hash))
    found = problems(sealed)
    assert "custody entry 1" in found and "custody entry 2" in found and "(altered or reordered)" in found


def test_altered_entry_is_named_even_when_its_leaf_hash_is_rewritten(sealed: Store) -> None:
    with sealed.engine.begin() as conn:
        row = conn.execute(select(CustodyEntryRow).where(CustodyEntryRow.id == 4)).one()
        details = {**row.details, "note": "nothing to see"}
        from warcrimes.custody.log import Entry

        leaf = Entry(4, row.recorded_at, row.actor, row.action, row.subject, details).leaf_hash()
        conn.execute(update(CustodyEntryRow).where(CustodyEntryRow.id == 4).values(details=details,
                                                                                   leaf_hash=leaf))
    found = problems(sealed)
    assert "custody tree node (level 1, position 2)" in found
    assert "checkpoint 1 (size" in found


def test_altered_entry_with_its_leaf_hash_kept_is_named(sealed: Store) -> None:
    last = entry_count(sealed) - 1
    with sealed.engine.begin() as conn:
        conn.execute(update(CustodyEntryRow).where(CustodyEntryRow.id == last).values(actor="mallory"))
    assert f"custody entry {last} (review incident:5): its content no longer matches" in problems(sealed)


def test_replaced_checkpoint_signature_is_named(sealed: Store) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    with sealed.engine.begin() as conn:
        note = conn.execute(select(CheckpointRow.signed_note)).scalar_one()
        body, _, line = note.rpartition("\n\n")
        name, _, b64 = line.strip().rpartition(" ")
        forged = Ed25519PrivateKey.generate().sign((body + "\n").encode())
        swapped = f"{body}\n\n{name} {base64.b64encode(base64.b64decode(b64)[:4] + forged).decode()}\n"
        conn.execute(update(CheckpointRow).values(signed_note=swapped))
    assert "checkpoint 1: the signature by" in problems(sealed) and "does not verify" in problems(sealed)


def test_truncated_log_is_named(sealed: Store) -> None:
    size = entry_count(sealed)
    with sealed.engine.begin() as conn:
        conn.execute(delete(CustodyEntryRow).where(CustodyEntryRow.id >= size - 2))
    assert f"checkpoint 1 signed {size} entries but the log has {size - 2}: the log was truncated" \
        in problems(sealed)


def test_tampered_tree_node_is_named(sealed: Store) -> None:
    with sealed.engine.begin() as conn:
        conn.execute(update(CustodyNodeRow).where(CustodyNodeRow.level == 1, CustodyNodeRow.position == 0)
                     .values(hash=merkle.leaf_hash(b"forged")))
    assert "custody tree node (level 1, position 0) differs" in problems(sealed)


# --- bundles -----------------------------------------------------------------------------------


def bundle_of(store: Store, tmp_path: Path) -> Path:
    out = tmp_path / "incident.zip"
    export_bundle(store, 1, out, actor="system")
    return out


def rewritten(source: Path, target: Path, change: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            new.writestr(name, change.get(name, old.read(name)))
    return target


def test_untouched_bundle_verifies(sealed: Store, tmp_path: Path) -> None:
    result = verify_bundle(bundle_of(sealed, tmp_path))
    assert result.problems == []
    assert result.checked["evidence files"] == 1 and result.checked["report files"] == 1


def test_bundle_with_a_swapped_file_is_named(sealed: Store, tmp_path: Path) -> None:
    out = bundle_of(sealed, tmp_path)
    with zipfile.ZipFile(out) as z:
        evidence = next(n for n in z.namelist() if n.startswith("evidence/"))
    swapped = rewritten(out, tmp_path / "swapped.zip", {evidence: b"\xff\xd8\xff another photo"})
    found = "\n".join(verify_bundle(swapped).problems)
    assert f"{evidence}: its bytes hash to SHA-256:" in found and "swapped or altered" in found


def test_bundle_with_an_altered_entry_is_named(sealed: Store, tmp_path: Path) -> None:
    import json

    out = bundle_of(sealed, tmp_path)
    with zipfile.ZipFile(out) as z:
        manifest = json.loads(z.read("manifest.json"))
    shown_only = json.loads(json.dumps(manifest))
    shown_only["entries"][0]["entry"]["actor"] = "someone else"
    edited = rewritten(out, tmp_path / "shown.zip", {"manifest.json": json.dumps(shown_only).encode()})
    assert "differs from its canonical text" in "\n".join(verify_bundle(edited).problems)
    item = manifest["entries"][0]
    item["entry"]["actor"] = "someone else"
    item["canonical"] = json.dumps(item["entry"], sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    item["leaf_hash"] = merkle.leaf_hash(item["canonical"].encode()).hex()
    altered = rewritten(out, tmp_path / "altered.zip", {"manifest.json": json.dumps(manifest).encode()})
    assert "inclusion proof does not lead to the signed root" in "\n".join(verify_bundle(altered).problems)


def test_bundle_checked_against_another_trusted_key_is_refused(sealed: Store, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from warcrimes.custody.checkpoint import verifier_key

    other = verifier_key(Ed25519PrivateKey.generate().public_key()).text()
    found = "\n".join(verify_bundle(bundle_of(sealed, tmp_path), other).problems)
    assert "is not the trusted key" in found


def test_bundle_copied_elsewhere_still_verifies_without_the_store(sealed: Store, tmp_path: Path) -> None:
    moved = tmp_path / "elsewhere" / "b.zip"
    moved.parent.mkdir()
    shutil.copy(bundle_of(sealed, tmp_path), moved)
    shutil.rmtree(sealed.settings.home)
    assert verify_bundle(moved).ok


def test_bundle_export_is_itself_logged(sealed: Store, tmp_path: Path) -> None:
    before = entry_count(sealed)
    bundle_of(sealed, tmp_path)
    with sealed.transaction() as session:
        last = session.scalars(select(CustodyEntryRow).order_by(CustodyEntryRow.id.desc())).first()
    assert last is not None and last.action == "export" and last.id == before
    assert os.path.exists(tmp_path / "incident.zip")
