"""Corroboration figures: B-cubed of linking on the corpus, linking latency at 1,000,000 incidents,
near-duplicate fingerprint cost (ours against datasketch)."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import sqlite3
import statistics
import time
from collections.abc import Iterator
from functools import partial
from pathlib import Path

from sqlalchemy.orm import Session

from warcrimes.corroborate.evaluation import bcubed, link_corpus, load_corpus
from warcrimes.corroborate.linking import Linker, candidates
from warcrimes.corroborate.similarity import Profile
from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Perpetrator, Victims
from warcrimes.services.reports import add_report
from warcrimes.store import open_store
from warcrimes.store.schema import AccountRow, ReportRow

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "corroboration"
INCIDENTS = 1_000_000
#: Bump when the synthetic store's shape changes; the cached file is rebuilt.
VERSION = "v3"
CACHE = Path("/tmp/warcrimes-bench") / f"corroboration-{VERSION}-{INCIDENTS}.sqlite3"
FIRST_DAY = dt.date(2022, 2, 24)
DAYS = 3 * 365
#: (oblast, share of incidents, centre lat, centre lon): front-line oblasts hold most incidents,
#: as in the ombudsman's and UN's registers; Donetsk alone 30 %, the worst case for blocking.
OBLASTS = [("Donetsk Oblast", 30, 48.0, 37.8), ("Kharkiv Oblast", 15, 49.7, 36.6),
           ("Zaporizhzhia Oblast", 12, 47.5, 35.6), ("Kherson Oblast", 12, 46.7, 33.2),
           ("Dnipropetrovsk Oblast", 8, 48.2, 34.9), ("Luhansk Oblast", 6, 48.8, 39.0),
           ("Sumy Oblast", 4, 50.9, 34.2), ("Mykolaiv Oblast", 4, 47.2, 31.9),
           ("Kyiv Oblast", 3, 50.4, 30.4), ("Chernihiv Oblast", 3, 51.3, 31.8),
           ("Odesa Oblast", 3, 46.5, 30.5)]
LABELS = ["attack_on_civilians"] * 6 + ["attack_on_protected_objects"] * 2 + [
    "killing_civilians", "killing_hors_de_combat", "torture_ill_treatment", "unlawful_detention",
    "deportation_transfer", "pillage_destruction"]
#: Share of incidents whose reports give no date (linked on an assumed date, see similarity.py).
UNDATED = 0.03
CATEGORIES = ["civilian", "civilian", "civilian", "child", "pow", "mixed", "unknown"]


def _synthetic(rng: random.Random, oblast: tuple[str, int, float, float]) -> dict:
    name, _, lat, lon = oblast
    day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    span = 0 if rng.random() < 0.9 else rng.choice((6, 30))
    count = rng.choice((None, 1, 1, 2, 3, 5, 8))
    undated = rng.random() < UNDATED  # the text gave no date for the incident itself
    return {"label": rng.choice(LABELS), "start": None if undated else day,
            "end": None if undated else day + dt.timedelta(days=span), "admin1": name,
            "place": f"Village {rng.randrange(4000)}", "lat": lat + rng.uniform(-1.0, 1.0),
            "lon": lon + rng.uniform(-1.4, 1.4), "category": rng.choice(CATEGORIES), "count": count}


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _pick_oblast(rng: random.Random) -> tuple[str, int, float, float]:
    return rng.choices(OBLASTS, weights=[o[1] for o in OBLASTS])[0]


def _rows(total: int, stamp: str) -> Iterator[list[tuple]]:
    """The synthetic incidents as INSERT rows, in chunks (same seed, same store on every backend)."""
    rng = random.Random(1)
    chunk = 50_000
    for first in range(0, total, chunk):
        rows = []
        for _ in range(min(chunk, total - first)):
            s = _synthetic(rng, _pick_oblast(rng))
            victims = {"category": s["category"], "min": s["count"], "max": s["count"]}
            facts = json.dumps({"violations": [s["label"]], "victims": victims,
                                "perpetrator": {"party": "RU"}})
            rows.append(("proposed", s["label"], f"|{s['label']}|", _iso(s["start"]), _iso(s["end"]),
                         s["place"], s["admin1"], "UA", s["lat"], s["lon"], facts, stamp, stamp))
        yield rows


COLUMNS = ("status, main_violation, violation_labels, date_start, date_end, location_name, admin1, country,"
           " lat, lon, facts, created_at, updated_at")


def build_store(path: Path = CACHE, total: int = INCIDENTS) -> str:
    """URL of a SQLite store holding `total` synthetic incidents (cached: built once per VERSION)."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".building")
        partial.unlink(missing_ok=True)
        open_store(url=f"sqlite:///{partial}").engine.dispose()  # schema at head
        conn = sqlite3.connect(partial)
        conn.execute("PRAGMA synchronous=OFF")
        for rows in _rows(total, "2026-11-25 00:00:00.000000"):
            conn.executemany(f"INSERT INTO incidents ({COLUMNS}) VALUES ({','.join('?' * 13)})", rows)
            conn.commit()
        conn.execute("ANALYZE")
        conn.commit()
        conn.close()
        partial.rename(path)
    return f"sqlite:///{path}"


def build_postgres(url: str, total: int = INCIDENTS) -> str:
    """URL of a PostgreSQL schema holding `total` synthetic incidents (cached per VERSION), via COPY."""
    from sqlalchemy import create_engine, text

    schema = f"bench_corroboration_{VERSION}_{total}"
    sep = "&" if "?" in url else "?"
    scoped = f"{url}{sep}options=-csearch_path%3D{schema}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        ready = conn.execute(text("SELECT 1 FROM information_schema.tables WHERE table_schema = :s "
                                  "AND table_name = 'incidents'"), {"s": schema}).first()
        if ready is not None:
            count = conn.execute(text(f'SELECT count(*) FROM "{schema}".incidents')).scalar()
            if count == total:
                return scoped
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    store = open_store(url=scoped)
    raw = store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        for rows in _rows(total, "2026-11-25 00:00:00+00:00"):
            with cursor.copy(f"COPY incidents ({COLUMNS}) FROM STDIN") as copy:  # type: ignore[attr-defined]
                for row in rows:
                    copy.write_row(row)
        cursor.execute("ANALYZE incidents")
        raw.commit()
    finally:
        raw.close()
        store.engine.dispose()
    return scoped


def _probe(rng: random.Random) -> IncidentFacts:
    s = _synthetic(rng, _pick_oblast(rng))
    return IncidentFacts((s["label"],), DateInterval(s["start"], s["start"]) if s["start"] else None, None,
                         Location(s["place"], s["admin1"], "UA", s["lat"], s["lon"]),
                         Victims(s["category"], s["count"], s["count"]), Perpetrator("RU"))


def linking_latency(probes: int = 300, backend: str = "SQLite") -> list[tuple[str, str]]:
    """Milliseconds to link one new account (whole linker call, rolled back) at 1,000,000 incidents."""
    started = time.perf_counter()
    pg_url = os.environ.get("WARCRIMES_BENCH_DATABASE_URL")
    url = build_postgres(pg_url) if backend == "PostgreSQL" and pg_url else build_store()
    built = time.perf_counter() - started
    store = open_store(url=url)
    linker = Linker()
    rng = random.Random(7)
    timings, found = [], []
    with Session(store.engine) as session:
        for i in range(probes + 20):
            facts = _probe(rng)
            with session.begin():
                some_day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
                published = facts.date.end if facts.date else some_day
                report = ReportRow(content_hash=f"SHA-256:bench{i}", original=b"x", text=f"bench report {i}",
                                   media_type="text/plain", size=1, published=published, language="en",
                                   extraction_status="done")
                session.add(report)
                session.flush()
                account = AccountRow(report_id=report.id, facts=facts.to_contract(), provenance=[],
                                     extractor_version="bench")
                t0 = time.perf_counter()
                linker(session, account)
                elapsed = time.perf_counter() - t0
                found.append(len(candidates(session, Profile.of(facts), published)))
                session.rollback()
            if i >= 20:  # the first calls warm the page cache and the statement cache
                timings.append(elapsed * 1000)
    store.engine.dispose()
    timings.sort()
    origin = f"built in {built:.0f} s" if built > 1 else "cached"
    where = "" if backend == "SQLite" else f" ({backend})"
    return [
        (f"store{where}", f"{INCIDENTS:,} incidents, {backend} ({origin})"),
        (f"link one account: median{where}", f"{statistics.median(timings):.1f} ms"),
        (f"link one account: p95{where}", f"{timings[int(len(timings) * 0.95)]:.1f} ms"),
        (f"link one account: max{where}", f"{timings[-1]:.1f} ms"),
        (f"candidates after blocking (median){where}", f"{statistics.median(found):.0f}"),
    ]


def corpus_bcubed() -> list[tuple[str, str]]:
    """B-cubed on the corpus: annotated accounts (linking alone) and through the extractor."""
    from warcrimes.extract import extract

    corpus = load_corpus(CORPUS)
    rows = []
    for label, extractor in (("annotated accounts", None), ("end to end (extract)", extract)):
        store = open_store(url="sqlite://")
        predicted, gold = link_corpus(store, corpus, partial(add_report, store, actor="bench"), extractor)
        score = bcubed(predicted, gold)
        spurious = sum(1 for g in gold.values() if g.startswith("spurious"))
        rows.append((f"B-cubed {label}", f"P {score.precision:.3f}  R {score.recall:.3f}  F {score.f1:.3f}  "
                     f"({score.accounts} accounts" + (f", {spurious} unpaired" if extractor else "") + ")"))
        store.engine.dispose()
    return rows


def fingerprint_cost(repeat: int = 200) -> list[tuple[str, str]]:
    """Microseconds to fingerprint one corpus report: our numpy MinHash and datasketch's."""
    from datasketch import MinHash

    from warcrimes.corroborate.neardup import PERMUTATIONS, fingerprint, shingles

    texts = [r.text for r in load_corpus(CORPUS)]
    t0 = time.perf_counter()
    for i in range(repeat):
        fingerprint(texts[i % len(texts)])
    ours = (time.perf_counter() - t0) / repeat * 1e6
    t0 = time.perf_counter()
    for i in range(repeat):
        sketch = MinHash(num_perm=PERMUTATIONS)
        sketch.update_batch([s.encode() for s in shingles(texts[i % len(texts)])])
    theirs = (time.perf_counter() - t0) / repeat * 1e6
    return [("MinHash per report (ours, numpy)", f"{ours:.0f} us"),
            ("MinHash per report (datasketch)", f"{theirs:.0f} us")]


def run() -> list[tuple[str, str]]:
    rows = corpus_bcubed() + fingerprint_cost() + linking_latency()
    if os.environ.get("WARCRIMES_BENCH_DATABASE_URL"):  # e.g. postgresql+psycopg://postgres@127.0.0.1/test
        rows += linking_latency(backend="PostgreSQL")
    return rows
