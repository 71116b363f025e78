"""The store: one interface over SQLite (embedded default) and PostgreSQL (multi-user, scale)."""

from warcrimes.store.database import open_store
from warcrimes.store.store import IncidentFilter, IngestOutcome, Store

__all__ = ["IncidentFilter", "IngestOutcome", "Store", "open_store"]
