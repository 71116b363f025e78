"""What custody keeps of an evidence file: where the vault is, and what its evidence.add entry fixes."""

from __future__ import annotations

from warcrimes.custody.vault import Vault
from warcrimes.store import Store
from warcrimes.store.schema import EvidenceRow


def vault_of(store: Store) -> Vault:
    return Vault(store.settings.home / "vault")


def added_details(row: EvidenceRow) -> dict[str, object]:
    """What the evidence.add entry fixes about a row; verify compares the row with it field by field."""
    return {"evidence_id": row.id, "filename": row.filename, "size": row.size,
            "media_type": row.media_type, "source_url": row.source_url,
            "captured_by": row.captured_by, "note": row.note, "technical": row.technical}
