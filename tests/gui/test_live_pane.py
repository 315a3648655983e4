"""Live minutes as the minute-taker uses them: type, next item, saved without asking."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui

COMING = dt.date(2026, 11, 25)


def reopened(ctx: Any) -> Any:
    """The meeting as a new program on the same database file sees it."""
    from dirdesk.services.meetings import MeetingService
    from dirdesk.storage.database import Database

    with Database(ctx.meetings.db.url) as db:
        return MeetingService(db).get(COMING, "Direktionen")


def test_type_move_on_and_everything_is_saved(window: Any, qtbot: Any) -> None:
    live = window.live_pane
    window.tabs.setCurrentIndex(1)
    live.list.setCurrentIndex(live.items.index(0))
    live.decision.setFocus()
    qtbot.keyClicks(live.decision, "Direktionen drøftede sagerne.")
    qtbot.keyClick(live.decision, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert live.list.currentIndex().row() == 1
    assert live.decision.toPlainText() == ""
    qtbot.keyClicks(live.decision, "Punkterne blev behandlet. Ledelsessekretariatet følger op.")
    qtbot.waitUntil(lambda: not window.document.has_unsaved, timeout=3000)
    items = reopened(window.ctx).items
    assert items[0].decision == "Direktionen drøftede sagerne."
    assert items[1].decision == "Punkterne blev behandlet. Ledelsessekretariatet følger op."
    assert live.items.index(0).data().startswith("✓ 1.")
    assert "Gemt" in live.saved.text() or "Saved" in live.saved.text()
    qtbot.keyClick(live.decision, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert live.decision.toPlainText() == "Direktionen drøftede sagerne."


def test_ctrl_2_puts_the_caret_in_the_decision(window: Any, qtbot: Any) -> None:
    """Ctrl+2 from the forward plan, then typing: the text is the decision (was: the keys went
    to the plan, which had the focus, and Alt+↑ there moved a plan point to another meeting)."""
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.tabs.setCurrentIndex(0)
    plan = window.plan_pane.view
    plan.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is plan, timeout=2000)
    qtbot.keyClick(plan, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    live = window.live_pane
    qtbot.waitUntil(lambda: QApplication.focusWidget() is live.decision, timeout=2000)
    qtbot.keyClicks(QApplication.focusWidget(), "Godkendt.")
    assert live.decision.toPlainText().endswith("Godkendt.")


def test_the_clock_finds_the_current_item_and_says_how_late(window: Any) -> None:
    live = window.live_pane
    live.now = lambda: dt.datetime(2026, 11, 25, 10, 52)
    live.go_to_current()
    # 10.45 Udmøntningsplan (item 4) runs 10.45–11.00 by the grid
    assert live.list.currentIndex().row() == 3
    assert "10.45 Udmøntningsplan" in live.clock.text()
    live.list.setCurrentIndex(live.items.index(2))  # Evaluering: planned 10.30–10.45
    assert "7 min." in live.planned.text() and ("behind" in live.planned.text() or "bagud" in live.planned.text())
    live.now = lambda: dt.datetime(2026, 11, 25, 9, 10)
    live.update_clock()
    assert "80 min." in live.planned.text()


def test_a_structural_edit_keeps_what_is_typed(window: Any, qtbot: Any) -> None:
    live = window.live_pane
    live.list.setCurrentIndex(live.items.index(2))
    qtbot.keyClicks(live.decision, "Tekst under arbejde")
    window.agenda_pane.move_item(0, 1)  # someone reorders the agenda meanwhile
    assert live.decision.toPlainText() == "Tekst under arbejde"
    window.document.flush()
    assert any(i.decision == "Tekst under arbejde" for i in reopened(window.ctx).items)


def test_model_passes_the_tester(window: Any, qtmodeltester: Any) -> None:
    qtmodeltester.check(window.live_pane.items)
