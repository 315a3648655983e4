"""The follow-up list across meetings, by owner: edit, mark done, open the meeting."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dirdesk.gui.context import AppContext
from dirdesk.services.followups import FollowUpEntry

DONE, OWNER, TASK, MEETING = range(4)


class FollowUpsPane(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[FollowUpEntry] = []
        self.owner = QComboBox(self)
        self.owner.setObjectName("followUpOwner")
        self.show_done = QCheckBox(self.tr("Show done"), self)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("followUps")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Done"), self.tr("Who"), self.tr("What"), self.tr("Meeting")])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(DONE, 50)
        self.table.setColumnWidth(OWNER, 180)
        self.table.setColumnWidth(TASK, 260)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        top = QHBoxLayout()
        top.addWidget(self.owner, 1)
        top.addWidget(self.show_done)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.owner.currentIndexChanged.connect(lambda _i: self._fill())
        self.show_done.toggled.connect(lambda _on: self.refresh())
        self.table.itemChanged.connect(self._edited)
        self.table.cellDoubleClicked.connect(self._open)
        self.remove_button.clicked.connect(self.remove_current)
        ctx.signals.followups_changed.connect(lambda initiator: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.entries = self.ctx.followups.entries(board=self.ctx.board,
                                                  open_only=not self.show_done.isChecked())
        chosen = self.owner.currentData()
        with QSignalBlocker(self.owner):
            self.owner.clear()
            self.owner.addItem(self.tr("Everyone"), None)
            for owner in sorted({e.owner for e in self.entries}, key=str.casefold):
                self.owner.addItem(owner, owner)
            at = self.owner.findData(chosen)
            self.owner.setCurrentIndex(max(at, 0))
        self._fill()

    @property
    def shown(self) -> list[FollowUpEntry]:
        owner = self.owner.currentData()
        chosen = [e for e in self.entries if owner is None or e.owner == owner]
        return sorted(chosen, key=lambda e: (e.owner.casefold(), e.date, e.item_number or 0))

    def _fill(self) -> None:
        shown = self.shown
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(shown))
            for row, entry in enumerate(shown):
                done = QTableWidgetItem()
                done.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                              | Qt.ItemFlag.ItemIsSelectable)
                done.setCheckState(Qt.CheckState.Checked if entry.done else Qt.CheckState.Unchecked)
                done.setData(Qt.ItemDataRole.UserRole, entry.id)
                self.table.setItem(row, DONE, done)
                self.table.setItem(row, OWNER, QTableWidgetItem(entry.owner))
                self.table.setItem(row, TASK, QTableWidgetItem(entry.task))
                where = f"{entry.date:%d.%m.%Y}"
                if entry.item_number is not None:
                    where += f", {entry.item_number}. {entry.item_title}"
                meeting = QTableWidgetItem(where)
                meeting.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                meeting.setToolTip(self.tr("Double-click to open the meeting at the item"))
                self.table.setItem(row, MEETING, meeting)
        self.table.resizeRowsToContents()

    def _edited(self, cell: QTableWidgetItem) -> None:
        entry = self.shown[cell.row()]
        if cell.column() == DONE:
            self.ctx.followups.set_done(entry.id, cell.checkState() == Qt.CheckState.Checked)
        elif cell.column() in (OWNER, TASK):
            owner = self.table.item(cell.row(), OWNER).text().strip()
            task = self.table.item(cell.row(), TASK).text().strip()
            if not owner:
                self.ctx.signals.status_message.emit(self.tr("A follow-up needs someone to do it"))
            else:
                self.ctx.followups.edit(entry.id, owner, task)
        self.refresh()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.shown):
            self.ctx.followups.remove(self.shown[row].id)
            self.refresh()

    def _open(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.shown):
            entry = self.shown[row]
            self.ctx.signals.show_item.emit(entry.board, entry.date, entry.item_uid)
