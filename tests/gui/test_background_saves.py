"""A structural edit (a grid row moved) shows at once and is saved off the window's thread: in
order with the decisions typed, stored once ``flush`` returns, a clash asked on the window's
thread, a failure kept, said and tried again."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import threading
from collections.abc import Iterator
from typing import Any

import pytest

pytestmark = pytest.mark.gui


@pytest.fixture
def other(window: Any) -> Iterator[Any]:
    """A second program on the same database file (what a restart would read, too)."""
    from dirdesk.services.meetings import MeetingService
    from dirdesk.storage.database import Database

    service = MeetingService(Database(window.ctx.meetings.db.url))
    yield service
    service.db.close()


@pytest.fixture
def saves(window: Any) -> Iterator[list[str]]:
    """The name of the thread of each whole-meeting save (the same service: only noted)."""
    service = window.ctx.meetings
    real = service.save
    threads: list[str] = []

    def noted(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    service.save = noted
    yield threads
    service.save = real


def editable(window: Any) -> Any:
    if window.document.read_only:
        assert window.document.choose_to_edit()
    return window.document


def stored(other: Any, window: Any) -> Any:
    shown = window.document.meeting
    return other.get(shown.date, shown.board)


def titles(meeting: Any) -> list[str]:
    return [slot.title for slot in meeting.schedule]


def test_a_moved_row_shows_at_once_is_saved_off_the_window_s_thread_and_stored_by_flush(
        window: Any, other: Any, saves: list[str]) -> None:
    document, grid = editable(window), window.agenda_pane.grid
    before = titles(document.meeting)
    grid.move_row(1, 3)
    moved = before[:1] + before[2:4] + [before[1]] + before[4:]
    assert [grid.model.index(r, 3).data() for r in range(len(before))] == moved  # shown now
    assert titles(document.meeting) == moved
    assert document.has_unsaved
    document.flush()
    assert not document.has_unsaved
    assert titles(stored(other, window)) == moved  # as a restart reads it
    assert saves and all(name.startswith("dirdesk-save") for name in saves), saves


def test_closing_right_after_a_move_stores_it(window: Any, other: Any) -> None:
    document = editable(window)
    window.agenda_pane.grid.move_row(2, 1)
    shown = titles(document.meeting)
    window.close()
    assert titles(stored(other, window)) == shown
    assert not document.writer.busy  # its thread has ended: the application may end now


def test_quick_moves_undo_and_redo_end_with_the_database_as_shown(
        window: Any, other: Any, saves: list[str], qtbot: Any) -> None:
    document, grid = editable(window), window.agenda_pane.grid
    start = titles(document.meeting)
    stack = document.ctx.editing.stack(document.key)  # the open meeting's undo history
    for source, target in ((1, 4), (4, 2), (0, 3), (3, 1), (2, 5)):
        grid.move_row(source, target)  # no pause: each one while the last is being written
    stack.undo()
    stack.undo()
    stack.redo()
    shown = titles(document.meeting)
    assert [grid.model.index(r, 3).data() for r in range(len(shown))] == shown
    qtbot.waitUntil(lambda: not document.has_unsaved, timeout=5000)
    assert titles(stored(other, window)) == shown
    assert len(saves) < 8  # edits made while one was written were saved together
    while stack.canUndo():
        stack.undo()
    document.flush()
    assert titles(document.meeting) == start
    assert titles(stored(other, window)) == start


def test_a_clash_found_by_a_background_save_is_asked_here_and_theirs_taken(
        window: Any, other: Any, qtbot: Any) -> None:
    document = editable(window)
    theirs = stored(other, window)
    items = list(theirs.items)
    items[0] = dataclasses.replace(items[0], title="Ændret på den anden maskine")
    other.save(dataclasses.replace(theirs, items=tuple(items)))
    asked: list[str] = []
    document.resolve_conflict = lambda conflict: asked.append(
        threading.current_thread().name) or False
    before = titles(document.meeting)
    window.agenda_pane.grid.move_row(1, 3)
    assert titles(document.meeting) != before  # shown at once ...
    qtbot.waitUntil(lambda: bool(asked) and not document.has_unsaved, timeout=3000)
    assert asked == [threading.main_thread().name]  # ... the clash asked on the window's thread
    now = stored(other, window)
    assert titles(now) == before  # nothing of mine written silently
    assert now.items[0].title == "Ændret på den anden maskine"
    assert document.meeting.items[0].title == "Ændret på den anden maskine"  # theirs shown
    assert titles(document.meeting) == before


def test_keeping_mine_after_a_background_clash_writes_mine(window: Any, other: Any,
                                                           qtbot: Any) -> None:
    document = editable(window)
    theirs = stored(other, window)
    other.save(dataclasses.replace(theirs, location="Mødelokale 2"))
    asked: list[object] = []
    document.resolve_conflict = lambda conflict: asked.append(conflict) or True
    window.agenda_pane.grid.move_row(1, 3)
    mine = titles(document.meeting)
    document.flush()
    assert len(asked) == 1 and titles(stored(other, window)) == mine


def test_a_failing_save_keeps_the_move_says_so_and_tries_again(
        window: Any, qtbot: Any, other: Any) -> None:
    document = editable(window)
    path = window.ctx.meetings.db.sqlite_path
    failed: list[str] = []
    document.save_failed.connect(failed.append)
    disk = sqlite3.connect(path)  # the database refuses every change of a meeting
    disk.execute("CREATE TRIGGER refuse BEFORE UPDATE ON meetings "
                 "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END")
    disk.commit()
    try:
        before = titles(stored(other, window))
        window.agenda_pane.grid.move_row(1, 3)
        moved = titles(document.meeting)
        assert moved != before
        qtbot.waitUntil(lambda: bool(failed), timeout=3000)
        assert "the disk is full" in failed[0]
        assert titles(document.meeting) == moved and document.has_unsaved  # kept
        assert titles(stored(other, window)) == before
        document.flush()  # tried again, refused again: still kept, said again
        assert document.has_unsaved and len(failed) >= 2
        assert "NOT SAVED" in window.live_pane.saved.text()
    finally:
        disk.execute("DROP TRIGGER refuse")
        disk.commit()
        disk.close()
    qtbot.waitUntil(lambda: not document.has_unsaved, timeout=5000)  # the retry, by itself
    assert titles(stored(other, window)) == moved


def test_a_decision_typed_and_a_row_moved_are_both_stored_in_order(
        window: Any, other: Any, qtbot: Any) -> None:
    document = editable(window)
    live = window.live_pane
    window.tabs.setCurrentIndex(1)
    live.list.setCurrentIndex(live.items.index(0))
    qtbot.keyClicks(live.decision, "Godkendt")
    window.tabs.setCurrentIndex(0)
    window.agenda_pane.grid.move_row(1, 2)
    window.tabs.setCurrentIndex(1)
    qtbot.keyClicks(live.decision, " uden bemærkninger.")
    shown = document.meeting
    qtbot.waitUntil(lambda: not document.has_unsaved, timeout=5000)
    now = stored(other, window)
    assert now.items[0].decision == "Godkendt uden bemærkninger."
    assert titles(now) == titles(shown)


@pytest.fixture
def refusing(window: Any) -> Iterator[None]:
    """The database refuses every change of a meeting until the test ends."""
    disk = sqlite3.connect(window.ctx.meetings.db.sqlite_path)
    disk.execute("CREATE TRIGGER refuse BEFORE UPDATE ON meetings "
                 "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END")
    disk.commit()
    yield
    disk.execute("DROP TRIGGER IF EXISTS refuse")
    disk.commit()
    disk.close()


def test_a_change_not_saved_keeps_its_meeting_open_and_the_window_asks_before_closing(
        window: Any, qtbot: Any, other: Any, refusing: None) -> None:
    """Opening another meeting or closing while the last change cannot be stored: the change is
    kept, never dropped (was: opening another meeting threw it away and only the log said so)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    document = editable(window)
    date = document.meeting.date
    window.agenda_pane.grid.move_row(1, 3)
    moved = titles(document.meeting)
    document.flush()
    assert document.has_unsaved
    seen: list[str] = []

    def answer(button: str) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, lambda: answer(button))
            return
        seen.append(box.text())
        chosen = next(b for b in box.buttons() if b.text() == button)
        chosen.click()

    QTimer.singleShot(20, lambda: answer("OK"))
    window.open_meeting(dt.date(2026, 12, 9))
    assert document.meeting.date == date and titles(document.meeting) == moved
    assert "could not be saved" in seen[0]
    QTimer.singleShot(20, lambda: answer("Keep the window open"))
    window.close()
    assert window.isVisible() and document.has_unsaved and "Close anyway" in seen[1]
    QTimer.singleShot(20, lambda: answer("Close and lose them"))
    assert window.close() and not window.isVisible()
