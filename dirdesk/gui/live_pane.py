"""Live minutes pane (placeholder until its own work lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dirdesk.gui.context import AppContext
from dirdesk.gui.document import OpenMeeting


class LivePane(QWidget):
    def __init__(self, ctx: AppContext, document: OpenMeeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.document = ctx, document
        QVBoxLayout(self).addWidget(QLabel(self.tr("Minutes")))
