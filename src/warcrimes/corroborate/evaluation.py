"""Measuring linking on an annotated corpus: B-cubed precision and recall of the clustering.

B-cubed (Bagga & Baldwin 1998) scores each account: precision is the share of its predicted
incident that belongs to its true event, recall the share of its true event found in its
predicted incident; both are averaged over accounts. The corpus under
tests/corpus/corroboration holds reports (NAME.txt + NAME.meta.json) and expected.json with
the annotated accounts of each report and the event each one tells.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from warcrimes.corroborate.similarity import Profile, compare
from warcrimes.domain.facts import IncidentFacts
from warcrimes.domain.hashing import content_hash
from warcrimes.domain.records import ExtractedIncident, Extraction, NewReport
from warcrimes.store import Store, reads


@dataclass(frozen=True)
class CorpusReport:
    """One report of the corpus with the accounts an annotator read in it."""

    name: str
    text: str
    published: dt.date
    publisher: str | None
    accounts: tuple[tuple[str, IncidentFacts], ...]  # (event key, facts)


@dataclass(frozen=True)
class BCubed:
    precision: float
    recall: float
    accounts: int

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def load_corpus(folder: Path) -> list[CorpusReport]:
    """The corpus reports in arrival order (publication date, then name)."""
    expected: dict[str, Any] = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    found = []
    for name, gold in expected.items():
        meta = json.loads((folder / "reports" / f"{name}.meta.json").read_text(encoding="utf-8"))
        text = (folder / "reports" / f"{name}.txt").read_text(encoding="utf-8")
        found.append(CorpusReport(name, text, dt.date.fromisoformat(meta["published"]), meta.get("publisher"),
                                  tuple((a["event"], IncidentFacts.from_contract(a["facts"]))
                                        for a in gold["accounts"])))
    return sorted(found, key=lambda r: (r.published, r.name))


def bcubed(predicted: dict[Any, Any], gold: dict[Any, Any]) -> BCubed:
    """B-cubed precision and recall of `predicted` (item -> cluster) against `gold` (item -> class)."""
    items = [i for i in gold if i in predicted]
    if not items:
        return BCubed(0.0, 0.0, 0)
    by_pred: dict[Any, set] = {}
    by_gold: dict[Any, set] = {}
    for i in items:
        by_pred.setdefault(predicted[i], set()).add(i)
        by_gold.setdefault(gold[i], set()).add(i)
    precision = recall = 0.0
    for i in items:
        both = len(by_pred[predicted[i]] & by_gold[gold[i]])
        precision += both / len(by_pred[predicted[i]])
        recall += both / len(by_gold[gold[i]])
    return BCubed(precision / len(items), recall / len(items), len(items))


Extractor = Callable[[str, dt.date], Extraction]
#: Stores one report with what was extracted from it (services.reports.add_report, with an actor).
AddReport = Callable[[NewReport, Extraction], object]


def annotated(report: CorpusReport) -> Extraction:
    """The annotated accounts as if an ideal extractor had read them (isolates linking quality)."""
    return Extraction(tuple(ExtractedIncident(facts) for _, facts in report.accounts))


def link_corpus(store: Store, corpus: list[CorpusReport], add: AddReport,
                extractor: Extractor | None = None) -> tuple[dict[int, int], dict[int, str]]:
    """Ingest the corpus into `store` with `add`; account id -> predicted incident and -> true event.

    With an extractor, each extracted account is paired with the annotated account of its report
    it agrees with best; an account pairing with none counts as an event of its own.
    """
    for report in corpus:
        original = report.text.encode()
        extraction = extractor(report.text, report.published) if extractor else annotated(report)
        add(NewReport(content_hash(original), original, report.text, "text/plain", report.published,
                      publisher=report.publisher, filename=report.name), extraction)
    by_name = {r.name: r for r in corpus}
    predicted: dict[int, int] = {}
    gold: dict[int, str] = {}
    with store.transaction() as session:
        rows = reads.account_sources(session)
        position: dict[str, int] = {}
        for account_id, incident_id, facts, name in rows:
            predicted[account_id] = incident_id
            truth = by_name[name].accounts
            if extractor is None:
                at = position.get(name, 0)
                position[name] = at + 1
                gold[account_id] = truth[at][0]
            else:
                paired = _pair(IncidentFacts.from_contract(facts), truth)
                gold[account_id] = paired or f"spurious:{account_id}"
    return predicted, gold


def _pair(facts: IncidentFacts, truth: tuple[tuple[str, IncidentFacts], ...]) -> str | None:
    """The event of the annotated account this extracted one agrees with best (no veto), if any.

    Coordinates are left out: the annotator's and the gazetteer's may differ for one settlement,
    and within one report the name decides which account is which.
    """
    mine = replace(Profile.of(facts), lat=None, lon=None)
    best: tuple[float, str] | None = None
    for event, gold_facts in truth:
        agreement = compare(mine, replace(Profile.of(gold_facts), lat=None, lon=None))
        if not agreement.vetoes and (best is None or agreement.confidence > best[0]):
            best = (agreement.confidence, event)
    return best[1] if best else None
