"""Telegram export through the whole ingest path: read, detect language, extract, link, store, custody.

Generates channel exports of 1,000 and WARCRIMES_BENCH_MESSAGES messages (default 10,000; a
comma-separated list gives the sizes) in Telegram Desktop's shape, from our own texts (Ukrainian
and English posts of an oblast administration, one in twenty with a photo, one in fifty edited),
ingests each into a fresh SQLite store, then ingests the same export again (nothing new: every
message known by its key and version). Prints messages per second for each by the wall clock and
per core of CPU (this process and its extraction worker), with the load average: on a shared
machine the wall clock says more about the neighbours than about us. The issue's target: >= 200/s.
WARCRIMES_BENCH_DATABASE_URL=URL stores into a fresh schema of that PostgreSQL database instead (dropped after;
the server's own CPU is not counted).
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

_SIZES = os.environ.get("WARCRIMES_BENCH_MESSAGES", "1000,10000")
SIZES = [int(size) for size in _SIZES.split(",")] if "," in _SIZES else sorted({1000, int(_SIZES)})
MESSAGES = SIZES[-1]
PLACES = [("Херсон", "Kherson"), ("Бериславі", "Beryslav"), ("Нікополі", "Nikopol"), ("Куп'янську", "Kupiansk"),
          ("Костянтинівці", "Kostiantynivka"), ("Сумах", "Sumy"), ("Харкові", "Kharkiv"), ("Очакові", "Ochakiv")]
TEMPLATES_UK = [
    "Вночі окупанти обстріляли {place} з артилерії. Пошкоджено {n} приватних будинків, загиблих немає.",
    "Внаслідок удару дрона по {place} поранено {n} цивільних, їх доставили до лікарні.",
    "Ворог атакував {place} керованими авіабомбами. Інформація про постраждалих уточнюється.",
    "Графік роботи пунктів незламності у {place} на завтра: з 8:00 до 20:00.",
]
TEMPLATES_EN = [
    "Russian forces shelled {place} overnight, wounding {n} civilians, the regional administration said.",
    "A drone struck a bus stop in {place} on Tuesday morning; {n} people were injured.",
    "Air raid alert lifted in {place}. Stay safe and follow official channels.",
]


#: Post n is English when n % 4 == 3 (template n % 3), Ukrainian otherwise (template n % 4): a cycle of 12 posts.
POSTS = [TEMPLATES_EN[n % 3] if n % 4 == 3 else TEMPLATES_UK[n % 4] for n in range(12)]


def write_export(folder: Path, count: int = MESSAGES) -> Path:
    """The first `count` posts of an oblast administration's channel (tests/source_fixtures.GeneratedChannel): a photo
    with every 20th, an edit every 50th."""
    from source_fixtures import GeneratedChannel

    channel = GeneratedChannel("Обласна військова адміністрація", 1987654321, POSTS, PLACES, first=1_710_000_000,
                               every=600, counts=7, photo_every=20, edit_every=50)
    return channel.write(folder, count)


def _cpu() -> tuple[float, float]:
    """CPU seconds of this process (reading, linking, storing) and of its finished children (the
    extraction worker): the first is the import's critical path when a core is free for the second."""
    own, children = os.times(), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.user + own.system, children.ru_utime + children.ru_stime


def run() -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for size in SIZES:
        rows.extend(run_one(size))
    return rows


def run_one(size: int) -> list[tuple[str, str]]:
    from warcrimes.config import Settings
    from warcrimes.services.ingest import ingest_file
    from warcrimes.store import open_store

    postgresql = os.environ.get("WARCRIMES_BENCH_DATABASE_URL")
    with tempfile.TemporaryDirectory() as temp, ExitStack() as stack:
        root = Path(temp)
        export = write_export(root / "export", size)
        home = root / "home"
        home.mkdir()
        url = f"sqlite:///{home / 'db.sqlite3'}"
        if postgresql:
            sys.path.insert(0, str(Path(__file__).resolve().parent))
            from bench_workspace import pg_schema

            url = stack.enter_context(pg_schema(postgresql))
        store = open_store(Settings(home=home, database_url=url), url=url)
        rows = [("export", f"{size:,} messages, {(export / 'result.json').stat().st_size / 1e6:.1f} MB, "
                           f"{size // 20:,} photos, {'PostgreSQL' if postgresql else 'SQLite'}; "
                           f"load average before {os.getloadavg()[0]:.1f}")]
        for label in ("first import", "second import (nothing new)"):
            start, (here, worker) = time.perf_counter(), _cpu()
            outcome = ingest_file(store, export, actor="bench")
            took = time.perf_counter() - start
            here, worker = _cpu()[0] - here, _cpu()[1] - worker
            count = len(outcome.reports)
            rows.append((label, f"{count:,} messages in {took:.1f} s wall = {count / took:,.0f} messages/s; "
                                f"{here + worker:.1f} s CPU = {count / (here + worker):,.0f} messages/s per core "
                                f"({here:.1f} s here = {count / here:,.0f}/s, {1000 * here / count:.2f} ms a message; "
                                f"{worker:.1f} s in the worker)"))
            rows.append(("", outcome.message[:110]))
        rows.append(("load average (1, 5, 15 min)", " ".join(f"{x:.1f}" for x in os.getloadavg())))
        store.engine.dispose()
        return rows


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    for size in SIZES:  # each size as it finishes: 10,000 messages take minutes on a loaded machine
        for label, figure in run_one(size):
            print(f"{label:30} {figure}", flush=True)
