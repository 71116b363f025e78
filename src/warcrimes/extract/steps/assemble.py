"""Incident assembly (skeleton): one incident per sentence that carries a violation cue.

The extraction engine replaces this with real grouping of dates, places, counts and
actors; the skeleton already yields contract-valid output for any text.
"""

from __future__ import annotations

from warcrimes.domain.facts import IncidentFacts
from warcrimes.domain.records import ExtractedIncident, Provenance
from warcrimes.extract.document import Document
from warcrimes.extract.pipeline import step

_CUES = {"executed": "killing_civilians", "shelling": "attack_on_civilians", "tortured": "torture_ill_treatment"}


@step("assemble", requires=("sentences",), adds=("incidents",))
def assemble(doc: Document) -> None:
    for start, end in doc.sentences:
        lowered = doc.text[start:end].lower()
        for cue, label in _CUES.items():
            at = lowered.find(cue)
            if at >= 0:
                facts = IncidentFacts(violations=(label,), span=(start, end))
                where = Provenance("violations", start + at, start + at + len(cue), f"cue:{cue}")
                doc.incidents.append(ExtractedIncident(facts, (where,)))
                break
