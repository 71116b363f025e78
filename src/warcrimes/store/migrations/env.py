"""Alembic environment: runs against the engine handed over by warcrimes.store.database."""

from alembic import context

from warcrimes.store.schema import Base

engine = context.config.attributes["engine"]

with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata,
                      render_as_batch=connection.dialect.name == "sqlite", transaction_per_migration=True)
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
