"""Faults of the environment — a full disk, a read-only file, a server gone, a bad URL or data
folder — are one line naming the place and the fault, exit 2, and nothing changed."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_commands import content_digest, write
from tests.conftest import FIXTURES, fixture_files
from tests.domain.test_interchange import minimal


def dirdesk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dirdesk", *args], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=300)


def one_line(result: subprocess.CompletedProcess[str], start: str, *has: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(start), lines[0]
    for words in has:
        assert words in lines[0], lines[0]


@contextlib.contextmanager
def small_disk(tmp_path: Path, size: str) -> Iterator[Path]:
    """A folder on a disk of ``size`` (a tmpfs): full disks as they are, not imitated."""
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small disk here (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def _fill(folder: Path, leave: int) -> None:
    """Fill the disk of ``folder`` until ``leave`` bytes are free."""
    free = shutil.disk_usage(folder).free
    (folder / "ballast").write_bytes(b"\0" * max(0, free - leave))


def big_meeting(tmp_path: Path) -> Path:
    doc = minimal()
    doc["date"] = "2025-03-05"
    doc["items"] = [{"title": f"Punkt {i}", "sections": [{"heading": "Sag", "text": "Tekst " * 3000}]}
                    for i in range(40)]
    doc["schedule"] = []
    return write(tmp_path / "big.json", doc)


def test_import_onto_a_full_disk(tmp_path: Path) -> None:
    with small_disk(tmp_path, "8m") as disk:
        db = disk / "dirdesk.sqlite3"
        url = f"sqlite:///{db}"
        assert dirdesk("import", str(write(tmp_path / "m.json", minimal())), "--db", url).returncode == 0
        before = content_digest(url)
        _fill(disk, 200_000)
        result = dirdesk("import", str(big_meeting(tmp_path)), "--db", url)
        one_line(result, f"dirdesk: {db}: ", "the disk is full", "nothing was changed")
        (disk / "ballast").unlink()
        assert content_digest(url) == before


def test_an_upgrade_on_a_full_disk_leaves_no_empty_copy(tmp_path: Path) -> None:
    with small_disk(tmp_path, "4m") as disk:
        db = disk / "dirdesk.sqlite3"
        shutil.copyfile(FIXTURES / "databases" / "schema-0001.sqlite3", db)
        original = db.read_bytes()
        _fill(disk, len(original) // 2)  # room for SQLite's own files, not for the copy
        for _ in range(2):
            result = dirdesk("dump", "2025-01-29", "--db", f"sqlite:///{db}")
            one_line(result, f"dirdesk: {db}: cannot upgrade: the copy of the database",
                     "disk is full", "nothing was changed")
        assert db.read_bytes() == original
        assert sorted(p.name for p in disk.iterdir()) == ["ballast", "dirdesk.sqlite3"]
        (disk / "ballast").unlink()
        assert dirdesk("dump", "2025-01-29", "--db", f"sqlite:///{db}").returncode == 0
        assert len(list(disk.glob("dirdesk.sqlite3.before-upgrade-*.bak"))) == 1


def test_a_read_only_database(tmp_path: Path) -> None:
    with small_disk(tmp_path, "8m") as disk:
        db = disk / "dirdesk.sqlite3"
        url = f"sqlite:///{db}"
        assert dirdesk("import", str(write(tmp_path / "m.json", minimal())), "--db", url).returncode == 0
        other = minimal()
        other["date"] = "2025-02-05"
        source = write(tmp_path / "o.json", other)
        before = content_digest(url)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        result = dirdesk("import", str(source), "--db", url)
        one_line(result, f"dirdesk: {db}: ", "read-only")
        subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)
        assert content_digest(url) == before


def test_the_database_server_gone_in_the_middle_of_an_import(db_url: str, tmp_path: Path) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("a server database")
    import psycopg
    from sqlalchemy.engine import make_url

    source = big_meeting(tmp_path)
    parsed = make_url(db_url)
    admin = parsed.set(drivername="postgresql", database="postgres").render_as_string(
        hide_password=False)
    stop = threading.Event()
    killed: list[Any] = []

    def terminate() -> None:  # every session of the import, as a server going down does
        with psycopg.connect(admin, autocommit=True) as conn:
            while not stop.is_set():
                rows = conn.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s "
                    "AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%%'",
                    (parsed.database,)).fetchall()
                killed.extend(rows)
                time.sleep(0.005)

    worker = threading.Thread(target=terminate)
    worker.start()
    try:
        result = dirdesk("import", str(source), "--db", db_url)
    finally:
        stop.set()
        worker.join()
    assert killed
    one_line(result, f"dirdesk: {parsed.render_as_string(hide_password=True)}: ",
             "the connection to the database server was lost", "nothing was changed")
    from dirdesk.services.meetings import MeetingService
    from dirdesk.storage.database import Database

    with Database(db_url) as db:
        assert MeetingService(db).summaries() == []


@pytest.mark.parametrize(("url", "said"), [
    ("postgresql+psycopg://dirdesk:hemmeligt@server:abc/dirdesk",
     "dirdesk: postgresql+psycopg://dirdesk:***@server:abc/dirdesk: not a database URL: "
     "the port 'abc' is not a number"),
    ("postgres://dirdesk:hemmeligt@server/dirdesk",
     "dirdesk: postgres://dirdesk:***@server/dirdesk: no driver for this kind of database"),
    ("postgresql//dirdesk:hemmeligt@server/dirdesk",
     "dirdesk: postgresql//dirdesk:***@server/dirdesk: not a database URL"),
    ("postgresql+psycopg://dirdesk:hemmeligt@127.0.0.1:1/dirdesk",
     "dirdesk: postgresql+psycopg://dirdesk:***@127.0.0.1:1/dirdesk: cannot open the database"),
])
def test_a_bad_database_url_in_one_line_without_its_password(url: str, said: str,
                                                              tmp_path: Path) -> None:
    for command in (["import", str(write(tmp_path / "m.json", minimal()))], ["backup", "x"],
                    ["restore", str(tmp_path / "m.json")], ["demo"]):
        result = dirdesk(*command, "--db", url)
        assert "hemmeligt" not in result.stderr + result.stdout
        if command[0] == "import":
            one_line(result, said)


def test_demo_does_not_print_the_password(tmp_path: Path) -> None:
    from tests import postgres

    with postgres.server() as admin:
        if admin is None:
            pytest.skip("no PostgreSQL here")
        import psycopg
        from sqlalchemy.engine import make_url

        conninfo = make_url(admin).set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute("CREATE ROLE demo_user LOGIN PASSWORD 'hemmeligt' SUPERUSER")
            conn.execute("CREATE DATABASE demo_db OWNER demo_user")
        url = make_url(admin).set(username="demo_user", password="hemmeligt",
                                  database="demo_db").render_as_string(hide_password=False)
        result = dirdesk("demo", "--db", url)
        assert result.returncode == 0, result.stderr
        assert "hemmeligt" not in result.stdout + result.stderr
        assert "demo_user:***@" in result.stdout


def test_a_data_folder_that_is_a_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.write_text("not a folder")
    result = dirdesk("import", str(write(tmp_path / "m.json", minimal())),
                     env={"XDG_DATA_HOME": str(data)})
    one_line(result, f"dirdesk: {data / 'dirdesk'}: cannot make the data folder for the database")
    assert data.read_text() == "not a folder"


def test_export_of_a_meeting_in_the_year_1_at_midnight(tmp_path: Path) -> None:
    doc = json.loads(fixture_files()[-1].read_text(encoding="utf-8"))
    doc.update(date="0001-01-01", start="00:00", end="00:30")
    doc.pop("forward_plan")
    source = write(tmp_path / "year1.json", doc)
    out = tmp_path / "year1.docx"
    result = dirdesk("export", str(source), "--as", "referat", "-o", str(out))
    assert result.returncode == 0, result.stderr
    import docx

    assert "REFERAT" in [p.text for p in docx.Document(str(out)).paragraphs]
