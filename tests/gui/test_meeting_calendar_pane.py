"""The calendar in the forward plan pane: holidays and closed periods marked, a meeting
cancelled asks where its points go, a meeting moved keeps them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from dirdesk.gui.plan.model import HOLIDAY, DateRole, KindRole, PlanColumn, PlanRole
from tests.gui.test_plan_pane import go_to, meeting, texts

pytestmark = pytest.mark.gui

BOARD = "Direktionen"
DEC_2, DEC_9, DEC_10 = dt.date(2026, 12, 2), dt.date(2026, 12, 9), dt.date(2026, 12, 10)
WEEK_7_WEDNESDAY, WEEK_7_THURSDAY = dt.date(2027, 2, 17), dt.date(2027, 2, 18)
ASCENSION = dt.date(2027, 5, 6)  # Kristi himmelfartsdag


@pytest.fixture
def pane(window: Any) -> Any:
    return window.plan_pane


def row_of(pane: Any, date: dt.date) -> int:
    model = pane.model
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data(DateRole) == date)


def ok(dialog: Any) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_half_year_is_planned_from_the_board_s_weekday(pane: Any, ctx: Any) -> None:
    later = ctx.today + dt.timedelta(weeks=4)
    ctx.today = later
    pane.set_half_year(True)
    dates = [m.date for m in ctx.plan.plan(BOARD, later).meetings]
    assert dates[-1] > later + dt.timedelta(days=176) and dates[-1].weekday() == 2


def test_a_meeting_on_a_holiday_is_flagged(pane: Any, ctx: Any) -> None:
    ctx.plan.ensure_meeting(BOARD, ASCENSION)
    pane.set_half_year(True)
    index = pane.model.index(row_of(pane, ASCENSION), 0)
    assert index.data(KindRole) == "meeting"
    assert index.data(PlanRole.OFF) == "Kristi himmelfartsdag"
    assert index.siblingAtColumn(PlanColumn.NOTE).data() == "Kristi himmelfartsdag"
    assert index.data(Qt.ItemDataRole.ForegroundRole) == HOLIDAY
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert "Kristi himmelfartsdag" in index.data(Qt.ItemDataRole.ToolTipRole)
    ordinary = pane.model.index(row_of(pane, dt.date(2027, 5, 12)), 0)
    assert ordinary.data(PlanRole.OFF) is None
    assert ordinary.data(Qt.ItemDataRole.ForegroundRole) != HOLIDAY


def test_school_holiday_week_7_marks_the_wednesday_in_week_7(
        window: Any, pane: Any, ctx: Any, qtbot: Any) -> None:
    # The Wednesday's meeting was moved to Thursday before the holiday was known.
    ctx.today = dt.date(2027, 2, 1)
    pane.dates.move_meeting(WEEK_7_WEDNESDAY, WEEK_7_THURSDAY)
    pane.set_half_year(True)
    window.plan_pane.row_actions.periods_action.trigger()
    from dirdesk.gui.dialogs.periods import ClosedPeriodsDialog
    periods = window.findChild(ClosedPeriodsDialog)
    assert periods is not None and periods.isVisible()
    editor = periods.ask_add()
    assert editor.by_weeks.isChecked()
    qtbot.keyClicks(editor.label_edit, "Vinterferie uge 7")
    editor.year.setValue(2027)
    editor.first_week.setValue(7)
    editor.last_week.setValue(7)
    ok(editor)
    winter = [p.label for p in periods.periods].index("Vinterferie uge 7")
    assert "15. feb. – 21. feb. 2027" in periods.list.item(winter).text()

    wednesday = pane.model.index(row_of(pane, WEEK_7_WEDNESDAY), 0)
    assert wednesday.data(KindRole) == "holiday"  # not proposed as a meeting
    assert wednesday.siblingAtColumn(PlanColumn.NOTE).data() == "Vinterferie uge 7"
    assert wednesday.data(Qt.ItemDataRole.ForegroundRole) == HOLIDAY
    assert "Vinterferie uge 7" in wednesday.data(Qt.ItemDataRole.ToolTipRole)
    assert pane.model.rows()[wednesday.row()].takes_points is False
    thursday = meeting(ctx, WEEK_7_THURSDAY)
    assert thursday.cancelled and thursday.cancel_reason == "Vinterferie uge 7"

    periods.list.setCurrentRow(winter)
    periods.remove_current()
    assert "Vinterferie uge 7" not in [p.label for p in periods.periods]
    assert not meeting(ctx, WEEK_7_THURSDAY).cancelled
    periods.reject()


def test_cancelling_asks_where_the_points_go_and_they_land_there(
        window: Any, pane: Any, ctx: Any, qtbot: Any) -> None:
    points = texts(ctx, DEC_2)
    nine = texts(ctx, DEC_9)
    go_to(pane, pane.model.meeting_index(DEC_2))
    dialog = pane.dates.ask_cancel_current()
    assert dialog.points_table.rowCount() == 2
    assert [box.currentIndex() for box in dialog.target_boxes] == [0, 0]  # the next meeting
    assert dialog.targets[0] == DEC_9 and dialog.targets[-1] is None
    dialog.set_destination(1, None)
    qtbot.keyClicks(dialog.reason_box.lineEdit(), "Aflyst pga. Fælles lederdag")
    ok(dialog)

    assert meeting(ctx, DEC_2).cancelled and texts(ctx, DEC_2) == []
    assert texts(ctx, DEC_9) == [*nine, points[0]]
    assert points[1] in texts(ctx, None)

    window.undo_action.trigger()
    assert not meeting(ctx, DEC_2).cancelled
    assert texts(ctx, DEC_2) == points and texts(ctx, DEC_9) == nine


def test_move_a_meeting_to_a_free_date_and_refuse_a_taken_one(
        window: Any, pane: Any, ctx: Any) -> None:
    points = texts(ctx, DEC_9)
    go_to(pane, pane.model.meeting_index(DEC_9))
    assert pane.row_actions.move_meeting_action.isEnabled()
    dialog = pane.dates.ask_move_current()
    dialog.date_edit.setDate(QDate(2026, 12, 2))
    ok(dialog)
    assert dialog.isVisible()
    assert dialog.error.text() == ("Direktionen already has a meeting on onsdag den 2. december "
                                   "2026. Choose another date.")  # Danish where installed
    dialog.date_edit.setDate(QDate(2026, 12, 10))
    ok(dialog)
    assert not dialog.isVisible()
    assert texts(ctx, DEC_10) == points
    assert DEC_9 not in [m.date for m in ctx.plan.plan(BOARD, ctx.today).meetings]
    assert pane.model.meeting_index(DEC_10).isValid()

    window.undo_action.trigger()
    assert texts(ctx, DEC_9) == points
    assert DEC_10 not in [m.date for m in ctx.plan.plan(BOARD, ctx.today).meetings]
