"""Agenda pane (placeholder)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dirdesk.gui.context import AppContext
from dirdesk.gui.document import OpenMeeting


class AgendaPane(QWidget):
    def __init__(self, ctx: AppContext, document: OpenMeeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.document = ctx, document
        QVBoxLayout(self).addWidget(QLabel(self.tr("Agenda")))

    def save_layout(self) -> None:
        pass
