"""Where a report came from beyond its bytes: later versions of it, and the evidence attached to it.

A Telegram message edited after it was first stored is one report with versions (each version's
exact bytes and text kept); a photo or video posted with it is evidence linked to the report.
Migration 0009 creates these tables and the report columns `source_key`, `channel` and `details`.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from warcrimes.store.schema.base import Base, utcnow


class ReportVersionRow(Base):
    """A later version of a report (an edited Telegram message): its own bytes, text and edit time."""

    __tablename__ = "report_versions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    #: The source's own version number (a Telegram edit's Unix time); the report row holds the first seen.
    version: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(80), unique=True)
    original: Mapped[bytes] = mapped_column(LargeBinary)
    text: Mapped[str] = mapped_column(Text)
    edited_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    __table_args__ = (UniqueConstraint("report_id", "version", name="uq_report_versions_report_version"),)


class ReportEvidenceRow(Base):
    """Evidence that came with a report (a Telegram post's photo or video), many to many."""

    __tablename__ = "report_evidence"
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), primary_key=True)
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id"), primary_key=True, index=True)
