"""Lists and tables whose click chooses the row the user saw under the mouse.

Qt moves the keyboard focus on a mouse press before the view sees the press. Leaving a field
commits what it holds (the one way out), and a commit redraws: a title typed longer takes
another line in the item list, a heading another line in the section list, the grid's rows
grow with an item's title. The press was then resolved on rows that had moved, and chose the
row that had come under the mouse, not the one clicked: text typed next went into it.

These views take the focus only once the press is resolved (``Qt.TabFocus``: no focus on a
click, then ``setFocus`` after it): the press chooses the row as it was shown, the change of
the current row commits what is pending (the pane's handler goes through the one way out), and
only then does the field being left lose the focus, with nothing left to commit.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


def choose_before_focus(view: QAbstractItemView) -> None:
    """A click on ``view`` is resolved before the focus moves (see the module)."""
    view.setFocusPolicy(Qt.FocusPolicy.TabFocus)


def pressed(view: QAbstractItemView) -> None:
    """After the press: the current row is the one selected, and the focus comes to the view."""
    current = view.currentIndex()
    selection = view.selectionModel()
    if (current.isValid() and selection is not None
            and view.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection):
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        if view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows:
            flags |= QItemSelectionModel.SelectionFlag.Rows
        if {index.row() for index in selection.selectedIndexes()} != {current.row()}:
            selection.select(current, flags)
    if view.state() != QAbstractItemView.State.EditingState:
        view.setFocus(Qt.FocusReason.MouseFocusReason)


class ChoiceListView(QListView):
    """A list view whose click chooses the row shown under the mouse."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        choose_before_focus(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        super().mousePressEvent(event)
        pressed(self)


class ChoiceListWidget(QListWidget):
    """A list widget whose click chooses the row shown under the mouse."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        choose_before_focus(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        super().mousePressEvent(event)
        pressed(self)


class ChoiceTableView(QTableView):
    """A table view whose click chooses the cell shown under the mouse."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        choose_before_focus(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        super().mousePressEvent(event)
        pressed(self)


def set_cell(table: QTableWidget, row: int, column: int, text: str) -> None:
    """Show ``text`` in a cell, changing the cell in place (an editor open on it stays)."""
    cell = table.item(row, column)
    if cell is None:
        table.setItem(row, column, QTableWidgetItem(text))
    elif cell.text() != text:
        cell.setText(text)
