"""PostgreSQL tells the server processes of every change of the data version (store/versioning.py
`CHANNEL`): a trigger on the version row NOTIFYs its schema and new number at commit, whether the
row was raised by the tables' triggers or by hand (`raise_version`). A server process keeps the
version in memory from these and reads nothing per request (docs/web.md "Seventh pass"). SQLite
reads the version per request (microseconds) and gets nothing.

Revision ID: 0013
Revises: 0012
"""

from alembic import op

from warcrimes.store import versioning

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in versioning.PG_NOTIFY_STATEMENTS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in versioning.PG_NOTIFY_DROP:
            op.execute(statement)
