"""Dump every extraction output that speed work must leave byte-identical, to compare two checkouts.

    PYTHONPATH=/tmp/base/src python -m bench.extract_outputs /tmp/old.jsonl
    python -m bench.extract_outputs /tmp/new.jsonl && cmp /tmp/old.jsonl /tmp/new.jsonl

One JSON line per report: the contract object `warcrimes extract` prints for every *.txt of the
scored sets (../shared/eval/dev, dev-uk, dev-ru) and of every folder under tests/corpus, then for
every report of bench_extract's corpus and for 150 of them joined into one long report.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bench.bench_extract import PUBLISHED, corpus
from warcrimes.extract import extract
from warcrimes.services.extraction import extract_file, prepare

ROOT = Path(__file__).resolve().parent.parent
MAX_BYTES = 10_000_000


def folders() -> list[Path]:
    shared = ROOT.parent.parent / "shared" / "eval"
    found = [shared / name for name in ("dev", "dev-uk", "dev-ru")]
    found += sorted(p for p in (ROOT / "tests" / "corpus").iterdir() if p.is_dir())
    return [f for f in found if f.is_dir()]


def lines() -> list[str]:
    prepare()
    out = []
    for folder in folders():
        for path in sorted(folder.glob("*.txt")):
            try:
                result = extract_file(path, None, MAX_BYTES).extraction.to_contract()
            except Exception as exc:  # the same error on both sides is the same output
                result = {"error": f"{type(exc).__name__}: {exc}"}
            out.append(json.dumps({"file": f"{folder.name}/{path.name}", **result}, ensure_ascii=False))
    reports = corpus()
    for n, report in enumerate(reports):
        out.append(json.dumps({"bench": n, **extract(report, PUBLISHED).to_contract()}, ensure_ascii=False))
    joined = "\n".join(reports[:150])
    out.append(json.dumps({"bench": "joined 150", **extract(joined, PUBLISHED).to_contract()}, ensure_ascii=False))
    return out


if __name__ == "__main__":
    Path(sys.argv[1]).write_text("\n".join(lines()) + "\n", encoding="utf-8")
