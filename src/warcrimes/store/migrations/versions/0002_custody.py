"""Custody log and evidence vault: entries, tree nodes, checkpoints, evidence, evidence-incident links.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "custody_entries",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(256), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("subject", sa.String(256), nullable=False),
        sa.Column("details", sa.Text, nullable=False),  # canonical JSON text: the bytes the leaf hashes
        sa.Column("leaf_hash", sa.LargeBinary(32), nullable=False),
    )
    op.create_index("ix_custody_entries_subject", "custody_entries", ["subject"])
    op.create_table(
        "custody_nodes",
        sa.Column("level", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("hash", sa.LargeBinary(32), nullable=False),
    )
    op.create_table(
        "custody_checkpoints",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("root_hash", sa.LargeBinary(32), nullable=False),
        sa.Column("signed_note", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("content_hash", sa.String(80), nullable=False, unique=True),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("media_type", sa.String(128), nullable=False),
        sa.Column("filename", sa.String(512)),
        sa.Column("source_url", sa.String(2048)),
        sa.Column("captured_by", sa.String(256)),
        sa.Column("note", sa.Text),
        sa.Column("technical", sa.JSON, nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "evidence_incidents",
        sa.Column("evidence_id", sa.Integer, sa.ForeignKey("evidence.id"), primary_key=True),
        sa.Column("incident_id", sa.Integer, sa.ForeignKey("incidents.id"), primary_key=True),
    )
    op.create_index("ix_evidence_incidents_incident_id", "evidence_incidents", ["incident_id"])


def downgrade() -> None:
    for table in ("evidence_incidents", "evidence", "custody_checkpoints", "custody_nodes",
                  "custody_entries"):
        op.drop_table(table)
