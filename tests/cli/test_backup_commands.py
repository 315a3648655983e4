"""``dirdesk backup`` and ``dirdesk restore``: a consistent copy, and a restore that checks first."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from dirdesk.cli import main
from tests.conftest import fixture_files

DB_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "databases"


def content(path: Path) -> str:
    """SHA-256 of the database's schema and rows (not its bytes: WAL or not, same content)."""
    conn = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "dirdesk.sqlite3"
    assert main(["import", str(fixture_files()[0]), "--db", f"sqlite:///{path}"]) == 0
    return path


def one_error(capsys: pytest.CaptureFixture[str]) -> str:
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_backup_then_restore_brings_the_content_back(db: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{db}"
    copy = tmp_path / "copies" / "dirdesk-copy.sqlite3"
    copy.parent.mkdir()
    assert main(["backup", "--db", url, str(copy)]) == 0
    assert capsys.readouterr().out == f"Backed up the database {url} to {copy}\n"
    saved = content(db)
    assert content(copy) == saved
    assert sorted(p.name for p in copy.parent.iterdir()) == [copy.name]

    assert main(["import", str(fixture_files()[1]), "--db", url]) == 0  # later work
    changed = content(db)
    assert changed != saved
    capsys.readouterr()

    assert main(["restore", "--db", url, str(copy)]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"Restored the database {url} from {copy}; the database as it was is kept in ")
    assert content(db) == saved
    safety = Path(said.strip().rsplit(" ", 1)[1])
    assert safety.name.startswith("dirdesk.sqlite3.before-restore-") and content(safety) == changed
    # It opens, and the application works on it.
    assert main(["dump", "2023-11-22", "--db", url, "-o", str(tmp_path / "m.json")]) == 0


def test_backup_over_an_existing_file_and_into_a_missing_folder(db: Path, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{db}"
    target = tmp_path / "old.sqlite3"
    target.write_bytes(b"yesterday's copy")
    assert main(["backup", "--db", url, str(target)]) == 0
    assert content(target) == content(db)
    capsys.readouterr()
    missing = tmp_path / "no" / "such" / "copy.sqlite3"
    assert main(["backup", "--db", url, str(missing)]) == 2
    assert one_error(capsys) == f"dirdesk: {missing}: cannot write: the folder does not exist"
    nothing = tmp_path / "nothing.sqlite3"
    assert main(["backup", "--db", f"sqlite:///{nothing}", str(tmp_path / "c.sqlite3")]) == 2
    assert one_error(capsys) == f"dirdesk: {nothing}: there is no database to back up"
    assert not nothing.exists()


def corrupt_copy(db: Path, target: Path) -> Path:
    shutil.copyfile(db, target)
    data = bytearray(target.read_bytes())
    page = 4096
    data[3 * page: 5 * page] = b"\xa5" * (2 * page)  # two pages of the tables' b-trees
    target.write_bytes(bytes(data))
    return target


def not_dirdesk(tmp_path: Path) -> Path:
    path = tmp_path / "invoices.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    return path


def newer(db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "newer.sqlite3"
    shutil.copyfile(db, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    return path


BAD_SOURCES = {
    "text file": (lambda db, tmp: (tmp / "notes.txt").write_text("not a database") and tmp / "notes.txt",
                  "not a dirdesk database; nothing was restored"),
    "other database": (lambda db, tmp: not_dirdesk(tmp), "not a dirdesk database; nothing was restored"),
    "corrupt": (lambda db, tmp: corrupt_copy(db, tmp / "corrupt.sqlite3"),
                "the database is damaged ("),
    "newer program": (lambda db, tmp: newer(db, tmp),
                      "made by a newer version of dirdesk (schema 9999)"),
    "missing": (lambda db, tmp: tmp / "none.sqlite3", "no such file"),
}


@pytest.mark.parametrize("name", sorted(BAD_SOURCES))
def test_restore_refuses_a_bad_source_and_changes_nothing(name: str, db: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    make, message = BAD_SOURCES[name]
    source = make(db, tmp_path)
    before = db.read_bytes()
    assert main(["restore", "--db", f"sqlite:///{db}", str(source)]) == 2
    line = one_error(capsys)
    assert line.startswith(f"dirdesk: {source}: {message}"), line
    assert db.read_bytes() == before
    assert not list(tmp_path.glob("*.before-restore-*"))


def test_restore_refuses_while_dirdesk_has_the_database_open(db: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{db}"
    copy = tmp_path / "copy.sqlite3"
    assert main(["backup", "--db", url, str(copy)]) == 0
    capsys.readouterr()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\n"
         "from dirdesk.storage.database import Database\n"
         "db = Database(sys.argv[1])\n"
         "with db.session(): pass\n"
         "print('open', flush=True)\n"
         "time.sleep(60)\n", url],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        before = content(db)
        assert main(["restore", "--db", url, str(copy)]) == 2
        assert one_error(capsys) == (
            f"dirdesk: {db}: the database is open in dirdesk (or another program); "
            "close it and try again; nothing was restored")
        assert content(db) == before
    finally:
        holder.kill()
        holder.wait()
    assert main(["restore", "--db", url, str(copy)]) == 0  # closed: now it can


def test_restore_of_an_older_schema_is_upgraded_on_opening(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from dirdesk.storage.database import Database, head_revision

    url = f"sqlite:///{db}"
    assert main(["restore", "--db", url, str(DB_FIXTURES / "schema-0001.sqlite3")]) == 0
    with Database(url) as opened:
        assert opened.backup_path is not None  # upgraded, with the usual copy first
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
    conn.close()


@pytest.mark.parametrize("command", ["backup", "restore"])
def test_postgresql_is_backed_up_by_it_with_pg_dump(command: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql+psycopg://sekretariat:hemmelig@db.kommune.local:5433/dirdesk"
    assert main([command, "--db", url, str(tmp_path / "x.dump")]) == 2
    line = one_error(capsys)
    assert "hemmelig" not in line
    assert line.startswith("dirdesk: postgresql+psycopg://sekretariat:***@db.kommune.local:5433/dirdesk "
                           "is a shared PostgreSQL database: IT backs it up")
    assert "pg_dump -Fc -h db.kommune.local -p 5433 -U sekretariat -d dirdesk -f dirdesk.dump" in line
    assert ("pg_restore --clean --if-exists -h db.kommune.local -p 5433 -U sekretariat -d dirdesk "
            "dirdesk.dump") in line
    assert not (tmp_path / "x.dump").exists()


def test_danish_messages(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "da_DK.UTF-8")
    assert main(["restore", "--db", f"sqlite:///{db}", str(not_dirdesk(tmp_path))]) == 2
    assert one_error(capsys).endswith("ikke en dirdesk-database; intet er genskabt")
    assert main(["backup", "--db", f"sqlite:///{db}", str(tmp_path / "c.sqlite3")]) == 0
    assert capsys.readouterr().out.startswith("Tog backup af databasen ")
