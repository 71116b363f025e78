"""Corroboration tables: why each account joined its incident, open suggestions, incident history
and report fingerprints. Migration 0003 creates exactly these; a test checks the two agree."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from warcrimes.store.schema.base import Base, utcnow
from warcrimes.store.schema.reports import AccountRow, IncidentRow


class IncidentLinkRow(Base):
    """Why one account belongs to its incident: the fields that agreed, how well, and who decided."""

    __tablename__ = "incident_links"
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True)
    incident_id: Mapped[int] = mapped_column(Integer, index=True)
    #: auto (the linker joined it) | new (nothing close enough) | analyst (merge or split)
    method: Mapped[str] = mapped_column(String(16))
    confidence: Mapped[float] = mapped_column(Float)
    why: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    account: Mapped[AccountRow] = relationship()


class LinkSuggestionRow(Base):
    """An account that may tell an incident already on file, too unsure to join without an analyst."""

    __tablename__ = "link_suggestions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    incident_id: Mapped[int] = mapped_column(Integer, index=True)
    confidence: Mapped[float] = mapped_column(Float)
    why: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | accepted | dismissed
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    account: Mapped[AccountRow] = relationship()


class IncidentHistoryRow(Base):
    """One change to an incident (created, joined, merged, split); kept when the incident is gone."""

    __tablename__ = "incident_history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(Integer, index=True)
    action: Mapped[str] = mapped_column(String(32))
    details: Mapped[dict[str, Any]] = mapped_column(JSON)
    actor: Mapped[str] = mapped_column(String(128))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ReportFingerprintRow(Base):
    """A report's MinHash signature and the earliest report it nearly copies (its near-dup group)."""

    __tablename__ = "report_fingerprints"
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True)
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    shingles: Mapped[int] = mapped_column(Integer)
    #: the report id that heads this report's near-duplicate group (itself when original)
    group_id: Mapped[int] = mapped_column(Integer, index=True)
    similarity: Mapped[float] = mapped_column(Float)


class FingerprintBandRow(Base):
    """One LSH band of a signature: reports sharing a band key are near-duplicate candidates."""

    __tablename__ = "fingerprint_bands"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    band_key: Mapped[str] = mapped_column(String(40), index=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)


#: The linker's blocking query reads only this index (region, date window, coordinates box), so a
#: store of a million incidents is searched without touching rows that cannot match.
LINKING_INDEX = Index("ix_incidents_linking", IncidentRow.admin1, IncidentRow.date_start,
                      IncidentRow.date_end, IncidentRow.lat, IncidentRow.lon)
