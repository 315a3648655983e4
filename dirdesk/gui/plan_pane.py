"""Forward plan pane (placeholder until its own work lands)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dirdesk.gui.context import AppContext


class PlanPane(QWidget):
    meeting_activated = Signal(object)  # dt.date

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Forward plan")))

    def set_half_year(self, on: bool) -> None:
        self.ctx.settings.half_year = on

    def open_date(self, date: dt.date) -> None:
        self.meeting_activated.emit(date)
