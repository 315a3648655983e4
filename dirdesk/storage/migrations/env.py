"""Alembic environment: runs on the connection dirdesk hands it (never from alembic.ini)."""

from __future__ import annotations

from alembic import context

from dirdesk.storage.tables import Base, managed_by_migrations

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("dirdesk migrations run through dirdesk.storage.database, not the alembic CLI")

is_sqlite = connection.dialect.name == "sqlite"
# dirdesk.storage.database switches SQLite's foreign keys off around the migration and runs
# the foreign key check after it.
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=is_sqlite,
    compare_type=True,
    include_name=managed_by_migrations,
)
with context.begin_transaction():
    context.run_migrations()
