"""The timed grid's table view."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTableView

from dirdesk.gui.agenda.models import GridColumn


class GridView(QTableView):
    """The timed grid's table: on a resize the title and item columns take a share of the
    width, so that the text column (stretched) keeps the rest and is never crushed."""

    TITLE_SHARE, ITEM_SHARE = 0.30, 0.25

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        fixed = sum(header.sectionSize(c) for c in (GridColumn.START, GridColumn.LENGTH, GridColumn.PUBLIC))
        free = max(0, self.viewport().width() - fixed)
        header.resizeSection(GridColumn.TITLE, max(120, int(free * self.TITLE_SHARE)))
        header.resizeSection(GridColumn.ITEM, max(100, int(free * self.ITEM_SHARE)))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_columns()
