"""Questions about the open meeting: someone else saved first, a signed REFERAT, its history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dirdesk.domain.model import Meeting
from dirdesk.gui.context import AppContext
from dirdesk.gui.formats import long_date
from dirdesk.gui.wording import shown
from dirdesk.services.meetings import DecisionChanged, MeetingChanged


def ask_keep_mine(parent: QWidget, conflict: MeetingChanged) -> bool:
    """Someone else saved the meeting first: True keeps this copy, False takes theirs."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("MeetingDialogs", "The meeting was changed by someone else"),
        shown(conflict),
        parent=parent,
    )
    box.setInformativeText(
        QCoreApplication.translate("MeetingDialogs", "What they changed:")
        + "\n• "
        + "\n• ".join(
            conflict.changes or [QCoreApplication.translate("MeetingDialogs", "(nothing you can see)")]
        )
    )
    theirs = box.addButton(
        QCoreApplication.translate("MeetingDialogs", "Take their version"), QMessageBox.ButtonRole.AcceptRole
    )
    mine = box.addButton(
        QCoreApplication.translate("MeetingDialogs", "Keep my change"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(theirs)
    box.exec()
    return box.clickedButton() is mine


def ask_keep_my_decision(parent: QWidget, conflict: DecisionChanged, mine: str | None) -> bool:
    """Someone else saved the same decision first: True keeps the text typed here."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("MeetingDialogs", "The decision was changed by someone else"),
        shown(conflict),
        parent=parent,
    )
    box.setInformativeText(
        QCoreApplication.translate("MeetingDialogs", "Theirs:")
        + f"\n{conflict.theirs or ''}\n\n"
        + QCoreApplication.translate("MeetingDialogs", "Yours:")
        + f"\n{mine or ''}"
    )
    keep = box.addButton(
        QCoreApplication.translate("MeetingDialogs", "Keep my text"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("MeetingDialogs", "Take their text"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is keep


def ask_new_version(parent: QWidget, meeting: Meeting) -> str | None:
    """The reason for changing a signed REFERAT, or None to leave it as signed."""
    reason, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("MeetingDialogs", "The minutes are signed"),
        QCoreApplication.translate(
            "MeetingDialogs",
            "The minutes of {date} are signed. The change is saved as version {n}, and the "
            "minutes must be signed again.\n\nReason for the change:",
        ).format(date=long_date(meeting.date), n=meeting.version + 1),
    )
    return reason.strip() if ok and reason.strip() else None


EVENT_NAMES = {
    "imported": "Importeret",
    "replaced": "Erstattet ved import",
    "drafted": "Oprettet fra forward plan",
    "changed": "Ændret",
    "decision": "Beslutninger skrevet",
    "planned": "Planlagt",
    "agenda_issued": "Dagsorden udsendt",
    "held": "Mødet afholdt",
    "minutes_signed": "Referat underskrevet",
    "new_version": "Ny version",
    "cancelled": "Aflyst",
}


class HistoryDialog(QDialog):
    """The meeting's history (issued, changed, held, signed, new versions) with who and when."""

    def __init__(self, ctx: AppContext, meeting: Meeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("MeetingDialogs", "History of the meeting {date}").format(
                date=long_date(meeting.date)
            )
        )
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate("MeetingDialogs", "Version {n} · {status}").format(
                    n=meeting.version, status=EVENT_NAMES.get(meeting.status.value, meeting.status.value)
                ),
                self,
            )
        )
        events = ctx.meetings.history(meeting.board, meeting.date)
        self.table = QTableWidget(len(events), 4, self)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("MeetingDialogs", "When"),
                QCoreApplication.translate("MeetingDialogs", "What"),
                QCoreApplication.translate("MeetingDialogs", "Who"),
                QCoreApplication.translate("MeetingDialogs", "Note"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (at, kind, who, detail) in enumerate(events):
            note = "" if kind == "decision" else (detail or "")
            for column, text in enumerate(
                (at.strftime("%d.%m.%Y %H.%M"), EVENT_NAMES.get(kind, kind), who, note)
            ):
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        from dirdesk.gui.dialogs.versions import VersionsBox

        layout.addWidget(QLabel(QCoreApplication.translate("MeetingDialogs", "Versions:"), self))
        self.versions = VersionsBox(ctx, meeting, self)
        layout.addWidget(self.versions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
