"""Full-text search over report texts and incidents' descriptive fields, kept current by the database;
and an index that serves "newest incidents first" (the list, the map) without sorting every row.

SQLite: two FTS5 tables, `search_reports` (the reports' publisher and text, as external content)
and `search_incidents` (each incident's place, oblast, raion, violations, perpetrator and who
reported it), written by triggers, so every writer (ingest, edit, merge, split, import) keeps them
current without knowing they exist. PostgreSQL: a stored generated tsvector column
`search_document` on each table with a GIN index: computed by the database on every write, for the
same reason. Both fold case (Cyrillic included) and neither stems (store/search.py says why).

`ix_incidents_newest` is (date_start DESC, id): PostgreSQL with NULLS LAST, as the lists order; SQLite
puts NULLs last in a descending order anyway and accepts no NULLS clause in an index. The models cannot
declare one index both ways, so the migration makes it (store/overview.py names it).

Revision ID: 0005
Revises: 0004
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

#: unicode61 folds case across scripts; diacritics kept, as PostgreSQL's 'simple' keeps them (й is not и).
TOKENIZER = "unicode61 remove_diacritics 0"

SQLITE_INCIDENT_BODY = (
    "coalesce({row}.location_name, '') || ' ' || coalesce({row}.admin1, '') || ' ' "
    "|| coalesce(json_extract({row}.facts, '$.location.admin2'), '') || ' ' "
    "|| replace({row}.violation_labels, '|', ' ') || ' ' "
    "|| coalesce(json_extract({row}.facts, '$.perpetrator.party'), '') || ' ' "
    "|| coalesce(json_extract({row}.facts, '$.perpetrator.unit'), '') || ' ' "
    "|| coalesce((SELECT group_concat(value, ' ') FROM json_each({row}.facts, '$.reported_by')), '')"
)

#: json -> jsonb so that escaped non-ASCII characters (\u0425...) are read as the letters they are.
PG_INCIDENT_DOCUMENT = (
    "to_tsvector('simple'::regconfig, coalesce(location_name, '') || ' ' || coalesce(admin1, '') || ' ' "
    "|| coalesce((facts::jsonb) #>> '{location,admin2}', '') || ' ' || violation_labels || ' ' "
    "|| coalesce((facts::jsonb) #>> '{perpetrator,party}', '') || ' ' "
    "|| coalesce((facts::jsonb) #>> '{perpetrator,unit}', '') || ' ' "
    "|| coalesce(((facts::jsonb) -> 'reported_by')::text, ''))"
)
#: A tsvector holds at most 1 MB: the first 200,000 characters of a report are indexed.
PG_REPORT_DOCUMENT = "to_tsvector('simple'::regconfig, coalesce(publisher, '') || ' ' || left(text, 200000))"


def _incident_insert(alias: str) -> str:
    return f"INSERT INTO search_incidents(rowid, body) VALUES ({alias}.id, {SQLITE_INCIDENT_BODY.format(row=alias)});"


SQLITE = [
    f"CREATE VIRTUAL TABLE search_reports USING fts5(publisher, text, content='reports', content_rowid='id', "
    f"tokenize='{TOKENIZER}')",
    "CREATE TRIGGER search_reports_ai AFTER INSERT ON reports BEGIN "
    "INSERT INTO search_reports(rowid, publisher, text) VALUES (new.id, new.publisher, new.text); END",
    "CREATE TRIGGER search_reports_ad AFTER DELETE ON reports BEGIN "
    "INSERT INTO search_reports(search_reports, rowid, publisher, text) "
    "VALUES ('delete', old.id, old.publisher, old.text); END",
    "CREATE TRIGGER search_reports_au AFTER UPDATE OF publisher, text ON reports BEGIN "
    "INSERT INTO search_reports(search_reports, rowid, publisher, text) "
    "VALUES ('delete', old.id, old.publisher, old.text); "
    "INSERT INTO search_reports(rowid, publisher, text) VALUES (new.id, new.publisher, new.text); END",
    "INSERT INTO search_reports(search_reports) VALUES ('rebuild')",
    "CREATE INDEX ix_incidents_newest ON incidents (date_start DESC, id)",
    f"CREATE VIRTUAL TABLE search_incidents USING fts5(body, tokenize='{TOKENIZER}')",
    f"CREATE TRIGGER search_incidents_ai AFTER INSERT ON incidents BEGIN {_incident_insert('new')} END",
    "CREATE TRIGGER search_incidents_ad AFTER DELETE ON incidents BEGIN "
    "DELETE FROM search_incidents WHERE rowid = old.id; END",
    "CREATE TRIGGER search_incidents_au AFTER UPDATE ON incidents BEGIN "
    f"DELETE FROM search_incidents WHERE rowid = old.id; {_incident_insert('new')} END",
    f"INSERT INTO search_incidents(rowid, body) SELECT i.id, {SQLITE_INCIDENT_BODY.format(row='i')} "
    "FROM incidents AS i",
]

POSTGRESQL = [
    f"ALTER TABLE reports ADD COLUMN search_document tsvector GENERATED ALWAYS AS ({PG_REPORT_DOCUMENT}) STORED",
    "CREATE INDEX search_reports ON reports USING gin (search_document)",
    f"ALTER TABLE incidents ADD COLUMN search_document tsvector GENERATED ALWAYS AS ({PG_INCIDENT_DOCUMENT}) STORED",
    "CREATE INDEX search_incidents ON incidents USING gin (search_document)",
    "CREATE INDEX ix_incidents_newest ON incidents (date_start DESC NULLS LAST, id)",
]


def upgrade() -> None:
    for statement in SQLITE if op.get_bind().dialect.name == "sqlite" else POSTGRESQL:
        op.execute(statement)


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_incidents_newest")
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("search_reports_ai", "search_reports_ad", "search_reports_au", "search_incidents_ai",
                        "search_incidents_ad", "search_incidents_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS search_reports")
        op.execute("DROP TABLE IF EXISTS search_incidents")
    else:
        for name in ("reports", "incidents"):
            op.execute(f"DROP INDEX IF EXISTS search_{name}")
            op.execute(f"ALTER TABLE {name} DROP COLUMN IF EXISTS search_document")
