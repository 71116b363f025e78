"""What a dossier holds: plain records, built by `assemble.py`, rendered by `render.py` and `pdf.py`.

One dossier covers one incident or every incident a filter selected. Each incident carries its
facts as alleged (with who alleged which figure), its legal qualification, its sources with the
quoted passage, its verification level, its evidence annex; the dossier carries the custody
proofs of everything it cites against one signed checkpoint, and says what was and was not
verified. Nothing here reads a database or a clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from warcrimes.domain.facts import DateInterval, Location, Perpetrator


@dataclass(frozen=True)
class Provision:
    """A cited article; `text` is None while the provisions file does not hold it."""

    id: str  # as the taxonomy cites it: "GC III art. 13", "Rome Statute art. 8(2)(a)(i)"
    instrument: str | None = None
    title: str | None = None
    text: str | None = None
    source: str | None = None  # where the text was read (publisher, edition)
    source_url: str | None = None
    language: str | None = None  # the language of `text` (a treaty may be quoted in French)
    context: tuple[str, ...] = ()  # the enclosing words a paragraph reads under ("... war crimes means:")
    quoted: tuple[str, ...] = ()  # for a partial quote: the paragraphs `text` holds
    status: str | None = None  # verified | partial | not verified (domain/provisions.py)
    note: str | None = None  # why no text is quoted, when none is


@dataclass(frozen=True)
class Qualification:
    """One alleged violation and the provisions it rests on."""

    label: str
    title: str
    definition: str
    provisions: tuple[Provision, ...]


@dataclass(frozen=True)
class Figure:
    """One of the low / best / high victim counts, and the accounts that gave it."""

    name: str  # low | best | high
    value: int | None
    given_by: tuple[int, ...] = ()


@dataclass(frozen=True)
class SourceCitation:
    """One account of the incident: who published it, what it quotes, which figures it gave."""

    account_id: int
    report_id: int
    publisher: str | None
    url: str | None
    published: dt.date | None
    content_hash: str | None
    cited: tuple[str, ...]  # the people or bodies the report cites
    passage: str  # the words of the report this account was read from
    stated_count: str  # the count as this account states it
    figures: tuple[str, ...] = ()  # which of low / best / high it gave


@dataclass(frozen=True)
class CustodyStep:
    """One custody-log entry about an object, as a line of its trail."""

    index: int
    recorded_at: str
    actor: str
    action: str


@dataclass(frozen=True)
class EvidenceItem:
    """One evidence file in the annex: what it is, its hash and every custody step it went through."""

    evidence_id: int
    filename: str | None
    media_type: str
    size: int
    content_hash: str
    source_url: str | None
    captured_by: str | None
    trail: tuple[CustodyStep, ...] = ()


@dataclass(frozen=True)
class DossierIncident:
    """One incident as the dossier shows it."""

    id: int
    status: str
    date: DateInterval | None
    location: Location | None
    victims_category: str
    figures: tuple[Figure, Figure, Figure]  # low, best, high
    perpetrator: Perpetrator
    reported_by: tuple[str, ...]
    evidence_kinds: tuple[str, ...]
    qualification: tuple[Qualification, ...]
    sources: tuple[SourceCitation, ...]
    independent_sources: int | None
    verification_level: str | None
    verification_explanation: str
    evidence: tuple[EvidenceItem, ...] = ()
    #: custody entries (by log index) about this incident, its reports and its evidence
    entry_indexes: tuple[int, ...] = ()

    @property
    def main_violation(self) -> str:
        return self.qualification[0].label if self.qualification else "other"

    @property
    def best(self) -> Figure:
        return self.figures[1]


@dataclass(frozen=True)
class ProvenEntry:
    """A custody entry with its RFC 9162 inclusion proof against the dossier's checkpoint."""

    index: int
    recorded_at: str
    actor: str
    action: str
    subject: str
    canonical: str  # the exact bytes (UTF-8) the leaf hashes
    leaf_hash: str  # hex
    proof: tuple[str, ...]  # hex, bottom first


@dataclass(frozen=True)
class CustodyProofs:
    """Everything a recipient needs to check the entries offline: checkpoint, key, proofs."""

    checkpoint: str  # the C2SP signed note, exactly as signed
    origin: str
    size: int
    root: str  # base64, as in the checkpoint
    verifier_key: str  # <name>+<key id>+<key>
    public_key_pem: str
    entries: tuple[ProvenEntry, ...]


@dataclass(frozen=True)
class Statement:
    """What the register checked before sending, and what nobody has checked yet."""

    verified: tuple[str, ...]
    not_verified: tuple[str, ...]


@dataclass(frozen=True)
class Scope:
    """Which incidents the dossier covers and when it was made (the caller passes the time)."""

    title: str
    made_at: dt.datetime
    made_by: str
    filter: dict[str, str] = field(default_factory=dict)  # violation, oblast, period, status...


@dataclass(frozen=True)
class Dossier:
    """The whole dossier; `reference` names it in letters (a hash of its content, see assemble.py)."""

    scope: Scope
    incidents: tuple[DossierIncident, ...]
    proofs: CustodyProofs
    statement: Statement
    reference: str
