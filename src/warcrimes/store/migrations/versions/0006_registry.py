"""The captives registry: persons (personal fields sealed), blind-index terms, status entries,
places of detention, exchanges, match candidates, links to incidents, views, imported lists.

Revision ID: 0006
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)
PUBLIC_ID = 24
PERSON = "registry_persons.id"


def _decision_columns() -> list[sa.Column]:  # type: ignore[type-arg,unused-ignore]
    return [sa.Column("score", sa.Float, nullable=False), sa.Column("reasons", sa.JSON, nullable=False),
            sa.Column("state", sa.String(16), nullable=False), sa.Column("created_at", TZ, nullable=False),
            sa.Column("decided_by", sa.String(64), nullable=True), sa.Column("decided_at", TZ, nullable=True)]


def upgrade() -> None:
    op.create_table(
        "registry_persons",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("public_id", sa.String(PUBLIC_ID), nullable=False, unique=True),
        sa.Column("category", sa.String(16), nullable=False),
        sa.Column("sealed", sa.Text, nullable=False),
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("merged_into", sa.String(PUBLIC_ID), nullable=True),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
    )
    op.create_index("ix_registry_persons_category", "registry_persons", ["category"])
    op.create_index("ix_registry_persons_key_id", "registry_persons", ["key_id"])
    op.create_table(
        "registry_person_terms",
        sa.Column("term", sa.String(32), primary_key=True),
        sa.Column("person_id", sa.Integer, sa.ForeignKey(PERSON, ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_registry_person_terms_person_id", "registry_person_terms", ["person_id"])
    op.create_table(
        "registry_places",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("public_id", sa.String(PUBLIC_ID), nullable=False, unique=True),
        sa.Column("place_key", sa.String(200), nullable=False, unique=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("settlement", sa.String(200), nullable=False),
        sa.Column("region", sa.String(200), nullable=False),
        sa.Column("country", sa.String(8), nullable=False),
        sa.Column("latitude", sa.Float, nullable=True),
        sa.Column("longitude", sa.Float, nullable=True),
    )
    op.create_table(
        "registry_exchanges",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("public_id", sa.String(PUBLIC_ID), nullable=False, unique=True),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("mediator", sa.String(200), nullable=False),
        sa.Column("stated", sa.JSON, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_index("ix_registry_exchanges_date", "registry_exchanges", ["date"])
    op.create_table(
        "registry_status_entries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("person_id", sa.Integer, sa.ForeignKey(PERSON, ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("date", sa.String(10), nullable=False),
        sa.Column("date_first", sa.Date, nullable=False),
        sa.Column("date_last", sa.Date, nullable=False),
        sa.Column("place_id", sa.Integer, sa.ForeignKey("registry_places.id"), nullable=True),
        sa.Column("exchange_id", sa.Integer, sa.ForeignKey("registry_exchanges.id"), nullable=True),
        sa.Column("incident_id", sa.Integer, sa.ForeignKey("incidents.id"), nullable=True),
        sa.Column("confirmed_by", sa.String(32), nullable=True),
        sa.Column("confirmed_how", sa.String(32), nullable=True),
        sa.Column("source_kind", sa.String(16), nullable=False),
        sa.Column("source_ref", sa.String(200), nullable=False),
        sa.Column("note", sa.Text, nullable=True),
        sa.Column("recorded_at", TZ, nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
    )
    op.create_index("ix_registry_status_entries_person_id", "registry_status_entries", ["person_id"])
    op.create_index("ix_registry_status_entries_kind_date", "registry_status_entries", ["kind", "date_first"])
    op.create_table(
        "registry_match_candidates",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("left_id", sa.Integer, sa.ForeignKey(PERSON, ondelete="CASCADE"), nullable=False),
        sa.Column("right_id", sa.Integer, sa.ForeignKey(PERSON, ondelete="CASCADE"), nullable=False),
        *_decision_columns(),
    )
    op.create_index("ix_registry_match_candidates_left_id", "registry_match_candidates", ["left_id"])
    op.create_index("ix_registry_match_candidates_right_id", "registry_match_candidates", ["right_id"])
    op.create_index("ix_registry_match_candidates_state_score", "registry_match_candidates", ["state", "score"])
    op.create_table(
        "registry_incident_links",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("incident_id", sa.Integer, sa.ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("person_id", sa.Integer, sa.ForeignKey(PERSON, ondelete="CASCADE"), nullable=False),
        *_decision_columns(),
    )
    op.create_index("ix_registry_incident_links_incident_id", "registry_incident_links", ["incident_id"])
    op.create_index("ix_registry_incident_links_person_id", "registry_incident_links", ["person_id"])
    op.create_table(
        "registry_person_views",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("person_id", sa.Integer, sa.ForeignKey(PERSON, ondelete="CASCADE"), nullable=False),
        sa.Column("viewer", sa.String(64), nullable=False),
        sa.Column("via", sa.String(16), nullable=False),
        sa.Column("viewed_at", TZ, nullable=False),
    )
    op.create_index("ix_registry_person_views_person_id", "registry_person_views", ["person_id"])
    op.create_table(
        "registry_imports",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("list_hash", sa.String(80), nullable=False, unique=True),
        sa.Column("format", sa.String(8), nullable=False),
        sa.Column("encoding", sa.String(32), nullable=False),
        sa.Column("mapping", sa.String(64), nullable=False),
        sa.Column("counts", sa.JSON, nullable=False),
        sa.Column("applied_at", TZ, nullable=False),
        sa.Column("applied_by", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    for table in ("registry_imports", "registry_person_views", "registry_incident_links",
                  "registry_match_candidates", "registry_status_entries", "registry_exchanges", "registry_places",
                  "registry_person_terms", "registry_persons"):
        op.drop_table(table)
