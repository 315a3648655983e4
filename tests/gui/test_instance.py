"""A second dirdesk on the same SQLite file is told who has it open; a dead one's lock is taken."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

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
        assert f"proces {process.pid}" in caught.value.text("da")
        assert str(database) in caught.value.text("da")
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
    # The first one died without cleaning up: its lock is stale and taken over.
    lock = claim(database)
    assert lock.isLocked()
    lock.unlock()


def test_the_window_lets_go_when_it_closes(database: Path) -> None:
    lock = claim(database)
    lock.unlock()
    again = claim(database)
    assert again.isLocked()
    again.unlock()
