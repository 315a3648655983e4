"""The political calendar dialog (committee meetings, .ics import) and the board's .ics export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    QTime,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from dirdesk.domain.messages import UserError
from dirdesk.domain.political import COMMITTEES, CommitteeMeeting, committee
from dirdesk.files import write_bytes_atomically
from dirdesk.gui.context import AppContext
from dirdesk.gui.formats import hm, short_date
from dirdesk.gui.wording import shown
from dirdesk.services.political import PoliticalCalendarService

Index = QModelIndex | QPersistentModelIndex


def calendar_service(ctx: AppContext) -> PoliticalCalendarService:
    return ctx.political


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class CommitteeMeetingModel(QAbstractTableModel):
    """The committee meetings of the political calendar, one row each, in date order."""

    DATE, TIME, COMMITTEE, MEETING, PLACE = range(5)
    MeetingRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meetings: list[CommitteeMeeting] = []
        self.headers = (self.tr("Date"), self.tr("Time"), self.tr("Committee"), self.tr("Meeting"),
                        self.tr("Place"))

    def set_meetings(self, meetings: Sequence[CommitteeMeeting]) -> None:
        self.beginResetModel()
        self.meetings = list(meetings)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's name)
        return 0 if parent.isValid() else len(self.meetings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's name)
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt's name)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.meetings):
            return None
        m = self.meetings[index.row()]
        if role == self.MeetingRole:
            return m
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.DATE:
            return f"{short_date(m.date)} {m.date.year}"
        if column == self.TIME:
            return hm(m.start) if m.start else ""
        if column == self.COMMITTEE:
            return m.committee
        if column == self.MEETING:
            return m.label
        if column == self.PLACE:
            return m.location
        return None


class CommitteeMeetingDialog(QDialog):
    """One committee meeting: date, time (or none), committee, what the meeting is, place."""

    def __init__(self, meeting: CommitteeMeeting | None = None, parent: QWidget | None = None,
                 day: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CommitteeMeetingDialog")
        self.original = meeting
        self.setWindowTitle(self.tr("Committee meeting") if meeting is None
                            else self.tr("Edit committee meeting"))
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setDate(_qdate(meeting.date if meeting else day or dt.date.today()))
        self.timed = QCheckBox(self.tr("At"), self)
        self.time = QTimeEdit(self)
        self.time.setDisplayFormat("HH.mm")
        self.time.setTime(QTime(14, 0))
        if meeting is not None and meeting.start is not None:
            self.timed.setChecked(True)
            self.time.setTime(QTime(meeting.start.hour, meeting.start.minute))
        self.time.setEnabled(self.timed.isChecked())
        self.timed.toggled.connect(self.time.setEnabled)
        self.committee = QComboBox(self)
        self.committee.setObjectName("committee")
        self.committee.setEditable(True)
        self.committee.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for c in COMMITTEES:
            self.committee.addItem(f"{c.code} – {c.name}", c.code)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("The committee's own meeting"))
        self.location = QLineEdit(self)
        if meeting is not None:
            known = self.committee.findData(meeting.committee)
            if known >= 0:
                self.committee.setCurrentIndex(known)
            else:
                self.committee.setEditText(meeting.committee)
            if not meeting.ordinary:
                self.name.setText(meeting.name)
            self.location.setText(meeting.location)
        time_row = QHBoxLayout()
        time_row.addWidget(self.timed)
        time_row.addWidget(self.time, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("Time:"), time_row)
        form.addRow(self.tr("&Committee:"), self.committee)
        form.addRow(self.tr("&Meeting:"), self.name)
        form.addRow(self.tr("&Place:"), self.location)
        hint = QLabel(self.tr("Leave Meeting empty for the committee's ordinary meeting; write e.g. "
                              "Kommunalbestyrelsestemamøde for another kind."), self)
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.committee.currentTextChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self._update()

    def committee_code(self) -> str:
        text = " ".join(self.committee.currentText().split())
        index = self.committee.findText(text)
        if index >= 0:
            return str(self.committee.itemData(index))
        body = committee(text)
        return body.code if body else text

    def _update(self, _text: str = "") -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.committee_code()))

    def meeting(self) -> CommitteeMeeting:
        code = self.committee_code()
        body = committee(code)
        name = " ".join(self.name.text().split()) or (body.name if body else code)
        start = self.time.time()
        return CommitteeMeeting(
            committee=code, name=name, date=_date(self.date.date()),
            start=dt.time(start.hour(), start.minute()) if self.timed.isChecked() else None,
            location=" ".join(self.location.text().split()),
            uid=self.original.uid if self.original else None,
            id=self.original.id if self.original else None)


class PoliticalCalendarDialog(QDialog):
    """The committee meetings item 1 is written from: add, edit, delete, import an .ics file."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PoliticalCalendarDialog")
        self.ctx = ctx
        self.service = calendar_service(ctx)
        # Replaceable so that tests (and other callers) need no modal dialog.
        self.ask_meeting: Callable[[CommitteeMeeting | None], CommitteeMeeting | None] = self._ask_meeting
        self.ask_file: Callable[[], Path | None] = self._ask_file
        self.confirm: Callable[[str], bool] = self._confirm
        self.inform: Callable[[str], object] = lambda text: QMessageBox.information(
            self, self.tr("Political calendar"), text)
        self.warn: Callable[[str], object] = lambda text: QMessageBox.warning(
            self, self.tr("Political calendar"), text)
        self.setWindowTitle(self.tr("Political calendar"))

        intro = QLabel(self.tr("The political committees' meetings. A new agenda's first item lists "
                               "those held since the board's last meeting and those coming."), self)
        intro.setWordWrap(True)
        self.model = CommitteeMeetingModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("committeeMeetings")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(CommitteeMeetingModel.MEETING,
                                                          QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())

        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.import_button = QPushButton(self.tr("&Import .ics…"), self)
        self.add_button.clicked.connect(lambda: self.add_meeting())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.import_button.clicked.connect(lambda: self.import_file())
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(close)
        self.resize(820, 560)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        self.model.set_meetings(self.service.list())
        self.view.resizeColumnsToContents()
        rows = self.model.meetings
        target = next((i for i, m in enumerate(rows) if select is not None and m.id == select), None)
        if target is None:
            target = next((i for i, m in enumerate(rows) if m.date >= self.ctx.today), None)
        if target is not None:
            self.view.selectRow(target)
            self.view.scrollTo(self.model.index(target, 0),
                               QAbstractItemView.ScrollHint.PositionAtCenter)
        self._update_buttons()

    def selected(self) -> CommitteeMeeting | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.meetings[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _ask_meeting(self, meeting: CommitteeMeeting | None) -> CommitteeMeeting | None:
        dialog = CommitteeMeetingDialog(meeting, self, day=self.ctx.today)
        return dialog.meeting() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def add_meeting(self) -> CommitteeMeeting | None:
        wanted = self.ask_meeting(None)
        if wanted is None:
            return None
        try:
            added = self.service.add(wanted)
        except UserError as exc:
            self.warn(shown(exc))
            return None
        self.refresh(select=added.id)
        return added

    def edit_selected(self) -> None:
        current = self.selected()
        if current is None:
            return
        wanted = self.ask_meeting(current)
        if wanted is None:
            return
        try:
            self.service.edit(wanted)
        except UserError as exc:
            self.warn(shown(exc))
            return
        self.refresh(select=current.id)

    def delete_selected(self) -> None:
        current = self.selected()
        if current is None or current.id is None:
            return
        if not self.confirm(self.tr("Delete {meeting} on {date}?").format(
                meeting=current.label, date=f"{short_date(current.date)} {current.date.year}")):
            return
        self.service.remove(current.id)
        self.refresh()

    def _confirm(self, question: str) -> bool:
        return QMessageBox.question(self, self.tr("Political calendar"), question) == (
            QMessageBox.StandardButton.Yes)

    def _ask_file(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import calendar"), folder,
            self.tr("Calendar (*.ics);;All files (*)"))
        return Path(chosen) if chosen else None

    def import_file(self, path: Path | None = None) -> bool:
        """Import ``path`` (asked for when not given); says what it did, or why it could not."""
        path = path or self.ask_file()
        if path is None:
            return False
        try:
            counts = self.service.import_ics(path)
        except UserError as exc:
            self.warn(self.tr("Nothing was imported.\n\n{why}").format(why=shown(exc)))
            return False
        self.refresh()
        text = self.tr("%n meeting(s) added", "", counts.added) + ", " + self.tr(
            "%n updated.", "", counts.updated)
        if counts.skipped:
            text += "\n" + self.tr("%n event(s) that are not a political committee's meeting "
                                   "left out.", "", counts.skipped)
        self.ctx.signals.status_message.emit(text.replace("\n", " "))
        self.inform(text)
        return True


class ExportCalendarDialog(QDialog):
    """The board's meetings as an .ics file for Outlook: which period, where."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExportCalendarDialog")
        self.ctx = ctx
        self.service = calendar_service(ctx)
        self.written: Path | None = None
        self.warn: Callable[[str], object] = lambda text: QMessageBox.warning(
            self, self.tr("The calendar was not written"), text)
        self.setWindowTitle(self.tr("Export meeting calendar"))
        self.first = QDateEdit(self)
        self.last = QDateEdit(self)
        for edit, day in ((self.first, ctx.today), (self.last, ctx.today + dt.timedelta(days=183))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setDate(_qdate(day))
        self.path = QLineEdit(self)
        folder = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        self.path.setText(str(folder / f"{ctx.board} mødekalender.ics"))
        browse = QPushButton(self.tr("&Choose…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&From:"), self.first)
        form.addRow(self.tr("&To:"), self.last)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path)  # a layout's row gets no buddy: "&" showed, Alt+F did nothing
        form.addRow(file_label, row)
        note = QLabel(self.tr("Date, time and place of each meeting, cancelled meetings marked, "
                              "and the titles of the open items. Nothing of closed items."), self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(600, 220)

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export meeting calendar"), self.path.text(), self.tr("Calendar (*.ics)"))
        if chosen:
            self.path.setText(chosen if chosen.endswith(".ics") else chosen + ".ics")

    def export(self, path: Path | None = None) -> bool:
        target = path or Path(self.path.text().strip())
        if not str(target).strip() or str(target) == ".":
            self.warn(self.tr("Choose a file."))
            return False
        first, last = _date(self.first.date()), _date(self.last.date())
        if last < first:
            self.warn(self.tr("The period ends before it begins."))
            return False
        try:
            write_bytes_atomically(target, self.service.export_ics(self.ctx.board, first, last))
        except UserError as exc:
            self.warn(shown(exc))
            return False
        self.written = target
        self.ctx.signals.status_message.emit(self.tr("Wrote {path}").format(path=target))
        self.accept()
        return True


def show_political_calendar(ctx: AppContext, parent: QWidget | None = None) -> None:
    PoliticalCalendarDialog(ctx, parent).exec()


def export_meeting_calendar(ctx: AppContext, parent: QWidget | None = None) -> None:
    ExportCalendarDialog(ctx, parent).exec()
