"""The plan's meetings as dates: their notes, cancelling one (and where its points go),
holding it after all, moving it to another date, and the board's closed periods."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from dirdesk.domain import danish
from dirdesk.domain.forward_plan import MoveRefusal, move_refusal
from dirdesk.domain.messages import UserError
from dirdesk.gui.dialogs.periods import ClosedPeriodsDialog, MoveMeetingDialog
from dirdesk.gui.dialogs.plan import CancelMeetingDialog, in_sentence
from dirdesk.gui.plan.model import PlanColumn
from dirdesk.gui.plan.rows import RowKind
from dirdesk.gui.wording import shown
from dirdesk.services.calendar import PointPlace

if TYPE_CHECKING:
    from dirdesk.gui.plan.pane import PlanPane


class MeetingDates(QObject):
    """The plan pane's actions on a meeting's date, each one undoable edit of the plan."""

    def __init__(self, pane: PlanPane) -> None:
        super().__init__(pane)
        self.pane = pane
        self.ctx = pane.ctx

    def edit_current_note(self) -> None:
        row = self.pane.current_row()
        if row is None or row.kind is not RowKind.MEETING or not row.takes_points:
            return
        index = self.pane.model.meeting_index(row.date).siblingAtColumn(PlanColumn.NOTE)
        self.pane.view.setCurrentIndex(index)
        self.pane.view.edit(index)

    def set_note(self, date: dt.date, note: str) -> None:
        old = next((r.meeting.note for r in self.pane.model.rows() if r.meeting and r.date == date),
                   None)
        self.pane.push_plan_edit(self.tr("Edit note"),
                                 lambda: self.ctx.plan.set_note(self.ctx.board, date, note or None),
                                 lambda: self.ctx.plan.set_note(self.ctx.board, date, old))

    def ask_cancel_current(self) -> CancelMeetingDialog | None:
        """The dialog asking why the board will not meet; OK cancels the meeting."""
        row = self.pane.current_row()
        if row is None or row.date is None or not self.pane.row_actions.cancel_action.isEnabled():
            return None
        date = row.date
        plan = self.ctx.plan.plan(self.ctx.board, date - dt.timedelta(days=1))
        # The next meeting first: the default place for the points of a cancelled one.
        targets = [m.date for m in plan.upcoming(date) if not m.cancelled]
        points = row.meeting.points if row.meeting else ()
        reasons = ([self.pane.marks[date]] if date in self.pane.marks else []) + self.pane.known_reasons
        dialog = CancelMeetingDialog(date, reasons, self.pane, points, targets)
        dialog.accepted.connect(
            lambda: self.cancel_meeting(date, dialog.reason(), dialog.destinations()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def cancel_meeting(self, date: dt.date, reason: str,
                       destinations: list[tuple[int, dt.date | None]] | None = None) -> None:
        """Cancel the meeting; its points go where ``destinations`` says (else they stay)."""
        places: list[PointPlace] = []

        def do() -> None:
            places[:] = self.ctx.calendar.cancel_meeting(self.ctx.board, date, reason,
                                                     destinations or [])

        self.pane.push_plan_edit(self.tr("Cancel meeting"), do,
                             lambda: self.ctx.calendar.undo_cancel(self.ctx.board, date, places))

    # --- moving a meeting ---------------------------------------------------------------------

    def ask_move_current(self) -> MoveMeetingDialog | None:
        """The dialog asking for the new date; OK moves the meeting with its agenda and points."""
        row = self.pane.current_row()
        if row is None or row.date is None or not self.pane.row_actions.move_meeting_action.isEnabled():
            return None
        old = row.date
        dialog = MoveMeetingDialog(old, self._date_taken, self._marks_on, self.pane)
        dialog.accepted.connect(lambda: self.move_meeting(old, dialog.new_date()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _date_taken(self, day: dt.date) -> str | None:
        refusal = move_refusal(day, self.ctx.today, self.pane.statuses)
        if refusal is MoveRefusal.PASSED:
            return self.tr("{date} has passed; choose a coming date.").format(
                date=danish.long_date(day))  # opens the sentence: a capital
        if refusal is MoveRefusal.TAKEN:
            return self.tr("{board} already has a meeting on {date}. Choose another date.")\
                .format(board=self.ctx.board, date=in_sentence(danish.long_date(day)))
        return None

    def _marks_on(self, day: dt.date) -> str | None:
        if day in self.pane.marks:
            return self.pane.marks[day]
        try:
            marks = self.ctx.calendar.marks(self.ctx.board, day - dt.timedelta(days=1), day)
        except KeyError:
            return None
        return marks.get(day)

    def move_meeting(self, old: dt.date, new: dt.date) -> None:
        self.pane.push_plan_edit(self.tr("Move meeting"), lambda: self._move(old, new),
                             lambda: self._move(new, old))

    def _move(self, old: dt.date, new: dt.date) -> None:
        # The open meeting is saved under its old date first, then opened under the new one.
        document = getattr(self.pane.window(), "document", None)
        was_open = self.pane.open_date_shown == old
        if was_open and document is not None:
            document.flush()
        try:
            self.ctx.calendar.move_meeting(self.ctx.board, old, new)
        except UserError as exc:
            self.ctx.signals.status_message.emit(shown(exc))
            return
        self.ctx.signals.meeting_changed.emit(self.ctx.board, new, self)
        if was_open:
            self.pane.meeting_activated.emit(new)

    def edit_closed_periods(self) -> ClosedPeriodsDialog:
        dialog = ClosedPeriodsDialog(self.ctx, self.pane)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def uncancel_current(self) -> None:
        row = self.pane.current_row()
        if row is None or row.meeting is None or not row.meeting.cancelled:
            return
        date, reason = row.meeting.date, row.meeting.cancel_reason or ""
        self.pane.push_plan_edit(self.tr("Hold the meeting after all"),
                             lambda: self.ctx.plan.uncancel(self.ctx.board, date),
                             lambda: self.ctx.plan.cancel(self.ctx.board, date, reason))
