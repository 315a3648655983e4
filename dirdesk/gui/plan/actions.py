"""The forward plan pane's actions: which apply to the row in front, its context menu."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from dirdesk.domain import danish
from dirdesk.domain.model import MeetingStatus
from dirdesk.gui.plan.rows import RowKind
from dirdesk.gui.plan.view import meeting_words

if TYPE_CHECKING:
    from dirdesk.gui.plan.pane import PlanPane


class PlanActions(QObject):
    """The plan's actions, bound to its tree's keys, enabled for what the current row is."""

    def __init__(self, pane: PlanPane) -> None:
        super().__init__(pane)
        self.pane = pane
        self._build()

    def _action(self, text: str, slot: Callable[[], object], *keys: str) -> QAction:
        action = QAction(text, self.pane)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.pane.view.bind(action)
        return action

    def _build(self) -> None:
        self.open_action = self._action(self.tr("&Open meeting"), self.pane.open_current)
        self.add_action = self._action(self.tr("&New point…"), self.pane.start_new_point, "Ins", "Ctrl+N")
        self.edit_action = self._action(self.tr("&Edit"), self.pane.edit_current, "F2")
        self.remove_action = self._action(self.tr("&Remove point"), self.pane.remove_current, "Del")
        self.earlier_action = self._action(self.tr("Move to &previous meeting"),
                                           lambda: self.move_current_to_meeting(-1), "Alt+Up")
        self.later_action = self._action(self.tr("Move to ne&xt meeting"),
                                         lambda: self.move_current_to_meeting(+1), "Alt+Down")
        self.up_action = self._action(self.tr("Move &up"), lambda: self.move_current_within(-1),
                                      "Ctrl+Up")
        self.down_action = self._action(self.tr("Move &down"), lambda: self.move_current_within(+1),
                                        "Ctrl+Down")
        self.note_action = self._action(self.tr("Edit &note"), self.pane.dates.edit_current_note)
        self.cancel_action = self._action(self.tr("&Cancel meeting…"), self.pane.dates.ask_cancel_current)
        self.uncancel_action = self._action(self.tr("&Hold the meeting after all"),
                                            self.pane.dates.uncancel_current)
        self.move_meeting_action = self._action(self.tr("Mo&ve meeting…"), self.pane.dates.ask_move_current)
        self.periods_action = QAction(self.tr("&Closed periods and holidays…"), self.pane)
        self.periods_action.triggered.connect(self.pane.dates.edit_closed_periods)

    def show_menu(self, at: QPoint) -> None:
        self.update()
        menu = self.menu()
        menu.exec(self.pane.view.viewport().mapToGlobal(at))
        menu.deleteLater()

    def menu(self) -> QMenu:
        menu = QMenu(self.pane)
        menu.setObjectName("planMenu")
        row = self.pane.current_row()
        if row is not None and row.kind is RowKind.MEETING and not self.pane.current_point():
            menu.addAction(self.open_action)
            menu.addSeparator()
        menu.addAction(self.add_action)
        if self.pane.current_point() is not None:
            menu.addAction(self.edit_action)
            move_to = menu.addMenu(self.tr("Move &to"))
            for target in self.pane.model.rows():
                if target.takes_points and target is not row:
                    label = self.tr("Points awaiting a date") if target.date is None else \
                        danish.long_date(target.date)
                    move_to.addAction(label).triggered.connect(
                        lambda _checked=False, date=target.date: self.move_current_to(date))
            menu.addAction(self.earlier_action)
            menu.addAction(self.later_action)
            menu.addAction(self.up_action)
            menu.addAction(self.down_action)
            menu.addSeparator()
            menu.addAction(self.remove_action)
        elif row is not None and row.kind is RowKind.MEETING:
            menu.addAction(self.note_action)
            menu.addAction(self.move_meeting_action)
            menu.addAction(self.uncancel_action if row.meeting and row.meeting.cancelled
                           else self.cancel_action)
        menu.addSeparator()
        menu.addAction(self.periods_action)
        return menu

    def update(self) -> None:
        row, point = self.pane.current_row(), self.pane.current_point()
        meeting = row.meeting if row is not None and point is None else None
        # As Enter: a meeting with an agenda opens, a planned date gets one first.
        self.open_action.setEnabled(meeting is not None and (
            meeting.date in self.pane._with_content or not meeting.cancelled))
        for action in (self.edit_action, self.remove_action, self.earlier_action, self.later_action,
                       self.up_action, self.down_action):
            action.setEnabled(point is not None)
        if meeting is not None and point is None:
            self.edit_action.setEnabled(not meeting.cancelled)
        self.note_action.setEnabled(meeting is not None and not meeting.cancelled)
        self.cancel_action.setEnabled(meeting is not None and not meeting.cancelled
                                      and self.pane.statuses.get(meeting.date) is MeetingStatus.PLANNED)
        self.uncancel_action.setEnabled(meeting is not None and meeting.cancelled)
        self.move_meeting_action.setEnabled(
            meeting is not None and not meeting.cancelled and self.pane.statuses.get(meeting.date)
            in (MeetingStatus.PLANNED, MeetingStatus.AGENDA_ISSUED))
        target = self.pane._add_target()
        self.pane.new_point.setPlaceholderText(
            self.tr("New point awaiting a date – type and press Enter") if target is None else
            self.tr("New point for {meeting} – type and press Enter").format(
                meeting=meeting_words(target)))
        self.pane.add_button.setEnabled(bool(self.pane.new_point.text().strip()))

    # --- moving the current point by keyboard ---------------------------------------------

    def move_current_to_meeting(self, step: int) -> None:
        """Alt+Up/Down: to the end of the meeting before, or the top of the one after."""
        point, row = self.pane.current_point(), self.pane.current_row()
        if point is None or point.id is None or row is None:
            return
        targets = [r for r in self.pane.model.rows() if r.takes_points]
        here = next(i for i, r in enumerate(targets) if r is row)
        if not 0 <= here + step < len(targets):
            return
        target = targets[here + step]
        self.pane.move_point(point.id, target.date, len(target.points) if step < 0 else 0)

    def move_current_within(self, step: int) -> None:
        point = self.pane.current_point()
        place = self.pane.place_of(point.id) if point is not None and point.id is not None else None
        if point is None or point.id is None or place is None:
            return
        row, position = place
        if 0 <= position + step < len(row.points):
            self.pane.move_point(point.id, row.date, position + step)

    def move_current_to(self, date: dt.date | None) -> None:
        point = self.pane.current_point()
        if point is not None and point.id is not None:
            self.pane.move_point(point.id, date, 0 if date is None else len(
                next((r.points for r in self.pane.model.rows() if r.takes_points and r.date == date), ())))
