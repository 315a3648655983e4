"""The forward plan pane as the secretariat uses it: plan, move, edit, remove, cancel, undo."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from dirdesk.gui.dialogs.plan import CancelMeetingDialog
from dirdesk.gui.plan.model import DateRole, KindRole, PlanColumn, PointIdRole

pytestmark = pytest.mark.gui

BOARD = "Direktionen"
TODAY = dt.date(2026, 11, 23)
COMING = dt.date(2026, 11, 25)
DEC_2, DEC_9, DEC_16, DEC_23 = (dt.date(2026, 12, d) for d in (2, 9, 16, 23))
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


# --- what a user would see after reopening: a fresh read of the database -------------------------

def stored(ctx: Any) -> Any:
    return ctx.plan.plan(BOARD, TODAY)


def texts(ctx: Any, date: dt.date | None) -> list[str]:
    plan = stored(ctx)
    if date is None:
        return [p.text for p in plan.undated]
    return [p.text for p in next(m for m in plan.meetings if m.date == date).points]


def meeting(ctx: Any, date: dt.date) -> Any:
    return next(m for m in stored(ctx).meetings if m.date == date)


# --- what the pane shows -----------------------------------------------------------------------

@pytest.fixture
def pane(window: Any, qtbot: Any) -> Any:
    plan_pane = window.plan_pane
    plan_pane.view.setFocus()
    qtbot.waitUntil(lambda: plan_pane.view.hasFocus(), timeout=2000)
    return plan_pane


def top_rows(pane: Any) -> list[tuple[str, Any, str, str]]:
    """(kind, date, first column, second column) of each top-level row."""
    model = pane.model
    return [(model.index(r, 0).data(KindRole), model.index(r, 0).data(DateRole),
             model.index(r, 0).data(), model.index(r, PlanColumn.NOTE).data())
            for r in range(model.rowCount())]


def shown(pane: Any, date: dt.date | None) -> list[str]:
    """The point texts the tree shows under a meeting, or under "awaiting a date"."""
    parent = pane.model.meeting_index(date)
    return [pane.model.index(r, 0, parent).data() for r in range(pane.model.rowCount(parent))]


def point_row(pane: Any, text: str) -> QModelIndex:
    model = pane.model
    for r in range(model.rowCount()):
        parent = model.index(r, 0)
        for p in range(model.rowCount(parent)):
            if model.index(p, 0, parent).data() == text:
                return model.index(p, 0, parent)
    raise AssertionError(f"no point {text!r} in the tree")


def go_to(pane: Any, index: QModelIndex) -> None:
    pane.view.setFocus()
    pane.view.setCurrentIndex(index)


def current_text(pane: Any) -> str:
    return pane.view.currentIndex().siblingAtColumn(0).data()


def type_into_editor(qtbot: Any, view: Any, text: str) -> None:
    """F2 has opened an editor: select what is there, type, Enter, as a user does."""
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not view
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view, timeout=2000)
    QApplication.processEvents()


# --- showing -------------------------------------------------------------------------------------

def test_shows_the_next_three_meetings_notes_and_the_points_awaiting_a_date(
        pane: Any, qtmodeltester: Any) -> None:
    qtmodeltester.check(pane.model)
    rows = top_rows(pane)
    assert [(kind, date) for kind, date, _, _ in rows] == [
        ("meeting", COMING), ("meeting", DEC_2), ("meeting", DEC_9), ("undated", None)]
    assert [label for _, _, label, _ in rows[:3]] == [
        "Onsdag 25. nov.", "Onsdag 2. dec.", "Onsdag 9. dec."]
    assert rows[2][3] == "Kim Bruun Nielsen deltager ikke på mødet."
    assert shown(pane, DEC_2) == ["Befolkningsprognose/befolkningstal notat",
                                  "Ejendomsanalyse på skoleområdet"]
    assert shown(pane, None) == texts(pane.ctx, None)
    assert "Kloge kvadratmeter – projektbeskrivelse for fremtidens administrative bygninger" in \
        shown(pane, None)
    assert pane.view.isExpanded(pane.model.meeting_index(DEC_2))
    assert pane.view.isFirstColumnSpanned(0, pane.model.meeting_index(DEC_2))


def test_half_year_shows_the_christmas_closure_and_is_remembered(
        window: Any, pane: Any, ctx: Any, qtbot: Any, qtmodeltester: Any) -> None:
    qtmodeltester.check(pane.model)
    default_meetings = [r for r in top_rows(pane) if r[0] == "meeting"]
    qtbot.keyClick(window, Qt.Key.Key_H, CTRL)  # View ▸ Half-year
    assert window.half_year_action.isChecked()
    rows = top_rows(pane)
    meetings = [r for r in rows if r[0] == "meeting"]
    assert len(meetings) > len(default_meetings) == 3
    assert meetings[-1][1] <= TODAY + dt.timedelta(days=183)
    assert meetings[-1][1] > dt.date(2027, 5, 1)
    kinds = [r[0] for r in rows]
    period = kinds.index("period")
    assert rows[period - 1][1] == DEC_16 and rows[period + 1][1] == DEC_23
    assert rows[period][2] == "Jule- og nytårslukket (21. dec. – 3. jan.)"
    cancelled = pane.model.index(period + 1, 0)
    assert rows[period + 1][3] == "Jule- og nytårslukket"
    assert cancelled.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "Onsdag 6. jan. 2027" in [r[2] for r in rows]  # next year's dates carry the year
    assert ctx.settings.half_year

    from dirdesk.gui.plan.pane import PlanPane
    again = PlanPane(ctx)
    qtbot.addWidget(again)
    assert again.model.rowCount() == pane.model.rowCount()

    qtbot.keyClick(window, Qt.Key.Key_H, CTRL)
    assert [r for r in top_rows(pane) if r[0] == "meeting"] == default_meetings
    assert not ctx.settings.half_year


# --- planning points -----------------------------------------------------------------------------

def test_plan_a_point_by_typing_it_then_undo_and_redo(
        window: Any, pane: Any, ctx: Any, qtbot: Any, qtmodeltester: Any) -> None:
    qtmodeltester.check(pane.model)
    go_to(pane, pane.model.meeting_index(DEC_2))
    qtbot.keyClick(pane.view, Qt.Key.Key_Insert)
    assert pane.new_point.hasFocus()
    assert "2. dec." in pane.new_point.placeholderText()
    qtbot.keyClicks(pane.new_point, "Budgetopfølgning 2027")
    qtbot.keyClick(pane.new_point, Qt.Key.Key_Return)
    assert texts(ctx, DEC_2)[-1] == "Budgetopfølgning 2027"
    assert shown(pane, DEC_2)[-1] == "Budgetopfølgning 2027"
    assert current_text(pane) == "Budgetopfølgning 2027"
    assert pane.new_point.text() == ""
    new_id = pane.view.currentIndex().data(PointIdRole)

    window.undo_action.trigger()
    assert "Budgetopfølgning 2027" not in texts(ctx, DEC_2)
    assert "Budgetopfølgning 2027" not in shown(pane, DEC_2)
    window.redo_action.trigger()
    assert texts(ctx, DEC_2)[-1] == "Budgetopfølgning 2027"
    assert stored(ctx).meetings[1].points[-1].id == new_id  # later steps still find it

    # Ctrl+N on a point plans for the point's meeting; Escape goes back to the tree.
    go_to(pane, point_row(pane, "Ejendomsanalyse på skoleområdet"))
    qtbot.keyClick(pane.view, Qt.Key.Key_N, CTRL)
    assert pane.new_point.hasFocus()
    qtbot.keyClick(pane.new_point, Qt.Key.Key_Escape)
    assert pane.view.hasFocus()


def test_a_point_without_a_meeting_goes_to_the_points_awaiting_a_date(
        window: Any, pane: Any, ctx: Any, qtbot: Any) -> None:
    go_to(pane, pane.model.meeting_index(None))
    qtbot.keyClick(pane.view, Qt.Key.Key_Insert)
    qtbot.keyClicks(pane.new_point, "Kommunikationsstrategi")
    pane.add_button.click()
    assert texts(ctx, None)[-1] == "Kommunikationsstrategi"
    assert shown(pane, None)[-1] == "Kommunikationsstrategi"


def test_move_between_meetings_by_keyboard_and_undo(
        window: Any, pane: Any, ctx: Any, qtbot: Any, qtmodeltester: Any) -> None:
    qtmodeltester.check(pane.model)
    point = "Befolkningsprognose/befolkningstal notat"
    go_to(pane, point_row(pane, point))

    qtbot.keyClick(pane.view, Qt.Key.Key_Down, ALT)  # to the top of the next meeting
    assert texts(ctx, DEC_2) == ["Ejendomsanalyse på skoleområdet"]
    assert texts(ctx, DEC_9) == [point, "Udmøntningsplan 2027 – Tværgående emner",
                                 "Ny model for sygefravær 1-3-10"]
    assert current_text(pane) == point  # the selection follows the point

    qtbot.keyClick(pane.view, Qt.Key.Key_Down, CTRL)  # one down within the meeting
    assert texts(ctx, DEC_9)[:2] == ["Udmøntningsplan 2027 – Tværgående emner", point]

    qtbot.keyClick(pane.view, Qt.Key.Key_Down, ALT)  # after the last meeting: awaiting a date
    assert texts(ctx, None)[0] == point
    assert point not in texts(ctx, DEC_9)
    assert shown(pane, None)[0] == point

    qtbot.keyClick(pane.view, Qt.Key.Key_Up, ALT)  # back: the end of the meeting before
    assert texts(ctx, DEC_9)[-1] == point
    assert point not in texts(ctx, None)

    qtbot.keyClick(pane.view, Qt.Key.Key_Up, CTRL)
    assert texts(ctx, DEC_9) == ["Udmøntningsplan 2027 – Tværgående emner", point,
                                 "Ny model for sygefravær 1-3-10"]

    for _ in range(5):
        window.undo_action.trigger()
    assert texts(ctx, DEC_2) == [point, "Ejendomsanalyse på skoleområdet"]
    assert texts(ctx, DEC_9) == ["Udmøntningsplan 2027 – Tværgående emner",
                                 "Ny model for sygefravær 1-3-10"]
    assert shown(pane, DEC_2)[0] == point
    window.redo_action.trigger()
    assert texts(ctx, DEC_9)[0] == point


def test_move_by_drag_and_drop_between_meetings_and_to_and_from_undated(
        window: Any, pane: Any, ctx: Any, qtmodeltester: Any) -> None:
    qtmodeltester.check(pane.model)
    model = pane.model
    point = "Ejendomsanalyse på skoleområdet"
    source = point_row(pane, point)
    # The view hands over every column of the dragged row.
    data = model.mimeData([source, source.siblingAtColumn(PlanColumn.NOTE)])
    target = model.meeting_index(DEC_9)
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 1, 0, target)
    model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, target)  # between its two points
    assert texts(ctx, DEC_9) == ["Udmøntningsplan 2027 – Tværgående emner", point,
                                 "Ny model for sygefravær 1-3-10"]
    assert shown(pane, DEC_9)[1] == point
    assert texts(ctx, DEC_2) == ["Befolkningsprognose/befolkningstal notat"]

    # Dropped onto the group's row: last of the points awaiting a date.
    data = model.mimeData([point_row(pane, point)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.meeting_index(None))
    assert texts(ctx, None)[-1] == point

    # And from there onto a meeting's date row: last of that meeting's points.
    undated = texts(ctx, None)[0]
    model.dropMimeData(model.mimeData([point_row(pane, undated)]), Qt.DropAction.MoveAction,
                       -1, -1, model.meeting_index(COMING))
    assert texts(ctx, COMING) == [undated]
    assert undated not in texts(ctx, None)

    # Down within the same meeting: in front of the row it is dropped on.
    first = "Udmøntningsplan 2027 – Tværgående emner"
    model.dropMimeData(model.mimeData([point_row(pane, first)]), Qt.DropAction.MoveAction,
                       2, 0, model.meeting_index(DEC_9))
    assert texts(ctx, DEC_9) == ["Ny model for sygefravær 1-3-10", first]

    for _ in range(4):
        window.undo_action.trigger()
    assert texts(ctx, DEC_2) == ["Befolkningsprognose/befolkningstal notat", point]
    assert texts(ctx, DEC_9) == [first, "Ny model for sygefravær 1-3-10"]
    assert texts(ctx, COMING) == []
    assert undated in texts(ctx, None) and point not in texts(ctx, None)
    window.redo_action.trigger()
    assert texts(ctx, DEC_9)[1] == point


def test_drops_where_no_point_can_go_are_refused(
        window: Any, pane: Any, ctx: Any, qtmodeltester: Any) -> None:
    window.half_year_action.setChecked(True)
    qtmodeltester.check(pane.model)
    model = pane.model
    data = model.mimeData([point_row(pane, "APV")])
    rows = top_rows(pane)
    period = model.index([r[0] for r in rows].index("period"), 0)
    cancelled = model.meeting_index(DEC_23)
    for parent, row in ((period, -1), (cancelled, -1), (QModelIndex(), 2)):
        assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent)
        model.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent)
    assert texts(ctx, DEC_16) == ["APV", "Program for chefforum"]
    assert not window.undo_action.isEnabled()


def test_edit_a_point_with_f2_and_undo(
        window: Any, pane: Any, ctx: Any, qtbot: Any, qtmodeltester: Any) -> None:
    qtmodeltester.check(pane.model)
    go_to(pane, point_row(pane, "Ny model for sygefravær 1-3-10"))
    qtbot.keyClick(pane.view, Qt.Key.Key_F2)
    type_into_editor(qtbot, pane.view, "Ny model for sygefravær 1-3-10, status")
    assert texts(ctx, DEC_9)[1] == "Ny model for sygefravær 1-3-10, status"
    assert shown(pane, DEC_9)[1] == "Ny model for sygefravær 1-3-10, status"
    window.undo_action.trigger()
    assert texts(ctx, DEC_9)[1] == "Ny model for sygefravær 1-3-10"
    window.redo_action.trigger()
    assert texts(ctx, DEC_9)[1] == "Ny model for sygefravær 1-3-10, status"


def test_an_emptied_point_is_not_stored(pane: Any, ctx: Any, qtbot: Any) -> None:
    go_to(pane, point_row(pane, "Ny model for sygefravær 1-3-10"))
    qtbot.keyClick(pane.view, Qt.Key.Key_F2)
    type_into_editor(qtbot, pane.view, "   ")
    assert texts(ctx, DEC_9)[1] == "Ny model for sygefravær 1-3-10"


def test_remove_a_point_and_undo_brings_it_back_in_its_place(
        window: Any, pane: Any, ctx: Any, qtbot: Any, qtmodeltester: Any) -> None:
    qtmodeltester.check(pane.model)
    point = "Befolkningsprognose/befolkningstal notat"
    go_to(pane, point_row(pane, point))
    qtbot.keyClick(pane.view, Qt.Key.Key_Down, ALT)  # first a move …
    qtbot.keyClick(pane.view, Qt.Key.Key_Delete)  # … then away with it
    assert point not in texts(ctx, DEC_9) and point not in texts(ctx, DEC_2)
    assert point not in shown(pane, DEC_9)
    assert current_text(pane) == "Udmøntningsplan 2027 – Tværgående emner"  # its neighbour

    window.undo_action.trigger()
    assert texts(ctx, DEC_9)[0] == point
    window.undo_action.trigger()  # the move before it still finds the point
    assert texts(ctx, DEC_2) == [point, "Ejendomsanalyse på skoleområdet"]
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert point not in texts(ctx, DEC_9)


# --- the meetings --------------------------------------------------------------------------------

def test_cancel_a_meeting_with_a_reason_and_hold_it_after_all(
        window: Any, pane: Any, ctx: Any, qtbot: Any, qtmodeltester: Any) -> None:
    qtmodeltester.check(pane.model)
    go_to(pane, pane.model.meeting_index(DEC_2))
    assert pane.row_actions.cancel_action.isEnabled()
    dialog = pane.dates.ask_cancel_current()
    assert isinstance(dialog, CancelMeetingDialog) and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a cancelled meeting says why
    qtbot.keyClicks(dialog.reason_box.lineEdit(), "Aflyst pga. Fælles lederdag")
    ok.click()

    cancelled = meeting(ctx, DEC_2)
    assert cancelled.cancelled and cancelled.cancel_reason == "Aflyst pga. Fælles lederdag"
    index = pane.model.meeting_index(DEC_2)
    assert index.siblingAtColumn(PlanColumn.NOTE).data() == "Aflyst pga. Fælles lederdag"
    assert index.data(Qt.ItemDataRole.FontRole).strikeOut()
    # The next three held meetings now reach one week further.
    assert [r[1] for r in top_rows(pane) if r[0] == "meeting"] == [COMING, DEC_2, DEC_9, DEC_16]
    # Nothing more is planned for a meeting that will not be held.
    data = pane.model.mimeData([point_row(pane, "APV")])
    assert not pane.model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, index)

    window.undo_action.trigger()
    assert not meeting(ctx, DEC_2).cancelled
    window.redo_action.trigger()
    assert meeting(ctx, DEC_2).cancel_reason == "Aflyst pga. Fælles lederdag"

    go_to(pane, pane.model.meeting_index(DEC_2))
    assert pane.row_actions.uncancel_action.isEnabled() and not pane.row_actions.cancel_action.isEnabled()
    pane.row_actions.uncancel_action.trigger()
    assert not meeting(ctx, DEC_2).cancelled
    assert pane.model.meeting_index(DEC_2).siblingAtColumn(PlanColumn.NOTE).data() == ""
    window.undo_action.trigger()
    assert meeting(ctx, DEC_2).cancel_reason == "Aflyst pga. Fælles lederdag"


def test_a_meeting_with_an_agenda_cannot_be_cancelled_here(pane: Any) -> None:
    go_to(pane, pane.model.meeting_index(COMING))
    assert not pane.row_actions.cancel_action.isEnabled()
    assert pane.dates.ask_cancel_current() is None


def test_note_on_a_meeting_typed_in_place(
        window: Any, pane: Any, ctx: Any, qtbot: Any) -> None:
    go_to(pane, pane.model.meeting_index(DEC_2))
    qtbot.keyClick(pane.view, Qt.Key.Key_F2)  # on a date row F2 edits the meeting's note
    type_into_editor(qtbot, pane.view, "Kim Bruun Nielsen deltager ikke på mødet")
    assert meeting(ctx, DEC_2).note == "Kim Bruun Nielsen deltager ikke på mødet"
    assert pane.model.meeting_index(DEC_2).siblingAtColumn(PlanColumn.NOTE).data() == \
        "Kim Bruun Nielsen deltager ikke på mødet"
    window.undo_action.trigger()
    assert meeting(ctx, DEC_2).note is None


def test_enter_on_a_date_opens_its_meeting_only_when_it_has_an_agenda(
        window: Any, pane: Any, qtbot: Any) -> None:
    go_to(pane, pane.model.meeting_index(COMING))
    with qtbot.waitSignal(pane.meeting_activated) as opened:
        qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    assert opened.args == [COMING]
    assert window.document.meeting.date == COMING
    background = pane.model.meeting_index(COMING).data(Qt.ItemDataRole.BackgroundRole)
    assert background is not None  # the open meeting stands out

    go_to(pane, pane.model.meeting_index(DEC_2))
    asked: list[str] = []
    pane.confirm = lambda question: asked.append(question) or False  # "no, not yet"
    with qtbot.assertNotEmitted(pane.meeting_activated):
        qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    assert "2. december 2026" in asked[0]
    assert window.document.meeting.date == COMING
    # The question counts as a person does: no "the 0 points", "the 1 points" (Danish alike).
    points = len(meeting(window.ctx, DEC_2).points)
    said = {0: "from the standing items?", 1: "the one point planned"}
    assert said.get(points, f"the {points} points planned") in asked[0]


def test_context_menu_offers_the_same_edits(pane: Any) -> None:
    go_to(pane, point_row(pane, "Ny model for sygefravær 1-3-10"))
    menu = pane.row_actions.menu()
    actions = menu.actions()
    assert {pane.row_actions.edit_action, pane.row_actions.remove_action, pane.row_actions.earlier_action, pane.row_actions.later_action,
            pane.row_actions.up_action, pane.row_actions.down_action, pane.row_actions.add_action} <= set(actions)
    assert pane.row_actions.later_action.shortcut().toString() == "Alt+Down"
    move_to = next(a.menu() for a in actions if a.menu() is not None)
    move_to.actions()[-1].trigger()  # the last target: awaiting a date
    assert texts(pane.ctx, None)[0] == "Ny model for sygefravær 1-3-10"

    go_to(pane, pane.model.meeting_index(DEC_2))
    actions = pane.row_actions.menu().actions()
    assert pane.row_actions.cancel_action in actions and pane.row_actions.note_action in actions


def test_shows_what_others_change_in_the_plan(pane: Any, ctx: Any) -> None:
    ctx.plan.add_point(BOARD, DEC_9, "Punkt fra en anden rude")
    ctx.signals.plan_changed.emit(None)
    assert shown(pane, DEC_9)[-1] == "Punkt fra en anden rude"


def test_a_drop_on_the_tree_lands_where_the_pointer_is(
        window: Any, pane: Any, ctx: Any, qtbot: Any) -> None:
    """The drop events a user's drag ends with, sent to the tree's viewport."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    view, model = pane.view, pane.model
    qtbot.waitExposed(view)
    point = "Befolkningsprognose/befolkningstal notat"

    def drop_at(where: Any) -> None:
        data = model.mimeData([point_row(pane, point)])
        move, buttons, keys = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton, \
            Qt.KeyboardModifier.NoModifier
        for event in (QDragEnterEvent(QPointF(where), move, data, buttons, keys),
                      QDragMoveEvent(QPointF(where), move, data, buttons, keys)):
            QApplication.sendEvent(view.viewport(), event)
            assert event.isAccepted()
        QApplication.sendEvent(view.viewport(), QDropEvent(QPointF(where), move, data, buttons, keys))

    # Onto the date of 9 December: last of its points.
    drop_at(view.visualRect(model.meeting_index(DEC_9)).center())
    assert texts(ctx, DEC_9)[-1] == point
    # Onto the upper edge of "Udmøntningsplan …": in front of it.
    first = view.visualRect(point_row(pane, "Udmøntningsplan 2027 – Tværgående emner"))
    drop_at(QPoint(first.center().x(), first.top() + 1))
    assert texts(ctx, DEC_9)[0] == point
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert texts(ctx, DEC_2)[0] == point


def test_undo_of_a_step_someone_else_has_overtaken_is_passed_over_with_a_message(
        window: Any, pane: Any, ctx: Any, qtbot: Any) -> None:
    go_to(pane, point_row(pane, "Ejendomsanalyse på skoleområdet"))
    qtbot.keyClick(pane.view, Qt.Key.Key_Down, ALT)
    moved = texts(ctx, DEC_9)[0]
    point_id = next(p.id for p in meeting(ctx, DEC_9).points if p.text == moved)
    ctx.plan.remove_point(point_id)  # another workstation removes the point
    ctx.signals.plan_changed.emit(None)
    with qtbot.waitSignal(ctx.signals.status_message):
        window.undo_action.trigger()
    assert texts(ctx, DEC_2) == ["Befolkningsprognose/befolkningstal notat"]


def test_a_planned_date_gets_its_agenda_in_one_step(window: Any) -> None:
    import datetime as dt

    pane = window.plan_pane
    asked: list[str] = []
    pane.confirm = lambda question: asked.append(question) or True
    day = dt.date(2026, 12, 2)
    pane.open_date(day)
    assert asked and ("2 points" in asked[0] or "2 punkter" in asked[0])
    meeting = window.document.meeting
    assert meeting is not None and meeting.date == day
    titles = [i.title for i in meeting.items]
    assert "Befolkningsprognose/befolkningstal notat" in titles
    assert titles[0].startswith("Beslutningsprotokoller og dagsordener")
    assert titles[-1] == "Gennemgang af portefølje og tre næstkommende møder"
    assert meeting.schedule[-1].title == "Mødet afsluttes"
    assert window.agenda_pane.date_label.text() == "Onsdag den 2. december 2026"
