"""A signed or past meeting is shown as it is: status visible, read-only until the user chooses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton

from dirdesk.domain.model import MeetingStatus

pytestmark = pytest.mark.gui

PAST = dt.date(2025, 1, 29)  # held; the window's today is 2026-11-23


@pytest.fixture
def dialogs(qapp: Any) -> Iterator[list[str]]:
    """The title of every modal dialog that opens, closed at once (a question would hang)."""
    seen: list[str] = []

    def close_modal() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            seen.append(modal.windowTitle())
            modal.reject()

    timer = QTimer()
    timer.timeout.connect(close_modal)
    timer.start(20)
    yield seen
    timer.stop()


def _bar_text(pane: Any) -> str:
    bar = pane.findChild(QLabel, "meetingStatus")
    return bar.text() if bar is not None and bar.isVisibleTo(pane) else ""


def _sign(window: Any) -> None:
    window.open_meeting(PAST)
    window.advance_status(confirm=False)
    assert window.document.meeting.status is MeetingStatus.MINUTES_SIGNED


def _type_decision(window: Any, qtbot: Any, row: int, text: str) -> None:
    live = window.live_pane
    window.tabs.setCurrentIndex(1)
    live.list.setCurrentIndex(live.items.index(row))
    live.decision.setFocus()
    qtbot.keyClicks(live.decision, text)
    qtbot.wait(20)


def test_typing_in_a_signed_decision_opens_no_dialog_and_changes_nothing(
        window: Any, qtbot: Any, dialogs: list[str]) -> None:
    _sign(window)
    before = window.ctx.meetings.get(PAST, "Direktionen")
    _type_decision(window, qtbot, 0, "Ændret")
    window.document.flush()
    assert dialogs == []  # was: the "new version" dialog, the rest of the typing in its field
    assert window.live_pane.decision.isReadOnly()
    assert window.live_pane.decision.toPlainText() == (before.items[0].decision or "")
    assert window.ctx.meetings.get(PAST, "Direktionen") == before
    # Visibly: the status in both panes, and why it cannot be typed in.
    for pane in (window.agenda_pane, window.live_pane):
        assert "Underskrevet" in _bar_text(pane) or "signed" in _bar_text(pane)
    assert window.agenda_pane.editor.title.isReadOnly()
    assert not window.agenda_pane.add_item_button.isEnabled()
    assert "signed" in window.windowTitle() or "Underskrevet" in window.windowTitle()
    assert window.unlock_action.isEnabled()  # Møde ▸ Ny version …
    window.open_meeting(dt.date(2026, 11, 25))
    assert not window.unlock_action.isEnabled() and not window.live_pane.decision.isReadOnly()
    assert window.agenda_pane.add_item_button.isEnabled()


def test_new_version_asks_the_reason_first_then_unlocks(window: Any, qtbot: Any) -> None:
    _sign(window)
    asked: list[int] = []

    def ask(meeting: Any) -> str | None:
        asked.append(meeting.version)
        return None if len(asked) == 1 else "Stavefejl i punkt 1"

    window.document.ask_new_version = ask
    window.tabs.setCurrentIndex(1)
    unlock = window.live_pane.findChild(QPushButton, "unlockMeeting")
    assert unlock.isVisible() and unlock.isEnabled()
    qtbot.mouseClick(unlock, Qt.MouseButton.LeftButton)  # cancelled: still signed, read-only
    assert window.document.read_only and window.live_pane.decision.isReadOnly()
    qtbot.mouseClick(unlock, Qt.MouseButton.LeftButton)
    assert asked == [1, 1]
    assert not window.document.read_only and not window.live_pane.decision.isReadOnly()
    _type_decision(window, qtbot, 0, " Rettet.")
    window.document.flush()
    stored = window.ctx.meetings.get(PAST, "Direktionen")
    assert (stored.version, stored.status) == (2, MeetingStatus.HELD)
    assert stored.items[0].decision.endswith("Rettet.")
    assert "version 2" in _bar_text(window.agenda_pane)
    window.advance_status(confirm=False)  # signed again: read-only again
    assert window.document.read_only and window.live_pane.decision.isReadOnly()


def test_a_past_meeting_from_search_is_shown_read_only_until_chosen(
        window: Any, qtbot: Any, dialogs: list[str]) -> None:
    before = window.ctx.meetings.get(PAST, "Direktionen")
    window.ctx.signals.show_item.emit("Direktionen", PAST, before.items[1].uid)  # a search hit
    assert window.document.meeting.date == PAST and window.document.read_only
    assert "Afholdt" in _bar_text(window.live_pane) or "Held" in _bar_text(window.live_pane)
    _type_decision(window, qtbot, 1, "x")  # one stray key
    window.document.flush()
    assert window.ctx.meetings.get(PAST, "Direktionen") == before
    assert window.save_label.text() == ""  # no "Gemt"
    qtbot.mouseClick(window.agenda_pane.findChild(QPushButton, "unlockMeeting"),
                     Qt.MouseButton.LeftButton)
    assert not window.document.read_only and dialogs == []
    _type_decision(window, qtbot, 1, " Tilføjet.")
    window.document.flush()
    assert window.ctx.meetings.get(PAST, "Direktionen").items[1].decision.endswith("Tilføjet.")
    window.open_meeting(dt.date(2026, 11, 25))  # the coming meeting: editable as always
    assert not window.document.read_only
    window.open_meeting(PAST)  # opened again: read-only again
    assert window.document.read_only


def test_a_structural_edit_of_a_read_only_meeting_is_refused(window: Any) -> None:
    window.open_meeting(PAST)
    before = window.document.meeting
    import dataclasses

    assert window.document.replace(dataclasses.replace(before, location="Et andet sted")) is False
    assert window.ctx.meetings.get(PAST, "Direktionen").location == before.location




def test_the_state_is_said_in_danish(window: Any, qapp: Any) -> None:
    from PySide6.QtCore import QLocale

    from dirdesk.app import install_translators

    locale = QLocale()
    translators = install_translators(qapp)
    try:
        _sign(window)
        window.document.changed.emit(None)
        bar = window.live_pane.findChild(QLabel, "meetingStatus")
        unlock = window.live_pane.findChild(QPushButton, "unlockMeeting")
        assert bar.text() == "Status: Underskrevet"
        assert unlock.text().replace("&", "") == "Ny version …"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)


def test_a_cell_being_edited_when_the_meeting_is_signed_does_not_break_the_new_version(
        window: Any, qtbot: Any) -> None:
    """A grid cell's editor open when the minutes are signed is gone by the time a new version
    unlocks the fields: unlocking passes over it (was: RuntimeError in the event loop, the rest
    of the pane left read-only)."""
    from PySide6.QtWidgets import QLineEdit

    from dirdesk.gui.agenda.models import GridColumn

    window.open_meeting(PAST)
    assert window.document.choose_to_edit()  # held before today: edited on purpose
    window.tabs.setCurrentIndex(0)
    view = window.agenda_pane.grid.view
    view.setFocus()
    view.edit(view.model().index(1, GridColumn.TITLE))
    cell = view.findChild(QLineEdit)
    assert cell is not None and cell.isVisible()
    window.document.set_status(MeetingStatus.MINUTES_SIGNED)
    view.closePersistentEditor(view.model().index(1, GridColumn.TITLE))
    cell.deleteLater()
    qtbot.wait(10)
    window.document.ask_new_version = lambda meeting: "Rettelse"
    assert window.document.choose_to_edit()
    qtbot.wait(10)
    assert not window.agenda_pane.editor.title.isReadOnly()
    assert window.agenda_pane.add_item_button.isEnabled()
    assert view.editTriggers() != view.EditTrigger.NoEditTriggers
