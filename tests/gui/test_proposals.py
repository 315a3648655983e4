"""The proposal bar under a decision stays out of the minute-taker's way while typing."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event

from tests.gui.test_week import type_decision

pytestmark = pytest.mark.gui


def test_typing_on_after_a_proposal_updates_it_in_place_and_saves_nothing_early(
        window: Any, qtbot: Any) -> None:
    bar = window.live_pane.proposals
    type_decision(window, qtbot, 2, "Velfærdsdirektør Lene Mehlsen følger op på tallene")
    qtbot.waitUntil(lambda: bar.isVisible() and bar.follow != [], timeout=3000)
    button, label = bar.buttons[0], bar.labels[0]
    assert "tallene" in label.text()

    qtbot.keyClicks(window.live_pane.decision, " og budgettet")
    assert window.document.has_unsaved  # typed, not yet saved
    bar.refresh()  # what the pause in typing does: the database is asked on a thread
    qtbot.waitUntil(lambda: not bar.looking, timeout=3000)
    # The same row, its words brought up to date: no widgets remade while typing.
    assert bar.buttons == [button] and bar.labels == [label]
    assert "tallene og budgettet" in label.text()
    # Looking for proposals does not save the decision early: the autosave does, after a pause.
    assert window.document.has_unsaved
    qtbot.waitUntil(lambda: not window.document.has_unsaved, timeout=3000)


def test_a_proposal_dismissed_goes_and_its_row_is_used_again_for_the_next(
        window: Any, qtbot: Any) -> None:
    bar = window.live_pane.proposals
    type_decision(window, qtbot, 2, "Ledelsessekretariatet følger op.")
    qtbot.waitUntil(lambda: bar.isVisible() and bar.follow != [], timeout=3000)
    first = bar.buttons[0]
    bar._dismiss(bar.follow[0].owner)  # the ✕ of the row
    assert not bar.isVisible() and bar.buttons == []
    type_decision(window, qtbot, 3, "Sagen udsættes til næste møde.")
    qtbot.waitUntil(lambda: bar.isVisible() and bar.carry is not None, timeout=3000)
    assert bar.buttons == [first]  # the same widget, now offering the carry-over
    assert "plan" in first.text().casefold()


def test_the_database_is_asked_for_proposals_off_the_window_thread(window: Any, qtbot: Any) -> None:
    """A long history made the look-up a pause just as the minute-taker took up typing again:
    the window's thread only reads the words; the database answers on a thread of its own."""
    asked_on: list[str] = []

    def record(*_args: Any) -> None:
        asked_on.append(threading.current_thread().name)

    bar = window.live_pane.proposals
    type_decision(window, qtbot, 2, "Sagen udsættes til næste møde. Ledelsessekretariatet følger op.")
    qtbot.waitUntil(lambda: not window.document.has_unsaved, timeout=3000)  # the autosave
    event.listen(window.ctx.meetings.db.engine, "before_cursor_execute", record)
    try:
        bar.refresh()
        qtbot.waitUntil(lambda: not bar.looking, timeout=3000)
    finally:
        event.remove(window.ctx.meetings.db.engine, "before_cursor_execute", record)
    assert bar.carry is not None and [f.owner for f in bar.follow] == ["Ledelsessekretariatet"]
    assert asked_on and threading.main_thread().name not in asked_on


def test_f9_just_after_choosing_another_item_acts_on_nothing_of_the_last(
        window: Any, qtbot: Any) -> None:
    """The proposals of the item left are gone at once, before the next item's are looked up:
    F9 pressed in between never adds the last item's follow-up to this one."""
    bar = window.live_pane.proposals
    type_decision(window, qtbot, 4, "Økonomi følger op.")
    qtbot.waitUntil(lambda: [f.owner for f in bar.follow] == ["Økonomi"], timeout=3000)
    type_decision(window, qtbot, 2, "Ledelsessekretariatet følger op.")
    qtbot.waitUntil(lambda: [f.owner for f in bar.follow] == ["Ledelsessekretariatet"],
                    timeout=3000)
    meeting = window.document.meeting
    before = window.ctx.followups.entries(board=meeting.board, date=meeting.date)
    window.live_pane.select_item(meeting.items[4].uid)
    assert not bar.isVisible() and bar.follow == []
    qtbot.keyClick(window.live_pane.decision, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: [f.owner for f in bar.follow] == ["Økonomi"], timeout=3000)
    assert window.ctx.followups.entries(board=meeting.board, date=meeting.date) == before
