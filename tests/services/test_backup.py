"""Backups of the SQLite database: the daily copy at start-up and how long copies are kept."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from dirdesk.services import backup
from dirdesk.services.backup import daily_copy, daily_copy_at_start, keep_days
from tests.conftest import fixture_files


def meeting_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM meetings").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    from dirdesk.cli import main

    path = tmp_path / "dirdesk.sqlite3"
    assert main(["import", str(fixture_files()[0]), "--db", f"sqlite:///{path}"]) == 0
    return path


def test_one_copy_a_day_and_old_copies_go(filled: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    day = dt.date(2025, 1, 29)
    made = daily_copy(filled, folder, keep_days=14, today=day)
    assert made == folder / "dirdesk-2025-01-29.sqlite3"
    assert meeting_count(made) == meeting_count(filled) > 0
    first = made.read_bytes()

    # Started again the same day (after more work): the morning's copy stays as it was.
    from dirdesk.cli import main
    assert main(["import", str(fixture_files()[1]), "--db", f"sqlite:///{filled}"]) == 0
    assert daily_copy(filled, folder, keep_days=14, today=day) is None
    assert made.read_bytes() == first

    for old in ("2025-01-14", "2025-01-15", "2024-12-01"):
        (folder / f"dirdesk-{old}.sqlite3").write_bytes(b"old copy")
    (folder / "notes.txt").write_text("not ours")
    (folder / "dirdesk-2025-02-30.sqlite3").write_bytes(b"not a date: not ours")
    assert daily_copy(filled, folder, keep_days=14, today=day + dt.timedelta(days=1)) is not None
    # 14 days back from 30 January is 16 January: the 15th and older go.
    assert sorted(p.name for p in folder.iterdir()) == [
        "dirdesk-2025-01-29.sqlite3", "dirdesk-2025-01-30.sqlite3",
        "dirdesk-2025-02-30.sqlite3", "notes.txt"]
    assert meeting_count(folder / "dirdesk-2025-01-30.sqlite3") > meeting_count(made)


def test_a_copy_is_one_self_contained_consistent_file(filled: Path, tmp_path: Path) -> None:
    from dirdesk.storage.database import Database

    # Taken while the application has the database open, as at start-up.
    with Database(f"sqlite:///{filled}") as db:
        with db.session():
            pass
        made = daily_copy(filled, tmp_path / "backups", today=dt.date(2025, 3, 1))
    assert made is not None
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]  # no -wal, -shm, temp
    conn = sqlite3.connect(made)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        conn.close()
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]
    # A copy opens as a dirdesk database.
    Database(f"sqlite:///{made}").close()


def test_no_database_yet_no_copy(tmp_path: Path) -> None:
    assert daily_copy(tmp_path / "none.sqlite3", tmp_path / "backups") is None
    assert not (tmp_path / "backups").exists()


def test_how_long_copies_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DIRDESK_BACKUP_DAYS", raising=False)
    assert keep_days() == 14
    assert keep_days(30) == 30
    assert keep_days(0) == keep_days("x") == 14
    monkeypatch.setenv("DIRDESK_BACKUP_DAYS", "7")
    assert keep_days(30) == 7  # the environment wins over the setting
    monkeypatch.setenv("DIRDESK_BACKUP_DAYS", "seven")
    assert keep_days(30) == 30


def test_the_setting_is_read_from_qsettings(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from dirdesk.gui.settings import Settings

    q = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert Settings(q).backup_keep_days is None
    q.setValue("backup/keep_days", "21")
    assert Settings(q).backup_keep_days == 21
    q.setValue("backup/keep_days", "-3")
    assert Settings(q).backup_keep_days is None


def test_at_start_up_into_the_user_data_folder(filled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIRDESK_BACKUP_DAYS", "3")
    folder = backup.backups_folder()
    assert str(folder).startswith(os.environ["XDG_DATA_HOME"])
    # A window opened earlier in this run may have made today's copy already: one a day.
    (folder / f"dirdesk-{dt.date.today().isoformat()}.sqlite3").unlink(missing_ok=True)
    made = daily_copy_at_start(f"sqlite:///{filled}")
    assert made == folder / f"dirdesk-{dt.date.today().isoformat()}.sqlite3"
    made.unlink()


def test_at_start_up_never_stops_the_start(filled: Path, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch,
                                           caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "a file where the folder should be"
    blocker.write_text("")
    monkeypatch.setattr(backup, "backups_folder", lambda: blocker / "backups")
    assert daily_copy_at_start(f"sqlite:///{filled}") is None
    assert "daily copy" in caplog.text
    assert daily_copy_at_start("postgresql+psycopg://u@h/dirdesk") is None  # the server's IT


@pytest.mark.gui
def test_the_window_makes_the_daily_copy(filled: Path, qapp: object, tmp_path: Path) -> None:
    from dirdesk.app import build_window

    folder = backup.backups_folder()
    today = folder / f"dirdesk-{dt.date.today().isoformat()}.sqlite3"
    today.unlink(missing_ok=True)
    before = meeting_count(filled)  # the window then adds the coming meetings of the plan
    window = build_window(f"sqlite:///{filled}", qapp)
    try:
        # Written beside the start (the window does not wait), of the database as it was found.
        assert window.daily_copy is not None  # type: ignore[attr-defined]
        window.daily_copy.join(60)  # type: ignore[attr-defined]
        assert today.exists() and meeting_count(today) == before
        assert meeting_count(filled) > before  # the window had added the coming meetings
    finally:
        window.database.close()  # type: ignore[attr-defined]
        window.deleteLater()  # type: ignore[attr-defined]
        today.unlink(missing_ok=True)


def test_the_copy_beside_the_start_is_the_database_as_the_start_found_it(filled: Path) -> None:
    """Made on a thread while the window opens and writes: the copy holds none of those writes
    (the read is begun before the thread is handed the copy), and a second start that day
    makes none."""
    from dirdesk.cli import main
    from dirdesk.services.backup import daily_copy_beside_start

    url = f"sqlite:///{filled}"
    today = backup.backups_folder() / f"dirdesk-{dt.date.today().isoformat()}.sqlite3"
    today.unlink(missing_ok=True)
    before = meeting_count(filled)
    try:
        thread = daily_copy_beside_start(url)
        assert thread is not None
        assert main(["import", str(fixture_files()[-1]), "--db", url]) == 0  # a write meanwhile
        thread.join(60)
        assert not thread.is_alive()
        assert meeting_count(today) == before < meeting_count(filled)
        assert daily_copy_beside_start(url) is None  # one copy a day
    finally:
        today.unlink(missing_ok=True)
