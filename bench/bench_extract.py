"""Extraction throughput end to end on one core, over at least 1 MB of reports from our own templates.

Target (issue 3): >= 50,000 words/s end to end. Also prints the time each step takes, so a
slow step shows up by name.
"""

from __future__ import annotations

import datetime as dt
import platform
import random
import sys
import time
from pathlib import Path

from warcrimes.extract import extract
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.pipeline import default_steps, settle_collector

TARGET_BYTES = 1_100_000
PUBLISHED = dt.date(2024, 3, 1)

PLACES = [
    ("Kherson", "Kherson Oblast"),
    ("Avdiivka", "Donetsk Oblast"),
    ("Huliaipole", "Zaporizhzhia Oblast"),
    ("Izium", "Kharkiv Oblast"),
    ("Sumy", "Sumy Oblast"),
    ("Nikopol", "Dnipropetrovsk Oblast"),
    ("Stepove", "Donetsk Oblast"),
    ("Vovchansk", "Kharkiv Oblast"),
    ("Orikhiv", "Zaporizhzhia Oblast"),
]
SOURCES = [
    "Governor Oleksandr Prokudin",
    "the Prosecutor General's Office",
    "Ombudsman Dmytro Lubinets",
    "the regional military administration",
    "the UN Human Rights Monitoring Mission",
    "police",
]
DAYS = ["on Feb. 12", "on Monday", "last week", "on 3 February", "overnight", "on the morning of Feb. 20"]

TEMPLATES = [
    "Russian forces shelled {place} in {oblast} {day}, killing {n} civilians and wounding {m} more, "
    "{source} said. "
    'A school and several houses were damaged. "The strike hit a residential street," the statement read. '
    "Investigators have opened a case under the article on violations of the laws and customs of war.\n",
    "{source} reported that Russian troops shot {n} Ukrainian soldiers who had surrendered near {place} "
    "{day}. A video circulating online shows the men lying face down with their hands raised before "
    "shots are heard. "
    "The killing of prisoners of war is a grave breach of the Geneva Conventions.\n",
    "According to {source}, {n} residents of {place} were detained by occupying forces {day} and held in a "
    "basement, where former detainees said they were beaten and given electric shocks. Their relatives have "
    "not heard from them since.\n",
    "Since the start of the full-scale invasion, {big} Ukrainians have been freed in prisoner exchanges, "
    "{source} said, adding that about {pct}% of returning prisoners of war reported torture. "
    "In total {big2} civilians remain in Russian captivity.\n",
    "A drone attack on {place} {day} injured {m} people, including a child, {source} wrote on Telegram. "
    "Earlier, a missile strike on the town killed {n} people at a bus stop.\n",
]


def corpus(seed: int = 7) -> list[str]:
    """Reports of three to six paragraphs each, until the whole is at least TARGET_BYTES."""
    rng = random.Random(seed)
    reports, size = [], 0
    while size < TARGET_BYTES:
        paragraphs = []
        for _ in range(rng.randint(3, 6)):
            place, oblast = rng.choice(PLACES)
            paragraphs.append(
                rng.choice(TEMPLATES).format(
                    place=place,
                    oblast=oblast,
                    day=rng.choice(DAYS),
                    source=rng.choice(SOURCES),
                    n=rng.randint(1, 40),
                    m=rng.randint(1, 60),
                    big=rng.randint(1000, 30000),
                    big2=rng.randint(1000, 30000),
                    pct=rng.randint(10, 95),
                )
            )
        report = "".join(paragraphs)
        reports.append(report)
        size += len(report.encode())
    return reports


def machine() -> str:
    """The CPU and a fixed pure-Python loop's time: words/s from two machines compare only through it.

    The same code measured 50,000 words/s on one 2-core Xeon and 31,000-33,000 on a 2-core AMD EPYC,
    both quiet; the loop's time lets a reader scale a figure quoted from another machine.
    """
    model = platform.processor() or "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(errors="replace").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    started = time.perf_counter()
    total = 0
    for i in range(5_000_000):
        total += i
    return f"{model}; a 5,000,000-step Python loop takes {time.perf_counter() - started:.2f} s; {interpreter()}"


def interpreter() -> str:
    """The Python running the bench and how it was built, which moves the figure as much as the code does: on
    one machine Debian's python3.11 (built with profile-guided optimisation, its interpreter in the executable)
    extracted 17-20 % faster than a python3.11 compiled by pyenv without them, which runs from libpython's shared
    library (docs/extraction.md, stage 23)."""
    shared = False
    maps = Path("/proc/self/maps")
    if maps.exists():
        shared = "libpython" in maps.read_text(errors="replace")
    build = "interpreter in a shared libpython" if shared else "interpreter in the executable"
    return f"Python {platform.python_version()} at {sys.executable} ({build})"


def run() -> list[tuple[str, str]]:
    reports = corpus()
    words = sum(len(r.split()) for r in reports)
    size = sum(len(r.encode()) for r in reports)
    started = time.perf_counter()
    extract(reports[0], PUBLISHED)  # load lexicons, gazetteer and automata once, outside the timing
    settle_collector()  # as `extract --batch` does after its start-up
    loading = time.perf_counter() - started
    started = time.perf_counter()
    incidents = statistics = 0
    for report in reports:
        result = extract(report, PUBLISHED)
        incidents += len(result.incidents)
        statistics += len(result.statistics)
    seconds = time.perf_counter() - started
    rows = [
        ("machine", machine()),
        ("corpus", f"{len(reports)} reports, {size / 1e6:.2f} MB, {words} words"),
        ("end to end", f"{words / seconds:,.0f} words/s ({seconds:.2f} s; target >= 50,000)"),
        ("found", f"{incidents} incidents, {statistics} statistics"),
        ("start-up", f"{loading:.2f} s (English rules, gazetteer and its automaton, first report; not in the rate)"),
    ]
    whole = "\n".join(reports)  # one very long report: the steps must stay linear in its length
    started = time.perf_counter()
    extract(whole, PUBLISHED)
    seconds = time.perf_counter() - started
    rows.append(("one 1.1 MB report", f"{words / seconds:,.0f} words/s ({seconds:.2f} s)"))
    per_step: dict[str, float] = {}
    steps = default_steps()
    for report in reports:
        doc = Document(text=report, published=PUBLISHED)
        for current in steps:
            tick = time.perf_counter()
            current.run(doc)
            per_step[current.name] = per_step.get(current.name, 0.0) + time.perf_counter() - tick
    for name, spent in per_step.items():
        rows.append((f"step {name}", f"{spent:.3f} s ({words / spent:,.0f} words/s)" if spent else "0 s"))
    return rows
