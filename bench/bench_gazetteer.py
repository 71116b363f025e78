"""Gazetteer figures: cold load time and memory (in a fresh process), coverage, lookup speed."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import Counter

# Peak memory from /proc's VmHWM: ru_maxrss survives fork+exec on Linux, so a child started by a
# benchmark process that once held 1 GiB would report the parent's peak.
COLD_LOAD = """
import json, time
start, cpu = time.perf_counter(), time.process_time()
from warcrimes.gazetteer import load
gazetteer = load()
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
status = dict(line.split(":", 1) for line in open("/proc/self/status") if ":" in line)
print(json.dumps({"seconds": seconds, "cpu": cpu, "rss_mb": int(status["VmHWM"].split()[0]) / 1024}))
"""
QUERIES = ("Bakhmut", "Rabotino", "Stepove", "Kharkov", "Chasiv Yar", "Atlantis", "Donetsk region")


def run() -> list[tuple[str, str]]:
    cold = json.loads(subprocess.run([sys.executable, "-c", COLD_LOAD], check=True, capture_output=True,
                                     text=True).stdout)
    from warcrimes.gazetteer import load

    gazetteer = load()
    kinds = Counter(p.kind for p in gazetteer)
    ua = [p for p in gazetteer if p.kind == "settlement" and p.country == "UA"]
    precision = Counter(p.precision for p in ua)
    forms = sum(1 for _ in gazetteer.surface_forms())

    start = time.perf_counter()
    rounds = 2000
    for _ in range(rounds):
        for query in QUERIES:
            gazetteer.resolve(query, admin1="Donetsk Oblast")
    per_second = rounds * len(QUERIES) / (time.perf_counter() - start)

    rows = [
        ("gazetteer cold load (python import + load)", f"{cold['seconds']:.2f} s wall, {cold['cpu']:.2f} s CPU"),
        ("gazetteer max RSS after load", f"{cold['rss_mb']:.0f} MB"),
        ("places (settlement/raion/oblast/country)",
         f"{len(gazetteer)} ({kinds['settlement']}/{kinds['raion']}/{kinds['oblast']}/{kinds['country']})"),
        ("UA settlements", str(len(ua))),
        ("UA settlements with own coordinates", str(precision["settlement"])),
        ("UA settlements with hromada-centre coordinates", str(precision["hromada_centre"])),
        ("UA settlements with raion-centre coordinates", str(precision["raion_centre"])),
        ("UA settlements with region-centroid coordinates", str(precision["admin1"])),
        ("RU settlements", str(sum(1 for p in gazetteer if p.kind == "settlement" and p.country == "RU"))),
        ("surface forms (folded spelling, id)", str(forms)),
        ("resolve() calls per second", f"{per_second:,.0f}"),
    ]
    try:
        import ahocorasick
    except ImportError:
        return rows
    start = time.perf_counter()
    automaton = ahocorasick.Automaton()
    for form, place_id in gazetteer.surface_forms():
        ids = automaton.get(form, ())
        automaton.add_word(form, (*ids, place_id))
    automaton.make_automaton()
    rows.append(("Aho-Corasick automaton over all surface forms", f"{time.perf_counter() - start:.2f} s"))
    return rows


if __name__ == "__main__":
    for label, figure in run():
        print(f"{label:50} {figure}")
