"""Text fields that turn what is pasted into dirdesk's text markup (Word, Outlook, browsers).

Every multi-line text field of the window is a ``MarkupTextEdit``: what Word or Outlook put
on the clipboard as HTML becomes paragraphs, lists, bold and italic in the markup
(``dirdesk.domain.paste``); Word's plain-text lists ("•⇥", "1.⇥") become markup lists;
anything else is pasted as plain text. Text copied from another dirdesk field is pasted as
it is: it is markup already.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from dirdesk.domain.paste import from_html, from_plain

_QT_RICH_TEXT = 'name="qrichtext"'  # in the HTML Qt's own text fields put on the clipboard


def pasted_text(source: QMimeData) -> str:
    """What pasting ``source`` inserts: markup from HTML or a Word list, else its plain text."""
    if source.hasHtml():
        html = source.html()
        if _QT_RICH_TEXT not in html:  # from Word, Outlook, a browser
            markup = from_html(html)
            if markup.strip() or not source.hasText():
                return markup
    if source.hasText():
        text = source.text()
        return from_plain(text) or text
    return ""


class MarkupTextEdit(QPlainTextEdit):
    """A multi-line field holding the text markup; pasting converts (see the module); spell
    checked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from dirdesk.gui.editing.spelling import spelling

        spelling().attach(self)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt's name)
        text = pasted_text(source)
        if text:
            self.textCursor().insertText(text)
            self.ensureCursorVisible()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 (Qt's name)
        return source.hasHtml() or source.hasText()

    # Ctrl+Y redoes the field's typing on every platform, as the Edit menu promises: Linux's
    # standard redo key is only Ctrl+Shift+Z, so Ctrl+Y went to the window's redo, which had no
    # step (the typing undone was the field's own) and redid nothing.
    _REDO = QKeySequence("Ctrl+Y")

    def _is_redo(self, event: QKeyEvent) -> bool:
        return (QKeySequence(event.keyCombination()) == self._REDO
                and self.document().isRedoAvailable() and not self.isReadOnly())

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and self._is_redo(event)):
            event.accept()  # the field's own redo, not the window's
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if self._is_redo(event):
            self.redo()
            return
        super().keyPressEvent(event)

