"""Dialogs of the forward plan pane: why a meeting is cancelled, and where its points go."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dirdesk.domain import danish
from dirdesk.domain.forward_plan import PlannedPoint

# Reasons the documents give for a week without a meeting; the plan's own reasons come first.
USUAL_REASONS = ("Vinterferie", "Påskeferie", "Sommerferie", "Efterårsferie", "Aflyst pga. ")


class CancelMeetingDialog(QDialog):
    """Asks why the board will not meet on a date; the reason is what the plan then prints."""

    def __init__(self, date: dt.date, known: Sequence[str], parent: QWidget | None = None,
                 points: Sequence[PlannedPoint] = (),
                 targets: Sequence[dt.date] = ()) -> None:
        """``points``: the meeting's planned points; ``targets``: the coming meetings they may go
        to (the first is the default, the next meeting); each may also await a date."""
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
        assert line is not None  # an editable combo box has one
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
        self.points = list(points)
        self.targets: list[dt.date | None] = [*targets, None]
        self.points_table = QTableWidget(len(self.points), 2, self)
        self.points_table.setObjectName("pointDestinations")
        self.points_table.setHorizontalHeaderLabels([self.tr("Point"), self.tr("Moves to")])
        self.points_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.points_table.verticalHeader().hide()
        self.target_boxes: list[QComboBox] = []
        for row, point in enumerate(self.points):
            text = QTableWidgetItem(point.text)
            text.setToolTip(point.text)
            self.points_table.setItem(row, 0, text)
            box = QComboBox(self.points_table)
            for i, target in enumerate(self.targets):
                if target is None:
                    box.addItem(self.tr("Points awaiting a date"))
                elif i == 0:
                    box.addItem(self.tr("The next meeting ({date})").format(
                        date=danish.short_date(target)))
                else:
                    box.addItem(f"{danish.WEEKDAYS[target.weekday()]} {danish.short_date(target)}")
            self.points_table.setCellWidget(row, 1, box)
            self.target_boxes.append(box)
        self.points_table.resizeColumnToContents(1)
        if self.points:
            layout.addWidget(QLabel(self.tr("The meeting's planned points are kept. Where do "
                                            "they go?"), self))
            layout.addWidget(self.points_table)
            self.resize(620, 360)
        else:
            self.points_table.hide()
        layout.addWidget(self.buttons)
        line.setFocus()

    def reason(self) -> str:
        return " ".join(self.reason_box.currentText().split())

    def set_destination(self, row: int, target: dt.date | None) -> None:
        self.target_boxes[row].setCurrentIndex(self.targets.index(target))

    def destinations(self) -> list[tuple[int, dt.date | None]]:
        """(point id, the meeting it goes to or ``None``: awaiting a date) for each point."""
        return [(point.id, self.targets[box.currentIndex()])
                for point, box in zip(self.points, self.target_boxes, strict=True)
                if point.id is not None]


def in_sentence(text: str) -> str:
    """``onsdag den 2. december 2026``: a line-opening date inside a sentence."""
    return text[:1].lower() + text[1:]
