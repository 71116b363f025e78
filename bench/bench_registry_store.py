"""The registry through the store (SQLite, fields sealed, blind index, custody entries): name search
over 100,000 persons (target p95 < 50 ms), a 10,000-row list import (target < 60 s), and candidate
matching of that list against the 100,000 (target < 2 min: the dry run, which decrypts and indexes
every person, then plans every row).

The population is bench_registry's synthetic one, brought in as one list. WARCRIMES_BENCH_PERSONS
and WARCRIMES_BENCH_LIST_ROWS make a smaller run (defaults 100,000 and 10,000).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import tempfile
import time
from pathlib import Path

from bench.bench_registry import population, variant
from warcrimes.config import Settings
from warcrimes.queries.registry import search_persons
from warcrimes.registry.records import Person
from warcrimes.registry.transliteration import ukrainian_to_latin
from warcrimes.services.registry_import import column_mapping, import_list
from warcrimes.store import open_store

HEADER = "family_name,given_name,patronymic,birth_date,category,status,status_date,status_place,source"
PLACES = ("Колонія-1 Донецьк", "СІЗО-2 Таганрог", "Колонія-10 Курськ", "СІЗО-1 Брянськ")
SEARCHES = 300
TODAY = dt.date(2024, 6, 1)


def _line(rng: random.Random, person: Person) -> str:
    name = person.name_uk
    assert name is not None
    born = person.birth_date.iso() if person.birth_date else ""
    status = rng.choice(("held", "held", "missing", "released"))
    place = rng.choice(PLACES) if status == "held" else ""
    return ",".join((name.family, name.given, name.patronymic, born, person.category, status, "2022-05-01", place,
                     "bench list"))


def _csv(lines: list[str]) -> bytes:
    return ("\n".join([HEADER, *lines]) + "\n").encode("utf-8")


def _ms(values: list[float], share: float) -> str:
    return f"{sorted(values)[min(len(values) - 1, int(len(values) * share))] * 1000:.1f} ms"


def run() -> list[tuple[str, str]]:
    persons = int(os.environ.get("WARCRIMES_BENCH_PERSONS", "100000"))
    rows = int(os.environ.get("WARCRIMES_BENCH_LIST_ROWS", "10000"))
    rng = random.Random(20241206)
    registry = population(rng, persons)
    variants = rows * 3 // 10
    listed = [variant(rng, registry[rng.randrange(persons)]) for _ in range(variants)]
    listed += population(rng, rows - variants)
    with tempfile.TemporaryDirectory(prefix="bench-registry-") as folder:
        home = Path(folder) / "home"
        home.mkdir()
        store = open_store(Settings(home=home, database_url=f"sqlite:///{home / 'db.sqlite3'}"))
        mapping = column_mapping()

        started = time.perf_counter()
        import_list(store, "population.csv", _csv([_line(rng, p) for p in registry]), mapping, actor="bench",
                    apply=True, today=TODAY)
        populated = time.perf_counter() - started

        raw = _csv([_line(rng, p) for p in listed])
        started = time.perf_counter()
        dry = import_list(store, "list.csv", raw, mapping, actor="bench", apply=False, today=TODAY)
        matched = time.perf_counter() - started
        started = time.perf_counter()
        done = import_list(store, "list.csv", raw, mapping, actor="bench", apply=True, today=TODAY)
        imported = time.perf_counter() - started

        latencies = []
        hits = 0
        for person in rng.sample(registry, min(SEARCHES, persons)):
            assert person.name_uk is not None
            query = f"{ukrainian_to_latin(person.name_uk.family)} {ukrainian_to_latin(person.name_uk.given)}"
            started = time.perf_counter()
            found = search_persons(store, query)
            latencies.append(time.perf_counter() - started)
            hits += bool(found)
        store.engine.dispose()
        size = sum(p.stat().st_size for p in home.rglob("*") if p.is_file())
    counts = dry.plan.counts()
    return [
        ("persons in the store / list rows (variants of persons)", f"{persons:,} / {rows:,} ({variants:,})"),
        (f"import the {persons:,} persons as one list", f"{populated:.1f} s"),
        (f"match {rows:,} rows against {persons:,} (dry run; target < 120 s)", f"{matched:.1f} s"),
        ("  plan: create / update / review (with candidates)",
         f"{counts['create']:,} / {counts['update']:,} / {counts['review']:,}"),
        (f"import the {rows:,}-row list (target < 60 s)", f"{imported:.1f} s ({len(done.created):,} persons, "
                                                          f"{done.candidates:,} candidates)"),
        ("name search, Latin family + given: p50 / p95 (target p95 < 50 ms)",
         f"{_ms(latencies, 0.5)} / {_ms(latencies, 0.95)} ({hits} of {len(latencies)} found)"),
        ("WARCRIMES_HOME on disk", f"{size / 2**20:.0f} MB"),
    ]
