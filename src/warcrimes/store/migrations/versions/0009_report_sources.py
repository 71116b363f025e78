"""Report sources: a stable key across re-imports, the channel, what the source says, versions of
edited reports, and evidence attached to a report.

Revision ID: 0009
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0006"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    # Plain ADD COLUMN and CREATE INDEX: on SQLite a batch alter would rebuild `reports` and drop the
    # full-text search triggers migration 0005 put on it.
    op.add_column("reports", sa.Column("source_key", sa.String(160), nullable=True))
    op.add_column("reports", sa.Column("channel", sa.String(256), nullable=True))
    op.add_column("reports", sa.Column("details", sa.JSON, nullable=False, server_default="{}"))
    op.create_index("ix_reports_source_key", "reports", ["source_key"], unique=True)
    op.create_index("ix_reports_channel", "reports", ["channel"])
    op.create_table(
        "report_versions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id"), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("content_hash", sa.String(80), nullable=False, unique=True),
        sa.Column("original", sa.LargeBinary, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("edited_at", TZ, nullable=True),
        sa.Column("ingested_at", TZ, nullable=False),
        sa.UniqueConstraint("report_id", "version", name="uq_report_versions_report_version"),
    )
    op.create_index("ix_report_versions_report_id", "report_versions", ["report_id"])
    op.create_table(
        "report_evidence",
        sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id"), primary_key=True),
        sa.Column("evidence_id", sa.Integer, sa.ForeignKey("evidence.id"), primary_key=True),
    )
    op.create_index("ix_report_evidence_evidence_id", "report_evidence", ["evidence_id"])


def downgrade() -> None:
    op.drop_table("report_evidence")
    op.drop_table("report_versions")
    op.drop_index("ix_reports_channel", "reports")
    op.drop_index("ix_reports_source_key", "reports")
    for column in ("details", "channel", "source_key"):
        op.drop_column("reports", column)
