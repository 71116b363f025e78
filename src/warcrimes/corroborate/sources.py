"""Independent sources among an incident's accounts.

Accounts fall into one source when their reports are near-copies (one near-duplicate group),
come from one publisher, or relay the same cited originator (three sites quoting the
Ombudsman are one allegation, not three). What is left after grouping is independent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from warcrimes.corroborate.descriptors import Descriptors
from warcrimes.domain.facts import IncidentFacts


@dataclass(frozen=True)
class AccountView:
    """What summarising needs of one account: ids, where it was published, its near-dup group."""

    account_id: int
    report_id: int
    facts: IncidentFacts
    publisher: str | None = None
    published: dt.date | None = None
    group_id: int | None = None  # near-duplicate group of the report; None when not fingerprinted
    described: Descriptors = field(default_factory=Descriptors)  # what was hit and with what


@dataclass(frozen=True)
class Source:
    """One independent source: a label for people and the accounts that relay it."""

    label: str
    account_ids: tuple[int, ...]
    #: why accounts were counted together: near-copy | same publisher | same cited source
    reasons: tuple[str, ...]


#: Last words that name a kind of body, not a person: "Prosecutor General's Office" and "President's
#: Office" are different originators, while "Dmytro Lubinets" and "Lubinets" are one.
_BODY_WORDS = frozenset({"office", "ministry", "police", "service", "staff", "administration", "council",
                         "mission", "command", "forces", "army", "navy", "brigade", "committee", "agency",
                         "ombudsman", "prosecutor", "governor", "mayor", "unit", "group", "monitor", "un"})


def _name_keys(name: str) -> set[str]:
    """Keys two citations of one originator share: the folded name, and a person's surname."""
    words = name.replace("\u2019", "'").split()
    folded = " ".join(w.casefold() for w in words)
    if not folded:
        return set()
    last = words[-1].casefold().strip(".,")
    person = 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and "'" not in name
    return {folded, last} if person and last not in _BODY_WORDS and len(last) > 3 else {folded}


def independent_sources(accounts: list[AccountView]) -> list[Source]:
    """Group accounts by shared text, publisher or cited originator (union-find); one group, one source."""
    grouping = SourceGrouping()
    grouping.add(accounts)
    return grouping.sources()


_REASONS = {"group": "near-copy", "publisher": "same publisher", "cited": "same cited source"}


class SourceGrouping:
    """`independent_sources` kept open: accounts added after the ones before group as if all had been given at
    once (the same joins in the same order; a root does not depend on which paths were shortened). An
    incident's summary is made again at each join: its accounts grouped once, not once a join."""

    def __init__(self) -> None:
        self.accounts: list[AccountView] = []
        self.parent: list[int] = []
        self.reasons: dict[int, set[str]] = {}
        self.seen: dict[tuple[str, str], int] = {}

    def _find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def _join(self, i: int, j: int, reason: str) -> None:
        ri, rj = self._find(i), self._find(j)
        if ri != rj:
            self.parent[rj] = ri
            self.reasons.setdefault(ri, set()).update(self.reasons.pop(rj, set()) | {reason})

    def add(self, accounts: list[AccountView]) -> None:
        seen = self.seen
        for view in accounts:
            i = len(self.accounts)
            self.accounts.append(view)
            self.parent.append(i)
            keys = [("group", str(view.group_id if view.group_id is not None else f"r{view.report_id}"))]
            keys += [("publisher", view.publisher.casefold().strip())] if view.publisher else []
            keys += [("cited", key) for name in view.facts.reported_by for key in _name_keys(name)]
            for key in keys:
                if key in seen:
                    self._join(seen[key], i, _REASONS[key[0]])
                else:
                    seen[key] = i

    def sources(self) -> list[Source]:
        accounts = self.accounts
        groups: dict[int, list[int]] = {}
        for i in range(len(accounts)):
            groups.setdefault(self._find(i), []).append(i)
        sources = []
        for root, members in groups.items():
            first = accounts[members[0]]
            label = (first.facts.reported_by[0] if first.facts.reported_by else None) or first.publisher \
                or f"report {first.report_id}"
            sources.append(Source(label, tuple(accounts[m].account_id for m in members),
                                  tuple(sorted(self.reasons.get(root, ())))))
        return sources
