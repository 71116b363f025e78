"""Language identification: our letters + function-words detector beside lingua-language-detector.

Both run on the texts in tests/corpus/language_id/ (short_texts: written while building the
markers; heldout_texts: written afterwards). lingua runs only where it is installed
(`pip install lingua-language-detector`); it is not a dependency of the project.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "language_id"
SETS = ("short_texts.jsonl", "heldout_texts.jsonl")

# lingua in a fresh process, so its load time and memory are its own.
LINGUA = """
import json, sys, time
start = time.perf_counter()
from lingua import Language as L, LanguageDetectorBuilder
languages = [L.ENGLISH, L.UKRAINIAN, L.RUSSIAN, L.BELARUSIAN, L.BULGARIAN, L.SERBIAN, L.MACEDONIAN,
             L.POLISH, L.GERMAN, L.FRENCH, L.SPANISH, L.KAZAKH]
detector = LanguageDetectorBuilder.from_languages(*languages).with_preloaded_language_models().build()
loaded = time.perf_counter() - start
codes = {L.ENGLISH: "en", L.UKRAINIAN: "uk", L.RUSSIAN: "ru"}

def verdict(text):
    letters = {}
    for part in detector.detect_multiple_languages_of(text):
        code = codes.get(part.language, "other")
        letters[code] = letters.get(code, 0) + part.end_index - part.start_index
    total = sum(letters.values()) or 1
    if sum(1 for c, n in letters.items() if c != "other" and n / total >= 0.2) > 1:
        return "mixed"
    return codes.get(detector.detect_language_of(text), "other")

result = {"load_s": loaded}
for name in sys.argv[1:]:
    rows = [json.loads(line) for line in open(name, encoding="utf-8") if line.strip()]
    start = time.perf_counter()
    right = sum(verdict(r["text"]) == r["expect"] for r in rows)
    result[name] = [right, len(rows), len(rows) / (time.perf_counter() - start)]
status = dict(line.split(":", 1) for line in open("/proc/self/status") if ":" in line)
result["rss_mb"] = int(status["VmHWM"].split()[0]) / 1024
print(json.dumps(result))
"""


def _ours(path: Path) -> tuple[int, int, float]:
    from warcrimes.language_id import identify

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    start = time.perf_counter()
    right = sum(identify(r["text"]).language == r["expect"] for r in rows)
    return right, len(rows), len(rows) / (time.perf_counter() - start)


def run() -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for name in SETS:
        right, total, speed = _ours(CORPUS / name)
        rows.append((f"ours   {name}", f"{right}/{total} right, {speed:,.0f} texts/s"))
    probe = subprocess.run([sys.executable, "-c", LINGUA, *(str(CORPUS / n) for n in SETS)],
                           capture_output=True, text=True)
    if probe.returncode != 0:
        rows.append(("lingua", "not installed (pip install lingua-language-detector to compare)"))
        return rows
    lingua = json.loads(probe.stdout)
    for name in SETS:
        right, total, speed = lingua[str(CORPUS / name)]
        rows.append((f"lingua {name}", f"{right}/{total} right, {speed:,.0f} texts/s"))
    rows.append(("lingua model load (12 languages, preloaded)", f"{lingua['load_s']:.2f} s, "
                                                                 f"max RSS {lingua['rss_mb']:.0f} MB"))
    return rows


if __name__ == "__main__":
    for label, figure in run():
        print(f"{label:50} {figure}")
