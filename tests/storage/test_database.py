"""Opening databases: pragmas, default place, migrations, backups, refusals."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from dirdesk import paths
from dirdesk.storage.database import Database, DatabaseError, head_revision


def test_sqlite_pragmas_are_set_on_every_connection(sqlite_url: str) -> None:
    with Database(sqlite_url) as db, db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_default_database_lives_in_the_user_data_folder(monkeypatch: pytest.MonkeyPatch,
                                                        tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("DIRDESK_DATABASE_URL", raising=False)
    with Database() as db:
        assert db.sqlite_path == paths.default_database_path()
        assert str(db.sqlite_path).startswith(str(tmp_path / "xdg"))
        assert db.sqlite_path.exists()


def test_environment_variable_names_the_database(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    target = tmp_path / "shared.sqlite3"
    monkeypatch.setenv("DIRDESK_DATABASE_URL", f"sqlite:///{target}")
    with Database() as db:
        assert db.sqlite_path == target
    assert target.exists()


def test_new_database_gets_the_whole_schema(db_url: str) -> None:
    with Database(db_url) as db, db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()


def test_database_from_a_newer_program_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    Database(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="made by a newer version of dirdesk"):
        Database(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_a_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(DatabaseError, match="not a dirdesk database"):
        Database(f"sqlite:///{path}")


@pytest.mark.parametrize(("make", "fault"), [
    (lambda p: p.write_bytes(b"this is not a database at all" * 100), "cannot open the database"),
    (lambda p: None, "does not exist"),
])
def test_unusable_files_get_one_clear_message(tmp_path: Path, make, fault: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "junk.sqlite3"
    make(path)
    url = f"sqlite:///{path}" if path.exists() else f"sqlite:///{tmp_path / 'no' / 'such.db'}"
    with pytest.raises(DatabaseError, match=fault) as info:
        Database(url)
    assert "Traceback" not in str(info.value)


def test_not_a_url() -> None:
    with pytest.raises(DatabaseError, match="not a database URL"):
        Database("definitely not a url")


def test_the_head_read_from_the_migration_files_is_alembics(tmp_path: Path) -> None:
    """Opening a database at the head skips Alembic: the files' head must be the one it knows."""
    import subprocess
    import sys

    from dirdesk.storage.database import _head_in_files

    assert _head_in_files() == head_revision()
    url = f"sqlite:///{tmp_path / 'at-head.sqlite3'}"
    Database(url).close()
    opened = subprocess.run(
        [sys.executable, "-c", "import sys; from dirdesk.storage.database import Database; "
         f"Database({url!r}).close(); print('alembic' in sys.modules)"],
        capture_output=True, text=True, check=True)
    assert opened.stdout.strip() == "False"
