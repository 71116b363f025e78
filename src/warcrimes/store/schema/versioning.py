"""The data version's one row (store/versioning.py; migration 0010 creates it with its triggers)."""

from __future__ import annotations

from sqlalchemy import BigInteger, Integer
from sqlalchemy.orm import Mapped, mapped_column

from warcrimes.store.schema.base import Base


class StoreVersionRow(Base):
    """Row 1: the number every committed change to the data raises; `bumped_by`, the PostgreSQL
    transaction that last raised it (so a transaction raises it once)."""

    __tablename__ = "store_version"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    version: Mapped[int] = mapped_column(BigInteger)
    bumped_by: Mapped[int | None] = mapped_column(BigInteger)
