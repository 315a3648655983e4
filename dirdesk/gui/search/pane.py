"""Search across all meetings: type words, see where they stand, open the meeting at the item.

Also home of ``EntryDelegate``, the two-part entry (a bold line over muted detail, wrapped
to the dock's width) that the follow-up list draws its entries with as well.
"""

from __future__ import annotations

import math
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from dirdesk.domain.search import WORD, SearchHit, words
from dirdesk.gui.context import AppContext
from dirdesk.gui.formats import compact_date

Index = QModelIndex | QPersistentModelIndex
SEARCH_DELAY_MS = 250
SNIPPET_CHARS = 130  # about three lines in a dock 250 px wide
DOT = "\u00a0· "  # between the parts of a line; a wrapped line never starts with the dot

HEADING_ROLE = Qt.ItemDataRole.UserRole + 1  # plain text of the entry's first line
DETAIL_HTML_ROLE = Qt.ItemDataRole.UserRole + 2  # escaped rich text of the muted part


def kind_name(kind: str) -> str:
    """What a kind of searched text is called, for the user."""
    names = {
        "title": QCoreApplication.translate("SearchPane", "Title"),
        "section": QCoreApplication.translate("SearchPane", "Text"),
        "decision": QCoreApplication.translate("SearchPane", "Decision"),
        "attachment": QCoreApplication.translate("SearchPane", "Attachment"),
        "follow_up": QCoreApplication.translate("SearchPane", "Follow-up"),
        "note": QCoreApplication.translate("SearchPane", "Note"),
    }
    return names.get(kind, kind)


def _found(token: str, terms: list[str]) -> bool:
    # The index matches every typed word as a prefix, so a word found is one that starts so.
    folded = token.casefold()
    return any(folded.startswith(t) for t in terms)


def snippet(text: str, query: str, width: int = SNIPPET_CHARS) -> str:
    """The part of ``text`` around the first word found, on one line, cut between words."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    terms = words(query)
    at = next((m.start() for m in WORD.finditer(flat) if _found(m.group(), terms)), 0)
    start = max(0, at - width // 3)
    if start:
        start = flat.rfind(" ", 0, start) + 1  # back to the start of the word cut into
    end = start + width
    if end < len(flat):
        space = flat.rfind(" ", start, end)
        end = space if space > start else end
    return ("… " if start else "") + flat[start:end] + (" …" if end < len(flat) else "")


def highlighted(text: str, query: str) -> str:
    """``text`` as HTML, every character escaped, with the words found in bold."""
    terms = words(query)
    parts: list[str] = []
    done = 0
    for m in WORD.finditer(text):
        if _found(m.group(), terms):
            parts += [escape(text[done:m.start()]), "<b>", escape(m.group()), "</b>"]
            done = m.end()
    parts.append(escape(text[done:]))
    return "".join(parts)


class EntryDelegate(QStyledItemDelegate):
    """An entry as a bold first line (``HEADING_ROLE``) over muted detail (``DETAIL_HTML_ROLE``).

    Both wrap at the view's width, so the entry is as tall as its text needs and never
    wider than the view; a thin line parts it from the next entry.
    """

    PAD_X = 6
    PAD_Y = 5
    HEADING_WEIGHT = "bold"

    def indent(self, option: QStyleOptionViewItem) -> int:
        """Room kept free on the left of the text (the follow-ups' check box)."""
        return 0

    def settled(self, index: Index) -> bool:
        """Whether the entry is drawn muted, its first line struck through (a follow-up done)."""
        return False

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget
        if isinstance(view, QAbstractScrollArea) and view.viewport().width() > 0:
            return view.viewport().width()
        return option.rect.width()

    def document(self, option: QStyleOptionViewItem, index: Index, width: int | None = None,
                 selected: bool = False) -> QTextDocument:
        """The entry's text laid out at ``width`` (default: the view's) less padding."""
        palette: QPalette = option.palette
        group = (QPalette.ColorGroup.Normal if option.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        if selected:
            text = palette.color(group, QPalette.ColorRole.HighlightedText)
            muted = text
        else:
            text = palette.color(group, QPalette.ColorRole.Text)
            muted = _blend(text, palette.color(group, QPalette.ColorRole.Base), 0.62)
        heading = escape(str(index.data(HEADING_ROLE) or ""))
        detail = str(index.data(DETAIL_HTML_ROLE) or "")
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        size = option.font.pointSizeF()
        small = f"font-size:{size * 0.92:.1f}pt;" if size > 0 else ""
        settled = self.settled(index)
        if settled:
            text = muted
        struck = "text-decoration:line-through;" if settled else ""
        doc.setHtml(
            f'<div style="color:{text.name()};">'
            f'<div style="font-weight:{self.HEADING_WEIGHT};{struck}">{heading}</div>'
            f'<div style="color:{muted.name()};margin-top:2px;{small}">{detail}</div></div>')
        full = self._width(option) if width is None else width
        doc.setTextWidth(max(40, full - self.indent(option) - 2 * self.PAD_X))
        return doc

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self.document(opt, index)
        height = math.ceil(doc.size().height()) + 2 * self.PAD_Y + 1
        return QSize(self._width(opt), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        rect: QRect = opt.rect
        style = opt.widget.style() if opt.widget else QApplication.style()
        opt.text = ""
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        doc = self.document(opt, index, rect.width(), selected)
        painter.save()
        painter.translate(rect.left() + self.indent(opt) + self.PAD_X, rect.top() + self.PAD_Y)
        context = QAbstractTextDocumentLayout.PaintContext()
        doc.documentLayout().draw(painter, context)
        painter.restore()
        if not selected:
            palette: QPalette = opt.palette
            line = _blend(palette.color(QPalette.ColorRole.Mid), palette.color(QPalette.ColorRole.Base), 0.5)
            painter.save()
            painter.setPen(line)
            y = rect.bottom()
            painter.drawLine(rect.left() + self.PAD_X, y, rect.right() - self.PAD_X, y)
            painter.restore()


def _blend(front: QColor, back: QColor, share: float) -> QColor:
    """``share`` of ``front`` over ``back``: a muted colour that follows the palette (dark too)."""
    return QColor.fromRgbF(*(share * f + (1 - share) * b for f, b in zip(
        (front.redF(), front.greenF(), front.blueF()),
        (back.redF(), back.greenF(), back.blueF()), strict=True)))


def configure_entry_view(view: QListView, delegate: EntryDelegate) -> None:
    """A list of wrapped entries: laid out again when the width changes, never scrolled sideways."""
    view.setItemDelegate(delegate)
    view.setWordWrap(True)
    view.setUniformItemSizes(False)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)


class EntryListView(QListView):
    """A list of wrapped entries that says so when it is empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = ""

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        # The vertical scroll bar coming or going changes the width the entries wrap at.
        self.scheduleDelayedItemsLayout()

    def paintEvent(self, event: Any) -> None:  # noqa: N802
        super().paintEvent(event)
        model = self.model()
        if self.placeholder and model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            color = self.palette().color(QPalette.ColorRole.PlaceholderText)
            painter.setPen(color)
            area = self.viewport().rect().adjusted(12, 16, -12, -12)
            painter.drawText(area, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, self.placeholder)
            painter.end()


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

    @staticmethod
    def heading(hit: SearchHit) -> str:
        where = compact_date(hit.date)
        if hit.item_number is not None:
            where += f"{DOT}{hit.item_number}. {hit.item_title}"
        return where

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.heading(hit)}\n{kind_name(hit.kind)}: {snippet(hit.text, self.query)}"
        if role == HEADING_ROLE:
            return self.heading(hit)
        if role == DETAIL_HTML_ROLE:
            return (f"<i>{escape(kind_name(hit.kind))}:</i> "
                    f"{highlighted(snippet(hit.text, self.query), self.query)}")
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
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.model = HitsModel(self)
        self.results = EntryListView(self)
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.delegate = EntryDelegate(self.results)
        configure_entry_view(self.results, self.delegate)
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
