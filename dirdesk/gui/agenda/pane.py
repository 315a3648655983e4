"""The agenda pane: meeting facts, the numbered items with their editor, and the timed grid."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSignalBlocker, Qt, QTime
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from dirdesk.domain import agenda, schedule
from dirdesk.domain.grid import same_but_grid
from dirdesk.domain.model import AgendaItem, Meeting, Person
from dirdesk.gui.agenda.grid import GridPanel
from dirdesk.gui.agenda.item_editor import ItemChange, ItemEditor, set_cell
from dirdesk.gui.agenda.models import ItemsModel
from dirdesk.gui.context import AppContext
from dirdesk.gui.dialogs.participation import edit_participation
from dirdesk.gui.editing.document import OpenMeeting
from dirdesk.gui.editing.model import commit_open_editor
from dirdesk.gui.formats import long_date


def _qtime(t: Any) -> QTime:
    return QTime(t.hour, t.minute)


class AgendaPane(QWidget):
    def __init__(self, ctx: AppContext, document: OpenMeeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.document = ctx, document

        # --- facts ---
        self.date_label = QLabel(self)
        self.date_label.setObjectName("meetingDate")
        font = self.date_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.date_label.setFont(font)
        self.status_label = QLabel(self)
        self.start = QTimeEdit(self)
        self.end = QTimeEdit(self)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH.mm")  # a time as the secretariat writes it
        self.place = QLineEdit(self)
        self.members = QTableWidget(0, 3, self)
        self.members.setObjectName("memberTable")
        self.members.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Name"), self.tr("Absent")])
        self.members.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.members.verticalHeader().setVisible(False)
        self.members.setMaximumHeight(104)
        self.members.verticalHeader().setDefaultSectionSize(24)
        self.members.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        facts = QFormLayout()
        times = QHBoxLayout()
        times.addWidget(self.start)
        end_label = QLabel(self.tr("&End:"))
        end_label.setBuddy(self.end)
        times.addWidget(end_label)
        times.addWidget(self.end)
        times.addStretch()
        start_label = QLabel(self.tr("&Start:"))
        start_label.setBuddy(self.start)
        facts.addRow(start_label, times)
        facts.addRow(self.tr("&Place:"), self.place)
        members_label = QLabel(self.tr("&Members:"))
        members_label.setBuddy(self.members)
        facts_box = QGroupBox(self.tr("Meeting"), self)
        facts_layout = QVBoxLayout(facts_box)
        title_row = QHBoxLayout()
        title_row.addWidget(self.date_label)
        title_row.addStretch()
        title_row.addWidget(self.status_label)
        facts_layout.addLayout(title_row)
        columns = QHBoxLayout()
        columns.addLayout(facts, 2)
        members_column = QVBoxLayout()
        members_column.addWidget(members_label)
        members_column.addWidget(self.members)
        columns.addLayout(members_column, 3)
        facts_layout.addLayout(columns)

        # --- items ---
        self.items_model = ItemsModel(self.move_item, self)
        self.items_view = QListView(self)
        self.items_view.setObjectName("itemList")
        self.items_view.setModel(self.items_model)
        self.items_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.items_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.items_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_view.setWordWrap(True)
        self.items_view.setSpacing(2)
        self.items_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_item_button = QPushButton(self.tr("New item"), self)
        self.remove_item_button = QPushButton(self.tr("Remove item"), self)
        items_box = QWidget(self)
        items_layout = QVBoxLayout(items_box)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.addWidget(QLabel(self.tr("Items (drag or Ctrl+Shift+↑/↓ to reorder)")))
        items_layout.addWidget(self.items_view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_item_button)
        buttons.addWidget(self.remove_item_button)
        items_layout.addLayout(buttons)
        self.editor = ItemEditor(self)

        self.grid = GridPanel(ctx, document, self)

        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.setObjectName("agendaTopSplitter")
        top.addWidget(items_box)
        editor_scroll = QScrollArea(self)
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        editor_scroll.setWidget(self.editor)
        top.addWidget(editor_scroll)
        top.setStretchFactor(1, 3)
        self.vertical = QSplitter(Qt.Orientation.Vertical, self)
        self.vertical.setObjectName("agendaSplitter")
        self.vertical.addWidget(top)
        self.vertical.addWidget(self.grid)
        self.vertical.setStretchFactor(0, 1)
        self.vertical.setStretchFactor(1, 1)
        self.top_splitter = top
        layout = QVBoxLayout(self)
        layout.addWidget(facts_box)
        layout.addWidget(self.vertical, 1)
        self._layout_restored = False

        # --- wiring ---
        # Every field hands on what it holds through the window's one way out for pending edits.
        for field in (self.start, self.end, self.place):
            field.editingFinished.connect(document.commit_pending)
        self.members.itemChanged.connect(lambda _cell: document.commit_pending())
        # One selection: the item list and the editor both follow ``_current_uid``.
        self._current_uid: str | None = None
        self._syncing = False
        self.items_view.selectionModel().currentChanged.connect(
            lambda current, _prev: self._clicked_item(current.row()))
        self.editor.edited.connect(self._item_edited)
        self.editor.commit_all = document.commit_pending
        ctx.editing.add_pending(self.commit_pending)
        self.add_item_button.clicked.connect(self.add_item)
        self.remove_item_button.clicked.connect(self.remove_current_item)
        self._add_shortcut(self.items_view, "Ctrl+Shift+Up", lambda: self._nudge_item(-1))
        self._add_shortcut(self.items_view, "Ctrl+Shift+Down", lambda: self._nudge_item(+1))
        self._add_shortcut(self.items_view, "Del", self.remove_current_item)
        self._add_shortcut(self.items_view, "Ctrl+Shift+D", self.edit_participants)
        self._add_shortcut(self.items_view, "Ins", self.add_item)
        # The chosen item into the timed grid, from anywhere in the pane (items, editor, grid).
        self.grid.current_item = lambda: self._current_uid
        into_grid = QAction(self)
        into_grid.setShortcut(QKeySequence("Ctrl+Shift+G"))
        into_grid.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        into_grid.triggered.connect(self.grid.add_item_row)
        self.addAction(into_grid)
        self._shown: Meeting | None = None  # the meeting as the widgets last showed it
        document.changed.connect(self._refresh)
        self._refresh()

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._layout_restored:
            return
        self._layout_restored = True
        # Sizes only take once the pane has its real size: first show, or what was saved.
        for name, splitter, default in (("agenda", self.vertical, (1, 1)),
                                        ("agendaTop", self.top_splitter, (1, 3))):
            state = self.ctx.settings.splitter(name)
            if state is None or not splitter.restoreState(state):
                total = sum(splitter.sizes()) or 1000
                splitter.setSizes([total * d // sum(default) for d in default])

    def _add_shortcut(self, widget: QWidget, key: str, slot: Any) -> None:
        action = QAction(widget)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        widget.addAction(action)

    # --- showing ------------------------------------------------------------------------------

    @property
    def meeting(self) -> Meeting | None:
        return self.document.meeting

    def _refresh(self, initiator: object = None) -> None:
        meeting, shown = self.meeting, self._shown
        self._shown = meeting
        if (meeting is not None and shown is not None and shown.schedule != meeting.schedule
                and same_but_grid(shown, meeting)):
            # A grid row moved or retimed: only the grid (and the status) is drawn again, so
            # the times after it follow within a frame. (Any other change, or a call to show
            # the meeting again as it is, redraws everything.)
            self.status_label.setText(self._status_text(meeting))
            self.grid.show_meeting(meeting)
            return
        self.setEnabled(meeting is not None)
        if meeting is None:
            self.date_label.setText(self.tr("No meeting open"))
            self.items_model.set_items(())
            self.grid.show_meeting(None)
            self.editor.show_item(None)
            return
        self.date_label.setText(long_date(meeting.date))
        self.status_label.setText(self._status_text(meeting))
        with QSignalBlocker(self.start), QSignalBlocker(self.end), QSignalBlocker(self.place), \
                QSignalBlocker(self.members):
            self.start.setTime(_qtime(meeting.start))
            self.end.setTime(_qtime(meeting.end))
            self.place.setText(meeting.location)
            people = [(p, False) for p in meeting.members] + [(p, True) for p in meeting.absent]
            self.members.setRowCount(len(people))
            for r, (person, absent) in enumerate(people):  # in place: an open cell stays open
                set_cell(self.members, r, 0, person.title or "")
                set_cell(self.members, r, 1, person.name)
                check = self.members.item(r, 2)
                if check is None:
                    check = QTableWidgetItem()
                    check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    self.members.setItem(r, 2, check)
                check.setCheckState(Qt.CheckState.Checked if absent else Qt.CheckState.Unchecked)
        rows = [item.uid for item in (shown.items if shown is not None else ())]
        uids = [item.uid for item in meeting.items]
        if self._current_uid not in uids:  # removed (or another meeting): the row it was at
            at = rows.index(self._current_uid) if self._current_uid in rows else 0
            self._current_uid = uids[min(at, len(uids) - 1)] if uids else None
        with QSignalBlocker(self.items_view.selectionModel()):
            self.items_model.set_items(meeting.items)
        self.grid.show_meeting(meeting)
        self._show_current()

    def _status_text(self, meeting: Meeting) -> str:
        from dirdesk.gui.editing.state import status_text

        return status_text(meeting)

    def select_item(self, uid: str) -> bool:
        """Show the item with identity ``uid`` in the list and the editor."""
        meeting = self.meeting
        if meeting is None or all(item.uid != uid for item in meeting.items):
            return False
        self.document.commit_pending()  # what was typed goes to the item it was typed into
        self._current_uid = uid
        self._show_current()
        return True

    def _clicked_item(self, row: int) -> None:
        meeting = self.meeting
        if self._syncing or meeting is None or not 0 <= row < len(meeting.items):
            return
        self.select_item(meeting.items[row].uid)

    def _show_current(self) -> None:
        """The list and the editor show ``_current_uid``: the one selection there is."""
        meeting = self.meeting
        row = -1 if meeting is None else next(
            (i for i, item in enumerate(meeting.items) if item.uid == self._current_uid), -1)
        self._syncing = True
        try:
            if row >= 0:
                index = self.items_model.index(row)
                if self.items_view.currentIndex() != index:
                    self.items_view.selectionModel().setCurrentIndex(
                        index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.items_view.scrollTo(index)
            self.editor.show_item(meeting.items[row] if meeting is not None and row >= 0 else None)
        finally:
            self._syncing = False

    # --- editing (every edit is one undo command) ---------------------------------------------

    def commit_pending(self) -> None:
        """The meeting facts typed and not yet committed, an open cell editor of the members or
        the grid; the item editor's own."""
        commit_open_editor(self.members)
        self.grid.commit_pending()
        if self.meeting is not None and self.isEnabled():
            self._commit_facts()
        self.editor.commit_pending()

    def _edit(self, change: Callable[[Meeting], Meeting], label: str,
              merge_key: str | None = None) -> None:
        self.document.edit(change, label, self, merge_key)

    def _commit_facts(self) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        members: list[Person] = []
        absent: list[Person] = []
        for r in range(self.members.rowCount()):
            title = self.members.item(r, 0)
            name = self.members.item(r, 1)
            check = self.members.item(r, 2)
            if name is None or not name.text().strip():
                continue
            person = Person(name.text().strip(), (title.text().strip() if title else "") or None)
            (absent if check and check.checkState() == Qt.CheckState.Checked else members).append(person)
        start, end = self.start.time(), self.end.time()
        facts = dict(start=schedule.from_minutes(start.hour() * 60 + start.minute()),
                     end=schedule.from_minutes(end.hour() * 60 + end.minute()),
                     location=self.place.text().strip(), members=tuple(members),
                     absent=tuple(absent))
        if all(getattr(meeting, name) == value for name, value in facts.items()):
            return
        self._edit(lambda m: dataclasses.replace(m, **facts),  # type: ignore[arg-type]  # (**dict)
                   self.tr("Edit meeting facts"))

    def _item_edited(self, uid: str, change: ItemChange, label: str,
                     merge_key: str | None) -> None:
        def apply(meeting: Meeting) -> Meeting:
            index = next((i for i, x in enumerate(meeting.items) if x.uid == uid), None)
            if index is None:
                return meeting
            return agenda.replace_item(meeting, index, change(meeting.items[index]))

        self._edit(apply, label, merge_key)

    def move_item(self, source: int, target: int) -> None:
        self._edit(lambda m: agenda.move_item(m, source, target) if max(source, target) < len(
            m.items) else m, self.tr("Move item"))

    def _current_row(self) -> int:
        meeting = self.meeting
        return -1 if meeting is None else next(
            (i for i, item in enumerate(meeting.items) if item.uid == self._current_uid), -1)

    def _nudge_item(self, step: int) -> None:
        row = self._current_row()
        if self.meeting is not None and 0 <= row + step < len(self.meeting.items) and row >= 0:
            self.move_item(row, row + step)  # the selection follows the item

    def add_item(self) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        self.document.commit_pending()
        row = self._current_row()
        at = row + 1 if row >= 0 else len(meeting.items)
        item = AgendaItem(self.tr("New item"))
        self._edit(lambda m: agenda.insert_item(m, min(at, len(m.items)), item),
                   self.tr("Add item"))
        self.select_item(item.uid)
        self.editor.title.setFocus()
        self.editor.title.selectAll()

    def edit_participants(self) -> None:
        """Guests, members away or inhabil in the current item (its grid row prints the guests)."""
        if self._current_uid is not None:
            edit_participation(self.ctx, self.document, self._current_uid, self)

    def remove_current_item(self) -> None:
        uid = self._current_uid

        def remove(meeting: Meeting) -> Meeting:
            row = next((i for i, item in enumerate(meeting.items) if item.uid == uid), -1)
            return meeting if row < 0 else agenda.remove_item(meeting, row)

        self._edit(remove, self.tr("Remove item"))

    def save_layout(self) -> None:
        self.ctx.settings.set_splitter("agenda", self.vertical.saveState())
        self.ctx.settings.set_splitter("agendaTop", self.top_splitter.saveState())

