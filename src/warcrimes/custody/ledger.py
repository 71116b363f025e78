"""What the custody log says the database must hold, gathered in verify's one pass over the log.

For each subject, the entries that put a row in the database (ingest, extract, evidence.add and
.link, user.*), where incidents went when merged away, and the latest state each derived row was
left in (custody/state.py). Only the entries that carry such facts are parsed; the rest of a
10^6-entry log is hashed from its stored text without parsing.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from warcrimes.custody.log import Entry

#: Entries that vouch for a stored row: verify compares the row with them.
ANCHORING = frozenset({"ingest", "evidence.add", "evidence.link", "report.version", "evidence.report"})
#: A recorded state that says nothing: the subject's last change was logged before entries carried
#: state digests (such rows are "not covered", never a problem).
NOT_COVERED = "not covered"


@dataclass(frozen=True)
class Recorded:
    """The state a row was left in, and the entry that says so."""

    index: int
    value: Any  # a digest, an incident's {"sha256", "parts"}, None (removed) or NOT_COVERED


@dataclass
class Ledger:
    anchors: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    #: report id -> its extract entries: the first stored text's, then one per edited version read again
    extracts: dict[int, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    states: dict[str, Recorded] = field(default_factory=dict)
    merged_into: dict[int, int] = field(default_factory=dict)
    users: dict[str, Entry] = field(default_factory=dict)
    #: report ids whose extract entry recorded its accounts' and statistics' states
    covered_reports: set[int] = field(default_factory=set)
    #: accounts made by hand whose entry came before state digests
    uncovered_hand_accounts: set[int] = field(default_factory=set)

    def wants(self, action: str, details_text: str) -> bool:
        return (action in ANCHORING or action == "extract" or action.startswith(("incident.", "user."))
                or '"state":' in details_text)

    def add(self, entry: Entry) -> None:
        action, details = entry.action, entry.details
        if action in ANCHORING:
            self.anchors[entry.subject].append(entry)
        elif action == "extract" and isinstance(details.get("report_id"), int):
            self.extracts[details["report_id"]].append(entry)
        elif action.startswith("user."):
            self.users[entry.subject] = entry
        elif action.startswith("incident.") and entry.subject.startswith("incident:"):
            key = entry.subject
            if "state" not in details:  # a later entry of its unit may still record it
                self.states[key] = Recorded(entry.index, NOT_COVERED)
            if action == "incident.created_by_hand" and "state" not in details \
                    and isinstance(details.get("account_id"), int):
                self.uncovered_hand_accounts.add(details["account_id"])
            if action == "incident.merged_into" and isinstance(details.get("into"), int):
                self.merged_into[_number(key)] = details["into"]
        states = details.get("state")
        if isinstance(states, dict):
            for key, value in states.items():
                self.states[key] = Recorded(entry.index, value)
            if action == "extract" and isinstance(details.get("report_id"), int):
                self.covered_reports.add(details["report_id"])

    def successor(self, incident_id: int) -> int:
        """Where an incident's accounts and evidence went, following merges (cycles cut)."""
        seen = {incident_id}
        while incident_id in self.merged_into and self.merged_into[incident_id] not in seen:
            incident_id = self.merged_into[incident_id]
            seen.add(incident_id)
        return incident_id

    def recorded(self, kind: str) -> dict[int, Recorded]:
        prefix = f"{kind}:"
        return {_number(key): rec for key, rec in self.states.items()
                if key.startswith(prefix) and key[len(prefix):].isdigit()}


def parse_details(text: str) -> dict[str, Any]:
    try:
        parsed = json.loads(text)
    except ValueError:
        return {}
    return parsed if isinstance(parsed, dict) else {}


def _number(key: str) -> int:
    tail = key.partition(":")[2]
    return int(tail) if tail.isdigit() else -1
