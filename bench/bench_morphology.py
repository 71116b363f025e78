"""pymorphy3 with its Ukrainian and Russian dictionaries: load time, memory, lemmas per second.

For the uk/ru extraction layer to plan on (docs/languages.md keeps the figures). pymorphy3 is not
a dependency yet; this runs where it is installed (pip install pymorphy3 pymorphy3-dicts-uk
pymorphy3-dicts-ru), each language in a fresh process so load time and memory are its own.
"""

from __future__ import annotations

import json
import subprocess
import sys

SENTENCES = {
    "uk": [
        "Вночі окупанти обстріляли Борову з реактивних систем залпового вогню, загинули двоє мешканців.",
        "Прокурори розпочали досудове розслідування за фактом порушення законів та звичаїв війни.",
        "Звільнені з полону захисники розповіли слідчим про катування в колонії на Донеччині.",
        "Уламки збитого безпілотника пошкодили дах ліцею та чотири приватні будинки у Харкові.",
        "Унаслідок удару по Херсону поранено п'ятьох цивільних, серед них двоє дітей.",
    ],
    "ru": [
        "Беспилотник атаковал легковой автомобиль на окраине Шебекино, водитель получил ранения.",
        "Следственный комитет возбудил уголовное дело по статье о террористическом акте.",
        "Губернатор сообщил, что в результате обстрела повреждены линии электропередачи.",
        "Военнопленных держали в подвале, их избивали и не давали им воды несколько дней.",
        "Обломки сбитого беспилотника упали на территорию частного дома в Курской области.",
    ],
}

PROBE = """
import json, re, sys, time
language, sentences = sys.argv[1], json.loads(sys.argv[2])
start = time.perf_counter()
import pymorphy3
analyzer = pymorphy3.MorphAnalyzer(lang=language)
loaded = time.perf_counter() - start
words = [w.lower() for s in sentences for w in re.findall(r"[^\\W\\d_]+(?:'[^\\W\\d_]+)*", s)]
rounds = 200
start = time.perf_counter()
for _ in range(rounds):
    lemmas = [analyzer.parse(w)[0].normal_form for w in words]
per_second = rounds * len(words) / (time.perf_counter() - start)
start = time.perf_counter()
cache = {}
for _ in range(rounds):
    lemmas = [cache.get(w) or cache.setdefault(w, analyzer.parse(w)[0].normal_form) for w in words]
cached = rounds * len(words) / (time.perf_counter() - start)
status = dict(line.split(":", 1) for line in open("/proc/self/status") if ":" in line)
print(json.dumps({"load_s": loaded, "rss_mb": int(status["VmHWM"].split()[0]) / 1024,
                  "per_second": per_second, "cached": cached, "sample": list(zip(words, lemmas))[:12]}))
"""


def run() -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for language, sentences in SENTENCES.items():
        done = subprocess.run([sys.executable, "-c", PROBE, language, json.dumps(sentences)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            rows.append((f"pymorphy3 {language}", "not installed (pip install pymorphy3 "
                                                  f"pymorphy3-dicts-{language})"))
            continue
        found = json.loads(done.stdout)
        rows.append((f"pymorphy3 {language}: load, max RSS", f"{found['load_s']:.2f} s, {found['rss_mb']:.0f} MB"))
        rows.append((f"pymorphy3 {language}: lemmas/s (first parse; with a word cache)",
                     f"{found['per_second']:,.0f}; {found['cached']:,.0f}"))
        rows.append((f"pymorphy3 {language}: sample", " ".join(f"{w}>{lemma}" for w, lemma in found["sample"])))
    return rows


if __name__ == "__main__":
    for label, figure in run():
        print(f"{label:55} {figure}")
