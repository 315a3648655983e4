"""Live minutes: the current item by the clock, a large field for each decision, saved as typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dirdesk.domain import schedule, timing
from dirdesk.domain.model import AgendaItem, Meeting
from dirdesk.gui.context import AppContext
from dirdesk.gui.editing.document import OpenMeeting
from dirdesk.gui.editing.format_bar import FormatBar
from dirdesk.gui.editing.richtext import RichTextEdit
from dirdesk.gui.flow import lines_high, wrapping_row
from dirdesk.gui.formats import clock, hm
from dirdesk.gui.live.attendance import AttendancePanel
from dirdesk.gui.live.case import LiveCase
from dirdesk.gui.live.proposals import ProposalBar

Index = QModelIndex | QPersistentModelIndex
UID_ROLE = Qt.ItemDataRole.UserRole + 1
DECIDED_ROLE = Qt.ItemDataRole.UserRole + 2


class LiveItemsModel(QAbstractListModel):
    """The items with a mark on those that have a decision."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: tuple[AgendaItem, ...] = ()

    def set_items(self, items: tuple[AgendaItem, ...]) -> None:
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def update_decided(self, uid: str, item: AgendaItem) -> None:
        for row, old in enumerate(self._items):
            if old.uid == uid:
                had = bool(old.decision)
                self._items = self._items[:row] + (item,) + self._items[row + 1:]
                if had != bool(item.decision):
                    index = self.index(row)
                    self.dataChanged.emit(index, index)
                return

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "✓ " if item.decision else "    "
            closed = " (" + self.tr("closed") + ")" if item.closed else ""  # as the agenda marks it
            return f"{mark}{index.row() + 1}. {item.title}{closed}"
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole title where the list cuts it
            return f"{index.row() + 1}. {item.title}"
        if role == Qt.ItemDataRole.ForegroundRole and item.closed:
            return QBrush(QColor("#7a5c00"))
        if role == UID_ROLE:
            return item.uid
        if role == DECIDED_ROLE:
            return bool(item.decision)
        return None


def current_row(meeting: Meeting, now: dt.time) -> int | None:
    """The grid row whose time span holds ``now`` (the closing row once the meeting is over)."""
    slots = meeting.schedule
    if not slots or now < slots[0].start:
        return None
    lengths = schedule.lengths(slots, meeting.end)
    minute = schedule.minutes(now)
    for i, (slot, length) in enumerate(zip(slots, lengths, strict=True)):
        if schedule.minutes(slot.start) <= minute < schedule.minutes(slot.start) + max(length, 1):
            return i
    return len(slots) - 1


class LivePane(QWidget):
    """For the minute-taker: one key to the next item, every keystroke kept."""

    def __init__(self, ctx: AppContext, document: OpenMeeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.document = ctx, document
        self.now: Callable[[], dt.datetime] = dt.datetime.now

        self.clock = QLabel(self)
        self.clock.setObjectName("liveClock")
        clock_font = self.clock.font()
        clock_font.setPointSizeF(clock_font.pointSizeF() * 1.15)
        self.clock.setFont(clock_font)
        self.saved = QLabel(self)
        self.saved.setObjectName("liveSaved")
        self.saved.setStyleSheet("color: #2b6a2b;")

        self.items = LiveItemsModel(self)
        self.list = QListView(self)
        self.list.setObjectName("liveItems")
        self.list.setModel(self.items)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.title = QLabel(self)
        self.title.setObjectName("liveTitle")
        self.title.setWordWrap(True)
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.planned = QLabel(self)
        self.planned.setObjectName("livePlanned")
        self.decision = RichTextEdit(self)
        self.decision.setObjectName("liveDecision")
        font = QFont(self.decision.font())
        font.setPointSizeF(max(14.0, font.pointSizeF() * 1.4))
        self.decision.setFont(font)
        self.decision.setPlaceholderText(self.tr("The board's decision on this item …"))
        # Eight lines of the decision are always in view (at 1024x700 too).
        self.decision.setMinimumHeight(lines_high(self.decision, 8))
        # Short, so the three fit on one line of a laptop's screen; the tooltip says the rest.
        self.previous_button = QPushButton(self.tr("◀ Previous (Alt+↑)"), self)
        self.previous_button.setToolTip(self.tr("The previous item"))
        self.next_button = QPushButton(self.tr("Next (Ctrl+Enter) ▶"), self)
        self.next_button.setToolTip(self.tr("The next item; after the last, the meeting ends"))
        self.now_button = QPushButton(self.tr("By the clock (Ctrl+J)"), self)
        self.now_button.setToolTip(self.tr("The item the timed grid says is under way now"))

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.planned)
        self.case = LiveCase(ctx, document, self.decision, self)  # Indstilling, phrases, times
        right_layout.addWidget(self.case, 1)  # the case grows to seven lines, the decision more
        self.format_bar = FormatBar(self.decision, self)
        right_layout.addWidget(self.format_bar)
        right_layout.addWidget(self.decision, 3)
        self.proposals = ProposalBar(ctx, document, self)
        self.proposals.acted.connect(ctx.signals.status_message.emit)
        right_layout.addWidget(self.proposals)
        # Wrapping: the three buttons' texts do not set the window's minimum width.
        right_layout.addLayout(wrapping_row(self.previous_button, self.now_button,
                                            self.next_button))
        self.attendance = AttendancePanel(document, self.decision, self)
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.setObjectName("liveLeft")
        left.addWidget(self.list)
        left.addWidget(self.attendance)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("liveSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)  # the window gives the parts these shares at first
        splitter.setStretchFactor(1, 3)
        splitter.setCollapsible(0, False)
        self.list.setMinimumWidth(self.list.fontMetrics().horizontalAdvance("x") * 18)
        top = QHBoxLayout()
        top.addWidget(self.clock, 1)
        top.addWidget(self.saved)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        for keys, slot in ((("Ctrl+Return", "Ctrl+Enter", "Alt+Down", "PgDown"), self.next_item),
                           (("Alt+Up", "PgUp"), self.previous_item),
                           (("Ctrl+J",), self.go_to_current),
                           (("Ctrl+Shift+M",), self.attendance.focus)):
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.next_button.clicked.connect(self.next_item)
        self.previous_button.clicked.connect(self.previous_item)
        self.now_button.clicked.connect(self.go_to_current)
        self.list.selectionModel().currentChanged.connect(lambda cur, _p: self._show(cur.row()))
        self.list.clicked.connect(lambda _index: self.case.record_start())
        self.decision.textChanged.connect(self._typed)
        self._shown: Meeting | None = None  # the meeting as the widgets last showed it
        document.changed.connect(self._reload)
        document.saved.connect(lambda at: self.saved.setText(
            self.tr("Saved {time}").format(time=clock(at))))
        document.save_failed.connect(lambda why: self.saved.setText(
            self.tr("NOT SAVED – retrying: {why}").format(why=why)))
        self._tick = QTimer(self)
        self._tick.setInterval(15_000)
        self._tick.timeout.connect(self.update_clock)
        self._tick.start()
        self._uid: str | None = None
        self._reload()

    # --- showing ------------------------------------------------------------------------------

    @property
    def meeting(self) -> Meeting | None:
        return self.document.meeting

    def _reload(self, _initiator: object = None) -> None:
        meeting, shown = self.meeting, self._shown
        self._shown = meeting
        if (meeting is not None and shown is not None and shown.schedule != meeting.schedule
                and (shown.board, shown.date, shown.items) == (meeting.board, meeting.date,
                                                               meeting.items)):
            self.update_clock()  # a grid change: only the planned times moved
            return
        self.setEnabled(meeting is not None)
        self.items.set_items(meeting.items if meeting else ())
        if meeting is None or not meeting.items:
            self._uid = None
            self.title.setText("")
            self.decision.setPlainText("")
            self.attendance.show_item(meeting, 1)
            self.update_clock()
            return
        row = next((i for i, item in enumerate(meeting.items) if item.uid == self._uid), 0)
        self.list.selectionModel().setCurrentIndex(
            self.items.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show(row)

    def _show(self, row: int) -> None:
        meeting = self.meeting
        if meeting is None or not 0 <= row < len(meeting.items):
            return
        item = meeting.items[row]
        if item.uid != self._uid:
            self.document.flush()  # every change of item saves at once
        self._uid = item.uid
        self.proposals.schedule(item.uid)
        closed = "  (" + self.tr("closed item") + ")" if item.closed else ""
        self.title.setText(f"{row + 1}. {item.title}{closed}")
        if self.decision.toPlainText() != (item.decision or ""):
            self.decision.blockSignals(True)
            self.decision.setPlainText(item.decision or "")
            self.decision.moveCursor(self.decision.textCursor().MoveOperation.End)
            self.decision.blockSignals(False)
        self.case.now = self.now
        self.case.show_item(meeting, row + 1)
        self.attendance.show_item(meeting, row + 1)
        self.update_clock()

    def _typed(self) -> None:
        meeting = self.meeting
        if meeting is None or self._uid is None:
            return
        self.document.set_decision(self._uid, self.decision.toPlainText())
        updated = self.document.meeting
        if updated is not None:
            item = next((i for i in updated.items if i.uid == self._uid), None)
            if item is not None:
                self.items.update_decided(self._uid, item)
        self.proposals.schedule(self._uid)

    # --- the clock ----------------------------------------------------------------------------

    def _slot_of(self, meeting: Meeting, number: int) -> int | None:
        return next((i for i, s in enumerate(meeting.schedule) if s.item == number), None)

    def update_clock(self) -> None:
        meeting = self.meeting
        now = self.now()
        self.clock.setText(self.tr("Time {time}").format(time=hm(now.time())))
        self.planned.setText("")
        if meeting is None:
            return
        if not meeting.items or (now.date(), now.time()) < (meeting.date, meeting.start) and not any(
                i.started for i in meeting.items):
            # Before the meeting: when it begins, not how many minutes "ahead" it is.
            self.clock.setText(self.tr("Time {time}").format(time=hm(now.time())) + " · "
                               + timing.clock_line(meeting, now, None))
            return
        current = current_row(meeting, now.time()) if now.date() == meeting.date else None
        if current is not None:
            slot = meeting.schedule[current]
            self.clock.setText(self.tr("Time {time} · by the grid: {start} {title}").format(
                time=hm(now.time()), start=hm(slot.start), title=slot.title))
        row = self.list.currentIndex().row()
        if row < 0:
            return
        slot_index = self._slot_of(meeting, row + 1)
        if slot_index is None:
            self.planned.setText(self.tr("Not in the timed grid"))
            return
        slots = meeting.schedule
        start = schedule.minutes(slots[slot_index].start)
        end = start + max(schedule.lengths(slots, meeting.end)[slot_index], 0)
        text = self.tr("Planned {start}–{end}").format(
            start=hm(slots[slot_index].start), end=hm(schedule.from_minutes(min(end, 1439))))
        if now.date() == meeting.date:
            minute = schedule.minutes(now.time())
            if minute > end:
                text += " · " + self.tr("{n} min. behind").format(n=minute - end)
            elif minute < start:
                text += " · " + self.tr("{n} min. ahead").format(n=start - minute)
            else:
                text += " · " + self.tr("on time")
        self.planned.setText(text)

    # --- moving -------------------------------------------------------------------------------

    def _select(self, row: int) -> None:
        if 0 <= row < self.items.rowCount():
            self.list.selectionModel().setCurrentIndex(
                self.items.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.decision.setFocus()

    def select_item(self, uid: str) -> bool:
        meeting = self.meeting
        row = -1 if meeting is None else next(
            (i for i, item in enumerate(meeting.items) if item.uid == uid), -1)
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.items.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return row >= 0

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Brought to the front (Ctrl+2, its tab): the caret in the decision, as a document
        brought to the front has it, so what the minute-taker types next is the decision (it
        went to the pane that had the focus: the plan's Alt+↑ moved a point)."""
        super().showEvent(event)
        if event.spontaneous():  # the window restored, not this pane brought to the front
            return
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            QTimer.singleShot(0, self._focus_decision)

    def _focus_decision(self) -> None:
        if self.isVisible() and self.decision.isEnabled():
            self.decision.setFocus(Qt.FocusReason.OtherFocusReason)

    def next_item(self) -> None:
        row = self.list.currentIndex().row()
        if self.meeting is not None and row == len(self.meeting.items) - 1:
            self.case.record_finish()  # past the last item: the meeting has ended
            return
        self._select(row + 1)
        self.case.record_start()

    def previous_item(self) -> None:
        self._select(self.list.currentIndex().row() - 1)

    def go_to_current(self) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        current = current_row(meeting, self.now().time())
        if current is None:
            return
        for i in range(current, -1, -1):  # a break belongs to the item before it
            number = meeting.schedule[i].item
            if number is not None:
                self._select(number - 1)
                self.case.record_start()
                return
