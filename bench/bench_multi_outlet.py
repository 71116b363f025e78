"""Corroboration across outlets, measured the way ../shared/eval/corr_score.py measures it (issue 15).

Two sets of our own reports: tests/corpus/multi_outlet (for diagnosis) and
tests/corpus/multi_outlet_heldout (held out: only its figures are printed, never its pairs). Each
set is ingested oldest first into a fresh SQLite store by the installed CLI, then `warcrimes
incidents --format json` says which reports share an incident. corr_score.py starts one process
per report; here one `ingest` call takes every file in the same order (same store, same result,
about 40 times faster). Printed: same-event pairs precision / recall / F1, how many events get
their independent-originator count exactly, and for the tuning set the first cause of each
missed pair, read from what the extractor gives each report.

    .venv/bin/python -m bench.bench_multi_outlet    # also lists every missed and wrong pair
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TUNING = ROOT / "tests" / "corpus" / "multi_outlet"
HELD_OUT = ROOT / "tests" / "corpus" / "multi_outlet_heldout"
_SCRIPT = Path(sys.executable).with_name("warcrimes")  # the installed entry point, as users run it
WARCRIMES = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "warcrimes"]
_INGESTED = re.compile(r"^(?P<path>[^\n]*?): report (?P<id>\d+):")
#: Accounts this many days apart are named "days apart" among a missed pair's causes (the linker
#: vetoes it only when both came out promptly: similarity.DATE_VETO_DAYS).
DATE_VETO_DAYS = 3


@dataclass(frozen=True)
class Score:
    """Same-event pairs and independence, as corr_score.py computes them."""

    tp: int
    fp: int
    fn: int
    exact: int
    events: list[tuple[str, int, int | None]]  # (event, gold count, count on the incident holding most)
    missed: list[tuple[str, str]] = field(default_factory=list)
    wrong: list[tuple[str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def _meta(report: Path) -> dict[str, Any]:
    return json.loads(report.with_suffix(".meta.json").read_text(encoding="utf-8"))


def arrival_order(folder: Path) -> list[Path]:
    """The reports oldest first (publication date, then name), as corr_score.py ingests them."""
    return sorted(folder.glob("*.txt"), key=lambda p: (_meta(p).get("published", ""), p.name))


def link_folder(folder: Path) -> tuple[dict[str, set[int]], dict[int, dict[str, Any]]]:
    """Ingest the folder into a fresh store: report name -> its incidents, and incident id -> incident."""
    with tempfile.TemporaryDirectory(prefix="corr-bench-") as home:
        env = {k: v for k, v in os.environ.items() if k != "WARCRIMES_DATABASE_URL"}
        env["WARCRIMES_HOME"] = home
        done = subprocess.run([*WARCRIMES, "ingest", *map(str, arrival_order(folder))], env=env,
                              capture_output=True, text=True, timeout=900)
        report_ids = {}
        for line in (done.stdout + done.stderr).splitlines():
            found = _INGESTED.match(line)
            if found:
                report_ids[int(found["id"])] = Path(found["path"]).stem
        listed = subprocess.run([*WARCRIMES, "incidents", "--format", "json"], env=env, capture_output=True,
                                text=True, timeout=300)
    incidents = {i["id"]: i for i in json.loads(listed.stdout or "[]")}
    incidents_of: dict[str, set[int]] = {name: set() for name in report_ids.values()}
    for incident in incidents.values():
        for account in incident.get("accounts", []):
            name = report_ids.get(account.get("report_id"))
            if name is not None:
                incidents_of[name].add(incident["id"])
    return incidents_of, incidents


def score(gold: dict[str, Any], incidents_of: dict[str, set[int]], incidents: dict[int, dict[str, Any]]) -> Score:
    """Pairs of one event sharing an incident (recall); pairs across events or with a distractor doing so."""
    def joined(a: str, b: str) -> bool:
        return bool(incidents_of.get(a, set()) & incidents_of.get(b, set()))

    tp = fn = fp = exact = 0
    missed, wrong, rows = [], [], []
    for event in gold["events"]:
        for a, b in itertools.combinations(event["reports"], 2):
            if joined(a, b):
                tp += 1
            else:
                fn += 1
                missed.append((a, b))
        for distractor in gold.get("distractors", []):
            if event["id"] in distractor.get("must_not_join", []):
                hits = [(a, distractor["report"]) for a in event["reports"] if joined(a, distractor["report"])]
                fp += len(hits)
                wrong.extend(hits)
    for first, second in itertools.combinations(gold["events"], 2):
        hits = [(a, b) for a in first["reports"] for b in second["reports"] if joined(a, b)]
        fp += len(hits)
        wrong.extend(hits)
    for event in gold["events"]:
        held = Counter(i for name in event["reports"] for i in incidents_of.get(name, ()))
        got = incidents[max(held, key=held.__getitem__)].get("independent_sources") if held else None
        exact += got == event["independent_originators"]
        rows.append((event["id"], event["independent_originators"], got))
    return Score(tp, fp, fn, exact, rows, missed, wrong)


def extracted(folder: Path) -> dict[str, list[dict[str, Any]]]:
    """What the extractor reads in each report (reports it refuses, such as Ukrainian ones, are absent)."""
    done = subprocess.run([*WARCRIMES, "extract", "--batch", str(folder), "--format", "jsonl"],
                          capture_output=True, text=True, timeout=600)
    found = {}
    for line in done.stdout.splitlines():
        row = json.loads(line)
        found[Path(row["file"]).stem] = row.get("incidents", [])
    return found


def _interval(account: dict[str, Any]) -> tuple[dt.date, dt.date] | None:
    date = account.get("date")
    if not date or not date.get("start"):
        return None
    return dt.date.fromisoformat(date["start"]), dt.date.fromisoformat(date.get("end") or date["start"])


def _reasons(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """Why two accounts of one event may not have joined, most decisive first."""
    reasons = []
    place_a, place_b = a.get("location") or {}, b.get("location") or {}
    if place_a.get("admin1") and place_b.get("admin1") and place_a["admin1"] != place_b["admin1"]:
        reasons.append("place: another oblast read")
    elif place_a.get("name") and place_b.get("name") and place_a["name"] != place_b["name"]:
        reasons.append("place: another settlement read")
    elif not (place_a.get("name") and place_b.get("name")):
        reasons.append("place: one names only the oblast")
    when_a, when_b = _interval(a), _interval(b)
    if when_a and when_b:
        gap = (max(when_a[0], when_b[0]) - min(when_a[1], when_b[1])).days
        if gap >= DATE_VETO_DAYS:
            reasons.append("date: days apart (visit, report or publication date)")
    else:
        reasons.append("date: one account undated")
    party_a, party_b = (a.get("perpetrator") or {}).get("party"), (b.get("perpetrator") or {}).get("party")
    if "unknown" not in (party_a, party_b) and party_a != party_b:
        reasons.append("perpetrator: opposite sides read")
    if not set(a.get("violations") or ()) & set(b.get("violations") or ()):
        reasons.append("label: no violation in common")
    victims_a, victims_b = a.get("victims") or {}, b.get("victims") or {}
    if victims_a.get("min") is not None and victims_b.get("min") is not None:
        top_a = victims_a.get("max") if victims_a.get("max") is not None else 10**9
        top_b = victims_b.get("max") if victims_b.get("max") is not None else 10**9
        if victims_a["min"] > top_b or victims_b["min"] > top_a:
            reasons.append("toll: counts differ")
    return reasons


def likeness(a: dict[str, Any], b: dict[str, Any]) -> str:
    """What made two accounts of different events look alike (for wrongly joined pairs)."""
    place_a, place_b = a.get("location") or {}, b.get("location") or {}
    said = ["same settlement" if place_a.get("name") and place_a.get("name") == place_b.get("name")
            else "same oblast" if place_a.get("admin1") == place_b.get("admin1") else "other places"]
    when_a, when_b = _interval(a), _interval(b)
    if when_a and when_b:
        said.append(f"{max(0, (max(when_a[0], when_b[0]) - min(when_a[1], when_b[1])).days)} day(s) apart")
    else:
        said.append("one undated")
    if set(a.get("violations") or ()) & set(b.get("violations") or ()):
        said.append("a violation in common")
    return ", ".join(said)


def causes(folder: Path, accounts: dict[str, list[dict[str, Any]]],
           pairs: list[tuple[str, str]]) -> list[tuple[str, str, list[str]]]:
    """Each missed pair with its reasons, for the pair of accounts that agrees best."""
    found = []
    for a, b in pairs:
        silent = [n for n in (a, b) if not accounts.get(n)]
        if silent:
            cyrillic = [n for n in silent if _cyrillic((folder / f"{n}.txt").read_text(encoding="utf-8"))]
            why = ["no account: Ukrainian or Russian report not read yet" if cyrillic
                   else "no account: the extractor found no incident"]
        else:
            why = min((_reasons(x, y) for x in accounts[a] for y in accounts[b]), key=len)
        found.append((a, b, why or ["no blocking field: below the link threshold or joined elsewhere"]))
    return found


def _cyrillic(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return sum("\u0400" <= c <= "\u04ff" for c in letters) > len(letters) / 2


def measure(folder: Path) -> Score:
    gold = json.loads((folder / "GOLD.json").read_text(encoding="utf-8"))
    return score(gold, *link_folder(folder))


def _rows(label: str, found: Score) -> list[tuple[str, str]]:
    events = len(found.events)
    return [(f"{label}: same-event pairs", f"P {found.precision:.3f}  R {found.recall:.3f}  F1 {found.f1:.3f}  "
             f"(tp {found.tp} fp {found.fp} fn {found.fn}; target F1 >= 0.85, P >= 0.95)"),
            (f"{label}: independent originators exact", f"{found.exact}/{events} "
             f"({found.exact / events:.0%}; target >= 80%)  gold/got "
             + " ".join(f"{e}:{g}/{x if x is not None else '-'}" for e, g, x in found.events))]


def resolver_cost(repeat: int = 20) -> list[tuple[str, str]]:
    """Time to build the name index once, and to resolve one cited name (corroborate.source_identity)."""
    import time

    from warcrimes.corroborate import source_identity

    names = ["the regional prosecutor's office", "Запорізької обласної прокуратури", "глава Донецкой ОВА",
             "Dmytro Lubinets", "the hospital's director", "Continental Press", "officials", "Red Cross",
             "158th Separate Mechanised Brigade", "СК России по Белгородской области"]
    context = source_identity.Context(admin1="Zaporizhzhia Oblast", place="Vilniansk")
    started = time.perf_counter()
    source_identity.resolve(names[0], context)  # builds the table and the index
    built = time.perf_counter() - started
    started = time.perf_counter()
    for _ in range(repeat):
        for name in names:
            source_identity.resolve(name, context)
    each = (time.perf_counter() - started) / (repeat * len(names))
    return [("source identity: load table and index", f"{built * 1000:.0f} ms"),
            ("source identity: resolve one cited name", f"{each * 1e6:.0f} us")]


def run(detail: bool = False) -> list[tuple[str, str]]:
    tuning = measure(TUNING)
    rows = _rows("multi-outlet", tuning)
    accounts = extracted(TUNING)
    explained = causes(TUNING, accounts, tuning.missed)
    first = Counter(why[0] for _, _, why in explained)
    every = Counter(reason for _, _, why in explained for reason in why)
    rows += [(f"  missed, first cause: {cause}", f"{n} (any cause: {every[cause]})")
             for cause, n in first.most_common()]
    rows += [(f"  missed, also: {cause}", str(n)) for cause, n in every.most_common() if cause not in first]
    if detail:
        rows += [(f"  missed {a} ~ {b}", "; ".join(why)) for a, b, why in explained]
        rows += [(f"  wrongly joined {a} ~ {b}", "; ".join(sorted({likeness(x, y) for x in accounts.get(a, [])
                                                                   for y in accounts.get(b, [])})))
                 for a, b in tuning.wrong]
    rows += _rows("held out", measure(HELD_OUT))
    return rows + resolver_cost()


if __name__ == "__main__":
    for label, figure in run(detail=True):
        print(f"{label:<60}  {figure}")
