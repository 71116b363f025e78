"""The workspace under load: N incidents, C concurrent clients on loopback, p50 and p95 per route, on
SQLite and on PostgreSQL. Target (issue 10): p95 < 100 ms for the list, the search, the map data and
an incident page with 100,000 incidents and 50 clients.

    python -m bench.bench_workspace [--incidents 100000] [--clients 50] [--requests 1000] [--workers 2]
                                    [--pg postgresql+psycopg://...]   # or WARCRIMES_BENCH_DATABASE_URL

`python -m bench workspace` runs it with the defaults (PostgreSQL when WARCRIMES_BENCH_DATABASE_URL is
set; WARCRIMES_BENCH_INCIDENTS takes a smaller N). The store is filled by loading rows directly
(store/load.py, as an import does: reports each telling two incidents, texts of our own words in
Ukrainian, Russian and English; no custody entries). The server is `uvicorn --factory` in its own
processes (`--workers`); the clients are one asyncio process speaking minimal keep-alive HTTP/1.1 on
one logged-in session, each client on its own connection, which sends WARM_UP requests untimed before
the timed ones (the steady state of 50 clients, not 50 connections being accepted): on the project's
2-core machine they share the cores with the server, so the figures include the load generator's own work.

Per route it prints: the median alone (one client, the page kept), the median of the first request
after a change (the version raised, so the page is built again), the server's CPU per request under
load (its processes' user + system time over the requests: what bounds the answers a second, and
load on the machine does not change it much; on PostgreSQL, when its server runs on this machine, the
database's own backends' CPU per request after it, "+ PostgreSQL"), and p50 / p95 with the clients. A static file is
measured the same way first: the floor the HTTP stack and the machine set, with no page and no
database.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from warcrimes.config import Settings
from warcrimes.domain.hashing import content_hash

TARGET_MS = 100.0
#: Untimed requests per client before a route is timed (connections accepted, workers warm).
WARM_UP = 2
PASSWORD = "a bench passphrase, long enough"
AT = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.UTC)
#: Words of our own per language; every 100th report of each language also holds its rare word.
WORDS = {
    "uk": ("обстріл", "ракета", "дрон", "снаряд", "будинок", "школа", "лікарня", "мешканці", "загинули", "поранені",
           "вулиця", "місто", "село", "вночі", "вранці", "рятувальники", "поліція", "прокуратура", "адміністрація",
           "окупанти", "удар", "пожежа", "зруйновано", "пошкоджено"),
    "ru": ("обстрел", "ракета", "беспилотник", "снаряд", "дом", "школа", "больница", "жители", "погибли", "ранены",
           "улица", "город", "село", "ночью", "утром", "спасатели", "полиция", "прокуратура", "администрация", "удар",
           "пожар", "разрушен", "повреждён"),
    "en": ("shelling", "missile", "drone", "shell", "house", "school", "hospital", "residents", "killed", "wounded",
           "street", "town", "village", "night", "morning", "rescuers", "police", "prosecutors", "administration",
           "strike", "fire", "destroyed", "damaged"),
}
RARE = {"uk": "багатоповерхівку", "ru": "многоэтажку", "en": "gymnasium"}
PLACES = [("Херсон", "Kherson Oblast", 46.64, 32.62), ("Kharkiv", "Kharkiv Oblast", 49.99, 36.23),
          ("Zaporizhzhia", "Zaporizhzhia Oblast", 47.84, 35.14), ("Одеса", "Odesa Oblast", 46.48, 30.72),
          ("Sumy", "Sumy Oblast", 50.91, 34.80), ("Kramatorsk", "Donetsk Oblast", 48.72, 37.56),
          ("Миколаїв", "Mykolaiv Oblast", 46.97, 31.99), ("Dnipro", "Dnipropetrovsk Oblast", 48.46, 35.04),
          ("Nikopol", "Dnipropetrovsk Oblast", 47.57, 34.39), ("Kupiansk", "Kharkiv Oblast", 49.71, 37.62)]
LABELS = ("attack_on_civilians", "attack_on_protected_objects", "killing_hors_de_combat", "torture_ill_treatment",
          "unlawful_detention", "killing_civilians")


def _facts(n: int) -> dict[str, object]:
    from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Perpetrator, Victims

    name, oblast, lat, lon = PLACES[n % len(PLACES)]
    day = dt.date(2022, 3, 1) + dt.timedelta(days=n % 1000)
    count = n % 9 + 1
    facts = IncidentFacts((LABELS[n % len(LABELS)],), DateInterval(day, day), None,
                          Location(name, oblast, "UA", lat + (n % 37) / 200, lon + (n % 41) / 200),
                          Victims("pow" if n % 5 == 0 else "civilian", count, count), Perpetrator("RU"),
                          ("regional administration",), (), (0, 60))
    return facts.to_contract()


def _text(n: int, language: str) -> str:
    draw = random.Random(n)
    words = [draw.choice(WORDS[language]) for _ in range(120)]
    if n % 300 < 3:  # every 100th report of each language
        words.insert(60, RARE[language])
    return f"{n}. " + " ".join(words) + "."


def fill(settings: Settings, url: str, incidents: int) -> None:
    """A store of `incidents` incidents (two per report), loaded in batches of 2,000, and an analyst."""
    from warcrimes.services.users import add_user
    from warcrimes.store import open_store
    from warcrimes.store.load import insert_rows

    store = open_store(settings, url=url)
    for start in range(1, incidents + 1, 2000):
        numbers = range(start, min(start + 2000, incidents + 1))
        with store.transaction() as session:
            reports = [n for n in numbers if n % 2]
            texts = {n: _text(n, ("uk", "ru", "en")[(n // 2) % 3]) for n in reports}
            insert_rows(session, "report", [
                {"id": (n + 1) // 2, "content_hash": content_hash(texts[n].encode()), "original": texts[n].encode(),
                 "text": texts[n], "media_type": "text/plain", "size": len(texts[n].encode()), "filename": None,
                 "publisher": f"Outlet {n % 40}", "url": None, "published": dt.date(2024, 6, 1),
                 "language": ("uk", "ru", "en")[(n // 2) % 3], "extraction_status": "done", "ingested_at": AT,
                 "source_key": None, "channel": None, "details": {}}
                for n in reports])
            insert_rows(session, "incident", [
                {"id": n, "status": "proposed", "facts": {**_facts(n), "corroboration": {"independent_sources": 1,
                    "verification": {"level": "single_source", "explanation": "Single source."}}},
                 "created_at": AT, "updated_at": AT} for n in numbers])
            insert_rows(session, "account", [
                {"id": n, "report_id": (n + 1) // 2, "incident_id": n, "facts": _facts(n), "provenance": [],
                 "extractor_version": "bench", "created_at": AT} for n in numbers])
    if store.engine.dialect.name == "postgresql":  # the tables as autovacuum leaves them at rest: planned and
        # all-visible (an index-only scan, as the map's count, reads no rows then)
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM ANALYZE")
    add_user(store, "bench", PASSWORD, "analyst", actor="bench")
    store.engine.dispose()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(settings: Settings, url: str, workers: int) -> Iterator[tuple[str, int]]:
    """uvicorn over the store in its own processes, until the block ends."""
    port = _free_port()
    env = {**os.environ, "WARCRIMES_HOME": str(settings.home), "WARCRIMES_DATABASE_URL": url}
    server = subprocess.Popen([sys.executable, "-m", "uvicorn", "--factory", "warcrimes.web:create_app",
                               "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
                               "--log-level", "warning", "--no-access-log", "--timeout-keep-alive", "300"], env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        import httpx

        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            raise RuntimeError("the server did not answer /healthz within 60 s")
        yield base, server.pid
    finally:
        server.terminate()
        server.wait(timeout=30)


async def _get(stream: tuple[asyncio.StreamReader, asyncio.StreamWriter], path: str, cookie: str) -> int:
    """One keep-alive HTTP/1.1 GET, read to its last byte; the status. A minimal client: httpx costs
    the shared cores more per request than some pages cost the server."""
    reader, writer = stream
    writer.write(f"GET {quote(path, safe='/?=&')} HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookie}\r\n\r\n".encode())
    head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
    fields = dict(line.lower().split(": ", 1) for line in head[1:] if ": " in line)
    if "content-length" in fields:
        await reader.readexactly(int(fields["content-length"]))
    else:  # chunked
        while size := int((await reader.readuntil(b"\r\n")).strip(), 16):
            await reader.readexactly(size + 2)
        await reader.readexactly(2)
    return int(head[0].split()[1])


async def _worker(stream: tuple[asyncio.StreamReader, asyncio.StreamWriter], cookie: str, left: Iterator[int],
                  pick: Callable[[], str], times: list[float] | None, label: str) -> None:
    """One client on its own connection: GET the next path while requests are left, timing each
    (`times` None: a warm-up round, not timed)."""
    for _ in left:
        started = time.perf_counter()
        status = await _get(stream, pick(), cookie)
        if times is not None:
            times.append((time.perf_counter() - started) * 1000)
        assert status == 200, (label, status)


def _server_cpu(pid: int) -> float:
    """CPU seconds used so far by the server process and its workers (Linux /proc)."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if stat.parent.name == str(pid) or fields[1] == str(pid):
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _database_cpu(url: str) -> float | None:
    """CPU seconds used so far by the PostgreSQL processes serving `url`'s database (its client backends,
    read from /proc: a server on this machine), the reader's own left out; None on SQLite or when the
    server's processes cannot be read. A backend that ends between two readings takes its share with it."""
    if not url.startswith("postgresql"):
        return None
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            pids = connection.execute(text("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                                           "AND backend_type = 'client backend' AND pid <> pg_backend_pid()")).scalars()
            total = 0.0
            for pid in pids:
                try:
                    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
                except OSError:
                    return None
                total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            return total
    finally:
        engine.dispose()


def _log_in(base: str) -> str:
    import httpx

    with httpx.Client(base_url=base) as client:
        form = client.get("/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
        assert token, "the login form has no csrf_token"
        done = client.post("/login", data={"username": "bench", "password": PASSWORD, "csrf_token": token.group(1)})
        assert done.status_code in (200, 303), done.status_code
        return "; ".join(f"{k}={v}" for k, v in client.cookies.items())


def _change(url: str) -> None:
    """A write to the store, as any change is seen by the kept pages: the data version moves."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE store_version SET version = version + 1 WHERE id = 1"))
    engine.dispose()


async def _load(base: str, url: str, server: int, paths: dict[str, str | Callable[[], str]], clients: int,
                requests: int) -> dict[str, list[float]]:
    """Per route: `requests` GETs by `clients` concurrent connections on one session; latencies in ms,
    with each route's cost alone (warm), alone right after a change, and the server's CPU per request."""
    cookie = _log_in(base)
    port = int(base.rpartition(":")[2])
    out: dict[str, list[float]] = {}
    for label, path in paths.items():
        pick: Callable[[], str] = path if callable(path) else (lambda p=path: p)  # type: ignore[misc]
        stream = await asyncio.open_connection("127.0.0.1", port)
        alone, changed = [], []
        for n in range(15):  # warm caches and the connection, then one client alone: the cost of one request
            started = time.perf_counter()
            await _get(stream, pick(), cookie)
            if n >= 5:
                alone.append((time.perf_counter() - started) * 1000)
        for _ in range(5):  # the first request after a write: nothing kept
            await asyncio.to_thread(_change, url)
            started = time.perf_counter()
            await _get(stream, pick(), cookie)
            changed.append((time.perf_counter() - started) * 1000)
        stream[1].close()
        out[f"{label} alone"], out[f"{label} after a change"] = alone, changed
        # Every client connects and sends WARM_UP requests untimed first, so the timed requests are the
        # steady state of 50 clients, not 50 connections being accepted and spread over the workers.
        streams = [await asyncio.open_connection("127.0.0.1", port) for _ in range(clients)]
        try:
            warm = iter(range(WARM_UP * clients))
            await asyncio.gather(*(_worker(s, cookie, warm, pick, None, label) for s in streams))
            times: list[float] = []
            left = iter(range(requests))
            cpu, database = _server_cpu(server), _database_cpu(url)
            await asyncio.gather(*(_worker(s, cookie, left, pick, times, label) for s in streams))
            out[f"{label} server cpu"] = [(_server_cpu(server) - cpu) * 1000 / requests]
            if database is not None and (after := _database_cpu(url)) is not None:
                out[f"{label} database cpu"] = [(after - database) * 1000 / requests]
            out[label] = times
        finally:
            for stream_ in streams:
                stream_[1].close()
    return out


def routes(incidents: int) -> dict[str, str | Callable[[], str]]:
    draw = random.Random(7)
    return {
        "a static file (the floor: no page, no database)": "/static/style.css",
        "incident list (100 rows, HTML)": "/incidents",
        "search, rare Ukrainian word (HTML)": "/search?q=" + RARE["uk"],
        "search, common word (HTML)": "/search?q=обстріл",
        "map data (/map.json, 2,000 points)": "/map.json",
        "incident page (HTML)": lambda: f"/incidents/{draw.randint(1, incidents)}",
    }


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def measure(backend: str, url: str | None, home: Path, *, incidents: int, clients: int, requests: int,
            workers: int) -> tuple[float, dict[str, list[float]]]:
    """Fill a fresh store on `backend`, serve it, load it: (fill seconds, latencies per route)."""
    settings = Settings(home=home, database_url=url or f"sqlite:///{home / 'warcrimes.sqlite3'}")
    home.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    fill(settings, settings.database_url, incidents)
    filled = time.perf_counter() - started
    with serving(settings, settings.database_url, workers) as (base, pid):
        before = os.getloadavg()[0]
        times = asyncio.run(_load(base, settings.database_url, pid, routes(incidents), clients, requests))
        times["load average"] = [before, os.getloadavg()[0]]
        return filled, times


@contextmanager
def pg_schema(url: str) -> Iterator[str]:
    """A fresh schema on the PostgreSQL server at `url`, dropped afterwards."""
    from sqlalchemy import create_engine, text

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def table(results: dict[str, tuple[float, dict[str, list[float]]]], incidents: int, clients: int
          ) -> list[tuple[str, str]]:
    rows = [(f"{backend}: fill {incidents:,} incidents", f"{filled:.0f} s; load average during the run "
             + ", ".join(f"{x:.1f}" for x in times["load average"]))
            for backend, (filled, times) in results.items()]
    extra = (" alone", " after a change", " server cpu", " database cpu")
    labels = [k for k in next(iter(results.values()))[1] if not k.endswith(extra) and k != "load average"]
    for label in labels:
        cells = []
        for backend, (_, times) in results.items():
            alone = statistics.median(times[f"{label} alone"])
            after = statistics.median(times[f"{label} after a change"])
            p50, p95 = statistics.median(times[label]), _percentile(times[label], 0.95)
            verdict = "ok" if p95 < TARGET_MS else "> 100"
            database = times.get(f"{label} database cpu")
            cells.append(f"{backend}: alone {alone:4.0f} ms, after a change {after:4.0f} ms, server CPU "
                         f"{times[f'{label} server cpu'][0]:4.1f} ms/request"
                         + (f" (+ PostgreSQL {database[0]:.1f})" if database else "")
                         + f"; {clients} clients p50 {p50:5.0f} ms, p95 {p95:5.0f} ms {verdict}")
        rows.append((label, " | ".join(cells)))
    rows.append(("machine", f"{os.cpu_count()} cores shared with other work; the clients run on them too"))
    return rows


def run(argv: list[str] | None = None) -> list[tuple[str, str]]:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_workspace", description=__doc__.split("\n")[0])
    parser.add_argument("--incidents", type=int, default=int(os.environ.get("WARCRIMES_BENCH_INCIDENTS", 100_000)))
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=1000, help="requests per route (timed, after the warm-up)")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    parser.add_argument("--pg", default=os.environ.get("WARCRIMES_BENCH_DATABASE_URL"),
                        help="a PostgreSQL URL to measure on too (a fresh schema is made and dropped)")
    parser.add_argument("--sqlite-only", action="store_true")
    options = parser.parse_args(argv or [])
    if options.incidents < 2 or options.clients < 1 or options.requests < 1 or options.workers < 1:
        parser.error("incidents must be at least 2, clients, requests and workers at least 1")
    sizes = {"incidents": options.incidents, "clients": options.clients, "requests": options.requests,
             "workers": options.workers}
    results: dict[str, tuple[float, dict[str, list[float]]]] = {}
    with tempfile.TemporaryDirectory(prefix="warcrimes-bench-workspace-") as folder:
        results["SQLite"] = measure("sqlite", None, Path(folder) / "sqlite", **sizes)
        if options.pg and not options.sqlite_only:
            with pg_schema(options.pg) as url:
                results["PostgreSQL"] = measure("postgresql", url, Path(folder) / "pg", **sizes)
    rows = table(results, options.incidents, options.clients)
    if not options.pg:
        rows.append(("PostgreSQL", "not measured: set WARCRIMES_BENCH_DATABASE_URL or pass --pg"))
    return rows


if __name__ == "__main__":
    for name, figure in run(sys.argv[1:]):
        print(f"  {name:<40}  {figure}", flush=True)
