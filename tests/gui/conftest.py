"""GUI test set-up: a real window on a real database file, Qt offscreen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

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





@pytest.fixture
def danish(qapp: object) -> Iterator[None]:
    """The window in Danish, as the application starts it: our translation and Qt's."""
    from dirdesk.app import install_translators

    translators = install_translators(qapp)  # type: ignore[arg-type]
    yield
    for translator in translators:
        qapp.removeTranslator(translator)  # type: ignore[attr-defined]
__all__ = ["fixture_files"]
