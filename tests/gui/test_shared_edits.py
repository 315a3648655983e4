"""Two workstations on one database, and a signed REFERAT, as the window handles them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from dirdesk.domain.model import MeetingStatus

pytestmark = pytest.mark.gui

COMING = dt.date(2026, 11, 25)
SIGNED = dt.date(2025, 1, 29)


def other_workstation(window: Any) -> Any:
    """A second program on the same database file."""
    from dirdesk.services.meetings import MeetingService
    from dirdesk.storage.database import Database

    return MeetingService(Database(window.ctx.meetings.db.url))


def retitle_in_other(service: Any, number: int, title: str) -> None:
    meeting = service.get(COMING, "Direktionen")
    items = list(meeting.items)
    items[number - 1] = dataclasses.replace(items[number - 1], title=title)
    service.save(dataclasses.replace(meeting, items=tuple(items)))


def type_title(window: Any, qtbot: Any, row: int, text: str) -> None:
    pane = window.agenda_pane
    pane.items_view.setCurrentIndex(pane.items_model.index(row))
    editor = pane.editor.title
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Saved on the writer thread, a clash asked on the window's: waited for, not guessed (50 ms
    # was too short on a loaded machine).
    window.document.wait_for_saves()


def test_the_second_save_asks_and_taking_theirs_shows_their_change(window: Any, qtbot: Any) -> None:
    other = other_workstation(window)
    retitle_in_other(other, 3, "Ændret på den anden maskine")
    asked: list[Any] = []
    window.document.resolve_conflict = lambda conflict: asked.append(conflict) or False
    type_title(window, qtbot, 3, "Min titel")
    assert len(asked) == 1
    assert asked[0].changes == ["Punkt 3 (Ændret på den anden maskine): titlen er ændret"]
    stored = other.get(COMING, "Direktionen")
    assert stored.items[2].title == "Ændret på den anden maskine"
    assert stored.items[3].title != "Min titel"  # nothing of mine was written silently
    assert window.document.meeting.items[2].title == "Ændret på den anden maskine"
    assert window.agenda_pane.items_model.index(2).data().endswith("Ændret på den anden maskine")
    qtbot.waitUntil(lambda: window.undo_group.activeStack().count() == 0, timeout=1000)
    # The next edit is based on their copy and saves without a question.
    type_title(window, qtbot, 3, "Min titel")
    assert len(asked) == 1
    stored = other.get(COMING, "Direktionen")
    assert (stored.items[2].title, stored.items[3].title) == ("Ændret på den anden maskine", "Min titel")
    other.db.close()


def test_keeping_mine_overwrites_only_when_asked(window: Any, qtbot: Any) -> None:
    other = other_workstation(window)
    retitle_in_other(other, 3, "Deres titel")
    window.document.resolve_conflict = lambda conflict: True
    type_title(window, qtbot, 3, "Min titel")
    window.document.wait_for_saves()  # the clash asked, mine written (off the window's thread)
    stored = other.get(COMING, "Direktionen")
    assert stored.items[3].title == "Min titel"
    assert stored.items[2].title != "Deres titel"
    other.db.close()


def test_a_decision_typed_elsewhere_is_not_overwritten_silently(window: Any, qtbot: Any) -> None:
    other = other_workstation(window)
    meeting = other.get(COMING, "Direktionen")
    uid = meeting.items[0].uid
    other.set_decision(meeting.board, COMING, uid, "Skrevet på den anden maskine.",
                       base=meeting.items[0].decision)
    asked: list[Any] = []
    window.document.resolve_decision = lambda conflict, mine: asked.append((conflict, mine)) or False
    live = window.live_pane
    window.tabs.setCurrentIndex(1)
    live.list.setCurrentIndex(live.items.index(0))
    qtbot.keyClicks(live.decision, "Mit referat.")
    window.document.flush()
    assert asked and asked[0][0].theirs == "Skrevet på den anden maskine."
    assert other.get(COMING, "Direktionen").items[0].decision == "Skrevet på den anden maskine."
    assert window.document.meeting.items[0].decision == "Skrevet på den anden maskine."
    other.db.close()


def test_someone_elses_agenda_edit_arrives_while_taking_minutes(window: Any, qtbot: Any) -> None:
    other = other_workstation(window)
    retitle_in_other(other, 5, "Nyt fra sekretariatet")
    live = window.live_pane
    window.tabs.setCurrentIndex(1)
    live.list.setCurrentIndex(live.items.index(0))
    qtbot.keyClicks(live.decision, "Drøftet.")
    window.document.flush()
    stored = other.get(COMING, "Direktionen")
    assert stored.items[0].decision == "Drøftet." and stored.items[4].title == "Nyt fra sekretariatet"
    assert window.document.meeting.items[4].title == "Nyt fra sekretariatet"
    other.db.close()


def open_signed(window: Any) -> None:
    window.open_meeting(SIGNED)
    assert window.document.meeting.status is MeetingStatus.HELD
    window.advance_status(confirm=False)
    assert window.document.meeting.status is MeetingStatus.MINUTES_SIGNED
    assert "Referat underskrevet" in window.agenda_pane.status_label.text() or \
        "signed" in window.agenda_pane.status_label.text()


def test_a_signed_referat_refuses_a_silent_edit(window: Any, qtbot: Any) -> None:
    open_signed(window)
    before = window.ctx.meetings.get(SIGNED, "Direktionen")
    asked: list[Any] = []
    window.document.ask_new_version = asked.append  # a question would be a fault: none comes
    type_title(window, qtbot, 1, "Ændret ved et uheld")
    assert asked == [] and window.agenda_pane.editor.title.isReadOnly()
    assert window.ctx.meetings.get(SIGNED, "Direktionen") == before
    assert window.document.meeting.items[1].title == before.items[1].title
    assert window.agenda_pane.editor.title.text() == before.items[1].title
    assert window.undo_group.activeStack().count() == 0


def test_an_edit_of_a_signed_referat_makes_a_new_version(window: Any, qtbot: Any) -> None:
    open_signed(window)
    signed = window.ctx.meetings.get(SIGNED, "Direktionen")
    window.document.ask_new_version = lambda meeting: "Rettelse efter underskrift"
    # "Ny version …" is an explicit action: the reason first, then the fields unlock.
    qtbot.mouseClick(window.agenda_pane.findChild(QPushButton, "unlockMeeting"),
                     Qt.MouseButton.LeftButton)
    type_title(window, qtbot, 1, "Økonomi (rettet)")
    stored = window.ctx.meetings.get(SIGNED, "Direktionen")
    assert stored.items[1].title == "Økonomi (rettet)"
    assert (stored.version, stored.status) == (2, MeetingStatus.HELD)
    assert window.ctx.meetings.kept_version("Direktionen", SIGNED, 1) == signed
    assert "version 2" in window.agenda_pane.status_label.text()
    from dirdesk.gui.dialogs.meeting import HistoryDialog

    dialog = HistoryDialog(window.ctx, window.document.meeting, window)
    whats = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "Minutes signed" in whats and "New version" in whats  # the catalogue's keys: no translator here
    notes = [dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())]
    assert "2: Rettelse efter underskrift" in notes
    dialog.close()


def test_a_pause_in_typing_saves_off_the_window_s_thread_and_a_clash_is_asked_on_it(
        window: Any, qtbot: Any) -> None:
    import threading

    other = other_workstation(window)
    live = window.live_pane
    window.tabs.setCurrentIndex(1)
    live.list.setCurrentIndex(live.items.index(1))
    uid = window.document.meeting.items[1].uid
    saving_threads: list[str] = []
    service = window.ctx.meetings
    real = service.set_decision

    def watched(*args: Any, **kwargs: Any) -> int:
        saving_threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    service.set_decision = watched  # the same service: only who calls it is noted
    try:
        qtbot.keyClicks(live.decision, "Godkendt.")
        qtbot.waitUntil(lambda: not window.document.has_unsaved, timeout=3000)
        assert other.get(COMING, "Direktionen").items[1].decision == "Godkendt."
        assert saving_threads and all(name.startswith("dirdesk-save") for name in saving_threads)

        # Someone else writes the same decision; the next pause finds out and asks, here.
        meeting = other.get(COMING, "Direktionen")
        other.set_decision(meeting.board, COMING, uid, "Udsat.", base="Godkendt.")
        asked: list[str] = []

        def ask(conflict: Any, mine: str | None) -> bool:
            asked.append(threading.current_thread().name)
            return True  # keep mine

        window.document.resolve_decision = ask
        qtbot.keyClicks(live.decision, " Med bemærkninger.")
        qtbot.waitUntil(lambda: bool(asked) and not window.document.has_unsaved, timeout=3000)
        assert asked == [threading.main_thread().name]
        assert other.get(COMING, "Direktionen").items[1].decision == "Godkendt. Med bemærkninger."
    finally:
        service.set_decision = real
        other.db.close()
