"""A person's current status, derived from the status history by written rules; never typed in.

The rules (docs/registry.md, "Status derivation"):

1. Dates decide, not the order entries were recorded in: an appeal recorded today about a
   disappearance two years ago goes to its place two years back.
2. An entry comes before another when its period ends before the other's begins. Entries whose
   periods overlap (the same day, or "March 2022" and "15 March 2022") are ordered along a
   captive's course by rank (missing < captivity confirmed < held < transferred < released, died,
   killed < body repatriated < identified); equal ranks by the earlier first day, then by the
   order of recording. So "held" and "released" on one day give "released"; "missing since March"
   and "held on 15 March" give "held".
3. The current status is the last entry of that chronology.
4. A step the vocabulary does not allow (anything but repatriation or identification after a death;
   death after release; released and died on one day) is not dropped: it stands where rule 2 puts
   it and is flagged as a conflict for an analyst. Evidence of life dated after a reported death
   therefore wins, because deaths have been reported in error; the flag makes someone look.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from warcrimes.registry.records import PartialDate, RegistryInputError, StatusEntry
from warcrimes.registry.vocabulary import RegistryVocabulary, vocabulary

_PLACE_STATUSES = frozenset({"captivity_confirmed", "held", "transferred"})


@dataclass(frozen=True)
class StatusConflict:
    """Two consecutive entries whose order the vocabulary does not allow (by recording sequence)."""

    earlier: int
    later: int
    reason: str


@dataclass(frozen=True)
class CurrentStatus:
    """The derived status: the deciding entry, where the person is held now, and any conflicts."""

    kind: str | None
    group: str | None
    since: PartialDate | None
    deciding_sequence: int | None
    place_id: str | None  # where held now; None unless the status is in the "held" group
    last_known_place_id: str | None
    conflicts: tuple[StatusConflict, ...]

    @property
    def needs_review(self) -> bool:
        return bool(self.conflicts)


UNKNOWN = CurrentStatus(None, None, None, None, None, None, ())


def check_entry(entry: StatusEntry, vocab: RegistryVocabulary | None = None) -> None:
    """Refuse an entry whose kind, source or confirmation is outside the vocabulary or lacks what it needs."""
    vocab = vocab or vocabulary()
    if entry.kind not in vocab.statuses:
        raise RegistryInputError(f"status {entry.kind[:40]!r} is not one of {', '.join(vocab.statuses)}")
    if entry.source.kind not in vocab.terms("source_kinds"):
        raise RegistryInputError(f"source kind {entry.source.kind[:40]!r} is not one of "
                                 f"{', '.join(vocab.terms('source_kinds'))}")
    required = vocab.status(entry.kind).requires
    if "place" in required and not entry.place_id:
        raise RegistryInputError(f"a '{entry.kind}' entry names the place of detention")
    if "confirmation" in required:
        if entry.confirmation is None:
            raise RegistryInputError(f"a '{entry.kind}' entry says by whom and how captivity was confirmed")
        for term, value in (("confirmed_by", entry.confirmation.by), ("confirmed_how", entry.confirmation.how)):
            if value not in vocab.terms(term):
                raise RegistryInputError(f"{term} {value[:40]!r} is not one of {', '.join(vocab.terms(term))}")


def chronology(entries: Iterable[StatusEntry], vocab: RegistryVocabulary | None = None) -> list[StatusEntry]:
    """The entries in the order of rule 2 (a selection sort: histories are short)."""
    vocab = vocab or vocabulary()
    remaining = list(entries)
    ordered: list[StatusEntry] = []
    while remaining:
        earliest_end = min(e.date.last_day for e in remaining)
        # An entry can come next only if no other remaining entry ends before it begins.
        ready = [e for e in remaining if e.date.first_day <= earliest_end]
        chosen = min(ready, key=lambda e: (vocab.status(e.kind).rank, e.date.first_day, e.sequence))
        ordered.append(chosen)
        remaining.remove(chosen)
    return ordered


def conflicts(ordered: list[StatusEntry], vocab: RegistryVocabulary | None = None) -> tuple[StatusConflict, ...]:
    """Consecutive entries whose step the vocabulary's `next` lists do not allow (rule 4)."""
    vocab = vocab or vocabulary()
    found = []
    for before, after in zip(ordered, ordered[1:], strict=False):
        if after.kind not in vocab.status(before.kind).follows_into:
            when = "on the same day" if before.date == after.date else "later"
            found.append(StatusConflict(before.sequence, after.sequence,
                                        f"{before.kind} is followed {when} by {after.kind}"))
    return tuple(found)


def current_status(entries: Iterable[StatusEntry], vocab: RegistryVocabulary | None = None) -> CurrentStatus:
    """Derive the current status from the whole history (rules 1-4 above)."""
    vocab = vocab or vocabulary()
    ordered = chronology(entries, vocab)
    if not ordered:
        return UNKNOWN
    last = ordered[-1]
    group = vocab.status(last.kind).group
    last_place = next((e.place_id for e in reversed(ordered) if e.place_id), None)
    place_now = last_place if last.kind in _PLACE_STATUSES else None
    return CurrentStatus(last.kind, group, last.date, last.sequence, place_now, last_place,
                         conflicts(ordered, vocab))


def status_on(entries: Iterable[StatusEntry], day: dt.date, vocab: RegistryVocabulary | None = None) -> CurrentStatus:
    """The status as the history shows it on `day`: only entries whose period had begun by then count."""
    return current_status([e for e in entries if e.date.first_day <= day], vocab)
