"""The store: tables, migrations and queries over SQLite (embedded default) and PostgreSQL.

It imports `warcrimes.domain` and nothing above it; changes come from `warcrimes.services`.
"""

from warcrimes.store.database import open_store
from warcrimes.store.reads import IncidentFilter
from warcrimes.store.store import Store

__all__ = ["IncidentFilter", "Store", "open_store"]
