"""The board's settings dialog: place and time, members with their titles, standing items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from dirdesk.domain import danish
from dirdesk.domain.model import Board, Insert, InsertKind, Person, Section, SectionLike, StandingItem
from dirdesk.gui.context import AppContext
from dirdesk.gui.dialogs.board_runs import BoardRunsTab
from dirdesk.gui.editing.richtext import FormatBar, RichTextEdit
from dirdesk.gui.formats import genitive
from dirdesk.gui.wording import shown
from dirdesk.services.board import BoardInvalid

TAB_OF_FIELD = {"name": 0, "weekday": 0, "start": 0, "members": 1, "standing_items": 2,
                "interests": 3}


@dataclass
class _Item:
    """A standing item while it is being edited."""

    title: str
    closed: bool = False
    sections: list[SectionLike] = field(default_factory=list)


def _time(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


class BoardSettingsDialog(QDialog):
    """``Udvalgets indstillinger``: OK checks and saves through ``save``; a fault is shown once.

    ``warn`` shows the fault (a message box; tests replace it).
    """

    def __init__(self, board: Board, save: Callable[[Board], Board],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BoardSettingsDialog")
        self.setWindowTitle(self.tr("Settings of {board}").format(
            board=board.name, owner=genitive(board.name)))
        self.board = board
        self._save = save
        self.saved: Board | None = None
        self.warn: Callable[[str], None] = self._warn
        self._items = [_Item(s.title, s.closed, list(s.sections)) for s in board.standing_items]
        self._loading = False

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.tabs.addTab(self._members_tab(), self.tr("Members"))
        self.tabs.addTab(self._standing_tab(), self.tr("Standing items"))
        self.meeting_tab = BoardRunsTab(board, self)  # staff, interests, standard decisions
        self.tabs.addTab(self.meeting_tab, self.tr("Staff and interests"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(760, 560)

    # --- general ------------------------------------------------------------------------------

    def _general_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.name_edit = QLineEdit(self.board.name, page)
        self.name_edit.setReadOnly(True)
        self.location_edit = QLineEdit(self.board.location, page)
        self.location_edit.setObjectName("location")
        self.weekday_box = QComboBox(page)
        self.weekday_box.addItems([d.capitalize() for d in danish.WEEKDAYS])
        self.weekday_box.setCurrentIndex(self.board.weekday)
        self.start_edit = QTimeEdit(QTime(self.board.start.hour, self.board.start.minute), page)
        self.end_edit = QTimeEdit(QTime(self.board.end.hour, self.board.end.minute), page)
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH.mm")
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Location:"), self.location_edit)
        form.addRow(self.tr("Weekday:"), self.weekday_box)
        form.addRow(self.tr("Starts at:"), self.start_edit)
        form.addRow(self.tr("Ends at:"), self.end_edit)
        note = QLabel(self.tr("Changes apply to meetings drafted from now on; meetings already "
                              "made keep their place, times and members' titles."), page)
        note.setWordWrap(True)
        form.addRow(note)
        return page

    # --- members ------------------------------------------------------------------------------

    def _members_tab(self) -> QWidget:
        page = QWidget(self)
        self.members_table = QTableWidget(0, 2, page)
        self.members_table.setObjectName("members")
        self.members_table.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Name")])
        self.members_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.members_table.horizontalHeader().resizeSection(0, 260)
        self.members_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for person in self.board.members:
            self.add_member(person)
        buttons = QVBoxLayout()
        for text, slot in ((self.tr("&Add"), lambda: self.add_member(None)),
                           (self.tr("&Remove"), self.remove_member),
                           (self.tr("Move &up"), lambda: self.move_member(-1)),
                           (self.tr("Move &down"), lambda: self.move_member(+1))):
            button = QPushButton(text, page)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(page)
        layout.addWidget(self.members_table, 1)
        layout.addLayout(buttons)
        return page

    def add_member(self, person: Person | None) -> None:
        row = self.members_table.rowCount()
        self.members_table.insertRow(row)
        self.members_table.setItem(row, 0, QTableWidgetItem(person.title or "" if person else ""))
        self.members_table.setItem(row, 1, QTableWidgetItem(person.name if person else ""))
        self.members_table.setCurrentCell(row, 0 if person is None else 1)

    def remove_member(self) -> None:
        row = self.members_table.currentRow()
        if row >= 0:
            self.members_table.removeRow(row)

    def move_member(self, step: int) -> None:
        row = self.members_table.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.members_table.rowCount():
            return
        for column in range(2):
            a = self.members_table.takeItem(row, column)
            b = self.members_table.takeItem(other, column)
            self.members_table.setItem(row, column, b)
            self.members_table.setItem(other, column, a)
        self.members_table.setCurrentCell(other, self.members_table.currentColumn())

    def members(self) -> tuple[Person, ...]:
        people = []
        for row in range(self.members_table.rowCount()):
            title, name = (" ".join((self.members_table.item(row, c) or QTableWidgetItem()).text()
                                    .split()) for c in (0, 1))
            if title or name:
                people.append(Person(name, title or None))
        return tuple(people)

    # --- standing items -----------------------------------------------------------------------

    INSERTS = (
        (InsertKind.SCHEDULE, QT_TRANSLATE_NOOP("BoardSettingsDialog", "Timed grid (Tidsplan)")),
        (InsertKind.FORWARD_PLAN, QT_TRANSLATE_NOOP("BoardSettingsDialog",
                                                    "Coming meetings (forward plan)")),
        (InsertKind.UNDATED, QT_TRANSLATE_NOOP("BoardSettingsDialog", "Points awaiting a date")),
        (InsertKind.FOLLOW_UPS, QT_TRANSLATE_NOOP("BoardSettingsDialog", "Follow-ups due (Opfølgning)")))

    def _insert_words(self, kind: InsertKind) -> str:
        return {InsertKind.SCHEDULE: self.tr("[Timed grid is printed here]"),
                InsertKind.FORWARD_PLAN: self.tr("[Coming meetings are printed here]"),
                InsertKind.UNDATED: self.tr("[Points awaiting a date are printed here]"),
                InsertKind.FOLLOW_UPS: self.tr("[Follow-ups due are printed here]")}[kind]

    def _standing_tab(self) -> QWidget:
        page = QWidget(self)
        self.items_list = QListWidget(page)
        self.items_list.setObjectName("standingItems")
        self.items_list.addItems([i.title for i in self._items])
        item_buttons = QHBoxLayout()
        for text, slot in ((self.tr("Add"), self.add_item), (self.tr("Remove"), self.remove_item),
                           ("↑", lambda: self.move_item(-1)), ("↓", lambda: self.move_item(+1))):
            button = QPushButton(text, page)
            button.clicked.connect(slot)
            item_buttons.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(self.items_list, 1)
        left.addLayout(item_buttons)

        self.item_box = QGroupBox(self.tr("The chosen standing item"), page)
        self.item_title = QLineEdit(self.item_box)
        self.item_title.setObjectName("itemTitle")
        self.item_closed = QCheckBox(self.tr("Closed item (left out of published documents)"),
                                     self.item_box)
        self.sections_list = QListWidget(self.item_box)
        self.sections_list.setObjectName("sections")
        section_buttons = QHBoxLayout()
        for text, slot in ((self.tr("New section"), self.add_section),
                           (self.tr("Remove"), self.remove_section),
                           ("↑", lambda: self.move_section(-1)), ("↓", lambda: self.move_section(+1))):
            button = QPushButton(text, self.item_box)
            button.clicked.connect(slot)
            section_buttons.addWidget(button)
        self.heading_edit = QLineEdit(self.item_box)
        self.heading_edit.setPlaceholderText(self.tr("Heading, e.g. Sagsgang"))
        self.text_edit = RichTextEdit(self.item_box)
        self.text_edit.setPlaceholderText(self.tr("Text, e.g. Det indstilles, at punkterne behandles."))
        self.insert_boxes: dict[InsertKind, QCheckBox] = {}
        inserts = QVBoxLayout()
        inserts.addWidget(QLabel(self.tr("Generated content in this item (placed after the chosen "
                                         "section; move it with ↑/↓):"), self.item_box))
        for kind, words in self.INSERTS:
            box = QCheckBox(self.tr(str(words)), self.item_box)
            box.toggled.connect(lambda on, kind=kind: self.set_insert(kind, on))
            self.insert_boxes[kind] = box
            inserts.addWidget(box)
        form = QFormLayout(self.item_box)
        form.addRow(self.tr("Title:"), self.item_title)
        form.addRow(self.item_closed)
        form.addRow(self.tr("Sections:"), self.sections_list)
        form.addRow(section_buttons)
        form.addRow(self.tr("Heading:"), self.heading_edit)
        form.addRow("", FormatBar(self.text_edit, self.item_box))
        form.addRow(self.tr("Text:"), self.text_edit)
        form.addRow(inserts)

        layout = QHBoxLayout(page)
        layout.addLayout(left, 2)
        layout.addWidget(self.item_box, 5)

        self.items_list.currentRowChanged.connect(lambda _row: self._show_item())
        self.sections_list.currentRowChanged.connect(lambda _row: self._show_section())
        self.item_title.textEdited.connect(self._title_edited)
        self.item_closed.toggled.connect(self._closed_toggled)
        self.heading_edit.textEdited.connect(lambda _t: self._section_edited())
        self.text_edit.textChanged.connect(self._section_edited)
        self.items_list.setCurrentRow(0 if self._items else -1)
        self._show_item()
        return page

    def _item(self) -> _Item | None:
        row = self.items_list.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def _section_label(self, section: SectionLike) -> str:
        if isinstance(section, Insert):
            return self._insert_words(section.kind)
        first = section.text.split("\n", 1)[0]
        return f"{section.heading or self.tr('(no heading)')}: {first[:60]}"

    def _show_item(self) -> None:
        item = self._item()
        self._loading = True
        try:
            self.item_box.setEnabled(item is not None)
            self.item_title.setText(item.title if item else "")
            self.item_closed.setChecked(bool(item and item.closed))
            self.sections_list.clear()
            if item is not None:
                self.sections_list.addItems([self._section_label(s) for s in item.sections])
            for kind, box in self.insert_boxes.items():
                box.setChecked(bool(item and Insert(kind) in item.sections))
        finally:
            self._loading = False
        self.sections_list.setCurrentRow(0 if item and item.sections else -1)
        self._show_section()

    def _section(self) -> SectionLike | None:
        item, row = self._item(), self.sections_list.currentRow()
        return item.sections[row] if item and 0 <= row < len(item.sections) else None

    def _show_section(self) -> None:
        section = self._section()
        self._loading = True
        try:
            text = isinstance(section, Section)
            self.heading_edit.setEnabled(text)
            self.text_edit.setEnabled(text)
            self.heading_edit.setText(section.heading if isinstance(section, Section) else "")
            self.text_edit.setPlainText(section.text if isinstance(section, Section) else "")
        finally:
            self._loading = False

    def _title_edited(self, text: str) -> None:
        item = self._item()
        if item is not None and not self._loading:
            item.title = text
            self.items_list.currentItem().setText(text)

    def _closed_toggled(self, on: bool) -> None:
        item = self._item()
        if item is not None and not self._loading:
            item.closed = on

    def _section_edited(self) -> None:
        item, row = self._item(), self.sections_list.currentRow()
        if self._loading or item is None or not isinstance(self._section(), Section):
            return
        item.sections[row] = Section(self.heading_edit.text().strip(), self.text_edit.toPlainText())
        self.sections_list.item(row).setText(self._section_label(item.sections[row]))

    def add_item(self) -> None:
        self._items.append(_Item(self.tr("New standing item"), sections=[
            Section("Sagsgang", "DIR"), Section("Indstilling", "")]))
        self.items_list.addItem(self._items[-1].title)
        self.items_list.setCurrentRow(len(self._items) - 1)
        self.item_title.setFocus()
        self.item_title.selectAll()

    def remove_item(self) -> None:
        row = self.items_list.currentRow()
        if 0 <= row < len(self._items):
            del self._items[row]
            self.items_list.takeItem(row)
            self._show_item()

    def move_item(self, step: int) -> None:
        row = self.items_list.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < len(self._items):
            return
        self._items[row], self._items[other] = self._items[other], self._items[row]
        for r in (row, other):
            self.items_list.item(r).setText(self._items[r].title)
        self.items_list.setCurrentRow(other)

    def _put_sections(self, sections: list[SectionLike], current: int) -> None:
        item = self._item()
        assert item is not None
        item.sections = sections
        self._loading = True
        try:
            self.sections_list.clear()
            self.sections_list.addItems([self._section_label(s) for s in sections])
        finally:
            self._loading = False
        self.sections_list.setCurrentRow(min(current, len(sections) - 1))
        self._show_section()

    def add_section(self) -> None:
        item = self._item()
        if item is None:
            return
        at = self.sections_list.currentRow() + 1 if item.sections else 0
        self._put_sections([*item.sections[:at], Section("", ""), *item.sections[at:]], at)
        self.heading_edit.setFocus()

    def remove_section(self) -> None:
        item, row = self._item(), self.sections_list.currentRow()
        if item is None or not 0 <= row < len(item.sections):
            return
        removed = item.sections[row]
        self._put_sections([s for i, s in enumerate(item.sections) if i != row], row)
        if isinstance(removed, Insert):
            self._set_box(removed.kind, False)

    def move_section(self, step: int) -> None:
        item, row = self._item(), self.sections_list.currentRow()
        if item is None or not 0 <= row + step < len(item.sections) or row < 0:
            return
        sections = list(item.sections)
        sections[row], sections[row + step] = sections[row + step], sections[row]
        self._put_sections(sections, row + step)

    def set_insert(self, kind: InsertKind, on: bool) -> None:
        """Place the generated content in the chosen item (after the chosen section), or take it out."""
        item = self._item()
        if item is None or self._loading or (Insert(kind) in item.sections) == on:
            return
        if on:
            at = self.sections_list.currentRow() + 1 if item.sections else 0
            self._put_sections([*item.sections[:at], Insert(kind), *item.sections[at:]], at)
        else:
            row = item.sections.index(Insert(kind))
            self._put_sections([s for s in item.sections if s != Insert(kind)], row)

    def _set_box(self, kind: InsertKind, on: bool) -> None:
        self._loading = True
        try:
            self.insert_boxes[kind].setChecked(on)
        finally:
            self._loading = False

    # --- the result ---------------------------------------------------------------------------

    def result_board(self) -> Board:
        return self.meeting_tab.apply(Board(
            name=" ".join(self.name_edit.text().split()),  # editable when the board is new
            location=" ".join(self.location_edit.text().split()),
            weekday=self.weekday_box.currentIndex(), start=_time(self.start_edit.time()),
            end=_time(self.end_edit.time()), members=self.members(),
            standing_items=tuple(StandingItem(i.title.strip(), tuple(i.sections), i.closed)
                                 for i in self._items)))

    def accept(self) -> None:
        try:
            self.saved = self._save(self.result_board())
        except BoardInvalid as exc:
            self.tabs.setCurrentIndex(TAB_OF_FIELD.get(exc.field, 0))
            self.warn(shown(exc))
            return
        super().accept()

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), text)


def open_board_settings(ctx: AppContext, parent: QWidget | None = None) -> BoardSettingsDialog | None:
    """Open the dialog on the window's board (not waiting for it); OK tells every pane."""
    service = ctx.boards
    board = service.get(ctx.board)
    if board is None:
        return None
    dialog = BoardSettingsDialog(board, service.save, parent)
    dialog.accepted.connect(lambda: ctx.signals.plan_changed.emit(dialog))
    dialog.accepted.connect(lambda: ctx.signals.status_message.emit(
        QCoreApplication.translate("BoardSettingsDialog", "The settings of {board} are saved.").format(
            board=board.name, owner=genitive(board.name))))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
