"""The forward plan's tree view: the pane's keys reach it first, long points wrap."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, QTimer
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from dirdesk.domain import danish
from dirdesk.gui.plan.model import PlanColumn

SEPARATOR = QColor("#e6e6e6")


class PlanView(QTreeView):
    """The plan's tree; the pane's keys reach it even where the window has the same shortcut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys: list[tuple[QKeySequence, Callable[[], None]]] = []
        self._after_paint: Callable[[], None] | None = None

    def after_next_paint(self, action: Callable[[], None]) -> None:
        """Run ``action`` once the tree has next been drawn: work that can wait until the
        window is on the screen (at start-up, until the open meeting is shown)."""
        self._after_paint = action
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        action, self._after_paint = self._after_paint, None
        if action is not None:
            QTimer.singleShot(0, self, action)

    def bind(self, action: QAction) -> None:
        for sequence in action.shortcuts():
            self._keys.append((sequence, action.trigger))

    def _handler(self, event: QKeyEvent) -> Callable[[], None] | None:
        pressed = QKeySequence(event.keyCombination())
        for sequence, handler in self._keys:
            if sequence.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch:
                return handler
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self.state() != \
                QAbstractItemView.State.EditingState and isinstance(event, QKeyEvent) and \
                self._handler(event) is not None:
            event.accept()
            return True
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # wrapped texts take a new number of lines

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        handler = self._handler(event) if self.state() != QAbstractItemView.State.EditingState else None
        if handler is None:
            super().keyPressEvent(event)
            return
        event.accept()
        handler()


class PlanDelegate(QStyledItemDelegate):
    """Wraps long point texts over the whole row width, and gives meetings some air."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        depth = 1 if index.parent().isValid() else 0
        spanned = self.view.isFirstColumnSpanned(index.row(), index.parent())
        if not spanned and index.column() == PlanColumn.MEETING:  # a date: one line
            hint = super().sizeHint(option, index)
            hint.setHeight(hint.height() + 6)
            return hint
        wrapped = QStyleOptionViewItem(option)
        width = self.view.viewport().width() if spanned else \
            self.view.header().sectionSize(index.column())
        if index.column() == 0:
            width -= self.view.indentation() * (depth + 1)
        wrapped.rect = QRect(0, 0, max(width, 40), 10_000)
        wrapped.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        hint = super().sizeHint(wrapped, index)
        hint.setHeight(hint.height() + (4 if depth else 6))  # long points stay apart
        return hint

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        parent = index.parent()
        if parent.isValid() and index.row() < index.model().rowCount(parent) - 1:
            # A hairline between points: a wrapped point is read as one, not two.
            painter.save()
            painter.setPen(SEPARATOR)
            painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
            painter.restore()


def meeting_words(date: dt.date) -> str:
    """``onsdag 25. nov.``: a meeting's date inside a sentence."""
    return f"{danish.WEEKDAYS[date.weekday()]} {danish.short_date(date)}"
