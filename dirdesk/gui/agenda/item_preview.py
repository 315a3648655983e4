"""An item as the agenda prints it: heading, journal and case line, sections, attachments, decision.

The look follows the base document (``resources/make_base_document.py``): Calibri (Carlito on
Linux) 11 pt, item heading 15 pt bold in the municipal blue, the access line 9.5 pt grey,
section headings 11 pt bold blue; texts through the same blocks as the editor shows them.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from dirdesk.domain.model import AgendaItem, Insert, InsertKind, Section
from dirdesk.domain.text import parse
from dirdesk.gui.editing.richtext import insert_blocks

ACCENT = QColor("#1F3A5F")
GREY = QColor("#595959")
FONT = "Calibri"


def _text(size: float, bold: bool = False, colour: QColor | None = None, italic: bool = False
          ) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontFamilies([FONT, "Carlito"])
    fmt.setFontPointSize(size)
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setFontItalic(italic)
    if colour is not None:
        fmt.setForeground(colour)
    return fmt


def _paragraph(before: float, after: float) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(before * 96 / 72)
    fmt.setBottomMargin(after * 96 / 72)
    return fmt


class ItemPreview(QTextBrowser):
    """Read-only: the item as the document shows it (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemPreview")
        self.setOpenLinks(False)
        self.document().setDocumentMargin(24)

    def show_item(self, item: AgendaItem | None, number: int | None = None) -> None:
        doc = QTextDocument(self)
        doc.setDocumentMargin(24)
        if item is not None:
            self._write(QTextCursor(doc), item, number)
        self.setDocument(doc)

    def _write(self, cursor: QTextCursor, item: AgendaItem, number: int | None) -> None:
        body, body_text = _paragraph(0, 6), _text(11)
        cursor.setBlockFormat(_paragraph(0, 4))
        cursor.insertText(f"{number}. {item.title}" if number else item.title, _text(15, True, ACCENT))
        access = [part for part in (item.journal_no, item.case_no) if part]
        access.append(self.tr("Closed case") if item.closed else self.tr("Open case"))
        cursor.insertBlock(_paragraph(0, 12), _text(9.5, colour=GREY))
        cursor.insertText("    ".join(access))
        for section in item.sections:
            if isinstance(section, Insert):
                cursor.insertBlock(body, _text(11, italic=True, colour=GREY))
                cursor.insertText(self._insert_label(section.kind))
                continue
            assert isinstance(section, Section)
            if section.heading.strip():
                cursor.insertBlock(_paragraph(10, 2), _text(11, True, ACCENT))
                cursor.insertText(section.heading)
            insert_blocks(cursor, parse(section.text), new_block=True, paragraph=body, text=body_text)
        if item.attachments and not item.closed:
            cursor.insertBlock(_paragraph(10, 2), _text(11, True))
            cursor.insertText(self.tr("Attachments:"))
            for index, attachment in enumerate(item.attachments, start=1):
                cursor.insertBlock(body, body_text)
                cursor.insertText(f"{index}    {attachment.title or ''}")
        if item.decision:
            cursor.insertBlock(_paragraph(10, 2), _text(11, True, ACCENT))
            cursor.insertText(self.tr("Decision"))
            insert_blocks(cursor, parse(item.decision), new_block=True, paragraph=body, text=body_text)

    def _insert_label(self, kind: InsertKind) -> str:
        return {
            InsertKind.SCHEDULE: self.tr("[The timed grid is printed here]"),
            InsertKind.FORWARD_PLAN: self.tr("[The forward plan is printed here]"),
            InsertKind.UNDATED: self.tr("[The points awaiting a date are printed here]"),
            InsertKind.FOLLOW_UPS: self.tr("[The follow-ups due are printed here]"),
        }[kind]
