"""Custody tables: log entries, interior tree nodes, signed checkpoints, evidence and its incidents.

Migration 0002 creates exactly these; custody/log.py keeps the entries and nodes a Merkle tree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from warcrimes.store.schema.base import Base, CanonicalJSON, utcnow


class CustodyEntryRow(Base):
    """One state change. `id` is the leaf index (0-based); the leaf is the entry's canonical JSON."""

    __tablename__ = "custody_entries"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    #: ISO 8601 UTC text, hashed as written, so no database can shift it
    recorded_at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(256))
    action: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(String(256), index=True)
    details: Mapped[dict[str, Any]] = mapped_column(CanonicalJSON)
    leaf_hash: Mapped[bytes] = mapped_column(LargeBinary(32))


class CustodyNodeRow(Base):
    """A completed interior node: the hash of 2**level leaves from position * 2**level.

    Stored so a root or proof costs O(log n) reads at any log size."""

    __tablename__ = "custody_nodes"
    level: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    position: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    hash: Mapped[bytes] = mapped_column(LargeBinary(32))


class CheckpointRow(Base):
    """A signed statement of the log's size and root, kept as the exact C2SP signed note."""

    __tablename__ = "custody_checkpoints"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    root_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    signed_note: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class EvidenceRow(Base):
    """An evidence file held in the vault under its content hash; the original is never modified."""

    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(80), unique=True)
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(128))
    filename: Mapped[str | None] = mapped_column(String(512))
    source_url: Mapped[str | None] = mapped_column(String(2048))
    captured_by: Mapped[str | None] = mapped_column(String(256))
    note: Mapped[str | None] = mapped_column(Text)
    #: ffprobe / EXIF output where those tools exist
    technical: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class EvidenceIncidentRow(Base):
    """Evidence linked to the incident it documents (many to many)."""

    __tablename__ = "evidence_incidents"
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id"), primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), primary_key=True, index=True)
