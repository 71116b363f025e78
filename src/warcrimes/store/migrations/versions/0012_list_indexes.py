"""Indexes for the incident list read by key and for the map's count: `ix_incidents_oldest`
(date_start, id) serves "oldest first" as `ix_incidents_newest` (0005) serves "newest first", so a
page of either order is read from the index, never by sorting every incident (PostgreSQL sorted
100,000 rows for it: 161 ms by EXPLAIN ANALYZE, against 0.2 ms for the newest first); and
`ix_incidents_position` (lat, lon) lets the map count placed and unplaced incidents from an index a
thirtieth of the table's size (PostgreSQL: 87 MB of rows, 3 MB of index; 27-42 ms instead of 75-137 ms
at 100,000 incidents once the table is vacuumed, as autovacuum leaves it).

Plain CREATE INDEX on both backends, declared in the models too (schema/reports.py); no batch
alter, which on SQLite would rebuild `incidents` without its search and version triggers.

Revision ID: 0012
Revises: 0011
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_incidents_oldest", "incidents", ["date_start", "id"])
    op.create_index("ix_incidents_position", "incidents", ["lat", "lon"])


def downgrade() -> None:
    op.drop_index("ix_incidents_position", table_name="incidents")
    op.drop_index("ix_incidents_oldest", table_name="incidents")
