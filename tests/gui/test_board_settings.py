"""The board's settings dialog driven as the secretariat would: new meetings follow, old ones not."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialogButtonBox

from dirdesk.domain.model import Insert, InsertKind, Person
from dirdesk.gui.dialogs.board_settings import BoardSettingsDialog
from dirdesk.services.board import BoardService

pytestmark = pytest.mark.gui

BOARD = "Direktionen"
OLD = dt.date(2024, 11, 13)  # a reference meeting
DEC_2 = dt.date(2026, 12, 2)  # a planned date without an agenda


def open_dialog(window: Any) -> BoardSettingsDialog:
    window.board_settings_action.trigger()
    dialog = window.findChild(BoardSettingsDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def ok(dialog: BoardSettingsDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_changed_room_and_title_reach_a_new_meeting_and_leave_an_old_one(
        window: Any, ctx: Any, qtbot: Any) -> None:
    old_members = ctx.meetings.get(OLD, BOARD).members
    dialog = open_dialog(window)
    assert dialog.name_edit.isReadOnly() and dialog.name_edit.text() == BOARD
    assert dialog.weekday_box.currentText() == "Onsdag"
    dialog.location_edit.clear()
    qtbot.keyClicks(dialog.location_edit, "Byrådssalen")
    dialog.members_table.item(1, 0).setText("Direktør for Velfærd")
    dialog.add_member(None)
    dialog.members_table.item(3, 0).setText("Stabschef")
    dialog.members_table.item(3, 1).setText("Karen Meisner")
    dialog.members_table.setCurrentCell(3, 1)
    dialog.move_member(-1)  # Karen Meisner before Kim Bruun Nielsen
    ok(dialog)
    assert not dialog.isVisible()

    board = BoardService(ctx.plan.db).get(BOARD)
    assert board.location == "Byrådssalen"
    assert board.members[1:3] == (Person("Lene Mehlsen Thomsen", "Direktør for Velfærd"),
                                  Person("Karen Meisner", "Stabschef"))
    new = ctx.meetings.create_from_plan(BOARD, DEC_2)
    assert new.location == "Byrådssalen"
    assert "Direktør for Velfærd Lene Mehlsen Thomsen" in [p.display for p in new.members]
    old = ctx.meetings.get(OLD, BOARD)
    assert old.members == old_members and "Byrådssalen" not in old.location


def test_ok_refuses_a_meeting_that_ends_before_it_starts(danish: None, window: Any, ctx: Any) -> None:
    dialog = open_dialog(window)
    told: list[str] = []
    dialog.warn = told.append
    dialog.tabs.setCurrentIndex(1)
    dialog.start_edit.setTime(QTime(14, 0))
    ok(dialog)
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 0
    assert told == ["Starttidspunktet (14.00) skal ligge før sluttidspunktet (13.00)."]
    dialog.members_table.item(0, 1).setText(" ")
    dialog.start_edit.setTime(QTime(9, 0))
    ok(dialog)
    assert told[-1] == "Medlem nr. 1 mangler et navn." and dialog.tabs.currentIndex() == 1
    dialog.reject()
    assert BoardService(ctx.plan.db).get(BOARD).members[0].name == "Jonas Kroustrup"


def test_standing_items_their_sections_and_where_the_grid_goes(window: Any, ctx: Any) -> None:
    dialog = open_dialog(window)
    dialog.tabs.setCurrentIndex(2)
    dialog.items_list.setCurrentRow(1)
    assert dialog.item_title.text() == "Sager til behandling og tidsplan"
    assert dialog.insert_boxes[InsertKind.SCHEDULE].isChecked()
    assert not dialog.insert_boxes[InsertKind.FORWARD_PLAN].isChecked()
    assert "[" in dialog.sections_list.item(2).text()  # the grid's place among the sections
    dialog.insert_boxes[InsertKind.SCHEDULE].setChecked(False)  # the grid leaves this item …
    dialog.items_list.setCurrentRow(0)
    dialog.sections_list.setCurrentRow(0)
    dialog.insert_boxes[InsertKind.SCHEDULE].setChecked(True)  # … for the first, after Sagsgang
    dialog.item_closed.setChecked(True)
    dialog.add_item()
    dialog.item_title.setText("Økonomi")
    dialog.item_title.textEdited.emit("Økonomi")
    ok(dialog)

    items = BoardService(ctx.plan.db).get(BOARD).standing_items
    assert items[0].closed and items[0].sections[1] == Insert(InsertKind.SCHEDULE)
    assert Insert(InsertKind.SCHEDULE) not in items[1].sections
    assert [s.heading for s in items[3].sections] == ["Sagsgang", "Indstilling"]
    assert items[3].title == "Økonomi" and items[3].sections[0].text == "DIR"
    draft = ctx.meetings.create_from_plan(BOARD, DEC_2)
    assert draft.items[0].closed and draft.items[0].has_insert(InsertKind.SCHEDULE)
