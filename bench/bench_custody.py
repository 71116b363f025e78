"""Custody figures: vault ingest vs hashlib vs sha256sum, log appends, verify at 10^6, proof cost.

Sizes come from the environment for quick runs:
WARCRIMES_BENCH_HASH_MB (default 1024: the issue's 1 GiB file) and
WARCRIMES_BENCH_LOG_ENTRIES (default 1,000,000).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from warcrimes.config import Settings
from warcrimes.custody.log import Change, CustodyLog
from warcrimes.custody.vault import CHUNK, Vault, copy_and_hash, kernel_copy_and_hash
from warcrimes.custody.verify import verify_store
from warcrimes.store import Store, open_store

MIB = 1 << 20


def _make_file(path: Path, mib: int) -> None:
    block = os.urandom(MIB)
    with open(path, "wb") as out:
        for i in range(mib):
            out.write(block[i % 251:] + block[:i % 251])  # distinct blocks, cheap to make


def _hashlib_seconds(path: Path) -> float:
    started = time.perf_counter()
    h = hashlib.sha256()
    buf = bytearray(CHUNK)
    view = memoryview(buf)
    with open(path, "rb", buffering=0) as stream:
        while n := stream.readinto(buf):
            h.update(view[:n])
    return time.perf_counter() - started


def hashing_rows(work: Path) -> list[tuple[str, str]]:
    mib = int(os.environ.get("WARCRIMES_BENCH_HASH_MB", "1024"))
    source = work / "evidence.bin"
    _make_file(source, mib)
    _hashlib_seconds(source)  # warm the page cache so all three read the same way
    hashlib_s = _hashlib_seconds(source)
    started = time.perf_counter()
    subprocess.run(["sha256sum", str(source)], check=True, capture_output=True)
    sha256sum_s = time.perf_counter() - started
    started = time.perf_counter()
    Vault(work / "vault").put(source)
    vault_s = time.perf_counter() - started
    copy_s, fsync_s = _copy_then_fsync(source, work / "copy.part")
    started = time.perf_counter()
    subprocess.run(["dd", f"if={source}", f"of={work / 'dd.copy'}", "bs=1M", "conv=fsync", "status=none"],
                   check=True)
    dd_s = time.perf_counter() - started
    (work / "dd.copy").unlink()
    return [
        (f"hash {mib} MiB: hashlib", f"{mib / hashlib_s:,.0f} MiB/s"),
        (f"hash {mib} MiB: sha256sum", f"{mib / sha256sum_s:,.0f} MiB/s"),
        (f"hash {mib} MiB: vault ingest (copy+hash+fsync)",
         f"{mib / vault_s:,.0f} MiB/s ({vault_s / hashlib_s:.2f}x hashlib's time)"),
        (f"hash {mib} MiB: vault copy+hash alone, then fsync",
         f"{mib / copy_s:,.0f} MiB/s ({copy_s / hashlib_s:.2f}x hashlib's time); fsync {fsync_s:.2f} s"),
        (f"copy {mib} MiB without hashing: dd conv=fsync (the floor)", f"{mib / dd_s:,.0f} MiB/s"),
    ]


def _copy_then_fsync(source: Path, temp: Path) -> tuple[float, float]:
    """The two parts of a vault ingest timed apart: the overlapped copy and hash, then the flush."""
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        started = time.perf_counter()
        with open(source, "rb", buffering=0) as stream:
            if kernel_copy_and_hash(stream, fd, temp) is None:
                copy_and_hash(stream, fd)
        copied = time.perf_counter()
        os.fsync(fd)
        return copied - started, time.perf_counter() - copied
    finally:
        os.close(fd)
        temp.unlink()


def _store(work: Path) -> Store:
    home = work / "home"
    home.mkdir()
    return open_store(Settings(home=home, database_url=f"sqlite:///{home / 'db.sqlite3'}"))


def _fill(store: Store, log: CustodyLog, total: int, batch: int) -> float:
    started = time.perf_counter()
    done = 0
    while done < total:
        n = min(batch, total - done)
        with store.transaction() as session:
            log.append_many(session, [Change("ingest", f"SHA-256:{done + i:064x}",
                                             {"report_id": done + i, "size": 1000 + i}, "bench")
                                      for i in range(n)])
        done += n
    return time.perf_counter() - started


def log_rows(work: Path) -> list[tuple[str, str]]:
    total = int(os.environ.get("WARCRIMES_BENCH_LOG_ENTRIES", "1000000"))
    store = _store(work)
    log = store.custody
    assert isinstance(log, CustodyLog)
    single = 500
    started = time.perf_counter()
    for i in range(single):
        with store.transaction() as session:
            log.append(session, action="status", subject=f"incident:{i}", details={"to": "confirmed"},
                       actor="bench")
    single_s = time.perf_counter() - started
    batched_s = _fill(store, log, total - single, 10_000)
    with store.transaction() as session:
        log.checkpoint(session)
    started = time.perf_counter()
    result = verify_store(store, log.vkey())
    verify_s = time.perf_counter() - started
    rows = [
        ("log append, one entry per transaction", f"{single / single_s:,.0f} entries/s"),
        ("log append, batches of 10,000", f"{(total - single) / batched_s:,.0f} entries/s"),
        (f"verify, {total:,}-entry log", f"{verify_s:.1f} s ({'all hold' if result.ok else 'PROBLEMS'})"),
    ]
    size = 1000
    while size <= total:
        rows.append(_proof_row(store, log, size))
        size *= 10
    store.engine.dispose()
    return rows


def _proof_row(store: Store, log: CustodyLog, size: int) -> tuple[str, str]:
    samples = 20
    started = time.perf_counter()
    with store.transaction() as session:
        for k in range(samples):
            inclusion = log.prove_inclusion(session, (size * k) // samples, size)
    inclusion_ms = (time.perf_counter() - started) * 1000 / samples
    started = time.perf_counter()
    with store.transaction() as session:
        for k in range(samples):
            consistency = log.prove_consistency(session, max(1, (size * k) // samples), size)
    consistency_ms = (time.perf_counter() - started) * 1000 / samples
    return (f"proofs at {size:,} entries",
            f"inclusion {len(inclusion)} hashes = {32 * len(inclusion)} B in {inclusion_ms:.2f} ms; "
            f"consistency {len(consistency)} hashes = {32 * len(consistency)} B in {consistency_ms:.2f} ms")


def run() -> list[tuple[str, str]]:
    work = Path(tempfile.mkdtemp(prefix="warcrimes-bench-custody-"))
    try:
        return hashing_rows(work) + log_rows(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
