"""Dialogs of the forward plan pane: why a meeting is cancelled."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from dirdesk.domain import danish

# Reasons the documents give for a week without a meeting; the plan's own reasons come first.
USUAL_REASONS = ("Vinterferie", "Påskeferie", "Sommerferie", "Efterårsferie", "Aflyst pga. ")


class CancelMeetingDialog(QDialog):
    """Asks why the board will not meet on a date; the reason is what the plan then prints."""

    def __init__(self, date: dt.date, known: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CancelMeetingDialog")
        self.setWindowTitle(self.tr("Cancel meeting"))
        question = QLabel(self.tr("Why does the board not meet on {date}?\n"
                                  "The forward plan prints the reason instead of points.")
                          .format(date=in_sentence(danish.long_date(date))), self)
        self.reason_box = QComboBox(self)
        self.reason_box.setObjectName("cancelReason")
        self.reason_box.setEditable(True)
        self.reason_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        reasons = list(dict.fromkeys([*known, *USUAL_REASONS]))
        self.reason_box.addItems(reasons)
        self.reason_box.setCurrentIndex(-1)
        self.reason_box.setEditText("")
        line = self.reason_box.lineEdit()
        line.setPlaceholderText(self.tr("e.g. Vinterferie"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Cancel the meeting"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep it"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        line.textChanged.connect(lambda _text: self.ok_button.setEnabled(bool(self.reason())))
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.reason_box)
        layout.addWidget(self.buttons)
        line.setFocus()

    def reason(self) -> str:
        return " ".join(self.reason_box.currentText().split())


def in_sentence(text: str) -> str:
    """``onsdag den 2. december 2026``: a line-opening date inside a sentence."""
    return text[:1].lower() + text[1:]
