"""The live pane's attendance: who is in the room at the current item, ticked as people come and go.

Ticking a member at item 1 makes them present at the start; at a later item, arriving at that
item (unticking: leaving after the one before). Each tick is one undoable edit of the meeting's
members and the items' arrivals and departures (``participation.set_present``), the data the
participants dialog edits per item and the REFERAT prints.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QLabel, QListView, QVBoxLayout, QWidget

from dirdesk.domain.model import Meeting, Person
from dirdesk.domain.participation import presence, presence_note, set_present
from dirdesk.gui.editing.document import OpenMeeting

Index = QModelIndex | QPersistentModelIndex
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class AttendanceModel(QAbstractListModel):
    """The members, ticked when in the room at item ``number``; a note says when they were."""

    def __init__(self, toggle: Callable[[str, bool], None], parent: Any = None) -> None:
        super().__init__(parent)
        self._toggle = toggle
        self._people: list[Person] = []
        self._here: dict[str, tuple[bool, ...]] = {}
        self._meeting: Meeting | None = None
        self._key: tuple[str, object] | None = None
        self.number = 1
        self.editable = True

    def set_meeting(self, meeting: Meeting | None, number: int, editable: bool = True) -> None:
        """Show ``meeting`` at item ``number``; with the same members the rows are updated in
        place, so the row the user is on stays current."""
        seen: dict[str, Person] = {}
        for person in (() if meeting is None else (*meeting.members, *meeting.absent)):
            seen.setdefault(person.name, person)
        # Rows keep their order while the meeting is open: a member ticked present at the
        # start moves from the absentees to the members, not up or down the list.
        key = None if meeting is None else (meeting.board, meeting.date)
        order = [p.name for p in self._people] if key == self._key else []
        names = [n for n in order if n in seen] + [n for n in seen if n not in order]
        people = [seen[n] for n in names]
        same = names == [p.name for p in self._people]
        if not same:
            self.beginResetModel()
        self._meeting, self._people, self.number, self.editable = meeting, people, number, editable
        self._key = key
        self._here = {} if meeting is None else presence(meeting)
        if not same:
            self.endResetModel()
        elif people:
            self.dataChanged.emit(self.index(0), self.index(len(people) - 1))

    def is_here(self, row: int) -> bool:
        flags = self._here.get(self._people[row].name, ())
        if not flags:  # a meeting without items: present at the start
            return self._meeting is not None and self._people[row] in self._meeting.members
        return flags[min(self.number, len(flags)) - 1]

    def note(self, row: int) -> str:
        """"fra punkt 3", "inhabil i punktet" …: when the member is there, and the item's own."""
        name = self._people[row].name
        notes = []
        meeting = self._meeting
        if meeting is not None and 1 <= self.number <= len(meeting.items):
            p = meeting.items[self.number - 1].participation
            if name in p.inhabil:
                notes.append(QCoreApplication.translate("AttendancePanel", "inhabil in this item"))
            elif name in p.away:
                notes.append(QCoreApplication.translate("AttendancePanel", "away for this item"))
        flags = self._here.get(name, ())
        if flags:
            note = presence_note(flags)
            if note == "fraværende":
                note = QCoreApplication.translate("AttendancePanel", "absent")
            elif note:
                note = QCoreApplication.translate("AttendancePanel", "present {periods}").format(
                    periods=note)
            if note:
                notes.append(note)
        return ", ".join(notes)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        row = index.row()
        person = self._people[row]
        if role == Qt.ItemDataRole.DisplayRole:
            note = self.note(row)
            return person.display + (f" ({note})" if note else "")
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self.is_here(row) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and not self.is_here(row):
            return QBrush(QColor("#6b6b6b"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.number <= 1:
                return QCoreApplication.translate("AttendancePanel",
                                                  "Present at the start of the meeting (Space)")
            return QCoreApplication.translate(
                "AttendancePanel", "In the room from item {n} on (Space)").format(n=self.number)
        if role == NAME_ROLE:
            return person.name
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        return flags | Qt.ItemFlag.ItemIsUserCheckable if self.editable else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or not self.editable:
            return False
        here = value in (Qt.CheckState.Checked, int(Qt.CheckState.Checked.value), True)
        if here == self.is_here(index.row()):
            return False
        # The change goes to the meeting as an undoable edit; the model follows the meeting.
        self._toggle(self._people[index.row()].name, here)
        return True


class AttendancePanel(QGroupBox):
    """Attendance at the current item: Ctrl+Shift+M to the list, Space ticks, Esc back."""

    def __init__(self, document: OpenMeeting, back: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveAttendance")
        self.document, self.back = document, back
        self.model = AttendanceModel(self.toggle, self)
        self.view = QListView(self)
        self.view.setObjectName("liveAttendanceList")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleName(self.tr("Attendance"))
        hint = QLabel(self.tr("Space: present or not from this item on"), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        escape = QAction(self.view)
        escape.setShortcut(QKeySequence("Esc"))
        escape.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        escape.triggered.connect(self.back.setFocus)
        self.view.addAction(escape)
        self.show_item(None, 1)

    def focus(self) -> None:
        """To the list (Ctrl+Shift+M), on the first member if none is current."""
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0))
        self.view.setFocus()

    def show_item(self, meeting: Meeting | None, number: int) -> None:
        self.model.set_meeting(meeting, number, not self.document.read_only)
        self.setTitle(self.tr("Present at the start (Ctrl+Shift+M)") if number <= 1 else
                      self.tr("Present at item {n} (Ctrl+Shift+M)").format(n=number))

    def toggle(self, name: str, here: bool) -> None:
        """One undoable edit: ``name`` present (or not) from the current item on."""
        meeting = self.document.meeting
        if meeting is None or self.document.read_only:
            return
        number = self.model.number
        person = next((p for p in (*meeting.members, *meeting.absent) if p.name == name), None)
        shown = name if person is None else person.display
        if number <= 1:
            label = (self.tr("{name} present at the start") if here else
                     self.tr("{name} absent at the start")).format(name=shown)
        else:
            label = (self.tr("{name} arrives at item {n}") if here else
                     self.tr("{name} not present from item {n}")).format(name=shown, n=number)
        self.document.edit(lambda m: set_present(m, name, number, here), label, self)
