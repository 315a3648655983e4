"""What must not grow with the years of meetings behind the open one, counted rather than timed.

The window is started, a grid row moved and a decision saved on the same board with a few
past meetings and with four times as many. What the database does for each is counted: the
SQL statements, and SQLite's own work (its virtual machine's instructions, through the
progress handler). A statement that reads every meeting or item (a count over all items, a
list of every meeting) makes the second figure grow with the database while the time it takes
hides in the noise of a busy machine; a count does not depend on the machine at all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import fixture_files

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 11, 23)
SMALL, LARGE = 110, 440  # past meetings besides the demo's (the grid learns from up to 104)


def database(path: Path, past: int) -> str:
    """The demo, and ``past`` signed meetings a week apart before it (copies of a reference)."""
    from dirdesk.domain.interchange import read_meeting
    from dirdesk.domain.model import MeetingStatus
    from dirdesk.services.demo import fill_demo
    from dirdesk.storage.database import Database
    from dirdesk.storage.repository import MeetingRepository

    url = f"sqlite:///{path}"
    reference = read_meeting(fixture_files()[-1].read_bytes())
    with Database(url) as db:
        fill_demo(db, today=TODAY)
        with db.session() as session:
            repo = MeetingRepository(session)
            for week in range(past):
                repo.save(dataclasses.replace(
                    reference, board="Direktionen", status=MeetingStatus.MINUTES_SIGNED,
                    date=dt.date(2022, 12, 28) - dt.timedelta(weeks=week)))
    return url


class Work:
    """SQL statements and SQLite virtual-machine instructions (in hundreds) on one engine."""

    def __init__(self, engine: Any) -> None:
        from sqlalchemy import event

        self.statements = 0
        self.steps = 0

        def counted(*_args: Any) -> None:
            self.statements += 1

        def step() -> int:
            self.steps += 1
            return 0  # go on

        def checkout(dbapi_connection: Any, *_args: Any) -> None:
            dbapi_connection.set_progress_handler(step, 100)

        event.listen(engine, "before_cursor_execute", counted)
        event.listen(engine, "checkout", checkout)

    @contextmanager
    def counting(self, into: dict[str, tuple[int, int]], name: str) -> Iterator[None]:
        statements, steps = self.statements, self.steps
        yield
        into[name] = (self.statements - statements, self.steps - steps)


def settled(work: Work) -> None:
    """Let the window draw and do what it left until it was drawn: until no statement runs."""
    from PySide6.QtTest import QTest

    quiet = 0
    for _ in range(200):
        before = work.statements
        QTest.qWait(20)
        quiet = quiet + 1 if work.statements == before else 0
        if quiet == 5:
            return


def measure(url: str, settings_path: Path) -> dict[str, tuple[int, int]]:
    """(statements, instructions / 100) of a start, four grid moves and three decisions saved."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from dirdesk.gui.context import AppContext
    from dirdesk.gui.main_window import MainWindow
    from dirdesk.gui.settings import Settings
    from dirdesk.services.meetings import MeetingService
    from dirdesk.services.plan import PlanService
    from dirdesk.storage.database import Database

    found: dict[str, tuple[int, int]] = {}
    db = Database(url)
    work = Work(db.engine)
    try:
        settings = Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))
        ctx = AppContext(meetings=MeetingService(db), plan=PlanService(db), settings=settings,
                         board="Direktionen", today=TODAY)
        with work.counting(found, "start"):
            window = MainWindow(ctx)
            window.show()
            window.open_start_meeting()
            settled(work)  # and what waits for the first frame (the plan's figures)
        document = window.document
        assert document.meeting is not None and len(document.meeting.schedule) > 6
        assert document.choose_to_edit() or not document.read_only
        with work.counting(found, "grid move"):
            for source, target in ((1, 5), (5, 1), (2, 6), (6, 2)):
                window.agenda_pane.grid.move_row(source, target)
                QApplication.processEvents()
                # Saved off the window's thread: each move stored before the next (moves made
                # while one is written are saved together, as many as the timing allows).
                document.flush()
        uid = document.meeting.items[1].uid
        with work.counting(found, "decision"):
            for text in ("Godkendt.", "Godkendt med bemærkninger.", "Udsat."):
                document.set_decision(uid, text)
                document.flush()
        window.close()
        window.deleteLater()
    finally:
        db.close()
    return found


@pytest.fixture(scope="module")
def databases(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    folder = tmp_path_factory.mktemp("bounded")
    return database(folder / "small.sqlite3", SMALL), database(folder / "large.sqlite3", LARGE)


@pytest.fixture(scope="module")
def counted(databases: tuple[str, str], tmp_path_factory: pytest.TempPathFactory,
            qapp: Any) -> dict[str, dict[str, tuple[int, int]]]:
    folder = tmp_path_factory.mktemp("settings")
    out = {}
    for name, url in zip(("small", "large"), databases, strict=True):
        out[name] = measure(url, folder / f"{name}.ini")
    return out


@pytest.mark.parametrize("what", ["start", "grid move", "decision"])
def test_the_work_does_not_grow_with_the_meetings_behind(
        counted: dict[str, dict[str, tuple[int, int]]], what: str) -> None:
    (small_statements, small_steps) = counted["small"][what]
    (large_statements, large_steps) = counted["large"][what]
    assert small_statements > 0 and small_steps > 0
    # The same statements at both sizes, and no more of SQLite's work than an index a level
    # deeper costs (four times the meetings; a statement reading them all grows ~4 times).
    assert large_statements == small_statements, counted
    assert large_steps <= small_steps * 1.15 + 20, counted
