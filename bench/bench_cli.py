"""CLI start-up: `warcrimes --help` wall time and the peak memory of `warcrimes evidence add`.

Each command module loads its libraries inside its commands (tests/test_cli_imports.py keeps it so);
the last row loads them all at once, as the CLI did before, for scale.
WARCRIMES_BENCH_HASH_MB sets the evidence file's size (default 1024: the issue's 1 GiB file).
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MIB = 1 << 20
_SCRIPT = Path(sys.executable).with_name("warcrimes")  # the installed entry point, as users run it
WARCRIMES = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "warcrimes"]
#: What the command modules used to import at start-up, before their imports moved inside.
EAGER = ("import warcrimes.cli, warcrimes.web.app, warcrimes.ingest, warcrimes.extract, "
         "warcrimes.corroborate.review, warcrimes.corroborate.neardup, warcrimes.custody.bundle, "
         "warcrimes.store")


def _peak_and_wall(argv: list[str], env: dict[str, str]) -> tuple[float, float] | None:
    """Peak RSS in MiB (GNU time's "Maximum resident set size") and wall seconds of one run."""
    if not Path("/usr/bin/time").exists():
        return None
    started = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-v", *argv], env=env, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - started
    found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    return (int(found.group(1)) / 1024, wall) if found else None


def _make_file(path: Path, mib: int) -> None:
    block = os.urandom(MIB)
    with open(path, "wb") as out:
        for i in range(mib):
            out.write(block[i % 251:] + block[:i % 251])


def _help_rows(env: dict[str, str]) -> list[tuple[str, str]]:
    walls, peaks = [], []
    for _ in range(5):
        measured = _peak_and_wall([*WARCRIMES, "--help"], env)
        if measured is None:
            return [("warcrimes --help", "skipped: /usr/bin/time (GNU time) is not installed")]
        peaks.append(measured[0])
        walls.append(measured[1])
    try:
        eager = _peak_and_wall([sys.executable, "-c", EAGER], env)
    except subprocess.CalledProcessError:  # a module renamed since: the rows above still stand
        eager = None
    rows = [("warcrimes --help (median of 5)",
             f"{statistics.median(walls):.2f} s wall, peak RSS {statistics.median(peaks):.0f} MiB")]
    if eager:
        rows.append(("for scale: importing every command's libraries at once",
                     f"{eager[1]:.2f} s wall, peak RSS {eager[0]:.0f} MiB"))
    return rows


def _evidence_rows(work: Path, env: dict[str, str]) -> list[tuple[str, str]]:
    mib = int(os.environ.get("WARCRIMES_BENCH_HASH_MB", "1024"))
    source = work / "video.mp4"
    _make_file(source, mib)
    runs = []
    for trial in range(3):
        home = work / f"home-{trial}"
        measured = _peak_and_wall([*WARCRIMES, "evidence", "add", str(source)],
                                  {**env, "WARCRIMES_HOME": str(home)})
        shutil.rmtree(home, ignore_errors=True)
        if measured is None:
            return [("warcrimes evidence add", "skipped: /usr/bin/time (GNU time) is not installed")]
        runs.append(measured)
    peak = max(p for p, _ in runs)
    wall = statistics.median(w for _, w in runs)
    return [(f"warcrimes evidence add, {mib} MiB file (3 runs)",
             f"peak RSS {peak:.0f} MiB (highest run), {wall:.2f} s wall (median; start-up, vault, "
             f"database and custody entry: {mib / wall:,.0f} MiB/s)")]


def run() -> list[tuple[str, str]]:
    work = Path(tempfile.mkdtemp(prefix="warcrimes-bench-cli-"))
    env = {k: v for k, v in os.environ.items() if k != "WARCRIMES_DATABASE_URL"}
    env["WARCRIMES_ACTOR"] = "bench"
    try:
        return _help_rows(env) + _evidence_rows(work, env)
    finally:
        shutil.rmtree(work, ignore_errors=True)
