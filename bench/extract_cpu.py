"""CPU seconds of extraction over bench_extract's corpus, best of N runs, for comparing two checkouts
side by side on a loaded machine (CPU time moves less than wall time when other processes run).

    PYTHONPATH=/tmp/base/src python -m bench.extract_cpu 3   # the code before
    python -m bench.extract_cpu 3                            # this checkout
"""

from __future__ import annotations

import sys
import time

from bench.bench_extract import PUBLISHED, corpus
from warcrimes.extract import extract
from warcrimes.extract.engine.pipeline import settle_collector
from warcrimes.language_id import identify


def best(runs: int, work) -> float:
    spent = []
    for _ in range(runs):
        started = time.process_time()
        work()
        spent.append(time.process_time() - started)
    return min(spent)


def main(runs: int) -> None:
    reports = corpus()
    words = sum(len(r.split()) for r in reports)
    extract(reports[0], PUBLISHED)
    settle_collector()
    whole = best(runs, lambda: [extract(r, PUBLISHED) for r in reports])
    ident = best(runs, lambda: [identify(r) for r in reports])
    print(f"end to end {whole:.3f} s CPU = {words / whole:,.0f} words/s; identify {ident:.3f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
