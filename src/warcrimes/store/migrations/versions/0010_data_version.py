"""The store's data version: a number every committed change to the data raises, by a trigger on
every table of data (store/versioning.py says how and why), so pages built from the data can be
kept until it moves. A later migration that adds a table of data adds its triggers with
`versioning.trigger_statements` (tests/test_page_cache.py fails otherwise).

Revision ID: 0010
Revises: 0009
"""

from alembic import op

from warcrimes.store import versioning

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for statement in versioning.setup_statements(op.get_bind()):
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    for table in versioning.versioned_tables(bind):
        for statement in versioning.drop_statements(bind.dialect.name, table):
            op.execute(statement)
    if bind.dialect.name != "sqlite":
        op.execute("DROP FUNCTION IF EXISTS store_version_bump()")
    op.execute(f"DROP TABLE IF EXISTS {versioning.TABLE}")
