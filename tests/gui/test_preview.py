"""The meeting at once: a start shows the meeting shown last time, read-only, while the database
is being opened, and then the panes to work in; the preview loads nothing of the database layer."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui


def start(url: str, monkeypatch: pytest.MonkeyPatch, *, close_when_open: bool) -> list[Any]:
    """Run the window as ``dirdesk --db url`` does; what its middle showed, moment by moment:
    (kind of widget, the database open yet, the preview's date and first item's title)."""
    from dirdesk import app
    from dirdesk.gui.main_window import MainWindow
    from dirdesk.gui.preview import MeetingPreview

    monkeypatch.setattr(app, "setup_logging", lambda: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors: list[str] = []
    monkeypatch.setattr(app, "_show_unexpected_error",
                        lambda kind, value, tb: (errors.append(repr(value)), QApplication.exit(3)))
    seen: list[Any] = []
    windows: list[Any] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if not isinstance(widget, MainWindow) or not widget.isVisible():
                continue
            if widget not in windows:
                windows.append(widget)
            central = widget.centralWidget()
            shown = None
            if isinstance(central, MeetingPreview):
                shown = (central.meeting.date, central.meeting.items[0].title)
            seen.append((type(central).__name__, widget.attached, shown))
            if widget.attached and widget.document.meeting is not None:
                if close_when_open:
                    widget.close()  # keeps the meeting shown for the next start
                QApplication.exit(0)

    never_hang = QTimer()
    never_hang.setSingleShot(True)
    never_hang.timeout.connect(lambda: QApplication.exit(1))
    never_hang.start(60000)
    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(5)
    # A window closed inside the run must not quit the application: Qt 6's quit() leaves it
    # closing, and every later test's window then misses its events.
    quit_on_close = QApplication.quitOnLastWindowClosed()
    QApplication.setQuitOnLastWindowClosed(False)
    try:
        assert app.run(url) == 0, (errors, seen[-3:])
    finally:
        QApplication.setQuitOnLastWindowClosed(quit_on_close)
        timer.stop()
        never_hang.stop()
        for window in windows:
            window.close()
            if window.database is not None:
                window.database.close()
            if window.database_lock is not None:
                window.database_lock.release()
            window.deleteLater()
        QApplication.processEvents()
    assert errors == []
    return seen


@pytest.fixture
def url(tmp_path: Path) -> str:
    from dirdesk.services.demo import fill_demo
    from dirdesk.storage.database import Database

    url = f"sqlite:///{tmp_path / 'board.sqlite3'}"
    with Database(url) as db:
        fill_demo(db, today=dt.date.today())
    return url


def test_a_start_shows_the_last_meeting_before_the_database_is_open(
        url: str, qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    first = start(url, monkeypatch, close_when_open=True)
    assert all(kind != "MeetingPreview" for kind, _open, _shown in first)  # nothing kept yet
    opened = first[-1]
    assert opened[0] == "QTabWidget" and opened[1]

    again = start(url, monkeypatch, close_when_open=False)
    kinds = [kind for kind, _open, _shown in again]
    assert "MeetingPreview" in kinds, kinds
    previews = [(is_open, shown) for kind, is_open, shown in again if kind == "MeetingPreview"]
    assert not previews[0][0]  # shown while the database was still being opened
    from dirdesk.gui.settings import Settings

    last = Settings().last_meeting
    assert last is not None and previews[0][1][0] == last  # the meeting of last time
    assert kinds[-1] == "QTabWidget" and kinds.index("MeetingPreview") < len(kinds) - 1


def test_a_damaged_kept_meeting_is_passed_over(url: str, qapp: Any,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from dirdesk.gui.preview import load_snapshot, snapshot_path

    path = snapshot_path(url)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b'{"format": "dirdesk-meeting/1", "board": ')
    assert load_snapshot(url) is None
    seen = start(url, monkeypatch, close_when_open=True)
    assert all(kind != "MeetingPreview" for kind, _open, _shown in seen)
    assert seen[-1][0] == "QTabWidget" and seen[-1][1]
    assert load_snapshot(url) is not None  # the meeting opened is kept again, whole


def test_the_preview_loads_nothing_of_the_database_layer() -> None:
    code = ("import sys; import dirdesk.gui.preview; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy' "
            "or m.startswith(('dirdesk.storage', 'dirdesk.services'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=True)
    assert done.stdout.strip() == "[]"


def test_a_meeting_on_a_shared_server_is_never_copied_to_the_workstation(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Closed items included: the preview is only kept of a database that is a file here."""
    from dirdesk.domain.model import AgendaItem, Meeting
    from dirdesk.gui.preview import keep_snapshot, load_snapshot, snapshot_path

    monkeypatch.delenv("DIRDESK_DATABASE_URL", raising=False)
    meeting = Meeting(board="Direktionen", date=dt.date(2026, 12, 9), start=dt.time(9),
                      end=dt.time(13), location="", items=(AgendaItem("Lukket sag", closed=True),))
    server = "postgresql+psycopg://dirdesk@db.kommune.local/dirdesk"
    stale = snapshot_path(server)  # one kept by an earlier version
    stale.parent.mkdir(parents=True, exist_ok=True)
    stale.write_text("{}", encoding="utf-8")
    keep_snapshot(server, meeting)
    assert not stale.exists() and load_snapshot(server) is None
    local = f"sqlite:///{tmp_path / 'dirdesk.sqlite3'}"
    keep_snapshot(local, meeting)
    kept = load_snapshot(local)
    assert kept is not None and kept.items[0].closed
