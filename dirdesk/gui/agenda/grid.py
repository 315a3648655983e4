"""The agenda's timed grid: its table, its findings, and the buttons that add and remove rows.

What a typed cell, a move or a new row does to the meeting is the domain's (``domain/grid.py``);
this panel turns it into one undoable edit of the open meeting and says why a value is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from dirdesk.domain import agenda, grid, timing
from dirdesk.domain.drafting import POINT_MINUTES
from dirdesk.domain.grid import CellRefusal, GridField
from dirdesk.domain.model import Meeting, StandingItem
from dirdesk.gui.agenda.models import GridColumn, GridModel
from dirdesk.gui.context import AppContext
from dirdesk.gui.editing.document import OpenMeeting
from dirdesk.gui.editing.model import commit_open_editor
from dirdesk.gui.editing.views import ChoiceTableView
from dirdesk.gui.formats import hm

Index = QModelIndex | QPersistentModelIndex

_REFUSALS = {
    CellRefusal.NOT_MINUTES: QT_TRANSLATE_NOOP("GridPanel",
                                               "A length is a whole number of minutes, 0 or more."),
    CellRefusal.NOT_A_TIME: QT_TRANSLATE_NOOP("GridPanel",
                                              "“{value}” is not a time. Write it as 9.00 or 09:00."),
    CellRefusal.NO_SUCH_ITEM: QT_TRANSLATE_NOOP("GridPanel", "There is no item {number}."),
}


class GridView(ChoiceTableView):
    """The timed grid's table. The text column stretches; until the user drags a column (or
    the window restores the widths left last time) the title and item columns take a share
    of the width on a resize, so the text is never crushed.

    Each row is as high as its wrapped text. Only the rows the model says changed are measured
    again (a header that sizes its rows to their contents measures every row, every cell, on
    each change: most of a moved row's cost); all of them when the rows or widths change."""

    TITLE_SHARE, ITEM_SHARE = 0.26, 0.20
    # Sections the user sizes; the text stretches and "Offentlig tekst" fits its header.
    SIZED = (GridColumn.START, GridColumn.LENGTH, GridColumn.TITLE, GridColumn.ITEM)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitting = False
        self._user_sized = False
        self.setItemDelegateForColumn(GridColumn.ITEM, ItemChoiceDelegate(self))
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # sized here
        self._fit_rows = QTimer(self)  # once for a burst of width changes
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.resizeRowsToContents)

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 (Qt's name)
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(GridColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(GridColumn.PUBLIC, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GridColumn.PROPOSED, QHeaderView.ResizeMode.ResizeToContents)
        self.setColumnHidden(GridColumn.PROPOSED, True)  # shown while the grid has proposals
        header.setMinimumSectionSize(36)
        self._fitting = True
        try:
            header.resizeSection(GridColumn.START, 60)
            header.resizeSection(GridColumn.LENGTH, 50)
        finally:
            self._fitting = False
        header.sectionResized.connect(self._section_resized)
        if model is not None:
            model.dataChanged.connect(self._rows_changed)
            for rows_changed in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                                 model.rowsMoved, model.layoutChanged):
                rows_changed.connect(self.resizeRowsToContents)
        self.fit_columns()

    def _rows_changed(self, first: QModelIndex, last: QModelIndex, _roles: object = None) -> None:
        for row in range(first.row(), last.row() + 1):
            self.resizeRowToContents(row)

    def _section_resized(self, section: int, _old: int, _new: int) -> None:
        self._fit_rows.start()  # the text wraps anew
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
        fixed = sum(header.sectionSize(c) for c in (GridColumn.START, GridColumn.LENGTH,
                                                    GridColumn.PROPOSED, GridColumn.PUBLIC)
                    if not self.isColumnHidden(c))
        free = max(0, self.viewport().width() - fixed)
        self._fitting = True
        try:
            header.resizeSection(GridColumn.TITLE, max(110, int(free * self.TITLE_SHARE)))
            header.resizeSection(GridColumn.ITEM, max(header.sectionSizeFromContents(
                GridColumn.ITEM).width(), int(free * self.ITEM_SHARE)))  # its header whole
        finally:
            self._fitting = False

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_columns()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_rows.start()


class _ChoiceBox(QComboBox):
    """The item column's editor; ``stepping`` while a key steps through the closed box (Qt
    reports that as ``activated`` too, as if the choice were made)."""

    stepping = False

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        self._step(super().keyPressEvent, event)

    def wheelEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        self._step(super().wheelEvent, event)

    def _step(self, handle: Callable[[Any], None], event: Any) -> None:
        self.stepping = True
        try:
            handle(event)
        finally:
            self.stepping = False


class ItemChoiceDelegate(QStyledItemDelegate):
    """The grid's item column: one line, cut with "…" (the tooltip has the whole title), and
    edited by choosing the item from the agenda's items by number and title."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideRight

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        combo = _ChoiceBox(parent)
        combo.setObjectName("gridItemChoice")
        model = index.model()
        choices = model.item_choices() if isinstance(model, GridModel) else []
        combo.addItem(self.tr("(no item)"), 0)
        for number, label in choices:
            combo.addItem(label, number)
        # Chosen from the list is done: the row is linked at once, as a click in a list would.
        combo.activated.connect(lambda _i: self._chosen(combo))
        return combo

    def _chosen(self, combo: _ChoiceBox) -> None:
        if combo.stepping:  # ↑/↓/Home/End in the closed box: a choice under way, like typing
            return  # (Enter or Tab keeps it, Escape cancels it)
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


class GridPanel(QGroupBox):
    """The timed grid of the open meeting; every change is one undo command of the meeting."""

    def __init__(self, ctx: AppContext, document: OpenMeeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Timed grid"))
        self.ctx, self.document = ctx, document
        self.model = GridModel(self.edit_cell, self.move_row, self)
        self.view = GridView(self)
        self.view.setObjectName("gridTable")
        self.view.setModel(self.model)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDragDropOverwriteMode(False)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.findings = QLabel(self)
        self.findings.setObjectName("gridFindings")
        self.findings.setWordWrap(True)
        self.findings.setStyleSheet("color: #a4161a;")
        self.add_button = QPushButton(self.tr("New row"), self)
        self.break_button = QPushButton(self.tr("Break"), self)
        self.remove_button = QPushButton(self.tr("Remove row"), self)
        self.item_button = QPushButton(self.tr("Item into the grid (Ctrl+Shift+G)"), self)
        self.item_button.setToolTip(self.tr("A row for the item chosen above, as long as similar "
                                            "items took at past meetings"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.findings, 1)
        for button in (self.item_button, self.add_button, self.break_button, self.remove_button):
            buttons.addWidget(button)
        # Items no row is linked to (a new item) are offered to the grid in one click.
        self.offer_label = QLabel(self)
        self.offer_label.setObjectName("gridOffer")
        self.offer_label.setWordWrap(True)
        self.offer_button = QPushButton(self.tr("Put in the grid"), self)
        self.offer_button.setObjectName("gridOfferButton")
        self.offer_button.clicked.connect(self.add_missing_items)
        offer = QHBoxLayout()
        offer.addWidget(self.offer_label, 1)
        offer.addWidget(self.offer_button)
        self.offer_label.hide()
        self.offer_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(offer)
        layout.addLayout(buttons)

        self._pending: tuple[Callable[[Meeting], Meeting], str] | None = None  # not yet applied
        # The agenda item chosen in the pane (its uid): what "Item into the grid" puts in.
        self.current_item: Callable[[], str | None] = lambda: None
        # What the grid learns from, read once for each meeting shown; proposals for its items.
        self._past: tuple[tuple[str, object], list[timing.PastItem], tuple[StandingItem, ...]] | None = None
        self._proposed: tuple[object, dict[str, timing.Learned]] = ((), {})
        self.item_button.clicked.connect(self.add_item_row)
        ctx.signals.meeting_changed.connect(self._other_meeting_changed)
        self.add_button.clicked.connect(lambda: self.add_row(self.tr("New row"), 15))
        self.break_button.clicked.connect(lambda: self.add_row(self.tr("Pause"), 5))
        self.remove_button.clicked.connect(self.remove_current_row)
        for key, slot in (("Ctrl+Shift+Up", lambda: self._nudge(-1)),
                          ("Ctrl+Shift+Down", lambda: self._nudge(+1)),
                          ("Del", self.remove_current_row),
                          ("Ins", lambda: self.add_row(self.tr("New row"), 15))):
            action = QAction(self.view)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.view.addAction(action)

    @property
    def meeting(self) -> Meeting | None:
        return self.document.meeting

    def proposals(self, meeting: Meeting) -> dict[str, timing.Learned]:
        """The lengths past meetings propose for ``meeting``'s items (by uid): history read once
        for each meeting shown, proposals worked out again only when items' titles change."""
        key = (meeting.board, meeting.date)
        if self._past is None or self._past[0] != key:
            runs = self.ctx.proceedings
            self._past = (key, runs.past_items(meeting.board, meeting.date),
                          runs.standing_items(meeting.board))
            self._proposed = ((), {})
        items = (key, tuple((i.uid, i.title, i.case_no) for i in meeting.items))
        if self._proposed[0] != items:
            _key, past, standing = self._past
            self._proposed = (items, timing.learned(meeting.items, past, standing) if past else {})
        return self._proposed[1]

    def _other_meeting_changed(self, board: str, date: object, _initiator: object) -> None:
        """A past meeting's times may have changed what the grid learns: read them again."""
        meeting = self.meeting
        if meeting is not None and board == meeting.board and date != meeting.date:
            self._past = None
            self.show_meeting(meeting)

    def show_meeting(self, meeting: Meeting | None) -> None:
        self.model.set_meeting(meeting, None if meeting is None else self.proposals(meeting))
        hidden = not self.model.has_proposals()
        if hidden != self.view.isColumnHidden(GridColumn.PROPOSED):
            self.view.setColumnHidden(GridColumn.PROPOSED, hidden)
            self.view.fit_columns()
        self._show_offer(meeting)
        found = self.model.findings()
        if not found or meeting is None:
            self.findings.setText("")
            return
        self.findings.setText("\n".join(
            f"⚠ {hm(meeting.schedule[f.slot].start)} {meeting.schedule[f.slot].title}: {f.message}"
            for f in found))

    def _show_offer(self, meeting: Meeting | None) -> None:
        missing = grid.items_without_row(meeting) if meeting is not None else []
        if missing and meeting is not None:
            names = "; ".join(f"{n}. {meeting.items[n - 1].title}" for n in missing)
            self.offer_label.setText(self.tr("Not in the grid: {items}").format(items=names))
        self.offer_label.setVisible(bool(missing))
        self.offer_button.setVisible(bool(missing))

    def add_missing_items(self) -> None:
        """A row for each item the grid lacks, linked to it: one undoable edit."""
        self.document.commit_pending()
        self._edit(lambda m: grid.add_item_rows(m, grid.items_without_row(m)),
                   self.tr("Put items in the grid"))

    def commit_pending(self) -> None:
        """An open cell editor, and a typed cell not yet applied."""
        commit_open_editor(self.view)
        self._apply_pending()

    def _edit(self, change: Callable[[Meeting], Meeting], label: str) -> None:
        self.document.edit(change, label, self)

    def edit_cell(self, row: int, column: GridColumn, value: Any) -> bool:
        """A cell typed into; refused with a message if it makes no sense. The edit is applied
        once the view has finished committing its editor (after Tab it opens the next cell's),
        or by the next commit of pending edits, whichever comes first."""
        meeting = self.meeting
        if meeting is None:
            return False
        field = GridField[column.name]
        outcome = grid.edit_cell(meeting, row, field, value)
        if isinstance(outcome, CellRefusal):
            message = self.tr(str(_REFUSALS[outcome])).format(value=value, number=value)
            self.findings.setText(message)
            self.ctx.signals.status_message.emit(message)
            return False
        if outcome is None or outcome == meeting:
            return outcome is not None
        label = {GridColumn.LENGTH: self.tr("Change length"),
                 GridColumn.START: self.tr("Change time"),
                 GridColumn.ITEM: self.tr("Link row to item"),
                 GridColumn.PUBLIC: self.tr("Public text of a closed row")}.get(column, self.tr("Edit row"))

        def change(m: Meeting) -> Meeting:
            after = grid.edit_cell(m, row, field, value)
            return after if isinstance(after, Meeting) else m

        self._pending = (change, label)
        QTimer.singleShot(0, self._apply_pending)
        return True

    def _apply_pending(self) -> None:
        if self._pending is None:
            return
        change, label = self._pending
        self._pending = None
        self._edit(change, label)

    def move_row(self, source: int, target: int) -> None:
        self._edit(lambda m: grid.move_row(m, source, target), self.tr("Move row"))

    def _nudge(self, step: int) -> None:
        row = self.view.currentIndex().row()
        if self.meeting is not None and row >= 0 and 0 <= row + step < len(self.meeting.schedule):
            self.move_row(row, row + step)
            self.view.setCurrentIndex(self.model.index(row + step, GridColumn.TITLE))

    def add_row(self, title: str, length: int) -> None:
        self.document.commit_pending()
        after = self.view.currentIndex().row()
        self._edit(lambda m: grid.add_row(m, after, title, length)[0], self.tr("Add row"))
        if self.meeting is not None:
            at = next((i for i, s in enumerate(self.meeting.schedule)
                       if s.title == title and i >= after), -1)
            if at >= 0:
                self.view.setCurrentIndex(self.model.index(at, GridColumn.TITLE))

    def add_item_row(self) -> None:
        """A row for the item chosen in the pane, after the row of the item before it, as long
        as similar items took at past meetings (else the usual length); one undo step."""
        self.document.commit_pending()
        meeting, uid = self.meeting, self.current_item()
        number = -1 if meeting is None else next(
            (n for n, i in enumerate(meeting.items, 1) if i.uid == uid), -1)
        if meeting is None or number < 0 or self.document.read_only:
            return
        if agenda.has_row(meeting, number):
            row = next(r for r, s in enumerate(meeting.schedule) if s.item == number)
            self.view.setCurrentIndex(self.model.index(row, GridColumn.TITLE))
            self._say(self.tr("Item {n} is in the grid already, at {time}.").format(
                n=number, time=hm(meeting.schedule[row].start)))
            return
        found = self.proposals(meeting).get(uid or "")
        length = POINT_MINUTES if found is None else found.minutes

        def add(m: Meeting) -> Meeting:
            at = next((n for n, i in enumerate(m.items, 1) if i.uid == uid), 0)
            return agenda.with_item_row(m, at, length) if at else m

        self._edit(add, self.tr("Item {n} into the grid").format(n=number))
        after = self.meeting
        if after is None:
            return
        row = next((r for r, s in enumerate(after.schedule) if s.item == number), -1)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, GridColumn.LENGTH))
            start = hm(after.schedule[row].start)
            self._say(self.tr("Item {n} is in the grid at {time}, {length} min.").format(
                n=number, time=start, length=length) + (
                " – " + found.explanation if found is not None else ""))

    def _say(self, message: str) -> None:
        """Where the row went and why so long: in the status bar (the red line is for faults)."""
        self.ctx.signals.status_message.emit(message)

    def remove_current_row(self) -> None:
        self.document.commit_pending()
        row = self.view.currentIndex().row()
        self._edit(lambda m: grid.remove_row(m, row), self.tr("Remove row"))
