"""GUI test set-up: a real window on a real database file, Qt offscreen."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import fixture_files


@pytest.fixture
def gui_db_url(tmp_path: Path) -> str:
    """A database with the reference meetings and the demo's forward plan."""
    from dirdesk.services.demo import fill_demo
    from dirdesk.storage.database import Database

    url = f"sqlite:///{tmp_path / 'gui.sqlite3'}"
    with Database(url) as db:
        fill_demo(db, today=dt.date(2026, 11, 23))
    return url


@pytest.fixture
def ctx(gui_db_url: str, qapp: object, tmp_path: Path) -> Iterator[object]:
    from PySide6.QtCore import QSettings

    from dirdesk.gui.context import AppContext
    from dirdesk.gui.settings import Settings
    from dirdesk.services.meetings import MeetingService
    from dirdesk.services.plan import PlanService
    from dirdesk.storage.database import Database

    db = Database(gui_db_url)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    context = AppContext(meetings=MeetingService(db), plan=PlanService(db), settings=settings,
                         board="Direktionen", today=dt.date(2026, 11, 23))
    yield context
    db.close()


@pytest.fixture
def window(ctx: object, qtbot: object) -> Iterator[object]:
    from dirdesk.gui.main_window import MainWindow

    win = MainWindow(ctx)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.show()
    win.open_start_meeting()
    yield win
    win.document.flush()


class RealStart:
    """``dirdesk``'s own start, ``app.run(url)``, in this process (see the fixture)."""

    def __init__(self) -> None:
        self.errors: list[str] = []  # what the unexpected-error dialog would have shown

    def __call__(self, url: str, look: Callable[[], object] | None = None, *, every_ms: int = 50,
                 exit_after_ms: int | None = None, give_up_ms: int = 15_000) -> int:
        """run()'s exit status. ``look`` is called at the first moment (the window says it is
        opening the database) and every ``every_ms`` after; it ends the run with
        ``QApplication.exit(0)``, or ``exit_after_ms`` does. Always exit(), never quit(): Qt 6's
        quit() closes every window and leaves later tests without one. An unexpected error
        ends the run with 3; after ``give_up_ms`` it ends with 1."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from dirdesk import app

        timers = []
        for ms, action in ((give_up_ms, lambda: QApplication.exit(1)),
                           (exit_after_ms, lambda: QApplication.exit(0))):
            if ms is not None:
                # Stopped below: a stray exit() would end a later test's waiting.
                timer = QTimer()
                timer.setSingleShot(True)
                timer.timeout.connect(action)
                timer.start(ms)
                timers.append(timer)
        if look is not None:
            QTimer.singleShot(0, look)
            timer = QTimer()
            timer.timeout.connect(look)
            timer.start(every_ms)
            timers.append(timer)
        try:
            return app.run(url)
        finally:
            for timer in timers:
                timer.stop()


@pytest.fixture
def real_start(qapp: object, monkeypatch: pytest.MonkeyPatch) -> Iterator[RealStart]:
    """``real_start(url, look)`` runs the program's own start as ``dirdesk`` does; after the
    test the windows it opened are closed and their databases and locks let go."""
    from PySide6.QtWidgets import QApplication

    from dirdesk import app
    from dirdesk.gui.main_window import MainWindow

    start = RealStart()
    monkeypatch.setattr(app, "setup_logging", lambda: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() sets its own

    def unexpected(_kind: object, value: BaseException, _tb: object) -> None:
        start.errors.append(repr(value))
        QApplication.exit(3)

    monkeypatch.setattr(app, "_show_unexpected_error", unexpected)
    yield start
    let_go([w for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.database is not None])  # the ones run() made


@pytest.fixture
def opened(qapp: object) -> Iterator[list[Any]]:
    """Windows made by ``build_window`` in a test: their database and lock let go after it."""
    windows: list[Any] = []
    yield windows
    let_go(windows)


def let_go(windows: list[Any]) -> None:
    """Close the windows and let go of their databases and locks, as closing dirdesk does."""
    from PySide6.QtWidgets import QApplication

    for window in windows:
        window.close()
        window.database.close()
        if window.database_lock is not None:
            window.database_lock.release()
        window.deleteLater()
    QApplication.processEvents()


__all__ = ["fixture_files"]


@pytest.fixture
def danish(qapp: object) -> Iterator[None]:
    """The window in Danish, as the application starts it: our translation and Qt's."""
    from dirdesk.app import install_translators

    translators = install_translators(qapp)  # type: ignore[arg-type]
    yield
    for translator in translators:
        qapp.removeTranslator(translator)  # type: ignore[attr-defined]
