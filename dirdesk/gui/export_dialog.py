"""Export dialog (placeholder until its own work lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from dirdesk.domain.model import Meeting
from dirdesk.gui.context import AppContext


class ExportDialog(QDialog):
    def __init__(self, ctx: AppContext, meeting: Meeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.meeting = ctx, meeting
