"""Checks an extraction result against the contract (shared/eval/CONTRACT.md), naming each problem."""

from __future__ import annotations

import datetime as dt
from typing import Any

from warcrimes.domain.taxonomy import violations, vocabulary


def contract_problems(result: dict[str, Any]) -> list[str]:
    """Every way `result` departs from the contract; an empty list means it is valid."""
    problems: list[str] = []
    if not isinstance(result.get("incidents"), list) or not isinstance(result.get("statistics"), list):
        return ["'incidents' and 'statistics' must both be lists"]
    for n, incident in enumerate(result["incidents"]):
        problems += [f"incident {n}: {p}" for p in _incident_problems(incident)]
    for n, stat in enumerate(result["statistics"]):
        problems += [f"statistic {n}: {p}" for p in _statistic_problems(stat)]
    return problems


def _incident_problems(incident: dict[str, Any]) -> list[str]:
    vocab = vocabulary()
    out: list[str] = []
    labels = incident.get("violations")
    if not isinstance(labels, list) or not labels or any(v not in violations() for v in labels):
        out.append(f"violations {labels!r} must be a non-empty list of contract labels")
    date = incident.get("date")
    if date is not None:
        start, end = _date(date.get("start")), _date(date.get("end"))
        if start is None or end is None or start > end:
            out.append(f"date {date!r} must have ISO start <= end")
    if incident.get("reported_on") is not None and _date(incident["reported_on"]) is None:
        out.append(f"reported_on {incident['reported_on']!r} is not an ISO date")
    location = incident.get("location")
    if location is not None and not isinstance(location, dict):
        out.append("location must be an object or null")
    victims = incident.get("victims") or {}
    if victims.get("category") not in vocab.victim_categories:
        out.append(f"victims.category {victims.get('category')!r} is not a contract category")
    low, high = victims.get("min"), victims.get("max")
    if low is not None and (not isinstance(low, int) or low < 0):
        out.append(f"victims.min {low!r} must be a non-negative integer or null")
    if high is not None and (not isinstance(high, int) or (isinstance(low, int) and high < low)):
        out.append(f"victims.max {high!r} must be an integer >= min or null")
    party = (incident.get("perpetrator") or {}).get("party")
    if not isinstance(party, str) or not (party == "unknown" or (len(party) == 2 and party.isupper())):
        out.append(f"perpetrator.party {party!r} must be ISO alpha-2 or 'unknown'")
    if not isinstance(incident.get("reported_by"), list):
        out.append("reported_by must be a list")
    evidence = incident.get("evidence")
    if not isinstance(evidence, list) or any(e not in vocab.evidence_kinds for e in evidence):
        out.append(f"evidence {evidence!r} must list contract evidence kinds")
    return out


def _statistic_problems(stat: dict[str, Any]) -> list[str]:
    vocab = vocabulary()
    checks = [("measure", vocab.measures), ("population", vocab.populations),
              ("qualifier", vocab.qualifiers), ("unit", vocab.units)]
    out = [f"{key} {stat.get(key)!r} is not a contract value" for key, allowed in checks
           if stat.get(key) not in allowed]
    if not isinstance(stat.get("value"), (int, float)):
        out.append(f"value {stat.get('value')!r} must be a number")
    if stat.get("as_of") is not None and _date(stat["as_of"]) is None:
        out.append(f"as_of {stat['as_of']!r} is not an ISO date")
    return out


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
