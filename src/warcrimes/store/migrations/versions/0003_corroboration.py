"""Corroboration: links, suggestions, history, fingerprints.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_index("ix_incidents_linking", "incidents", ["admin1", "date_start", "date_end", "lat", "lon"])
    op.create_table(
        "incident_links",
        sa.Column("account_id", sa.Integer, sa.ForeignKey("accounts.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("incident_id", sa.Integer, nullable=False),
        sa.Column("method", sa.String(16), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("why", sa.JSON, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_index("ix_incident_links_incident_id", "incident_links", ["incident_id"])
    op.create_table(
        "link_suggestions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("account_id", sa.Integer, sa.ForeignKey("accounts.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("incident_id", sa.Integer, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("why", sa.JSON, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_index("ix_link_suggestions_account_id", "link_suggestions", ["account_id"])
    op.create_index("ix_link_suggestions_incident_id", "link_suggestions", ["incident_id"])
    op.create_table(
        "incident_history",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("incident_id", sa.Integer, nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("details", sa.JSON, nullable=False),
        sa.Column("actor", sa.String(128), nullable=False),
        sa.Column("at", TZ, nullable=False),
    )
    op.create_index("ix_incident_history_incident_id", "incident_history", ["incident_id"])
    op.create_table(
        "report_fingerprints",
        sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("signature", sa.LargeBinary, nullable=False),
        sa.Column("shingles", sa.Integer, nullable=False),
        sa.Column("group_id", sa.Integer, nullable=False),
        sa.Column("similarity", sa.Float, nullable=False),
    )
    op.create_index("ix_report_fingerprints_group_id", "report_fingerprints", ["group_id"])
    op.create_table(
        "fingerprint_bands",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("band_key", sa.String(40), nullable=False),
        sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"),
                  nullable=False),
    )
    op.create_index("ix_fingerprint_bands_band_key", "fingerprint_bands", ["band_key"])
    op.create_index("ix_fingerprint_bands_report_id", "fingerprint_bands", ["report_id"])


def downgrade() -> None:
    for table in ("fingerprint_bands", "report_fingerprints", "incident_history", "link_suggestions",
                  "incident_links"):
        op.drop_table(table)
    op.drop_index("ix_incidents_linking", table_name="incidents")
