"""The forward plan pane: coming meetings and their points, moved by dragging or by keyboard."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dirdesk.domain import danish
from dirdesk.domain.forward_plan import PlannedPoint
from dirdesk.domain.model import MeetingStatus
from dirdesk.gui.context import AppContext
from dirdesk.gui.editing.commands import AddPoint, PlanEdit, RemovePoint
from dirdesk.gui.editing.model import PLAN, commit_open_editor
from dirdesk.gui.plan.actions import PlanActions
from dirdesk.gui.plan.meetings import MeetingDates
from dirdesk.gui.plan.model import PlanColumn, PlanModel, PlanRole
from dirdesk.gui.plan.rows import PlanRow, RowKind, plan_rows
from dirdesk.gui.plan.view import PlanDelegate, PlanView

log = logging.getLogger(__name__)

HALF_YEAR = dt.timedelta(days=183)
DEFAULT_COUNT = 3  # "tre næstkommende møder"

# What a row is, across refreshes: a point by id, a meeting by date, a period by start, the group.
RowKey = tuple[str, object]


class PlanPane(QWidget):
    meeting_activated = Signal(object)  # dt.date

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.confirm: Callable[[str], bool] = self._confirm  # replaceable in tests
        self.setObjectName("PlanPane")
        self.statuses: dict[dt.date, MeetingStatus] = {}
        self._with_content: set[dt.date] = set()
        self.open_date_shown: dt.date | None = None
        self._collapsed: set[RowKey] = set()
        self.known_reasons: list[str] = []  # cancel reasons and closed periods, for the dialog
        self.calendar = ctx.calendar
        self.marks: dict[dt.date, str] = {}  # holidays and closed periods on the coming dates

        self.caption = QLabel(self)
        self.caption.setObjectName("planCaption")
        self.caption.setWordWrap(True)  # a narrow pane wraps it rather than widening the window
        caption_font = self.caption.font()
        caption_font.setBold(True)
        self.caption.setFont(caption_font)

        self.dates = MeetingDates(self)
        self.model = PlanModel(self.edit_point, self.dates.set_note, self.move_point, self)
        self.view = PlanView(self)
        self.view.setObjectName("planTree")
        self.view.setModel(self.model)
        self.view.setItemDelegate(PlanDelegate(self.view))
        self.view.setUniformRowHeights(False)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragDropOverwriteMode(False)
        self.view.setDropIndicatorShown(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setExpandsOnDoubleClick(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(PlanColumn.MEETING, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PlanColumn.MEETING, 190)

        self.new_point = QLineEdit(self)
        self.new_point.setObjectName("newPoint")
        self.new_point.setClearButtonEnabled(True)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setToolTip(self.tr("Plan the point for the chosen meeting (Enter)"))
        self.hint = QLabel(self.tr(
            "Drag points between meetings, or Alt+↑/↓. Ctrl+↑/↓ reorders, Insert adds, "
            "F2 edits, Del removes. Enter on a date opens its agenda."), self)
        self.hint.setObjectName("planHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #6b6b6b;")

        add_row = QHBoxLayout()
        add_row.addWidget(self.new_point, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.hint)

        self.row_actions = PlanActions(self)
        self.view.activated.connect(self._activated)
        self.view.customContextMenuRequested.connect(self.row_actions.show_menu)
        self.view.expanded.connect(lambda index: self._collapsed.discard(self._key(index)))
        self.view.collapsed.connect(lambda index: self._collapsed.add(self._key(index)))
        self.view.selectionModel().currentChanged.connect(lambda *_: self.row_actions.update())
        self.new_point.returnPressed.connect(self._add_typed_point)
        self.new_point.textChanged.connect(lambda _text: self.row_actions.update())
        self.add_button.clicked.connect(self._add_typed_point)
        self.new_point.installEventFilter(self)
        ctx.editing.add_pending(lambda: commit_open_editor(self.view))
        ctx.signals.plan_changed.connect(self._plan_changed)
        ctx.signals.meeting_changed.connect(self._meeting_changed)
        ctx.signals.meeting_opened.connect(self._meeting_opened)
        self.extend_dates()
        self.refresh(figures_now=False)  # at start: once the window is on the screen

    # --- actions ------------------------------------------------------------------------------

    # --- showing ------------------------------------------------------------------------------

    def set_half_year(self, on: bool) -> None:
        self.ctx.settings.half_year = on
        self.extend_dates()
        self.refresh()

    def extend_dates(self) -> None:
        """The board's weekly dates at least a half-year ahead, holidays and closures left out."""
        try:
            self.calendar.extend(self.ctx.board, self.ctx.today, self.ctx.today + HALF_YEAR)
        except Exception:  # another workstation made them first, or no board yet: next time
            log.warning("the coming dates were not planned", exc_info=True)

    def refresh(self, *, figures_now: bool = True) -> None:
        """Load the plan as it is now; the current row and folded meetings stay as they were.
        What past meetings say of it (``plan_figures``): now, or once the plan is drawn."""
        current = self.view.currentIndex()
        key = self._key(current) if current.isValid() else None
        fallback = (self._key(current.parent()) if current.parent().isValid() else None, current.row())
        after = self.ctx.today - dt.timedelta(days=1)
        half_year = self.ctx.settings.half_year
        plan = self.ctx.plan.plan(self.ctx.board, after)
        try:
            self.marks = self.calendar.marks(self.ctx.board, after, self.ctx.today + HALF_YEAR)
        except KeyError:
            self.marks = {}
        rows = plan_rows(plan, after, None if half_year else DEFAULT_COUNT,
                         self.ctx.today + HALF_YEAR if half_year else None, self.marks)
        self._load_meetings()
        self.model.set_rows(rows, self.ctx.today, self._with_content, self.open_date_shown)
        missing = self.ctx.proceedings.not_on_agenda(self.ctx.board, self.ctx.today)
        self.model.set_proceedings({p.id for p in missing if p.id is not None},
                                   self.model.warnings, self.model.proposals)
        fit = self._judge_fit  # judged from the past meetings' clocks
        fit() if figures_now else self.view.after_next_paint(fit)
        self.known_reasons = sorted({m.cancel_reason for m in plan.meetings if m.cancel_reason}
                                     | {p.label for p in plan.closed_periods})
        if half_year:
            until = self.ctx.today + HALF_YEAR
            self.caption.setText(self.tr("The half-year: meetings until {date}").format(
                date=f"{until.day}. {danish.MONTHS[until.month - 1]} {until.year}"))
        else:
            self.caption.setText(self.tr("The next three meetings (Ctrl+H: the half-year)"))
        self._lay_out_rows()
        self._select(key, fallback)
        self.row_actions.update()

    def _judge_fit(self) -> None:
        warnings, proposals = self.ctx.proceedings.plan_figures(self.ctx.board, self.ctx.today)
        self.model.set_proceedings(self.model.missing, warnings, proposals)

    def _load_meetings(self) -> None:  # the coming meetings: what the plan shows and moves to
        summaries = self.ctx.meetings.summaries(self.ctx.board,
                                                after=self.ctx.today - dt.timedelta(days=1))
        self.statuses = {s.date: s.status for s in summaries}
        self._with_content = {s.date for s in summaries if s.item_count}

    def _lay_out_rows(self) -> None:
        for r, row in enumerate(self.model.rows()):
            top = self.model.index(r, 0)
            self.view.setFirstColumnSpanned(r, QModelIndex(),
                                            row.kind not in (RowKind.MEETING, RowKind.HOLIDAY))
            for p in range(len(row.points)):
                self.view.setFirstColumnSpanned(p, top, True)
            self.view.setExpanded(top, self._key(top) not in self._collapsed)

    def _plan_changed(self, _initiator: object) -> None:
        # Our own edits too: the tree is rebuilt from what the database now holds.
        self.refresh()

    def _meetings_changed(self) -> None:
        self._load_meetings()
        self.model.set_meeting_marks(self._with_content, self.open_date_shown)
        self.row_actions.update()

    def _meeting_changed(self, board: str, date: dt.date, _initiator: object = None) -> None:
        """One meeting was saved (a grid row moved, a decision typed): only its own status
        and whether it has an agenda can have changed, so only that meeting is read again."""
        if board != self.ctx.board or date < self.ctx.today:  # a past meeting: not in the plan
            return
        found = self.ctx.meetings.summaries(board, on=date)
        if not found:  # gone: read them all
            self._meetings_changed()
            return
        summary = found[0]
        had = date in self._with_content
        if self.statuses.get(date) is summary.status and had == bool(summary.item_count):
            return  # nothing the plan shows
        self.statuses[date] = summary.status
        if summary.item_count:
            self._with_content.add(date)
        else:
            self._with_content.discard(date)
        self.model.set_meeting_marks(self._with_content, self.open_date_shown)
        self.row_actions.update()

    def _meeting_opened(self, board: str, date: dt.date) -> None:
        if board == self.ctx.board:
            self.open_date_shown = date
            self._meetings_changed()
            # The highlighted row is the open meeting's, unless the user is on it or its points.
            at = self.view.currentIndex()
            if (at.parent() if at.parent().isValid() else at).data(PlanRole.DATE) != date:
                self.select(self.model.meeting_index(date))

    # --- where the user is --------------------------------------------------------------------

    def _key(self, index: QModelIndex) -> RowKey:
        kind = index.data(PlanRole.KIND)
        if kind == RowKind.POINT:
            return ("point", index.data(PlanRole.POINT_ID))
        if kind == RowKind.PERIOD:
            row = self.model.row_of(index)
            return ("period", row.period.start if row and row.period else None)
        return (str(kind), index.data(PlanRole.DATE))

    def _find(self, key: RowKey | None) -> QModelIndex:
        if key is None:
            return QModelIndex()
        kind, value = key
        if kind == "point" and isinstance(value, int):
            return self.model.point_index(value)
        for r in range(self.model.rowCount()):
            index = self.model.index(r, 0)
            if self._key(index) == key:
                return index
        return QModelIndex()

    def _select(self, key: RowKey | None, fallback: tuple[RowKey | None, int]) -> None:
        index = self._find(key)
        if not index.isValid() and fallback[0] is not None:
            parent = self._find(fallback[0])
            if parent.isValid():
                count = self.model.rowCount(parent)
                index = self.model.index(min(fallback[1], count - 1), 0, parent) if count else parent
        if not index.isValid():
            index = self.model.index(0, 0)
        self.select(index)

    def select(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)

    def select_point(self, point_id: int) -> None:
        self.select(self.model.point_index(point_id))

    def current_row(self) -> PlanRow | None:
        return self.model.row_of(self.view.currentIndex())

    def current_point(self) -> PlannedPoint | None:
        return self.model.point_at(self.view.currentIndex())

    def place_of(self, point_id: int) -> tuple[PlanRow, int] | None:
        index = self.model.point_index(point_id)
        row = self.model.row_of(index)
        return (row, index.row()) if row is not None else None

    # --- opening ------------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        if index.data(PlanRole.KIND) == RowKind.MEETING:
            self.open_date(index.data(PlanRole.DATE))

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None and row.kind is RowKind.MEETING and row.date is not None:
            self.open_date(row.date)

    def open_date(self, date: dt.date) -> None:
        """Open the meeting on ``date`` if it has an agenda; a planned date only says so."""
        if date in self._with_content:
            self.meeting_activated.emit(date)
            return
        planned = next((m for m in self.ctx.plan.plan(self.ctx.board, date - dt.timedelta(days=1))
                        .meetings if m.date == date), None)
        if planned is None or planned.cancelled:
            self.ctx.signals.status_message.emit(self.tr("{date} is cancelled.").format(
                date=danish.long_date(date)))
            return
        count = len(planned.points)
        if count == 0:
            question = self.tr("{date} has no agenda yet.\n\nCreate it from the standing items?")
        elif count == 1:
            question = self.tr("{date} has no agenda yet.\n\nCreate it from the standing items and "
                               "the one point planned for the date?")
        else:
            question = self.tr("{date} has no agenda yet.\n\nCreate it from the standing items and the "
                               "{count} points planned for the date?")
        if not self.confirm(question.format(date=danish.long_date(date), count=count)):
            return
        self.ctx.meetings.create_from_plan(self.ctx.board, date)
        self.ctx.signals.plan_changed.emit(None)
        self.meeting_activated.emit(date)

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("New agenda"), question)
        return answer == QMessageBox.StandardButton.Yes

    # --- editing points -----------------------------------------------------------------------

    def push_plan_edit(self, text: str, do: Callable[[], object],
                        undo: Callable[[], object]) -> None:
        self.ctx.editing.push(PLAN, PlanEdit(self.ctx, text, self._guarded(do),
                                             self._guarded(undo), initiator=self))

    def _guarded(self, action: Callable[[], object]) -> Callable[[], None]:
        """An edit whose point or meeting someone else has removed meanwhile is passed over."""
        def run() -> None:
            try:
                action()
            except KeyError:
                self.ctx.signals.status_message.emit(self.tr(
                    "The forward plan has changed meanwhile; that step no longer applies."))
        return run

    def _add_target(self) -> dt.date | None:
        """Where a new point goes: the current meeting (or the point's), else awaiting a date."""
        row = self.current_row()
        return row.date if row is not None and row.takes_points else None

    def start_new_point(self) -> None:
        self.row_actions.update()
        self.new_point.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.new_point.selectAll()

    def _add_typed_point(self) -> None:
        text = " ".join(self.new_point.text().split())
        if not text:
            return
        self.add_point(self._add_target(), text)
        self.new_point.clear()

    def add_point(self, date: dt.date | None, text: str) -> int | None:
        command = AddPoint(self.ctx, self.ctx.board, date, text, self.tr("Add point"), initiator=self)
        self.ctx.editing.push(PLAN, command)
        if command.point_id is not None:
            self.select_point(command.point_id)
        return command.point_id

    def edit_current(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        if self.model.point_at(index) is not None:
            self.view.edit(index.siblingAtColumn(PlanColumn.MEETING))
        else:
            self.dates.edit_current_note()

    def edit_point(self, point_id: int, text: str) -> None:
        old = self.ctx.plan.point(point_id).text
        self.push_plan_edit(self.tr("Edit point"),
                             lambda: self.ctx.plan.edit_point(point_id, text),
                             lambda: self.ctx.plan.edit_point(point_id, old))

    def remove_current(self) -> None:
        point = self.current_point()
        place = self.place_of(point.id) if point is not None and point.id is not None else None
        if point is None or place is None:
            return
        self.ctx.editing.push(PLAN, RemovePoint(self.ctx, self.ctx.board, point, place[1],
                                                self.tr("Remove point"), initiator=self))

    def move_point(self, point_id: int, date: dt.date | None, position: int) -> None:
        place = self.place_of(point_id)
        if place is None:
            return
        row, old_position = place
        if row.date == date and old_position == position:
            return
        old_date = row.date
        self.push_plan_edit(self.tr("Move point"),
                             lambda: self.ctx.plan.move_point(point_id, date, position),
                             lambda: self.ctx.plan.move_point(point_id, old_date, old_position))
        self.select_point(point_id)

    # --- the line for new points --------------------------------------------------------------

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.new_point and event.type() == QEvent.Type.KeyPress and \
                isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            self.new_point.clear()
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return super().eventFilter(watched, event)
