"""How far an incident is verified, as a level and a sentence saying why.

The ladder follows the issue: a single source; corroborated by two or more independent
sources; evidence on file (an item in the evidence vault tied to the incident); confirmed
by an analyst. The highest rung reached is the level.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from warcrimes.corroborate.sources import Source

LEVELS = ("single_source", "corroborated", "evidence_on_file", "confirmed")


@dataclass(frozen=True)
class Verification:
    """The level reached and the explanation shown beside it."""

    level: str
    explanation: str

    def to_dict(self) -> dict[str, Any]:
        return {"level": self.level, "explanation": self.explanation}


def assess(sources: list[Source], accounts: int, *, evidence_items: int = 0,
           status: str = "proposed") -> Verification:
    """The verification level of an incident from its sources, evidence on file and review status."""
    names = "; ".join(f"{s.label} ({len(s.account_ids)} account{'s' if len(s.account_ids) > 1 else ''})"
                      for s in sources)
    relayed = accounts - len(sources)
    told = (f"{accounts} account{'s' if accounts != 1 else ''} from {len(sources)} independent "
            f"source{'s' if len(sources) != 1 else ''}: {names}")
    if relayed > 0:
        told += f"; {relayed} relay{'s' if relayed > 1 else ''} a source already counted (near-copy, " \
                "same publisher or same cited originator)"
    if status == "confirmed":
        return Verification("confirmed", f"Confirmed by an analyst. {told}.")
    if evidence_items > 0:
        return Verification("evidence_on_file", f"{evidence_items} evidence item"
                            f"{'s' if evidence_items > 1 else ''} on file. {told}.")
    if len(sources) >= 2:
        return Verification("corroborated", f"Corroborated: {told}.")
    return Verification("single_source", f"Single source: {told}.")


def current(stored: dict[str, Any] | None, status: str, evidence_items: int = 0) -> dict[str, Any] | None:
    """The stored verification raised to what happened since: an analyst's confirmation, new evidence."""
    if stored is None:
        return None
    level = stored.get("level")
    explanation = stored.get("explanation", "")
    if status == "confirmed" and level != "confirmed":
        return {"level": "confirmed", "explanation": f"Confirmed by an analyst. {explanation}"}
    if evidence_items > 0 and level in ("single_source", "corroborated"):
        plural = "s" if evidence_items > 1 else ""
        return {"level": "evidence_on_file",
                "explanation": f"{evidence_items} evidence item{plural} on file. {explanation}"}
    return stored
