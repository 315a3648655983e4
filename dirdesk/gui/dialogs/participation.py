"""Who takes part in one item: guests (offered from earlier meetings), members away, inhabil,
arriving or leaving; who was present at the start; the interest register's proposals."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dirdesk.domain.model import AgendaItem, Guest, Meeting, Participation, Person
from dirdesk.domain.participation import Interest, proposed_inhabilitet
from dirdesk.gui.context import AppContext
from dirdesk.gui.editing.document import OpenMeeting


def _checklist(people: Sequence[Person], ticked: Sequence[str], parent: QWidget) -> QListWidget:
    view = QListWidget(parent)
    for person in people:
        entry = QListWidgetItem(person.display, view)
        entry.setData(Qt.ItemDataRole.UserRole, person.name)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(Qt.CheckState.Checked if person.name in ticked
                            else Qt.CheckState.Unchecked)
    view.setMaximumHeight(24 * max(3, len(people)) + 8)
    return view


def _ticked(view: QListWidget) -> tuple[str, ...]:
    return tuple(view.item(i).data(Qt.ItemDataRole.UserRole) for i in range(view.count())
                 if view.item(i).checkState() is Qt.CheckState.Checked)


class ParticipationDialog(QDialog):
    """Edits one item's ``Participation`` and the members present at the start."""

    def __init__(self, meeting: Meeting, number: int, known: Sequence[Guest],
                 register: Sequence[Interest], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting, self.number = meeting, number
        item = meeting.items[number - 1]
        self.setWindowTitle(self.tr("Participants in item {n}").format(n=number))
        people = (*meeting.members, *meeting.absent)
        p = item.participation

        self.guest_edit = QLineEdit(self)
        self.guest_edit.setPlaceholderText(self.tr("Name (role), e.g. Bettina Andersen (Økonomichef)"))
        completer = QCompleter([g.display for g in known], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.guest_edit.setCompleter(completer)
        self.guests = QListWidget(self)
        for guest in p.guests:
            self._add_guest(guest)
        add = QPushButton(self.tr("&Add guest"), self)
        add.setAutoDefault(False)
        add.clicked.connect(self._add_typed)
        self.guest_edit.returnPressed.connect(self._add_typed)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.guests)
        remove.activated.connect(lambda: self.guests.takeItem(self.guests.currentRow()))
        guest_label = QLabel(self.tr("&Guests (take part in the item):"), self)
        guest_label.setBuddy(self.guest_edit)

        self.present = _checklist(people, [m.name for m in meeting.members], self)
        self.away = _checklist(people, p.away, self)
        self.inhabil = _checklist(people, p.inhabil, self)
        self.arrives = _checklist(people, p.arrives, self)
        self.leaves = _checklist(people, p.leaves, self)
        grid = QGridLayout()
        for column, (text, view) in enumerate((
                (self.tr("&Present at the start"), self.present),
                (self.tr("A&way for this item"), self.away),
                (self.tr("&Inhabil in this item"), self.inhabil),
                (self.tr("A&rrives at this item"), self.arrives),
                (self.tr("&Leaves after this item"), self.leaves))):
            label = QLabel(text, self)
            label.setBuddy(view)
            grid.addWidget(label, 0, column)
            grid.addWidget(view, 1, column)

        self.proposals = proposed_inhabilitet(item, register)
        hint = QLabel(self)
        hint.setObjectName("inhabilProposal")
        hint.setWordWrap(True)
        if self.proposals:
            hint.setText(self.tr("The interest register: {lines}. Tick them under Inhabil if the "
                                 "secretariat confirms.").format(lines="; ".join(
                f"{i.member} – {i.text}" for i in self.proposals)))
            hint.setStyleSheet("color: #8a4b00;")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QGroupBox(self.tr("Guests"), self)
        guests_layout = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(self.guest_edit, 1)
        row.addWidget(add)
        guests_layout.addWidget(guest_label)
        guests_layout.addLayout(row)
        guests_layout.addWidget(self.guests)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{number}. {item.title}", self))
        layout.addWidget(box)
        layout.addLayout(grid)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.guest_edit.setFocus()

    def _add_guest(self, guest: Guest) -> None:
        entry = QListWidgetItem(guest.display, self.guests)
        entry.setData(Qt.ItemDataRole.UserRole, (guest.name, guest.role))

    def _add_typed(self) -> None:
        text = self.guest_edit.text().strip()
        if text:
            self._add_guest(Guest.parse(text))
            self.guest_edit.clear()

    def participation(self) -> Participation:
        self._add_typed()  # a name typed but not yet added is meant
        guests = tuple(Guest(*self.guests.item(i).data(Qt.ItemDataRole.UserRole))
                       for i in range(self.guests.count()))
        return Participation(guests=guests, away=_ticked(self.away), inhabil=_ticked(self.inhabil),
                             arrives=_ticked(self.arrives), leaves=_ticked(self.leaves))

    def result_meeting(self) -> Meeting:
        """The meeting with the item's participation and who was present at the start."""
        m = self.meeting
        item: AgendaItem = dataclasses.replace(m.items[self.number - 1],
                                               participation=self.participation())
        items = (*m.items[:self.number - 1], item, *m.items[self.number:])
        present = set(_ticked(self.present))
        people = (*m.members, *m.absent)
        return dataclasses.replace(
            m, items=items, members=tuple(p for p in people if p.name in present),
            absent=tuple(p for p in people if p.name not in present))


def ask_participation(ctx: AppContext, meeting: Meeting, number: int,
                      parent: QWidget | None = None) -> Meeting | None:
    """The meeting with item ``number``'s participants as the user set them (None: cancelled
    or unchanged); guests of earlier meetings and the interest register are offered."""
    runs = ctx.proceedings
    board = ctx.plan.board(meeting.board)
    register = [] if board is None else [Interest(m, t) for m, t in board.interests]
    dialog = ParticipationDialog(meeting, number, runs.known_guests(meeting.board, meeting.date),
                                 register, parent)
    if not dialog.exec():
        return None
    after = dialog.result_meeting()
    return None if after == meeting else after


def edit_participation(ctx: AppContext, document: OpenMeeting, uid: str,
                       parent: QWidget | None = None) -> None:
    """Ask for the participants of the item ``uid`` of the open meeting, then store them as
    one undoable edit of that item (by its id) and of who was present."""
    document.commit_pending()
    meeting = document.meeting
    row = -1 if meeting is None else next(
        (i for i, item in enumerate(meeting.items) if item.uid == uid), -1)
    if meeting is None or row < 0 or document.read_only:
        return
    after = ask_participation(ctx, meeting, row + 1, parent)
    if after is None:
        return
    chosen = after.items[row].participation

    def apply(m: Meeting) -> Meeting:
        items = tuple(dataclasses.replace(item, participation=chosen) if item.uid == uid else item
                      for item in m.items)
        return dataclasses.replace(m, items=items, members=after.members, absent=after.absent)

    label = QCoreApplication.translate("ParticipationDialog", "Participants in item {n}")
    document.edit(apply, label.format(n=row + 1), parent)
