"""The captives registry: persons, their status entries, places of detention, exchanges, match
candidates, links to incidents, and who viewed whom. Migration 0006 creates these.

Nothing here holds a personal value in clear: a person's names, birth date, rank, unit and next of
kin are one AES-GCM token (`sealed`, registry/sealed.py); a search finds them through
`registry_person_terms`, HMACs of their matching keys. What stays in clear is what figures need
(category, status kinds and dates, place and exchange ids) and names nobody (docs/registry.md).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from warcrimes.store.schema.base import Base, utcnow

PUBLIC_ID = 24  # "p-" + 16 hex: random, shown in addresses, bound into each token's associated data


class PersonRow(Base):
    """A prisoner of war or detained civilian; every personal field is inside `sealed`."""

    __tablename__ = "registry_persons"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    public_id: Mapped[str] = mapped_column(String(PUBLIC_ID), unique=True)
    category: Mapped[str] = mapped_column(String(16), index=True)
    sealed: Mapped[str] = mapped_column(Text)
    key_id: Mapped[str] = mapped_column(String(16), index=True)  # of `sealed`, for key rotation
    merged_into: Mapped[str | None] = mapped_column(String(PUBLIC_ID))  # a merge keeps the absorbed person
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class PersonTermRow(Base):
    """One blind-index term of a person (HMAC of a matching key): search without a clear name."""

    __tablename__ = "registry_person_terms"
    term: Mapped[str] = mapped_column(String(32), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("registry_persons.id", ondelete="CASCADE"), primary_key=True,
                                           index=True)


class DetentionPlaceRow(Base):
    """A colony, detention centre or other place captives are held at (not personal data)."""

    __tablename__ = "registry_places"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    public_id: Mapped[str] = mapped_column(String(PUBLIC_ID), unique=True)
    place_key: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(40))
    settlement: Mapped[str] = mapped_column(String(200), default="")
    region: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(8), default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)


class ExchangeRow(Base):
    """An exchange of prisoners or repatriation of bodies; `stated` holds each side's figures."""

    __tablename__ = "registry_exchanges"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    public_id: Mapped[str] = mapped_column(String(PUBLIC_ID), unique=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(16))
    mediator: Mapped[str] = mapped_column(String(200), default="")
    #: [{"side": ..., "counts": {...}, "source_kind": ..., "source_ref": ...}]
    stated: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class StatusEntryRow(Base):
    """One dated, sourced step of a person's history; the current status is derived from all of them."""

    __tablename__ = "registry_status_entries"
    __table_args__ = (Index("ix_registry_status_entries_kind_date", "kind", "date_first"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # the recording sequence
    person_id: Mapped[int] = mapped_column(ForeignKey("registry_persons.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    date: Mapped[str] = mapped_column(String(10))  # YYYY, YYYY-MM or YYYY-MM-DD (a partial date)
    date_first: Mapped[dt.date] = mapped_column(Date)
    date_last: Mapped[dt.date] = mapped_column(Date)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("registry_places.id"))
    exchange_id: Mapped[int | None] = mapped_column(ForeignKey("registry_exchanges.id"))
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id"))
    confirmed_by: Mapped[str | None] = mapped_column(String(32))
    confirmed_how: Mapped[str | None] = mapped_column(String(32))
    source_kind: Mapped[str] = mapped_column(String(16))
    source_ref: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)  # sealed token: free text may name people
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(64))


class _Decision:
    """A proposal an analyst decides: its score and reasons, its state, who decided and when."""

    score: Mapped[float] = mapped_column(Float)
    reasons: Mapped[list[Any]] = mapped_column(JSON)
    state: Mapped[str] = mapped_column(String(16), default="proposed")  # proposed, then merged/accepted or rejected
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class MatchCandidateRow(_Decision, Base):
    """Two persons that may be one, with the score and reasons (verdicts only); an analyst decides."""

    __tablename__ = "registry_match_candidates"
    __table_args__ = (Index("ix_registry_match_candidates_state_score", "state", "score"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    left_id: Mapped[int] = mapped_column(ForeignKey("registry_persons.id", ondelete="CASCADE"), index=True)
    right_id: Mapped[int] = mapped_column(ForeignKey("registry_persons.id", ondelete="CASCADE"), index=True)


class IncidentPersonLinkRow(_Decision, Base):
    """A proposal that a victim named in an incident's report is a registry person; an analyst decides."""

    __tablename__ = "registry_incident_links"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("registry_persons.id", ondelete="CASCADE"), index=True)


class PersonViewRow(Base):
    """Every time someone opened a person's record: who, when, and through what (web, cli, export)."""

    __tablename__ = "registry_person_views"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("registry_persons.id", ondelete="CASCADE"), index=True)
    viewer: Mapped[str] = mapped_column(String(64))
    via: Mapped[str] = mapped_column(String(16))
    viewed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ListImportRow(Base):
    """An imported list: its hash (never its content), format, mapping, counts, who applied it."""

    __tablename__ = "registry_imports"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    list_hash: Mapped[str] = mapped_column(String(80), unique=True)
    format: Mapped[str] = mapped_column(String(8))
    encoding: Mapped[str] = mapped_column(String(32))
    mapping: Mapped[str] = mapped_column(String(64))
    counts: Mapped[dict[str, Any]] = mapped_column(JSON)
    applied_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    applied_by: Mapped[str] = mapped_column(String(64))
