"""Reports and what was read from them: accounts, incidents, statistics.

Contract fields an analyst filters on are columns; the rest is JSON. Migration 0001 creates these
(0009 adds the report's source columns, 0011 the version of the text an account was read from).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Date, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from warcrimes.store.schema.base import Base, utcnow

if TYPE_CHECKING:
    from warcrimes.store.schema.sources import ReportVersionRow


class ReportRow(Base):
    """A source document with its original bytes, content-addressed."""

    __tablename__ = "reports"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(80), unique=True)
    original: Mapped[bytes] = mapped_column(LargeBinary)
    text: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str | None] = mapped_column(String(512))
    publisher: Mapped[str | None] = mapped_column(String(256))
    url: Mapped[str | None] = mapped_column(String(2048))
    published: Mapped[dt.date] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(8))
    extraction_status: Mapped[str] = mapped_column(String(32), default="done")
    #: The same document across re-imports ("telegram:<chat id>:<message id>"); versions hang off it.
    source_key: Mapped[str | None] = mapped_column(String(160), unique=True, index=True)
    channel: Mapped[str | None] = mapped_column(String(256), index=True)
    #: What the source says beyond the columns: format, author, forwarded-from, message id, links, notes.
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    accounts: Mapped[list[AccountRow]] = relationship(back_populates="report")


class IncidentRow(Base):
    """The event; its summary columns are copied from its main account for filtering."""

    __tablename__ = "incidents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default="proposed")
    main_violation: Mapped[str | None] = mapped_column(String(64))
    #: "|label|label|": portable any-label filter with LIKE on SQLite and PostgreSQL alike
    violation_labels: Mapped[str] = mapped_column(String(512), default="")
    date_start: Mapped[dt.date | None] = mapped_column(Date)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    location_name: Mapped[str | None] = mapped_column(String(256))
    admin1: Mapped[str | None] = mapped_column(String(128))
    country: Mapped[str | None] = mapped_column(String(2))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    facts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    #: Raised by every change of the row; an update that finds another number was overtaken by a
    #: concurrent change and fails (optimistic concurrency: two analysts editing, nothing lost).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    accounts: Mapped[list[AccountRow]] = relationship(back_populates="incident", order_by="AccountRow.id")

    __table_args__ = (
        Index("ix_incidents_region_date", "admin1", "date_start"),
        Index("ix_incidents_violation", "main_violation"),
        # migration 0012: the list's "oldest first" read by key, and the map's count of placed incidents
        Index("ix_incidents_oldest", "date_start", "id"),
        Index("ix_incidents_position", "lat", "lon"),
    )
    __mapper_args__ = {"version_id_col": version}


class AccountRow(Base):
    """One incident as one report tells it: the contract fields, spans and extractor version."""

    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), index=True)
    facts: Mapped[dict[str, Any]] = mapped_column(JSON)
    provenance: Mapped[list[Any]] = mapped_column(JSON, default=list)
    extractor_version: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    #: The report's version whose text the account was read from (an edited Telegram message read
    #: again); None: the report's own text, the version first stored.
    version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    report: Mapped[ReportRow] = relationship(back_populates="accounts")
    incident: Mapped[IncidentRow] = relationship(back_populates="accounts")
    read_from: Mapped[ReportVersionRow | None] = relationship(
        primaryjoin="and_(foreign(AccountRow.report_id) == ReportVersionRow.report_id, "
                    "foreign(AccountRow.version) == ReportVersionRow.version)", viewonly=True, uselist=False)

    @property
    def text(self) -> str:
        """The text the account's spans point into: its version's when read from an edit, else the report's."""
        if self.version is not None and self.read_from is not None:
            return self.read_from.text
        return self.report.text


class StatisticRow(Base):
    """An aggregate figure stated by one report."""

    __tablename__ = "statistics"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    measure: Mapped[str] = mapped_column(String(32))
    population: Mapped[str] = mapped_column(String(16))
    value: Mapped[float] = mapped_column(Float)
    qualifier: Mapped[str] = mapped_column(String(16))
    unit: Mapped[str] = mapped_column(String(16))
    as_of: Mapped[dt.date | None] = mapped_column(Date)
    reported_by: Mapped[str | None] = mapped_column(String(256))
    facts: Mapped[dict[str, Any]] = mapped_column(JSON)
    extractor_version: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_statistics_series", "measure", "population", "as_of"),)
