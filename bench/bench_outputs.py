"""Outputs: a 100-incident dossier as PDF (target < 30 s); 100,000 incidents as CSV and as JSON Lines
(targets < 60 s each, peak memory < 300 MB).

Synthetic records, no database: this measures the writers, not the queries that will feed them.
Each export runs in a child process and reads its own peak resident memory (VmHWM: ru_maxrss would
carry over the parent's peak through fork). CPU seconds are printed beside wall seconds: on a
shared machine the wall clock measures the neighbours too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from tests.outputs_fixtures import MADE_AT, account, provisions, report, sample_material, sample_scope, signed_log

from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Perpetrator, Victims
from warcrimes.domain.records import Incident
from warcrimes.outputs.assemble import DossierMaterial, EvidenceFile, assemble
from warcrimes.outputs.exports.jsonl import write_jsonl
from warcrimes.outputs.exports.meta import ExportIncident, ExportMeta
from warcrimes.outputs.exports.records import ExportRecord
from warcrimes.outputs.exports.tables import write_events_csv

DOSSIER_INCIDENTS = 100
EXPORT_INCIDENTS = 100_000  # one export alone: python -m bench.bench_outputs --child csv|jsonl N FILE
ARTICLE = ("Regional officials said that a strike hit a bus stop in the town centre in the morning, killing "
           "{n} people and wounding several more. Investigators have opened a criminal case. ") * 6


def _facts(n: int) -> IncidentFacts:
    day = dt.date(2024, 1, 1) + dt.timedelta(days=n % 700)
    where = Location(f"Town {n % 900}", "Donetsk Oblast", "UA", 47.5 + (n % 97) / 50, 36.0 + (n % 89) / 40,
                     precision="settlement" if n % 3 else "hromada_centre")
    return IncidentFacts(("attack_on_civilians" if n % 2 else "killing_hors_de_combat",), DateInterval(day, day),
                         None, where, Victims("civilian" if n % 2 else "pow", n % 7 + 1, n % 7 + 1),
                         Perpetrator("RU", f"{n % 200}th brigade"), ("Regional officials",), ("video",),
                         (0, 180))


def dossier_material(count: int) -> DossierMaterial:
    """`count` incidents, each with two reports and one evidence file, all proven against one checkpoint."""
    reports, incidents, evidence, changes = {}, [], [], []
    for n in range(1, count + 1):
        pair = [report(2 * n + k, ARTICLE.format(n=n) + f" Ref {n}-{k}.", f"Outlet {k}", dt.date(2024, 6, 1))
                for k in (0, 1)]
        reports.update({r.id: r for r in pair})
        facts = _facts(n)
        accounts = tuple(account(10 * n + k, r, n, facts) for k, r in enumerate(pair))
        incidents.append(Incident(n, "proposed", facts, MADE_AT, MADE_AT, accounts,
                                  {"low": 1, "best": 2, "high": 3, "low_from": [10 * n], "best_from": [10 * n + 1],
                                   "high_from": [10 * n + 1]}, 2,
                                  {"level": "corroborated", "explanation": "Corroborated: 2 accounts."}))
        item = EvidenceFile(n, f"SHA-256:{n:064x}", 1000 + n, "video/mp4", f"clip-{n}.mp4", None, "desk", (n,))
        evidence.append(item)
        changes += [(a, r.content_hash, {"size": r.size}) for r in pair for a in ("ingest", "extract")]
        changes += [("evidence.add", item.content_hash, {"size": item.size}),
                    ("incident.created", f"incident:{n}", {})]
    log = signed_log(changes)
    return DossierMaterial(incidents, reports, evidence, list(log.entries),
                           log.proofs([e.index for e in log.entries]), log.checkpoint)


def export_items(count: int) -> Iterator[ExportIncident]:
    template = sample_material().incidents[0]
    for n in range(1, count + 1):
        incident = dataclasses.replace(template, id=n, facts=_facts(n))
        yield ExportIncident(incident, (("en", ARTICLE[:300].format(n=n)),))


def export_records(count: int) -> Iterator[ExportRecord]:
    """Per incident: its report with original bytes, the incident, two accounts, a custody entry."""
    at = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.UTC)
    for n in range(1, count + 1):
        text = ARTICLE.format(n=n)
        yield ExportRecord("report", {"id": n, "content_hash": f"SHA-256:{n:064x}", "original": text.encode(),
                                      "text": text, "media_type": "text/plain", "size": len(text), "filename": None,
                                      "publisher": "Outlet", "url": f"https://outlet.example/{n}",
                                      "published": dt.date(2024, 6, 1), "language": "en",
                                      "extraction_status": "done", "ingested_at": at})
    for n in range(1, count + 1):
        yield ExportRecord("incident", {"id": n, "status": "proposed", "facts": _facts(n).to_contract(),
                                        "created_at": at, "updated_at": at})
    for n in range(1, 2 * count + 1):
        yield ExportRecord("account", {"id": n, "report_id": (n + 1) // 2, "incident_id": (n + 1) // 2,
                                       "facts": _facts((n + 1) // 2).to_contract(), "provenance": [],
                                       "extractor_version": "bench", "created_at": at})
    for n in range(count):
        yield ExportRecord("custody_entry", {"index": n, "recorded_at": "2024-06-01T12:00:00.000000Z",
                                             "actor": "bench", "action": "ingest",
                                             "subject": f"SHA-256:{n + 1:064x}", "details": {"size": 1000}})


def _child(kind: str, count: int, out: Path) -> None:
    """Run one export and print its figures (seconds, peak MB, bytes) as JSON."""
    meta = ExportMeta(dt.datetime.now(dt.UTC), {"bench": "synthetic"})
    started = time.perf_counter()
    if kind == "csv":
        with open(out, "w", encoding="utf-8", newline="") as sink:
            write_events_csv(export_items(count), sink)
    else:
        with open(out, "wb") as binary:
            write_jsonl(export_records(count), binary, meta)
    seconds = time.perf_counter() - started
    status = Path("/proc/self/status").read_text()
    peak_kb = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:"))
    print(json.dumps({"seconds": seconds, "cpu": time.process_time(), "peak_mb": peak_kb / 1024,
                      "bytes": out.stat().st_size}))


def _export_figures(kind: str, work: Path) -> tuple[str, str]:
    done = subprocess.run([sys.executable, "-m", "bench.bench_outputs", "--child", kind, str(EXPORT_INCIDENTS),
                           str(work / f"export.{kind}")], capture_output=True, text=True, check=True)
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    return (f"{kind} export, {EXPORT_INCIDENTS:,} incidents",
            f"{figures['seconds']:.1f} s ({figures['cpu']:.1f} s CPU), peak {figures['peak_mb']:.0f} MB, "
            f"{figures['bytes'] / 1e6:.0f} MB written "
            f"(targets < 60 s, < 300 MB)")


def _pages(pdf: Path) -> str:
    """Page count by pdfinfo (poppler), where installed."""
    try:
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return "?"
    return next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "?")


def run() -> list[tuple[str, str]]:
    from warcrimes.outputs.pdf import write_dossier_pdf
    from warcrimes.outputs.render import render_dossier_html

    rows = []
    material = dossier_material(DOSSIER_INCIDENTS)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        started, cpu = time.perf_counter(), time.process_time()
        dossier = assemble(material, dataclasses.replace(sample_scope(), title="Bench dossier"), provisions())
        assembled = time.perf_counter() - started
        render_dossier_html(dossier)  # timed apart: write_dossier_pdf renders it again
        rendered = time.perf_counter() - started - assembled
        size = write_dossier_pdf(dossier, work / "dossier.pdf")
        total, cpu = time.perf_counter() - started, time.process_time() - cpu
        pages = _pages(work / "dossier.pdf")
        rows.append((f"dossier PDF, {DOSSIER_INCIDENTS} incidents, {len(dossier.proofs.entries)} proofs",
                     f"{total:.1f} s ({cpu:.1f} s CPU; assemble {assembled:.2f} s, HTML {rendered:.2f} s; "
                     f"PDF {size / 1e6:.1f} MB, {pages} pages; target < 30 s)"))
        rows.append(_export_figures("csv", work))
        rows.append(_export_figures("jsonl", work))
    return rows


if __name__ == "__main__" and sys.argv[1:2] == ["--child"]:
    _child(sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]))
