"""The version of a report's text an account was read from: an edited Telegram message is extracted
again, and its accounts' spans point into that version's text (NULL: the report's own text).

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN: a SQLite batch alter would rebuild `accounts` and drop its data-version triggers
    op.add_column("accounts", sa.Column("version", sa.Integer, nullable=True))


def downgrade() -> None:
    op.drop_column("accounts", "version")
