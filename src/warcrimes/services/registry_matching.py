"""Persons who may be one: propose candidate pairs across the registry, and an analyst's decision.

Matching proposes; only an analyst merges (a user whose role has both `registry` and `review`,
domain/access.py), and the merge keeps the absorbed person's row (merged_into) so that every
earlier custody entry about it still names a row. A merge moves the status entries, joins the
spellings, reseals the kept person and re-indexes it; its custody entry holds ids and hashes.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import or_, select, update

from warcrimes.domain.access import allows
from warcrimes.errors import AccessDenied, BadInputError, ConflictError, NotFoundError
from warcrimes.registry import stored
from warcrimes.registry.protect import decrypt_field, encrypt_field
from warcrimes.registry.records import Person, PersonName
from warcrimes.services.registry import registry_keys, reseal, token_hash
from warcrimes.services.unit import UnitOfWork, unit_of_work
from warcrimes.store import Store, reads
from warcrimes.store.schema import MatchCandidateRow, PersonRow, StatusEntryRow, utcnow

MERGE_PERMISSIONS = ("registry", "review")


def propose_matches(store: Store, *, actor: str) -> int:
    """Compare every person with the others (blocked, registry/blocking.py); store new pairs. Returns how many."""
    keys = registry_keys(store)
    with unit_of_work(store, actor) as work:
        session = work.session
        index = stored.match_index(session, keys)
        ids = dict(session.execute(select(PersonRow.public_id, PersonRow.id)).all())
        known = {frozenset(pair) for pair in session.execute(
            select(MatchCandidateRow.left_id, MatchCandidateRow.right_id)).all()}
        added = []
        for person in index.persons:
            for candidate in index.candidates(person):
                pair = frozenset((ids[candidate.left], ids[candidate.right]))
                if pair in known:
                    continue
                known.add(pair)
                left, right = sorted(pair)
                session.add(MatchCandidateRow(left_id=left, right_id=right, score=candidate.score,
                                              reasons=[{"field": r.field, "verdict": r.verdict, "detail": r.detail}
                                                       for r in candidate.reasons]))
                added.append((candidate.left, candidate.right, candidate.score))
        if added:
            work.record("registry.match.proposed", "registry:persons",
                        {"pairs": [list(a) for a in sorted(added)], "count": len(added)})
        return len(added)


def require_analyst(work: UnitOfWork) -> None:
    user = reads.user_by_name(work.session, work.actor)
    if user is None or not user.active or not all(allows(user.role, p) for p in MERGE_PERMISSIONS):
        raise AccessDenied(f"{work.actor!r} may not merge persons: only an active user whose role has the "
                           f"{' and '.join(MERGE_PERMISSIONS)} permissions may (an analyst); set WARCRIMES_ACTOR "
                           "to your user name")


def _candidate(work: UnitOfWork, candidate_id: int) -> MatchCandidateRow:
    row = work.session.get(MatchCandidateRow, candidate_id)
    if row is None:
        raise NotFoundError(f"no match candidate {candidate_id}; list them with `warcrimes persons match`")
    if row.state != "proposed":
        raise ConflictError(f"match candidate {candidate_id} was already decided ({row.state} by {row.decided_by})")
    return row


def _joined(keep: Person, absorb: Person) -> Person:
    """The kept person with every spelling of the absorbed one and the fields it lacked."""
    known: set[PersonName] = set(keep.spellings())
    russian = list(keep.names_ru) + [n for n in absorb.names_ru if n not in known]
    known |= set(russian)
    others = list(keep.other_spellings) + [n for n in (absorb.name_uk, absorb.name_latin, *absorb.other_spellings)
                                           if n is not None and n not in known]
    return replace(keep, names_ru=tuple(dict.fromkeys(russian)), other_spellings=tuple(dict.fromkeys(others)),
                   birth_date=keep.birth_date or absorb.birth_date,
                   sex=keep.sex if keep.sex != "unknown" else absorb.sex,
                   category=keep.category if keep.category != "unknown" else absorb.category,
                   military=keep.military or absorb.military, next_of_kin=keep.next_of_kin + absorb.next_of_kin)


def merge_persons(store: Store, candidate_id: int, keep_id: str, *, actor: str) -> str:
    """Merge a candidate pair into `keep_id` (one of the two); an analyst only. Returns the kept id."""
    keys = registry_keys(store)
    with unit_of_work(store, actor) as work:
        require_analyst(work)
        candidate = _candidate(work, candidate_id)
        pair = {work.session.get(PersonRow, candidate.left_id), work.session.get(PersonRow, candidate.right_id)}
        keep = next((p for p in pair if p is not None and p.public_id == keep_id.strip()), None)
        if keep is None:
            raise BadInputError(f"person {keep_id[:30]!r} is not one of candidate {candidate_id}'s pair")
        absorb = next(p for p in pair if p is not keep)
        assert absorb is not None
        if keep.merged_into or absorb.merged_into:
            raise ConflictError("one of the pair was already merged into another person; propose matches again")
        before_absorb = absorb.sealed
        person = _joined(stored.open_row(keys, keep), stored.open_row(keys, absorb))
        moved = 0
        for entry in work.session.scalars(select(StatusEntryRow).where(StatusEntryRow.person_id == absorb.id)):
            if entry.note:  # a note is bound to its person: sealed again for the kept one
                plain = decrypt_field(keys, entry.note, stored.note_context(absorb.public_id))
                entry.note = encrypt_field(keys, plain, stored.note_context(keep.public_id))
            entry.person_id = keep.id
            moved += 1
        absorb.merged_into, absorb.updated_at = keep.public_id, utcnow()
        reseal(work, keys, keep, person, f"merged {absorb.public_id}")
        candidate.state, candidate.decided_by, candidate.decided_at = "merged", work.actor, utcnow()
        # other open candidates of the absorbed person now concern the kept one: withdraw them
        work.session.execute(update(MatchCandidateRow).where(
            MatchCandidateRow.state == "proposed",
            or_(MatchCandidateRow.left_id == absorb.id, MatchCandidateRow.right_id == absorb.id))
            .values(state="withdrawn", decided_by=work.actor, decided_at=utcnow()))
        work.record("registry.persons.merged", f"person:{keep.public_id}",
                    {"kept": keep.public_id, "absorbed": absorb.public_id, "candidate": candidate_id,
                     "entries_moved": moved, "absorbed_sealed": token_hash(before_absorb)})
        return keep.public_id


def reject_candidate(store: Store, candidate_id: int, *, actor: str) -> None:
    """Two different persons after all: the pair is not proposed again."""
    with unit_of_work(store, actor) as work:
        require_analyst(work)
        candidate = _candidate(work, candidate_id)
        candidate.state, candidate.decided_by, candidate.decided_at = "rejected", work.actor, utcnow()
        work.record("registry.match.rejected", f"candidate:{candidate_id}", {"candidate": candidate_id})
