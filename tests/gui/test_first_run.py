"""The first start: an empty database opens a welcome, and each way out of it gives a window.

Also the two half-empty databases a first week meets: a board and no meetings, and meetings
all in the past.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget

from tests.conftest import FIXTURES

pytestmark = pytest.mark.gui


def _open(url: str, qapp: Any, opened: list[Any]) -> Any:
    from dirdesk.app import build_window

    window = build_window(url, qapp)
    opened.append(window)
    window.show()
    if window.attached:
        window.open_start_meeting()
    return window


def _coming_dates(window: Any) -> list[dt.date]:
    """The meeting dates the forward plan pane lists after today."""
    today = dt.date.today()
    return sorted({m.date for m in window.ctx.meetings.summaries(window.ctx.board)
                   if m.date > today})


def test_an_empty_database_opens_the_welcome(tmp_path: Path, qapp: Any, opened: list[Any]) -> None:
    from PySide6.QtCore import QLocale

    from dirdesk.app import install_translators
    from dirdesk.gui.welcome import WelcomePane

    locale = QLocale()
    translators = install_translators(qapp)

    window = _open(f"sqlite:///{tmp_path / 'new.sqlite3'}", qapp, opened)
    welcome = window.centralWidget()
    assert isinstance(welcome, WelcomePane)
    words = " ".join(w.text() for w in welcome.findChildren(QLabel))
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)
    assert "Velkommen" in words and "udvalget" in words  # Danish, and says what to do


def test_setting_up_the_board_gives_the_window_and_its_next_meetings(
        tmp_path: Path, qapp: Any, qtbot: Any, opened: list[Any]) -> None:
    window = _open(f"sqlite:///{tmp_path / 'new.sqlite3'}", qapp, opened)
    dialog = window.centralWidget().set_up_board()
    qtbot.keyClicks(dialog.name_edit, "Direktionen i Egeby")  # the name is all selected: replaced
    dialog.location_edit.setText("Byrådssalen")
    dialog.weekday_box.setCurrentIndex(1)  # Tuesday
    dialog.add_member(None)
    dialog.members_table.item(0, 0).setText("Kommunaldirektør")
    dialog.members_table.item(0, 1).setText("Åse Ørum")
    assert dialog.items_list.count() == 3  # the reference agendas' standing items, offered
    dialog.accept()
    assert isinstance(window.centralWidget(), QTabWidget)
    assert window.ctx.board == "Direktionen i Egeby"
    assert "Direktionen i Egeby" in window.windowTitle()
    board = window.ctx.plan.board("Direktionen i Egeby")
    assert board.members[0].name == "Åse Ørum" and board.location == "Byrådssalen"
    assert len(board.standing_items) == 3
    coming = _coming_dates(window)
    assert len(coming) >= 20 and all(d.weekday() == 1 for d in coming)
    assert window.plan_pane.model.rowCount() > 0


def test_importing_a_meeting_file_gives_the_window_on_its_board(
        tmp_path: Path, qapp: Any, opened: list[Any]) -> None:
    window = _open(f"sqlite:///{tmp_path / 'new.sqlite3'}", qapp, opened)
    said: list[str] = []
    welcome = window.centralWidget()
    welcome.warn = said.append
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "dirdesk-meeting/1"}', encoding="utf-8")
    welcome.import_file(bad)
    assert len(said) == 1 and said[0].startswith(f"{bad}: ")
    assert not window.attached  # still the welcome
    welcome.import_file(FIXTURES / "direktionen-2025-01-29-referat.json")
    assert isinstance(window.centralWidget(), QTabWidget)
    assert window.document.meeting is not None
    assert window.document.meeting.date == dt.date(2025, 1, 29)
    assert _coming_dates(window)  # the board's weekly dates, planned ahead


def test_the_demo_from_the_welcome(tmp_path: Path, qapp: Any, opened: list[Any]) -> None:
    window = _open(f"sqlite:///{tmp_path / 'new.sqlite3'}", qapp, opened)
    window.centralWidget().fill_demo()
    assert isinstance(window.centralWidget(), QTabWidget)
    assert window.ctx.board == "Direktionen" and window.document.meeting is not None
    assert _coming_dates(window)


def test_a_board_without_meetings_opens_the_window(tmp_path: Path, qapp: Any,
                                                   opened: list[Any]) -> None:
    from dirdesk.gui.welcome import new_board
    from dirdesk.services.board import BoardService
    from dirdesk.storage.database import Database

    url = f"sqlite:///{tmp_path / 'board.sqlite3'}"
    with Database(url) as db:
        BoardService(db).save(new_board(with_standing_items=True))
    window = _open(url, qapp, opened)
    assert isinstance(window.centralWidget(), QTabWidget)
    assert window.document.meeting is None
    assert _coming_dates(window)


def test_meetings_only_in_the_past_open_the_latest_and_plan_ahead(
        tmp_path: Path, qapp: Any, opened: list[Any]) -> None:
    from dirdesk.domain.interchange import read_meeting
    from dirdesk.services.meetings import MeetingService
    from dirdesk.storage.database import Database

    url = f"sqlite:///{tmp_path / 'past.sqlite3'}"
    with Database(url) as db:
        for name in ("direktionen-2024-11-13-referat.json", "direktionen-2023-11-22-dagsorden.json"):
            MeetingService(db).import_meeting(read_meeting((FIXTURES / name).read_bytes()))
    window = _open(url, qapp, opened)
    assert window.document.meeting is not None
    assert window.document.meeting.date == dt.date(2024, 11, 13)
    assert _coming_dates(window)


def test_dirdesk_on_a_new_database_shows_the_welcome_not_opening_forever(
        tmp_path: Path, real_start: Any) -> None:
    # The real start: the window first says it is opening the database, then the welcome.
    from dirdesk.gui.main_window import MainWindow

    seen: list[str] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(type(widget.centralWidget()).__name__)
                if seen[-1] == "WelcomePane":
                    QApplication.exit(0)

    status = real_start(f"sqlite:///{tmp_path / 'new.sqlite3'}", look)
    assert (status, real_start.errors) == (0, []), seen[-3:]
    assert seen[0] == "OpeningPlaceholder" and seen[-1] == "WelcomePane"
