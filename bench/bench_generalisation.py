"""How well extraction holds on reports its rules were not written from, and the batch command's speed.

One `warcrimes extract --batch` run over the shared dev set (timed: words/s of the command the scorer
calls, start-up included), scored by the shared scorer on:
- the reports rules were written from, and a held-back subset never read while writing them (the
  report names whose SHA-256 is divisible by 3: 20 of 61, fixed before the rewrite of issue 8);
- every outlet alone, macro-averaged (rules are not trained, so scoring each outlet on its own is the
  leave-one-outlet-out figure: one outlet's style cannot carry the average);
- the project's fictional held-out set (tests/corpus/heldout), written blind.
Skips with a reason where the shared scorer is not on this machine.
"""

from __future__ import annotations

import hashlib
import importlib.util
import resource
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"
FICTIONAL = ROOT / "tests" / "corpus" / "heldout"


def held_back(name: str) -> bool:
    """The dev reports kept out of sight while rules were written (a fixed, name-based split)."""
    return int(hashlib.sha256(name.removesuffix(".txt").encode()).hexdigest(), 16) % 3 == 0


def _scorer() -> ModuleType | None:
    path = SHARED / "score.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("shared_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _row(result: dict) -> str:
    return (f"slot F1 {result['slot']['f1']:.3f}, incident F1 {result['incident']['f1']:.3f}, "
            f"statistics F1 {result['statistics']['f1']:.3f}")


def run() -> list[tuple[str, str]]:
    score = _scorer()
    if score is None:
        return [("skipped", f"{SHARED / 'score.py'} is not on this machine")]
    command = [str(Path(sys.executable).parent / "warcrimes")]
    golds, _ = score.load_gold(SHARED / "dev")
    words = sum(len((SHARED / "dev" / name).read_text(encoding="utf-8").split()) for name in golds)
    began, cpu = time.perf_counter(), _child_cpu()
    results = score.run_batch(command, SHARED / "dev", 600)
    seconds, cpu = time.perf_counter() - began, _child_cpu() - cpu
    rows = [
        ("extract --batch over dev", f"{words:,} words in {seconds:.2f} s wall: {words / seconds:,.0f} words/s"),
        ("  the same on CPU time", f"{cpu:.2f} s user+sys: {words / cpu:,.0f} words/s (start-up included; "
                                   "wall time is longer on a shared, loaded machine)"),
    ]
    seen = {n: g for n, g in golds.items() if not held_back(n)}
    unseen = {n: g for n, g in golds.items() if held_back(n)}
    rows.append((f"dev, all {len(golds)}", _row(score.score(results, golds))))
    rows.append((f"dev, rules written from ({len(seen)})", _row(score.score(results, seen))))
    rows.append((f"dev, held back ({len(unseen)})", _row(score.score(results, unseen))))
    outlets: dict[str, dict] = {}
    for name, gold in golds.items():
        outlets.setdefault(name.split("_")[0], {})[name] = gold
    per_outlet = [score.score(results, group)["slot"]["f1"] for group in outlets.values()]
    rows.append((f"each of {len(outlets)} outlets alone",
                 f"slot F1 macro mean {statistics.mean(per_outlet):.3f}, median {statistics.median(per_outlet):.3f}, "
                 f"worst {min(per_outlet):.3f}"))
    fictional, _ = score.load_gold(FICTIONAL)
    rows.append((f"fictional held-out ({len(fictional)})", _row(score.score(score.run_batch(command, FICTIONAL, 600),
                                                                          fictional))))
    return rows
