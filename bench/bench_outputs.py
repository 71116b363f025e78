"""Outputs, end to end through the store (SQLite): a 100-incident dossier as PDF (target < 30 s); 100,000
incidents exported as CSV and as JSON Lines (targets < 60 s each, peak memory < 300 MB); and, as peers,
the same two writers fed synthetic records with no store, and the import of that JSON Lines file.

The store is built once per run by loading rows directly (store/load.py and custody/restore.py, as an
import does: 50,000 reports each telling two incidents, 200,000 custody entries). Each measured step
runs in a child process and reads its own peak resident memory (VmHWM: ru_maxrss would carry over the
parent's peak through fork). CPU seconds are printed beside wall seconds: on a shared machine the wall
clock measures the neighbours too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from tests.outputs_fixtures import sample_material

from warcrimes.config import Settings
from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Perpetrator, Victims
from warcrimes.domain.hashing import content_hash
from warcrimes.outputs.exports.meta import ExportIncident

DOSSIER_INCIDENTS = 100
EXPORT_INCIDENTS = 100_000  # one step alone: python -m bench.bench_outputs --child STEP HOME OUT
ARTICLE = ("Regional officials said that a strike hit a bus stop in the town centre in the morning, killing "
           "{n} people and wounding several more. Investigators have opened a criminal case. ") * 3
#: Words each report draws its own text from, so reports are as unlike each other as real ones are (near-copies
#: share LSH bands and are compared pairwise: 100,000 copies of one text would measure that, not the export).
WORDS_TEXT = ("strike shelling village town residents killed wounded drone artillery missile school hospital market "
         "morning evening night officials police prosecutors regional military administration said reported "
         "according civilians children women men elderly house apartment building destroyed damaged fire rescue "
         "investigators criminal case opened occupation forces attack struck region district centre bus stop "
         "shop church clinic bridge road car tractor field farm power line water supply gas pipe school yard "
         "monday tuesday wednesday thursday friday saturday sunday january february march april may june")
WORDS = WORDS_TEXT.split()
AT = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.UTC)
STAMP = "2024-06-01T12:00:00.000000Z"


def _facts(n: int) -> IncidentFacts:
    day = dt.date(2024, 1, 1) + dt.timedelta(days=n % 700)
    where = Location(f"Town {n % 900}", "Donetsk Oblast", "UA", 47.5 + (n % 97) / 50, 36.0 + (n % 89) / 40,
                     precision="settlement" if n % 3 else "hromada_centre")
    return IncidentFacts(("attack_on_civilians" if n % 2 else "killing_hors_de_combat",), DateInterval(day, day),
                         None, where, Victims("civilian" if n % 2 else "pow", n % 7 + 1, n % 7 + 1),
                         Perpetrator("RU", f"{n % 200}th brigade"), ("Regional officials",), ("video",),
                         (0, 180))


def _article(n: int) -> str:
    """About 900 characters of words drawn for report `n` alone (a seeded draw: the same text every run)."""
    draw = random.Random(n)
    return f"Report {n}: " + " ".join(draw.choice(WORDS) for _ in range(120)) + "."


def settings_of(home: Path) -> Settings:
    return Settings(home=home, database_url=f"sqlite:///{home / 'warcrimes.sqlite3'}")


def build_store(home: Path, incidents: int) -> None:
    """A register of `incidents` incidents, loaded row by row in batches, its log hashed and signed."""
    from warcrimes.custody.log import CustodyLog
    from warcrimes.custody.restore import LogRestorer
    from warcrimes.store import open_store
    from warcrimes.store.load import insert_rows

    store = open_store(settings_of(home))
    log, restorer, step = CustodyLog(home), LogRestorer(), 2000
    with store.transaction() as session:
        for start in range(1, incidents + 1, step):
            numbers = range(start, min(start + step, incidents + 1))
            reports = [n for n in numbers if n % 2]
            texts = {n: _article(n) for n in reports}
            insert_rows(session, "report", [
                {"id": (n + 1) // 2, "content_hash": content_hash(texts[n].encode()), "original": texts[n].encode(),
                 "text": texts[n], "media_type": "text/plain", "size": len(texts[n].encode()),
                 "filename": f"report-{n}.txt", "publisher": f"Outlet {n % 40}", "url": f"https://o.example/{n}",
                 "published": dt.date(2024, 6, 1), "language": "en", "extraction_status": "done",
                 "ingested_at": AT} for n in reports])
            insert_rows(session, "incident", [
                {"id": n, "status": "proposed", "facts": {**_facts(n).to_contract(), "corroboration": {
                    "counts": {"low": 1, "best": n % 7 + 1, "high": 9}, "independent_sources": 1,
                    "verification": {"level": "single_source", "explanation": "Single source."}}},
                 "created_at": AT, "updated_at": AT} for n in numbers])
            insert_rows(session, "account", [
                {"id": n, "report_id": (n + 1) // 2, "incident_id": n, "facts": _facts(n).to_contract(),
                 "provenance": [], "extractor_version": "bench", "created_at": AT} for n in numbers])
            entries = []
            for n in numbers:
                if n % 2:
                    entries.append({"recorded_at": STAMP, "actor": "bench", "action": "ingest",
                                    "subject": content_hash(texts[n].encode()),
                                    "details": {"report_id": (n + 1) // 2, "filename": f"report-{n}.txt",
                                                "publisher": f"Outlet {n % 40}", "url": f"https://o.example/{n}",
                                                "published": "2024-06-01", "size": len(texts[n].encode())}})
                entries.append({"recorded_at": STAMP, "actor": "linker", "action": "incident.created",
                                "subject": f"incident:{n}", "details": {"account_id": n}})
            restorer.add_entries(session, [{"index": restorer.size + i, **e} for i, e in enumerate(entries)])
        log.checkpoint(session)
    store.engine.dispose()


def _peak_mb() -> float:
    status = Path("/proc/self/status").read_text()
    return next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")) / 1024


def _child(step: str, home: Path, out: Path) -> None:
    """Run one step and print its figures (seconds, CPU, peak MB, bytes) as JSON."""
    from warcrimes.domain.audience import Audience
    from warcrimes.store import open_store

    started = time.perf_counter()
    figures: dict[str, float] = {}
    if step in ("csv", "jsonl"):
        from warcrimes.outputs.exports.exporting import export_file

        done = export_file(open_store(settings_of(home)), step, out, audience=Audience("bench"))
        figures["records"] = done.records
    elif step == "dossier":
        from warcrimes.outputs.produce import make_dossier
        from warcrimes.services.dossiers import Selection

        made = make_dossier(open_store(settings_of(home)), Selection(tuple(range(1, DOSSIER_INCIDENTS + 1))), out,
                            audience=Audience("bench"))
        figures["entries"] = made.entries
        figures["pages"] = float(_pages(out) or 0)
    elif step == "import":
        from warcrimes.outputs.exports.importing import import_file

        fresh = out.parent / "imported"
        fresh.mkdir()
        import_file(open_store(settings_of(fresh)), out, actor="bench")
    else:
        _writer_alone(step, out)
    figures.update(seconds=time.perf_counter() - started, cpu=time.process_time(), peak_mb=_peak_mb(),
                   bytes=out.stat().st_size)
    print(json.dumps(figures))


def _writer_alone(step: str, out: Path) -> None:
    """The CSV or JSON Lines writer fed synthetic records: what the format costs without the store."""
    from warcrimes.outputs.exports.jsonl import write_jsonl
    from warcrimes.outputs.exports.meta import ExportMeta
    from warcrimes.outputs.exports.records import ExportRecord
    from warcrimes.outputs.exports.tables import write_events_csv

    if step == "csv-writer":
        with open(out, "w", encoding="utf-8", newline="") as sink:
            write_events_csv(_items(EXPORT_INCIDENTS), sink)
        return
    with open(out, "wb") as binary:
        write_jsonl((ExportRecord(kind, fields) for kind, fields in _records(EXPORT_INCIDENTS)), binary,
                    ExportMeta(dt.datetime.now(dt.UTC), {"bench": "synthetic"}))


def _items(count: int) -> Iterator[ExportIncident]:
    template = sample_material().incidents[0]
    for n in range(1, count + 1):
        yield ExportIncident(dataclasses.replace(template, id=n, facts=_facts(n)), (("en", ARTICLE[:300].format(n=n)),))


def _records(count: int) -> Iterator[tuple[str, dict]]:  # type: ignore[type-arg]
    for n in range(1, count // 2 + 1):
        text = ARTICLE.format(n=n)
        yield "report", {"id": n, "content_hash": f"SHA-256:{n:064x}", "original": text.encode(), "text": text,
                         "media_type": "text/plain", "size": len(text), "filename": None, "publisher": "Outlet",
                         "url": f"https://outlet.example/{n}", "published": dt.date(2024, 6, 1), "language": "en",
                         "extraction_status": "done", "ingested_at": AT, "source_key": None, "channel": None,
                         "details": {}}
    for n in range(1, count + 1):
        yield "incident", {"id": n, "status": "proposed", "facts": _facts(n).to_contract(), "created_at": AT,
                           "updated_at": AT}
    for n in range(1, count + 1):
        yield "account", {"id": n, "report_id": (n + 1) // 2, "incident_id": n, "facts": _facts(n).to_contract(),
                          "provenance": [], "extractor_version": "bench", "created_at": AT}
    for n in range(count + count // 2):
        yield "custody_entry", {"index": n, "recorded_at": STAMP, "actor": "bench", "action": "ingest",
                                "subject": f"SHA-256:{n + 1:064x}", "details": {"size": 1000}}


def _pages(pdf: Path) -> str | None:
    """Page count by pdfinfo (poppler), where installed."""
    try:
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    return next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), None)


def _measure(step: str, home: Path, out: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-m", "bench.bench_outputs", "--child", step, str(home), str(out)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _row(figures: dict[str, float], target: str) -> str:
    return (f"{figures['seconds']:.1f} s ({figures['cpu']:.1f} s CPU), peak {figures['peak_mb']:.0f} MB, "
            f"{figures['bytes'] / 1e6:.1f} MB written ({target})")


def run() -> list[tuple[str, str]]:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        home = work / "home"
        home.mkdir()
        started = time.perf_counter()
        build_store(home, EXPORT_INCIDENTS)
        rows.append((f"store of {EXPORT_INCIDENTS:,} incidents (setup, loaded directly)",
                     f"{time.perf_counter() - started:.1f} s"))
        dossier = _measure("dossier", home, work / "dossier.pdf")
        rows.append((f"dossier PDF, {DOSSIER_INCIDENTS} incidents through the store, {dossier['entries']:.0f} proofs",
                     f"{_row(dossier, 'target < 30 s')}, {dossier['pages']:.0f} pages"))
        for step in ("csv", "jsonl"):
            figures = _measure(step, home, work / f"export.{step}")
            rows.append((f"{step} export, {EXPORT_INCIDENTS:,} incidents through the store "
                         f"({figures['records']:,.0f} {'records' if step == 'jsonl' else 'rows'})",
                         _row(figures, "targets < 60 s, < 300 MB")))
        for step in ("csv-writer", "jsonl-writer"):
            figures = _measure(step, home, work / f"alone.{step}")
            rows.append((f"  peer: {step} alone, synthetic records, no store", _row(figures, "for comparison")))
        imported = _measure("import", home, work / "export.jsonl")
        rows.append(("import of that JSON Lines into a fresh store", _row(imported, "no target")))
    return rows


if __name__ == "__main__" and sys.argv[1:2] == ["--child"]:
    _child(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
