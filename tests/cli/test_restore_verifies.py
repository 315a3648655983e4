"""A restore takes only a dirdesk database whole: its revision's schema and nothing else,
clean checks, readable content; its safety copies are whole and never overwritten."""

from __future__ import annotations

import datetime as real_dt
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from dirdesk.cli import main
from dirdesk.services import backup as backup_service
from dirdesk.storage.database import head_revision
from tests.cli.test_backup_commands import content, one_error
from tests.conftest import fixture_files


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "dirdesk.sqlite3"
    for fixture in fixture_files():
        assert main(["import", str(fixture), "--db", f"sqlite:///{path}"]) == 0
    return path


def _copy_then(change: Callable[[sqlite3.Connection], object]) -> Callable[[Path, Path], Path]:
    def make(db: Path, tmp: Path) -> Path:
        copy = tmp / "hostile.sqlite3"
        assert main(["backup", "--db", f"sqlite:///{db}", str(copy)]) == 0
        conn = sqlite3.connect(copy)
        conn.execute("PRAGMA foreign_keys=OFF")
        change(conn)
        conn.commit()
        conn.close()
        return copy
    return make


def _only_version(db: Path, tmp: Path) -> Path:
    copy = tmp / "empty.sqlite3"
    conn = sqlite3.connect(copy)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    conn.execute("INSERT INTO alembic_version VALUES (?)", (head_revision(),))
    conn.commit()
    conn.close()
    return copy


HOSTILE = {
    "only a version table": (_only_version, "of dirdesk's schema is missing"),
    "a trigger of its own": (_copy_then(lambda c: c.execute(
        "CREATE TRIGGER wipe AFTER INSERT ON meetings BEGIN DELETE FROM items; END")),
        "it has a trigger 'wipe' that dirdesk's schema does not have"),
    "a view of its own": (_copy_then(lambda c: c.execute("CREATE VIEW v AS SELECT 1")),
                          "it has a view 'v' that dirdesk's schema does not have"),
    "a table of its own": (_copy_then(lambda c: c.execute("CREATE TABLE extra (x)")),
                           "it has a table 'extra' that dirdesk's schema does not have"),
    "an index dropped": (_copy_then(lambda c: c.execute(
        "DROP INDEX " + c.execute("SELECT name FROM sqlite_master WHERE type='index' AND sql "
                                  "IS NOT NULL AND tbl_name='items' LIMIT 1").fetchone()[0])),
        "the index "),
    "dangling references": (_copy_then(lambda c: c.execute("DELETE FROM meetings")),
                            "the database has broken references"),
    "a column of its own": (_copy_then(lambda c: c.execute("ALTER TABLE boards ADD COLUMN x TEXT")),
                            "the table 'boards' is not as dirdesk's schema has it"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_restore_refuses_what_is_not_dirdesk_database_whole(name: str, db: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    make, said = HOSTILE[name]
    source = make(db, tmp_path)
    capsys.readouterr()
    before = content(db)
    assert main(["restore", "--db", f"sqlite:///{db}", str(source)]) == 2
    line = one_error(capsys)
    assert line.startswith(f"dirdesk: {source}: "), line
    assert said in line and line.endswith("nothing was restored"), line
    assert content(db) == before
    assert not list(tmp_path.glob("*.before-restore-*"))
    assert main(["dump", "2025-01-29", "--db", f"sqlite:///{db}", "-o", str(tmp_path / "d.json")]) == 0


class _SameSecond(real_dt.datetime):
    @classmethod
    def now(cls, tz: real_dt.tzinfo | None = None) -> _SameSecond:  # type: ignore[override]
        return cls(2025, 6, 4, 10, 0, 0)


def test_two_restores_in_one_second_keep_both_databases(db: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{db}"
    first = tmp_path / "first.sqlite3"
    assert main(["backup", "--db", url, str(first)]) == 0
    original = content(db)
    monkeypatch.setattr(backup_service.dt, "datetime", _SameSecond)
    assert main(["restore", "--db", url, str(fixture_db(tmp_path))]) == 0
    between = content(db)
    assert main(["restore", "--db", url, str(first)]) == 0
    copies = sorted(tmp_path.glob("dirdesk.sqlite3.before-restore-*.bak"))
    assert [p.name for p in copies] == ["dirdesk.sqlite3.before-restore-20250604-100000-2.bak",
                                        "dirdesk.sqlite3.before-restore-20250604-100000.bak"]
    assert content(copies[1]) == original and content(copies[0]) == between


def fixture_db(tmp_path: Path) -> Path:
    other = tmp_path / "other.sqlite3"
    assert main(["import", str(fixture_files()[0]), "--db", f"sqlite:///{other}"]) == 0
    return other


def test_killed_restores_leave_no_bogus_safety_copy_or_journal(db: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{db}"
    source = tmp_path / "copy.sqlite3"
    assert main(["backup", "--db", url, str(source)]) == 0
    original = content(db)
    rng = random.Random(12)
    for _ in range(6):
        restore = subprocess.Popen([sys.executable, "-m", "dirdesk", "restore", "--db", url,
                                    str(source)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 4.0))
        restore.send_signal(signal.SIGKILL)
        restore.wait()
        for copy in tmp_path.glob("dirdesk.sqlite3.before-restore-*.bak"):
            assert content(copy) == original  # whole, or not there at all
        assert content(db) == original
    assert main(["restore", "--db", url, str(source)]) == 0
    left = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert left == []
