"""A second dirdesk on the same SQLite file is told who has it open; a closed or dead one's is not."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from dirdesk.catalogue import danish
from dirdesk.gui.instance import DatabaseInUse, claim, lock_path
from dirdesk.services.demo import fill_demo
from dirdesk.storage.database import Database

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def first_window(path: Path) -> subprocess.Popen[str]:
    """A real dirdesk window (offscreen) on ``path`` in its own process."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DIRDESK_QUIT_AFTER_MS": "60000"}
    process = subprocess.Popen(
        [sys.executable, "-m", "dirdesk.cli", "--db", f"sqlite:///{path}"], cwd=ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not lock_path(path).exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.1)
    return process


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "delt.sqlite3"
    with Database(f"sqlite:///{path}") as db:
        fill_demo(db, today=dt.date(2026, 11, 23))
    return path


def test_a_second_window_is_told_who_has_the_file(database: Path, qapp: Any,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    process = first_window(database)
    try:
        with pytest.raises(DatabaseInUse) as caught:
            claim(database)
        assert caught.value.pid == process.pid
        assert f"proces {process.pid}" in caught.value.text(danish())
        assert str(database) in caught.value.text(danish())
        # Through the program's own start: one message, exit status 2, no window.
        from PySide6.QtWidgets import QMessageBox

        from dirdesk import app

        shown: list[str] = []
        monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
        monkeypatch.setattr(app, "setup_logging", lambda: None)
        assert app.run(f"sqlite:///{database}") == 2
        assert len(shown) == 1 and "allerede åben i dirdesk" in shown[0]
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    # The first one died without cleaning up: the system let go of its lock, the file is taken.
    assert lock_path(database).exists()
    lock = claim(database)
    assert lock is not None and lock.held
    lock.release()
    assert not lock_path(database).exists()


def _qlockfile_text(path: Path) -> bytes:
    """What an earlier dirdesk (Qt's QLockFile) left beside the database, written by this process."""
    from PySide6.QtCore import QLockFile

    qlock = QLockFile(str(path))
    assert qlock.tryLock(0)
    text = path.read_bytes()
    qlock.unlock()
    return text


@pytest.mark.parametrize("left_by", ["dirdesk", "earlier dirdesk"])
def test_a_lock_left_by_a_dead_process_with_this_process_id_is_taken(
        database: Path, qapp: Any, left_by: str) -> None:
    """Wine gives the next start the same process id as the last one, which left its lock
    file behind: the database must open, not be "already open in process <our own id>"."""
    path = lock_path(database)
    if left_by == "dirdesk":
        path.write_text(f"{os.getpid()}\nsekretariat\n{socket.gethostname()}\ndirdesk\n")
    else:
        path.write_bytes(_qlockfile_text(path))
    assert str(os.getpid()) in path.read_text().split()
    lock = claim(database)
    assert lock is not None and lock.held
    assert path.read_text().split()[0] == str(os.getpid())
    lock.release()


def test_one_window_per_file_within_one_process_too(database: Path) -> None:
    lock = claim(database)
    assert lock is not None
    with pytest.raises(DatabaseInUse) as caught:
        claim(database)
    assert caught.value.pid == os.getpid() and caught.value.host == socket.gethostname()
    lock.release()
    lock.release()  # twice is harmless
    again = claim(database)
    assert again is not None and again.held
    again.release()
    assert not again.held


def test_closing_the_window_frees_the_database_at_once(database: Path, real_start: Any) -> None:
    """Closing the window lets go of the database while the process is still running (it may
    take a while to exit): the next start is not refused, and no lock file is left behind."""
    from PySide6.QtWidgets import QApplication

    from dirdesk.gui.main_window import MainWindow

    held_while_open: list[bool] = []

    def close_once_open() -> None:
        for widget in QApplication.topLevelWidgets():
            if (isinstance(widget, MainWindow) and widget.database is not None
                    and not held_while_open):
                held_while_open.append(lock_path(database).exists())
                widget.close()  # as the user does: run() returns when its last window closes
                return

    assert real_start(f"sqlite:///{database}", close_once_open, give_up_ms=60_000) == 0
    assert held_while_open == [True]
    assert not lock_path(database).exists()
    lock = claim(database)
    assert lock is not None and lock.held
    lock.release()


class LockMachine(RuleBasedStateMachine):
    """Windows (each its own open lock file, as processes have) claim, close and die in any
    order: at most one holds the database, any other claim is told that one's process, and a
    closed or dead window never keeps the next one out."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp())
        self.database = self.folder / "delt.sqlite3"
        self.locks: dict[int, Any] = {}  # window -> its lock while it holds the database

    @rule(window=st.integers(0, 2))
    def claim(self, window: int) -> None:
        if self.locks:
            with pytest.raises(DatabaseInUse) as caught:
                claim(self.database)
            assert caught.value.pid == os.getpid()
            return
        lock = claim(self.database)
        assert lock is not None and lock.held
        self.locks[window] = lock

    @rule(window=st.integers(0, 2))
    def close(self, window: int) -> None:
        lock = self.locks.pop(window, None)
        if lock is not None:
            lock.release()
            assert not lock_path(self.database).exists()

    @rule(window=st.integers(0, 2))
    def die(self, window: int) -> None:
        """The process ends without a word: the system closes its file, the file stays."""
        lock = self.locks.pop(window, None)
        if lock is not None:
            lock._file.close()
            assert lock_path(self.database).exists()

    @invariant()
    def one_holder_at_most(self) -> None:
        assert len(self.locks) <= 1
        if self.locks:
            assert lock_path(self.database).read_text().split()[0] == str(os.getpid())

    def teardown(self) -> None:
        for lock in self.locks.values():
            lock.release()
        shutil.rmtree(self.folder)


LockMachine.TestCase.settings = settings(max_examples=40, stateful_step_count=15, deadline=None)
test_windows_claiming_closing_and_dying = LockMachine.TestCase
