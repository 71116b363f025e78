"""Foundation: reports, incidents, accounts, statistics.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "reports",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("content_hash", sa.String(80), nullable=False, unique=True),
        sa.Column("original", sa.LargeBinary, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("media_type", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("filename", sa.String(512)),
        sa.Column("publisher", sa.String(256)),
        sa.Column("url", sa.String(2048)),
        sa.Column("published", sa.Date, nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("extraction_status", sa.String(32), nullable=False),
        sa.Column("ingested_at", TZ, nullable=False),
    )
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("main_violation", sa.String(64)),
        sa.Column("violation_labels", sa.String(512), nullable=False),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("location_name", sa.String(256)),
        sa.Column("admin1", sa.String(128)),
        sa.Column("country", sa.String(2)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("facts", sa.JSON, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
    )
    op.create_index("ix_incidents_region_date", "incidents", ["admin1", "date_start"])
    op.create_index("ix_incidents_violation", "incidents", ["main_violation"])
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id"), nullable=False),
        sa.Column("incident_id", sa.Integer, sa.ForeignKey("incidents.id"), nullable=False),
        sa.Column("facts", sa.JSON, nullable=False),
        sa.Column("provenance", sa.JSON, nullable=False),
        sa.Column("extractor_version", sa.String(64), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_index("ix_accounts_report_id", "accounts", ["report_id"])
    op.create_index("ix_accounts_incident_id", "accounts", ["incident_id"])
    op.create_table(
        "statistics",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id"), nullable=False),
        sa.Column("measure", sa.String(32), nullable=False),
        sa.Column("population", sa.String(16), nullable=False),
        sa.Column("value", sa.Float, nullable=False),
        sa.Column("qualifier", sa.String(16), nullable=False),
        sa.Column("unit", sa.String(16), nullable=False),
        sa.Column("as_of", sa.Date),
        sa.Column("reported_by", sa.String(256)),
        sa.Column("facts", sa.JSON, nullable=False),
        sa.Column("extractor_version", sa.String(64), nullable=False),
    )
    op.create_index("ix_statistics_report_id", "statistics", ["report_id"])
    op.create_index("ix_statistics_series", "statistics", ["measure", "population", "as_of"])


def downgrade() -> None:
    for table in ("statistics", "accounts", "incidents", "reports"):
        op.drop_table(table)
