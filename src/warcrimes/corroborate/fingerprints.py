"""Storing report fingerprints and finding the near-duplicate group of a new report."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple
from typing import cast as typed

import numpy as np
from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session

from warcrimes.store.schema import FingerprintBandRow, ReportFingerprintRow
from warcrimes.store.writes import insert_many

#: Earlier reports a new one is compared with in full: those sharing the most fingerprint bands, among
#: the latest PER_BAND reports holding each band.
CANDIDATES = 200
PER_BAND = 200
#: Bands read per statement, and report ids per IN list.
_UNION = 400
_IN_LIST = 500
#: session.info key: the group of each report fingerprinted in this transaction (a group never changes once
#: made), so summarising an incident that a new report's account joins reads no fingerprint row back.
_MADE = "warcrimes.groups_made"
_FINGERPRINTS = typed(Table, ReportFingerprintRow.__table__)
_BANDS = typed(Table, FingerprintBandRow.__table__)
#: session.info key: the import's `BandHolders`, kept from one of its batches (units of work) to the next.
_HOLDERS = "warcrimes.band_holders"


class BandHolders:
    """The latest PER_BAND holders of the bands an import's batches read, kept for its next batches, which
    read only the band rows stored since: a channel's template bands recur in every batch, and reading their
    200 holders again each time was 58% of fingerprinting at 4,000 posts, growing with the store (cProfile).
    A band is kept KEEP_BATCHES batches after the last that asked for it: a batch of 100 posts holds part of a
    channel's cycle of templates, and the bands the batch before did not ask for were read again by a LIMIT
    query each (a third of fingerprinting at 10,000 posts, cProfile).

    Exact because band rows are only ever added (reports are never deleted), each inside a unit of work that
    holds the writers' lock from before its first read (custody.log.lock_writers; a records import writes
    them only into a store that held nothing): rows commit in id order, so every row not yet seen has an id
    above the highest seen. An import that fails ends there, and its memory with it."""

    KEEP_BATCHES = 20

    def __init__(self) -> None:
        self._held: dict[str, np.ndarray] = {}  # band key -> report ids of its latest holders, oldest first
        self._asked: dict[str, int] = {}  # band key -> the last batch that asked for it
        self._batches = 0
        self._after: int | None = None  # the highest band row id seen
        #: Report id -> its fingerprint as `_nearest` compares with it, for the reports the last batch compared
        #: with or made: a template's candidates recur in every batch, and their rows never change once written.
        self.signatures: dict[int, _Held] = {}

    def written(self, session: Session, holders: dict[str, np.ndarray]) -> None:
        """The band rows just written (after those `arrays` read), as `holders`: each band this transaction asked
        for, its latest holders now, those just written last. The next batch then reads back only the rows stored
        after these (another writer's), not the 3,200 of its own batch before (a twentieth of the storing
        process, py-spy). Exact because this transaction holds the writers' lock: every band row written since
        `arrays` is one of these, and `holders` is what reading them back in id order would make."""
        self._held.update(holders)
        self._after = session.connection().scalar(select(func.max(FingerprintBandRow.id))) or 0

    def latest(self, session: Session, keys: Sequence[str]) -> dict[str, list[int]]:
        """As `_latest_holders`: each band's latest PER_BAND holders in the order stored (bands without
        any left out)."""
        return {key: found.tolist() for key, found in self.arrays(session, keys).items()}

    def arrays(self, session: Session, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """`latest` as arrays of report ids (shared with this record: not to be changed in place)."""
        b = FingerprintBandRow
        self._batches += 1
        if self._after is None:
            self._after = session.scalar(select(func.max(b.id))) or 0
        else:
            added: dict[str, list[int]] = {}
            for key, report_id, band_id in session.execute(
                    select(b.band_key, b.report_id, b.id).where(b.id > self._after).order_by(b.id)):
                self._after = band_id
                if key in self._held:
                    added.setdefault(key, []).append(report_id)
            for key, report_ids in added.items():
                self._held[key] = np.concatenate((self._held[key], np.array(report_ids, dtype=np.int64)))[-PER_BAND:]
        missing = [key for key in keys if key not in self._held]
        read = _latest_holders(session, missing)
        for key in missing:
            self._held[key] = np.array([report_id for _, report_id in read.get(key, [])], dtype=np.int64)
        self._asked.update(dict.fromkeys(keys, self._batches))
        if self._batches % self.KEEP_BATCHES == 0:  # bands no batch asked for lately: read again if asked
            self._asked = {key: n for key, n in self._asked.items() if n > self._batches - self.KEEP_BATCHES}
            self._held = {key: found for key, found in self._held.items() if key in self._asked}
        return {key: found for key in keys if len(found := self._held[key])}


def holding_bands(session: Session, holders: BandHolders) -> None:
    """Let this transaction's fingerprinting read band holders through `holders` (an import's, kept between
    its batches)."""
    session.info[_HOLDERS] = holders


def _most_shared(holders: Sequence[np.ndarray]) -> list[int]:
    """The CANDIDATES reports sharing most bands (earliest first among equals), in report order, of the bands'
    holders. A channel's posts written from one template all share bands: comparing every earlier post made an
    import quadratic; an exact copy shares all 32. Counted by sorting the holders' ids (a Counter and a sort by
    key over 6,400 ids a post: 8% of the storing process at 10,000 posts, cProfile)."""
    if not holders:
        return []
    ids, counts = np.unique(np.concatenate(holders), return_counts=True)
    return sorted(ids[np.lexsort((ids, -counts))[:CANDIDATES]].tolist())


def _group(report_id: int, found: Any, others: Iterable[tuple[int, Any]]) -> tuple[int, float]:
    """The near-copy group a report joins: that of the most similar earlier report at or above
    NEAR_DUPLICATE (the earliest of equals: `others` come in report order), else its own; with the similarity."""
    from warcrimes.corroborate.neardup import NEAR_DUPLICATE, similarity

    group_id, best = report_id, 0.0
    for other_group, other in others:
        score = similarity(found, other)
        if score >= NEAR_DUPLICATE and score > best:
            group_id, best = other_group, score
    return group_id, best


def _nearest(report_id: int, found: Any, others: Sequence[Any]) -> tuple[int, float]:
    """As `_group` over (group id, signature bytes, shingles) rows in report order, all at once: a channel's
    posts written from one template share bands, so a report may have thousands of candidates."""
    from warcrimes.corroborate.neardup import NEAR_DUPLICATE, PERMUTATIONS, Fingerprint

    signatures = [o.signature for o in others]
    if not others or set(map(len, signatures)) != {4 * PERMUTATIONS}:
        return _group(report_id, found, ((o.group_id, Fingerprint.from_bytes(o.signature, o.shingles))
                                         for o in others))
    held = np.frombuffer(b"".join(signatures), dtype="<u4").reshape(len(others), PERMUTATIONS)
    scores = np.count_nonzero(held == found.signature.astype("<u4"), axis=1) / PERMUTATIONS
    if found.shingles == 0:  # two empty texts are not copies of each other
        scores[np.array([o.shingles == 0 for o in others])] = 0.0
    near = scores >= NEAR_DUPLICATE
    if not near.any():
        return report_id, 0.0
    best = scores[near].max()
    first = int(np.flatnonzero(near & (scores == best))[0])  # the earliest of equals, as `_group` keeps
    return int(others[first].group_id), float(best)


class _Held(NamedTuple):
    """An earlier report as `_nearest` compares with it."""

    group_id: int
    signature: bytes
    shingles: int


@dataclass(frozen=True)
class Printed:
    """A text's fingerprint with its band keys, made where the text was read: an import's extraction worker
    makes them beside the extraction (pure functions of the text), and the storing process, the import's
    critical path, then hashes nothing (a twentieth of its time, py-spy)."""

    fingerprint: Any  # neardup.Fingerprint
    bands: tuple[str, ...]


def printed(text: str) -> Printed:
    """The text's fingerprint and band keys, as `fingerprint_reports` makes them."""
    from warcrimes.corroborate.neardup import fingerprint

    found = fingerprint(text)
    return Printed(found, tuple(found.band_keys()))


def fingerprint_reports(session: Session, reports: Sequence[tuple[int, str]],
                        made_before: Mapping[int, Printed] | None = None) -> None:
    """Fingerprints of reports (id, text) not fingerprinted yet, in the order given (an ingest's: the order
    its reports are linked in), each grouped with the earlier ones as if made one at a time: of the latest
    PER_BAND holders of each of its bands (in the store, then earlier in the batch), the CANDIDATES sharing
    most bands are compared. Bands are read once a batch and rows written by executemany: made one report
    at a time, 32 subqueries each, fingerprints were 41% of a Telegram import's CPU (cProfile). `made_before`:
    the `printed` of some of these reports' texts, made already (by the extraction worker)."""
    done = set(session.scalars(select(ReportFingerprintRow.report_id).where(
        ReportFingerprintRow.report_id.in_([report_id for report_id, _ in reports])))) if reports else set()
    before = made_before or {}
    texts = {report_id: before.get(report_id) or printed(text) for report_id, text in dict(reports).items()
             if report_id not in done}
    made = [(report_id, found.fingerprint) for report_id, found in texts.items()]
    if not made:
        return
    band_keys = {report_id: list(found.bands) for report_id, found in texts.items()}  # hashed once: 32 blake2b each
    keyed = {report_id: list(dict.fromkeys(keys)) for report_id, keys in band_keys.items()}
    wanted_keys = list(dict.fromkeys(k for keys in keyed.values() for k in keys))
    kept: BandHolders | None = session.info.get(_HOLDERS)
    holders = kept.arrays(session, wanted_keys) if kept is not None else {
        key: np.array([report_id for _, report_id in found], dtype=np.int64)
        for key, found in _latest_holders(session, wanted_keys).items()}
    chosen: dict[int, list[int]] = {}
    for report_id, _ in made:  # the candidates first: they depend on the bands only, not on the groups
        chosen[report_id] = _most_shared([holders[key] for key in keyed[report_id] if key in holders])
        own = np.array([report_id], dtype=np.int64)
        for key in keyed[report_id]:  # a new array: `holders` may share the import's own (np.append: twice as slow)
            held = holders.get(key)
            holders[key] = np.concatenate((held[-(PER_BAND - 1):], own)) if held is not None else own
    batch = {report_id for report_id, _ in made}
    compared = {r for ids in chosen.values() for r in ids} - batch
    signatures = kept.signatures if kept is not None else {}
    known: dict[int, _Held] = {r: signatures[r] for r in compared if r in signatures}
    wanted = sorted(compared - set(known))
    f = ReportFingerprintRow
    for start in range(0, len(wanted), _IN_LIST):
        known.update((row.report_id, _Held(row.group_id, row.signature, row.shingles)) for row in session.execute(
            select(f.report_id, f.group_id, f.signature, f.shingles).where(
                f.report_id.in_(wanted[start:start + _IN_LIST]))))
    rows: list[tuple[int, bytes, int, int, float]] = []
    bands: list[tuple[str, int]] = []
    for report_id, found in made:
        # a holder whose fingerprint row is gone (bands without it) is passed over, as the query for it did
        group_id, best = _nearest(report_id, found, [known[r] for r in chosen[report_id] if r in known])
        signature = found.to_bytes()
        known[report_id] = _Held(group_id, signature, found.shingles)
        rows.append((report_id, signature, found.shingles, group_id, best))
        bands.extend((key, report_id) for key in band_keys[report_id])
    # on the driver: the ORM's bulk insert (its autoflush and a dict a row made over) cost a sixth of
    # fingerprinting at 4,000 posts (cProfile), Core's executemany (a dict a row) then half of what was left;
    # the report rows they point to are written already
    insert_many(session, _FINGERPRINTS, ("report_id", "signature", "shingles", "group_id", "similarity"), rows)
    insert_many(session, _BANDS, ("band_key", "report_id"), bands)
    if kept is not None:  # rows are only ever added: what the next batch compares with is read once
        kept.signatures = {r: known[r] for r in compared | batch if r in known}
        kept.written(session, {key: holders[key] for key in wanted_keys})
    session.info.setdefault(_MADE, {}).update((report_id, group_id) for report_id, _, _, group_id, _ in rows)


def _latest_holders(session: Session, keys: Sequence[str]) -> dict[str, list[tuple[int, int]]]:
    """The latest PER_BAND (band row id, report id) holding each band, in the order their bands were stored:
    read from the band_key index in row order (LIMIT per band), without visiting a template's other
    holders; one statement per _UNION bands (SQLite allows 500 terms in a compound SELECT)."""
    holders: dict[str, list[tuple[int, int]]] = {}
    for start in range(0, len(keys), _UNION):
        chunk = keys[start:start + _UNION]
        statement = text(" UNION ALL ".join(
            f"SELECT * FROM (SELECT band_key, report_id, id FROM fingerprint_bands WHERE band_key = :k{n} "
            f"ORDER BY id DESC LIMIT {int(PER_BAND)}) AS h{n}" for n in range(len(chunk))))
        for key, report_id, band_id in session.execute(statement, {f"k{n}": key for n, key in enumerate(chunk)}).all():
            holders.setdefault(key, []).append((band_id, report_id))
    return {key: sorted(found) for key, found in holders.items()}


def groups_of(session: Session, report_ids: Iterable[int]) -> dict[int, int]:
    """report id -> near-duplicate group id, for the reports that have a fingerprint."""
    wanted = set(report_ids)
    made: dict[int, int] = session.info.get(_MADE, {})
    found = {report_id: made[report_id] for report_id in wanted if report_id in made}
    ids = sorted(wanted - set(found))
    if ids:
        found.update(session.connection().execute(  # no autoflush: fingerprints are written when made
            select(ReportFingerprintRow.report_id, ReportFingerprintRow.group_id)
            .where(ReportFingerprintRow.report_id.in_(ids))).all())
    return found
