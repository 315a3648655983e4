"""Alembic environment: runs on the connection dirdesk hands it (never from alembic.ini)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from dirdesk.storage.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("dirdesk migrations run through dirdesk.storage.database, not the alembic CLI")

is_sqlite = connection.dialect.name == "sqlite"
if is_sqlite:
    # A batch rebuild of a parent table would cascade deletes into its children.
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=is_sqlite,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()

if is_sqlite:
    problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
    if problems:
        raise RuntimeError(f"foreign key check failed after migration: {problems[:5]}")
    connection.exec_driver_sql("PRAGMA foreign_keys=ON")
