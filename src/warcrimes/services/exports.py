"""What an export changes: the checkpoint it is made against (signed when the log grew since the last
one), and the custody entry that records it once written (its file's hash, format, filter, counts)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from warcrimes.custody.log import StoredCheckpoint
from warcrimes.custody.trusted import signer_of
from warcrimes.custody.verify import verifier_keys_of
from warcrimes.domain.access import allows
from warcrimes.domain.audience import Audience, NotPermittedError
from warcrimes.services.unit import custody_log, unit_of_work
from warcrimes.store import Store, reads
from warcrimes.store.schema import CheckpointRow


@dataclass(frozen=True)
class ExportPoint:
    """The signed checkpoint an export is made against, when it was signed, and by which key."""

    checkpoint: StoredCheckpoint
    signed_at: dt.datetime
    verifier_key: str | None


def export_checkpoint(store: Store) -> ExportPoint:
    """The latest checkpoint when it covers the whole log; otherwise one signed now, with this store's key.

    So exporting an unchanged store twice (or a store imported from an export) refers to the same
    checkpoint and adds none: the JSON Lines round trip stays byte for byte."""
    log = custody_log(store)
    with store.transaction() as session:
        point = log.latest_checkpoint(session)
        if point is None or point.size < log.size(session):
            point = log.checkpoint(session)
        row = session.get(CheckpointRow, point.id)
        assert row is not None
        signed_at = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=dt.UTC)
    key = signer_of(point.signed_note, verifier_keys_of(store))
    return ExportPoint(point, signed_at, key.text() if key else None)


def check_registry_audience(store: Store, audience: Audience) -> None:
    """An export with the captives registry is for the `registry` permission: a user named as acting (the
    web's login, the command line's WARCRIMES_ACTOR) must hold it; the operator, who holds the keys, may."""
    if not audience.registry:
        return
    with store.transaction() as session:
        user = reads.user_by_name(session, audience.actor)
        if user is not None and (not user.active or not allows(user.role, "registry")):
            raise NotPermittedError(f"{audience.actor!r} may not export the captives registry: it needs the "
                                    "'registry' permission (an analyst's or an administrator's role)")


def record_export(store: Store, content_hash: str, details: dict[str, Any], *, audience: Audience) -> int:
    """Log that a file with this hash was exported (what, for whom, against which checkpoint); its index."""
    with unit_of_work(store, audience.actor) as work:
        return work.record("export", content_hash, {**details, "personal_data": audience.personal_data}).index
