"""Custody figures: vault ingest vs hashlib vs sha256sum, log appends, verify at 10^6, proof cost.

Sizes come from the environment for quick runs:
WARCRIMES_BENCH_HASH_MB (default 1024: the issue's 1 GiB file) and
WARCRIMES_BENCH_LOG_ENTRIES (default 1,000,000).
"""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from warcrimes.config import Settings
from warcrimes.custody.log import Change, CustodyLog
from warcrimes.custody.vault import CHUNK, Vault, kernel_copy_and_hash
from warcrimes.custody.verify import verify_store
from warcrimes.services.unit import custody_log
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


def _cpu_seconds() -> float:
    """User + system time of this process, all threads: what a busy machine has to find."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _kernel_copy_seconds(source: Path, work: Path) -> float:
    """The vault's previous path (copy_file_range, hash of the landed bytes, fsync), for comparison."""
    temp = work / "kernel-copy.part"
    started = time.perf_counter()
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with open(source, "rb", buffering=0) as stream:
            kernel_copy_and_hash(stream, fd, temp)
        os.fsync(fd)
    finally:
        os.close(fd)
    seconds = time.perf_counter() - started
    temp.unlink()
    return seconds


def hashing_rows(work: Path) -> list[tuple[str, str]]:
    """hashlib, the vault and the vault's previous kernel copy alternate three times on the same
    file (medians are printed, the machine is shared); sha256sum and plain durable copies once."""
    mib = int(os.environ.get("WARCRIMES_BENCH_HASH_MB", "1024"))
    source = work / "evidence.bin"
    _make_file(source, mib)
    _hashlib_seconds(source)  # warm the page cache so every reader starts alike
    hashlib_runs, vault_runs, kernel_runs, hashlib_cpu, vault_cpu = [], [], [], [], []
    for trial in range(3):
        cpu = _cpu_seconds()
        hashlib_runs.append(_hashlib_seconds(source))
        hashlib_cpu.append(_cpu_seconds() - cpu)
        cpu = _cpu_seconds()
        started = time.perf_counter()
        Vault(work / f"vault-{trial}").put(source)
        vault_runs.append(time.perf_counter() - started)
        vault_cpu.append(_cpu_seconds() - cpu)
        shutil.rmtree(work / f"vault-{trial}")
        kernel_runs.append(_kernel_copy_seconds(source, work))
    started = time.perf_counter()
    subprocess.run(["sha256sum", str(source)], check=True, capture_output=True)
    sha256sum_s = time.perf_counter() - started
    started = time.perf_counter()
    subprocess.run(["dd", f"if={source}", f"of={work / 'dd.copy'}", "bs=1M", "conv=fsync", "status=none"],
                   check=True)
    dd_s = time.perf_counter() - started
    (work / "dd.copy").unlink()
    started = time.perf_counter()
    subprocess.run(["dd", f"if={source}", f"of={work / 'dd.copy'}", "bs=1M", "oflag=direct", "conv=fsync",
                    "status=none"], check=True)
    dd_direct_s = time.perf_counter() - started
    (work / "dd.copy").unlink()
    hashlib_s, vault_s = statistics.median(hashlib_runs), statistics.median(vault_runs)
    kernel_s = statistics.median(kernel_runs)
    return [
        (f"hash {mib} MiB: hashlib (median of 3)",
         f"{mib / hashlib_s:,.0f} MiB/s ({_spread(mib, hashlib_runs)})"),
        (f"hash {mib} MiB: sha256sum", f"{mib / sha256sum_s:,.0f} MiB/s"),
        (f"hash {mib} MiB: vault ingest, direct write+hash+fsync (median of 3)",
         f"{mib / vault_s:,.0f} MiB/s ({_spread(mib, vault_runs)}); "
         f"{vault_s / hashlib_s:.2f}x hashlib's time"),
        (f"hash {mib} MiB: CPU seconds, hashlib / vault (median of 3)",
         f"{statistics.median(hashlib_cpu):.2f} s / {statistics.median(vault_cpu):.2f} s"),
        (f"hash {mib} MiB: previous vault path, copy_file_range+hash+fsync (median of 3)",
         f"{mib / kernel_s:,.0f} MiB/s ({_spread(mib, kernel_runs)}); {kernel_s / hashlib_s:.2f}x hashlib's time"),
        (f"copy {mib} MiB without hashing: dd conv=fsync", f"{mib / dd_s:,.0f} MiB/s"),
        (f"copy {mib} MiB without hashing: dd oflag=direct conv=fsync", f"{mib / dd_direct_s:,.0f} MiB/s"),
    ]


def _spread(mib: int, runs: list[float]) -> str:
    return f"runs {min(mib / s for s in runs):,.0f}..{max(mib / s for s in runs):,.0f}"


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
    log = custody_log(store)
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
