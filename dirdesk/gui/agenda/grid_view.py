"""The timed grid's table view: column widths that give the text the room, an item chosen by name."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from dirdesk.gui.agenda.models import GridColumn, GridModel

Index = QModelIndex | QPersistentModelIndex


class GridView(QTableView):
    """The timed grid's table. The text column stretches; until the user drags a column (or
    the window restores the widths left last time) the title and item columns take a share
    of the width on a resize, so the text is never crushed."""

    TITLE_SHARE, ITEM_SHARE = 0.26, 0.20
    # Sections the user sizes; the text stretches and "Offentlig tekst" fits its header.
    SIZED = (GridColumn.START, GridColumn.LENGTH, GridColumn.TITLE, GridColumn.ITEM)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitting = False
        self._user_sized = False
        self.setItemDelegateForColumn(GridColumn.ITEM, ItemChoiceDelegate(self))

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 (Qt's name)
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(GridColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(GridColumn.PUBLIC, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(36)
        self._fitting = True
        try:
            header.resizeSection(GridColumn.START, 60)
            header.resizeSection(GridColumn.LENGTH, 50)
        finally:
            self._fitting = False
        header.sectionResized.connect(self._section_resized)
        self.fit_columns()

    def _section_resized(self, section: int, _old: int, _new: int) -> None:
        if not self._fitting and section in self.SIZED:
            self._user_sized = True  # dragged, or restored: the widths are the user's now

    def keep_columns(self) -> None:
        """The widths are the ones left last time (restored): a resize keeps them."""
        self._user_sized = True

    def reset_columns(self) -> None:
        """Back to the widths that follow the view's width ("Nulstil layout")."""
        self._user_sized = False
        self.fit_columns()

    def fit_columns(self) -> None:
        if self._user_sized:
            return
        header = self.horizontalHeader()
        fixed = sum(header.sectionSize(c) for c in (GridColumn.START, GridColumn.LENGTH, GridColumn.PUBLIC))
        free = max(0, self.viewport().width() - fixed)
        self._fitting = True
        try:
            header.resizeSection(GridColumn.TITLE, max(110, int(free * self.TITLE_SHARE)))
            header.resizeSection(GridColumn.ITEM, max(90, int(free * self.ITEM_SHARE)))
        finally:
            self._fitting = False

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_columns()


class ItemChoiceDelegate(QStyledItemDelegate):
    """The grid's item column: one line, cut with "…" (the tooltip has the whole title), and
    edited by choosing the item from the agenda's items by number and title."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideRight

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("gridItemChoice")
        model = index.model()
        choices = model.item_choices() if isinstance(model, GridModel) else []
        combo.addItem(self.tr("(no item)"), 0)
        for number, label in choices:
            combo.addItem(label, number)
        # Chosen is done: the row is linked at once, as a click in a list would.
        combo.activated.connect(lambda _i: self._chosen(combo))
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            at = editor.findData(int(index.data(Qt.ItemDataRole.EditRole) or 0))
            editor.setCurrentIndex(max(at, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                             index: Index) -> None:
        editor.setGeometry(option.rect)
