"""Search across all meetings: type words, see where they stand, open the meeting at the item."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from dirdesk.domain.search import SearchHit, words
from dirdesk.gui.context import AppContext

Index = QModelIndex | QPersistentModelIndex
SEARCH_DELAY_MS = 250

KIND_NAMES = {"title": "titel", "section": "tekst", "decision": "beslutning",
              "attachment": "bilag", "follow_up": "opfølgning", "note": "bemærkning"}


def snippet(text: str, query: str, width: int = 90) -> str:
    """The part of ``text`` around the first typed word, on one line."""
    flat = " ".join(text.split())
    folded = flat.casefold()
    at = min((folded.find(w) for w in words(query) if w in folded), default=0)
    start = max(0, at - width // 3)
    cut = flat[start:start + width]
    return ("… " if start else "") + cut + (" …" if start + width < len(flat) else "")


class HitsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self.query = ""

    def set_hits(self, hits: list[SearchHit], query: str) -> None:
        self.beginResetModel()
        self.hits, self.query = hits, query
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            where = f"{hit.date:%d.%m.%Y}"
            if hit.item_number is not None:
                where += f" · {hit.item_number}. {hit.item_title}"
            return f"{where}\n{KIND_NAMES.get(hit.kind, hit.kind)}: {snippet(hit.text, self.query)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.text[:2000]
        return None


class SearchPane(QWidget):
    """A search field and its results; Enter or a double-click opens the meeting at the item."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setPlaceholderText(self.tr("Search all meetings …"))
        self.field.setClearButtonEnabled(True)
        self.summary = QLabel(self)
        self.model = HitsModel(self)
        self.results = QListView(self)
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.field)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self._enter)
        self.results.activated.connect(self.open_hit)

    def search(self) -> None:
        self._timer.stop()
        query = self.field.text()
        hits = self.ctx.meetings.search(query) if words(query) else []
        self.model.set_hits(hits, query)
        if not words(query):
            self.summary.setText("")
        elif not hits:
            self.summary.setText(self.tr("Nothing found"))
        else:
            self.summary.setText(self.tr("{n} found, newest first").format(n=len(hits)))

    def _enter(self) -> None:
        self.search()
        if self.model.hits:
            self.results.setCurrentIndex(self.model.index(0))
            self.results.setFocus()

    def open_hit(self, index: QModelIndex) -> None:
        hit = self.model.hits[index.row()]
        self.ctx.signals.show_item.emit(hit.board, hit.date, hit.item_uid or "")
