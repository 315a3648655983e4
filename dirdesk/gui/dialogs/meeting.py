"""Questions about the open meeting: someone else saved first, a signed REFERAT, its history."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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
from dirdesk.gui.formats import date_in_sentence, moment
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
        ).format(date=date_in_sentence(meeting.date), n=meeting.version + 1),
    )
    return reason.strip() if ok and reason.strip() else None


EVENT_NAMES = {  # the kinds of event the database records, in the catalogue
    "imported": QT_TRANSLATE_NOOP("MeetingDialogs", "Imported"),
    "replaced": QT_TRANSLATE_NOOP("MeetingDialogs", "Replaced by an import"),
    "drafted": QT_TRANSLATE_NOOP("MeetingDialogs", "Drafted from the coming meetings"),
    "changed": QT_TRANSLATE_NOOP("MeetingDialogs", "Changed"),
    "decision": QT_TRANSLATE_NOOP("MeetingDialogs", "Decisions written"),
    "planned": QT_TRANSLATE_NOOP("MeetingDialogs", "Planned"),
    "agenda_issued": QT_TRANSLATE_NOOP("MeetingDialogs", "Agenda issued"),
    "held": QT_TRANSLATE_NOOP("MeetingDialogs", "Meeting held"),
    "minutes_signed": QT_TRANSLATE_NOOP("MeetingDialogs", "Minutes signed"),
    "new_version": QT_TRANSLATE_NOOP("MeetingDialogs", "New version"),
    "cancelled": QT_TRANSLATE_NOOP("MeetingDialogs", "Cancelled"),
    "moved": QT_TRANSLATE_NOOP("MeetingDialogs", "Moved here"),
    "carried_over": QT_TRANSLATE_NOOP("MeetingDialogs", "Item carried over"),
}

_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def event_name(kind: str) -> str:
    """What an event of the history is called; never the database's code for it."""
    name = EVENT_NAMES.get(kind)
    return (QCoreApplication.translate("MeetingDialogs", str(name)) if name
            else QCoreApplication.translate("MeetingDialogs", "Other change"))


def event_note(kind: str, detail: str | None) -> str:
    """An event's note as a person reads it: dates in words, "awaiting a date" for none."""
    if kind == "decision" or not detail:
        return ""
    if kind == "moved" and _ISO_DATE.fullmatch(detail.strip()):
        return QCoreApplication.translate("MeetingDialogs", "from {date}").format(
            date=date_in_sentence(dt.date.fromisoformat(detail.strip())))
    if kind == "carried_over":
        title, arrow, target = detail.rpartition(" → ")
        if arrow:
            where = (QCoreApplication.translate("MeetingDialogs", "awaiting a date")
                     if target.strip() in ("", "-")
                     else QCoreApplication.translate("MeetingDialogs", "the meeting {date}").format(
                         date=date_in_sentence(dt.date.fromisoformat(target.strip())))
                     if _ISO_DATE.fullmatch(target.strip()) else target)
            return f"{title} → {where}"

    def in_words(found: re.Match[str]) -> str:
        try:
            return date_in_sentence(dt.date.fromisoformat(found.group(0)))
        except ValueError:
            return found.group(0)

    return _ISO_DATE.sub(in_words, detail)


class HistoryDialog(QDialog):
    """The meeting's history (issued, changed, held, signed, new versions) with who and when."""

    def __init__(self, ctx: AppContext, meeting: Meeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("MeetingDialogs", "History of the meeting {date}").format(
                date=date_in_sentence(meeting.date)
            )
        )
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate("MeetingDialogs", "Version {n} · {status}").format(
                    n=meeting.version, status=event_name(meeting.status.value)
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
            for column, text in enumerate((moment(at), event_name(kind), who, event_note(kind, detail))):
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




def close_unsaved(parent: QWidget) -> bool:
    """The last changes could not be stored (the save failed or the disk did not answer):
    True if the user closes anyway, losing them; the default keeps the window open."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate(
        "MeetingDialogs", "Changes not saved"), QCoreApplication.translate(
        "MeetingDialogs", "The last changes to the meeting could not be saved: the database "
        "did not take them. dirdesk keeps trying while the window is open. Close anyway and "
        "lose them?"), QMessageBox.StandardButton.NoButton, parent)
    close = box.addButton(QCoreApplication.translate("MeetingDialogs", "Close and lose them"),
                          QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(box.addButton(QCoreApplication.translate(
        "MeetingDialogs", "Keep the window open"), QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return box.clickedButton() is close
