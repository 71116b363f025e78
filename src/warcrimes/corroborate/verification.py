"""How far an incident is verified, as a level and a sentence saying why.

The ladder: a single originator; corroborated by two or more independent originators (only
parties with their own access count: Berkeley Protocol, OHCHR monitoring methodology, see
docs/corroboration.md); evidence on file (an item in the evidence vault tied to the incident);
confirmed by an analyst. The highest rung reached is the level. The explanation names each
originator and its access, says why every other cited party was not counted, and lists the
kinds of evidence the accounts mention.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from warcrimes.corroborate.roles import Independence

LEVELS = ("single_source", "corroborated", "evidence_on_file", "confirmed")


@dataclass(frozen=True)
class Verification:
    """The level reached and the explanation shown beside it."""

    level: str
    explanation: str

    def to_dict(self) -> dict[str, Any]:
        return {"level": self.level, "explanation": self.explanation}


def _told(found: Independence, accounts: int, evidence: list[str]) -> str:
    named = "; ".join(f"{' = '.join(found.folded[e][:2]) or e}"
                      + (f" ({', '.join(found.access[e])})" if found.access.get(e) else "")
                      for e in found.originators)
    told = (f"{accounts} account{'s' if accounts != 1 else ''}, {found.count} independent "
            f"originator{'s' if found.count != 1 else ''}" + (f": {named}" if named else "")
            + (" (unidentified: the accounts relay a party they do not name clearly)" if found.unidentified
               and not found.originators else ""))
    if found.not_counted:
        told += ". Not counted: " + "; ".join(f"{name} ({why.split(':')[0]})" for name, why in found.not_counted)
    if evidence:
        told += ". Evidence mentioned: " + ", ".join(evidence)
    return told


def assess(found: Independence, accounts: int, evidence: list[str] | None = None, *, evidence_items: int = 0,
           status: str = "proposed") -> Verification:
    """The verification level of an incident from its originators, evidence on file and review status."""
    told = _told(found, accounts, evidence or [])
    if status == "confirmed":
        return Verification("confirmed", f"Confirmed by an analyst. {told}.")
    if evidence_items > 0:
        return Verification("evidence_on_file", f"{evidence_items} evidence item"
                            f"{'s' if evidence_items > 1 else ''} on file. {told}.")
    if found.count >= 2:
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
