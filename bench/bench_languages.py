"""Ukrainian and Russian extraction: language load time, words/s, and scores on the fictional uk/ru
held-out set (tests/corpus/heldout_uk_ru) and the shared dev-uk / dev-ru sets where present."""

from __future__ import annotations

import datetime as dt
import json
import resource
import sys
import time
from pathlib import Path

from bench.bench_generalisation import _row, _scorer

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "corpus" / "heldout_uk_ru"
SHARED = ROOT.parent / "shared" / "eval"


def _speed() -> list[tuple[str, str]]:
    from warcrimes.extract import extract
    from warcrimes.extract.engine.language import load

    rows = []
    for code in ("uk", "ru"):
        started = time.process_time()
        load(code).matcher  # noqa: B018 - compiling the patterns is part of loading
        rows.append((f"load({code!r})", f"{time.process_time() - started:.2f} s CPU"))
    reports = sorted(HELDOUT.glob("*.txt"))
    texts = [(p.read_text("utf-8"), json.loads(p.with_suffix(".meta.json").read_text())["published"])
             for p in reports]
    extract(texts[0][0], dt.date.fromisoformat(texts[0][1]))  # the gazetteer and its automaton, once
    words = sum(len(text.split()) for text, _ in texts)
    started = time.process_time()
    for _ in range(5):
        for text, published in texts:
            extract(text, dt.date.fromisoformat(published))
    cpu = time.process_time() - started
    rows.append(("extract, fictional uk/ru set x5", f"{5 * words / cpu:,.0f} words/s CPU"))
    rows.append(("max RSS", f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"))
    return rows


def run() -> list[tuple[str, str]]:
    rows = _speed()
    score = _scorer()
    if score is None:
        return [*rows, ("scores skipped", f"{SHARED / 'score.py'} is not on this machine")]
    command = [str(Path(sys.executable).parent / "warcrimes")]
    sets = (("fictional held-out uk/ru", HELDOUT), ("dev-uk", SHARED / "dev-uk"), ("dev-ru", SHARED / "dev-ru"))
    for name, folder in sets:
        if folder.exists():
            golds, _ = score.load_gold(folder)
            rows.append((name, _row(score.score(score.run_batch(command, folder, 900), golds))))
    return rows
