"""The interest register and the standard decisions, entered in the board settings by keyboard:
a bad line is refused naming it; an item naming an interest proposes inhabilitet in the live
pane's participants dialog, confirmed by keyboard; the board's own decision on Alt+1."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from dirdesk.domain.model import Section
from dirdesk.services.board import BoardService
from tests.gui.test_board_settings import BOARD, ok, open_dialog
from tests.gui.test_live_case import reopened

pytestmark = pytest.mark.gui

CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)


def test_the_register_proposes_inhabilitet_and_the_secretariat_confirms_it(
        danish: None, window: Any, ctx: Any, qtbot: Any) -> None:
    dialog = open_dialog(window)
    told: list[str] = []
    dialog.warn = told.append
    dialog.tabs.setCurrentIndex(3)
    register = dialog.meeting_tab.interests
    register.setFocus()
    qtbot.keyClicks(register, "Jonas Kroustrup Djurs Vand A/S")  # the colon forgotten
    ok(dialog)
    assert told[-1].startswith("Interesseregistret, linje 1: skriv medlemmets navn, kolon")
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 3
    register.clear()
    qtbot.keyClicks(register, "Jonas Krustrup: Djurs Vand A/S")  # nobody of that name
    ok(dialog)
    assert told[-1] == "Interesseregistret, linje 1: Jonas Krustrup er ikke blandt medlemmerne."
    register.clear()
    qtbot.keyClicks(register, "jonas  kroustrup: Djurs Vand A/S")  # as the board spells him
    dialog.meeting_tab.phrases.clear()
    qtbot.keyClicks(dialog.meeting_tab.phrases, "Godkendt med bemærkninger.")
    ok(dialog)
    assert not dialog.isVisible()
    board = BoardService(ctx.plan.db).get(BOARD)
    assert board.interests == (("Jonas Kroustrup", "Djurs Vand A/S"),)

    doc = window.document
    meeting = doc.meeting
    item = dataclasses.replace(meeting.items[3], sections=(
        Section("Sagsfremstilling", "Aftale med Djurs Vand A/S om takster."),))
    doc.replace(dataclasses.replace(meeting, items=(*meeting.items[:3], item, *meeting.items[4:])))
    live = window.live_pane
    window.tabs.setCurrentIndex(1)
    live.list.setCurrentIndex(live.items.index(3))
    live.decision.setFocus()
    qtbot.keyClick(live.decision, Qt.Key.Key_1, ALT)  # the board's own standard decision
    assert live.decision.toPlainText() == "Godkendt med bemærkninger."
    seen: list[str] = []

    def confirm() -> None:
        from dirdesk.gui.dialogs.participation import ParticipationDialog
        d = QApplication.activeModalWidget()
        assert isinstance(d, ParticipationDialog)
        label = next(w for w in d.findChildren(QLabel) if w.objectName() == "inhabilProposal")
        seen.append(label.text())
        d.inhabil.setFocus()
        d.inhabil.setCurrentRow(0)
        qtbot.keyClick(d.inhabil, Qt.Key.Key_Space)
        d.accept()

    QTimer.singleShot(0, confirm)
    qtbot.keyClick(live.decision, Qt.Key.Key_D, CTRL | SHIFT)
    assert "Jonas Kroustrup – Djurs Vand A/S" in seen[-1]
    assert reopened(window).items[3].participation.inhabil == ("Jonas Kroustrup",)
