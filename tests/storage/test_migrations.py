"""Every migration upgrades a database made by the one before it, keeping every row."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, MetaData, Time, create_engine, func
from sqlalchemy import select as sa_select

from dirdesk.storage.database import Database, _alembic_config

REVISIONS = [r.revision for r in reversed(list(
    ScriptDirectory.from_config(_alembic_config()).walk_revisions()))]


def upgrade_to(url: str, revision: str) -> None:
    cfg = _alembic_config()
    engine = create_engine(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()


def fill_every_table(url: str, rows_per_table: int = 3) -> dict[str, int]:
    """Rows in every table of the schema as it is, foreign keys pointing at real rows."""
    engine = create_engine(url)
    meta = MetaData()
    meta.reflect(engine)
    counts: dict[str, int] = {}
    with engine.begin() as conn:
        for table in meta.sorted_tables:
            # The FTS5 index's shadow tables are SQLite's own (kept in step by triggers).
            if table.name == "alembic_version" or table.name.startswith("search_fts"):
                continue
            for n in range(1, rows_per_table + 1):
                values = {}
                for col in table.columns:
                    if col.foreign_keys or col.primary_key:
                        values[col.name] = n
                    elif isinstance(col.type, Boolean):
                        values[col.name] = n % 2 == 0
                    elif isinstance(col.type, Integer):
                        values[col.name] = n
                    elif isinstance(col.type, DateTime):
                        values[col.name] = dt.datetime(2025, 1, n, 9, 0)
                    elif isinstance(col.type, Date):
                        values[col.name] = dt.date(2025, 1, n)
                    elif isinstance(col.type, Time):
                        values[col.name] = dt.time(9, n)
                    elif isinstance(col.type, JSON):
                        values[col.name] = None if col.nullable else []
                    else:
                        values[col.name] = f"{table.name} {col.name} {n} æøå"
                conn.execute(table.insert().values(**values))
            counts[table.name] = rows_per_table
    engine.dispose()
    return counts


def row_counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    meta = MetaData()
    meta.reflect(engine)
    with engine.connect() as conn:
        result = {t.name: conn.execute(sa_select(func.count()).select_from(t)).scalar_one()
                  for t in meta.sorted_tables
                  if t.name != "alembic_version" and not t.name.startswith("search_fts")}
    engine.dispose()
    return result


def test_there_is_a_chain_of_migrations() -> None:
    assert REVISIONS[0] == "0001" and len(REVISIONS) >= 2


@pytest.mark.parametrize("previous", REVISIONS[:-1])
def test_upgrade_from_each_earlier_schema_keeps_every_row(tmp_path: Path, previous: str) -> None:
    path = tmp_path / f"at-{previous}.sqlite3"
    url = f"sqlite:///{path}"
    upgrade_to(url, previous)
    before = fill_every_table(url)
    assert before and all(before.values())

    db = Database(url)  # opening upgrades automatically
    db.close()
    after = row_counts(url)
    for table, count in before.items():
        assert after[table] == count, table
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    # The copy taken before the upgrade is a usable database at the old schema.
    assert db.backup_path is not None and db.backup_path.exists()
    with sqlite3.connect(db.backup_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (previous,)
        assert conn.execute("SELECT count(*) FROM meetings").fetchone() == (3,)


def test_schema_from_empty_matches_the_tables(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from dirdesk.storage.tables import Base, managed_by_migrations

    url = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    Database(url).close()
    engine = create_engine(url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(
            conn, opts={"include_name": managed_by_migrations}), Base.metadata)
    engine.dispose()
    assert diff == []


def test_no_backup_when_nothing_to_upgrade(db_url: str) -> None:
    Database(db_url).close()
    again = Database(db_url)
    again.close()
    assert again.backup_path is None
